"""The UGEL's reference data (instruments, catalogues, national drill calendar) as a file that
travels in its reference bundle, and back.

One gzipped JSON document: `{"format": "monitor-reference-data", "version": 1, "instruments":
[definition text...], "catalogue_entries": [[catalogue, code, label_es, label_en, position,
active]...], "national_drills": [[date, shift, time, hazard, label]...]}`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from monitor_app.storage.catalogues import CatalogueEntry, catalogue_entries
from monitor_app.storage.database import Store
from monitor_app.storage.instruments import all_definitions

FORMAT = "monitor-reference-data"
VERSION = 1
MAX_BYTES = 64 * 1024 * 1024  # uncompressed; reference data is a few hundred KB

DrillRow = tuple[str, str, str, str, str]  # date, shift, time, hazard, label


@dataclass(frozen=True)
class ReferenceData:
    instruments: tuple[str, ...]
    catalogue_entries: tuple[CatalogueEntry, ...]
    national_drills: tuple[DrillRow, ...]


def national_drill_rows(store: Store) -> list[DrillRow]:
    """The national drill calendar, by date and time."""
    return [tuple(row) for row in store.conn.execute(  # type: ignore[misc]
        "SELECT date, shift, time, hazard, label FROM national_drills ORDER BY date, time")]


def write_reference_data(store: Store, folder: Path) -> tuple[str, Path, dict[str, int]]:
    """(sha256, file, counts) of everything the office publishes besides the directory."""
    instruments = all_definitions(store)
    entries = [[e.catalogue, e.code, e.label_es, e.label_en, e.position, e.active]
               for e in catalogue_entries(store)]
    drills = [list(row) for row in national_drill_rows(store)]
    document = {"format": FORMAT, "version": VERSION, "instruments": instruments,
                "catalogue_entries": entries, "national_drills": drills}
    path = folder / "reference-data.json.gz"
    # mtime=0: the same data always gives the same bytes, so the same blob name.
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    counts = {"instruments": len(instruments), "catalogue_entries": len(entries),
              "national_drills": len(drills)}
    return digest, path, counts


_ENTRY = (str, str, str, str, int, bool)  # catalogue, code, label_es, label_en, position, active
_DRILL = (str, str, str, str, str)


def _row(row: Any, types: tuple[type, ...], what: str) -> list[Any]:
    if not isinstance(row, list) or len(row) != len(types) or not all(
            isinstance(value, kind) for value, kind in zip(row, types)):
        raise TypeError(f"malformed {what}: {str(row)[:80]}")
    return row


def _list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise TypeError(f"malformed {key}")
    return value


def read_reference_data(blob: BinaryIO) -> ReferenceData:
    """A received file, decoded and checked for shape. Raises ValueError or TypeError (OSError
    or EOFError from gzip) on a malformed one; what the instrument definitions say is checked
    when they are added."""
    with gzip.open(blob, "rb") as stream:
        raw = stream.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ValueError("reference data too large")
    document = json.loads(raw)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TypeError("not reference data")
    instruments = _list(document, "instruments")
    if not all(isinstance(definition, str) for definition in instruments):
        raise TypeError("malformed instruments")
    return ReferenceData(
        tuple(instruments),
        tuple(CatalogueEntry(*_row(row, _ENTRY, "catalogue entry"))
              for row in _list(document, "catalogue_entries")),
        tuple(tuple(_row(row, _DRILL, "national drill"))  # type: ignore[misc]
              for row in _list(document, "national_drills")),
    )
