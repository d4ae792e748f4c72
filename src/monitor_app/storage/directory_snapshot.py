"""The school directory as a file that travels in an office's reference bundle, and back.

Gzipped JSON Lines, one school per line as `[updated_hlc, {field: value}]`, contacts left out.
A receiving replica keeps, per school, the row with the highest `updated_hlc` (the office is the
only author of directory rows, so its clock orders them).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from monitor_app.core.directory import CONTACT_FIELDS, SCHOOL_FIELDS, School
from monitor_app.storage.database import Store
from monitor_app.storage.schools import directory_row, rebuild_search_index, upsert_schools

MAX_LINE = 64 * 1024
_SHARED = [name for name in SCHOOL_FIELDS if name not in CONTACT_FIELDS]


def write_snapshot(store: Store, folder: Path, cod_mod: str | None) -> tuple[str, Path, int]:
    """(sha256, file, rows) of the directory, or of one school's services for a director."""
    where, params = ("WHERE cod_mod = ?", [cod_mod]) if cod_mod else ("", [])
    rows = store.conn.execute(
        f"SELECT updated_hlc, {', '.join(_SHARED)} FROM schools {where} ORDER BY cod_mod, anexo",
        params,
    )
    path = folder / "directory.jsonl.gz"
    count = 0
    # mtime=0 and no file name: the same rows always give the same bytes, so the same digest,
    # and a reply need not carry a directory its device already has.
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                              compresslevel=6, mtime=0) as out:
        for updated_hlc, *values in rows:
            out.write((json.dumps([updated_hlc, dict(zip(_SHARED, values))], ensure_ascii=False,
                                  separators=(",", ":")) + "\n").encode("utf-8"))
            count += 1
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path, count


def _read(stream: Iterator[str]) -> Iterator[tuple[int, School]]:
    for line in stream:
        if len(line) > MAX_LINE:
            raise ValueError("directory line too long")
        updated_hlc, fields = json.loads(line)
        if not isinstance(updated_hlc, int) or not isinstance(fields, dict):
            raise ValueError("malformed directory line")
        known = {name: fields.get(name) for name in _SHARED if name in fields}
        yield updated_hlc, School(**known)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SnapshotApplied:
    """`changed`: rows new or updated here; `schools`: every (cod_mod, anexo) the snapshot held
    (at a DRE, the jurisdiction of the UGEL that sent it)."""

    changed: int
    schools: list[tuple[str, str]]


def apply_snapshot(store: Store, blob: BinaryIO) -> SnapshotApplied:
    """Merge a received snapshot (an open binary file) into `schools`, read once. Inside the
    caller's transaction. Raises ValueError/TypeError on a malformed file."""
    changed = 0
    batch, schools = [], []
    known = {(c, a): h for c, a, h in store.conn.execute("SELECT cod_mod, anexo, updated_hlc FROM schools")}
    with gzip.open(blob, "rt", encoding="utf-8") as lines:
        for updated_hlc, school in _read(lines):
            schools.append((school.cod_mod, school.anexo))
            if known.get((school.cod_mod, school.anexo), -1) >= updated_hlc:
                continue
            batch.append(directory_row(school.values(), updated_hlc))
    if batch:
        changed = upsert_schools(store, batch)
        rebuild_search_index(store)
    return SnapshotApplied(changed, schools)


def schools_in(blob: BinaryIO, limit: int) -> list[School]:
    """The first `limit` schools of a snapshot, to show what a bundle holds before joining.
    Raises ValueError/TypeError on a malformed file."""
    with gzip.open(blob, "rt", encoding="utf-8") as lines:
        return [school for _, (_, school) in zip(range(limit), _read(lines))]
