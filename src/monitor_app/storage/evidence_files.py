"""The stored photo files, one row per SHA-256: written once, never changed, read in pieces."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterable
from typing import Any

from monitor_app.core.visit_kinds import EVIDENCE_TARGETS
from monitor_app.storage.database import Store


def store_file(store: Store, sha256: str, media_type: str, size: int,
               chunks: Iterable[bytes]) -> bool:
    """Keep a file under its hash, inside the caller's transaction, written piece by piece (a
    photo from a bundle is never held whole); `chunks` must give exactly `size` bytes.
    False, reading none of them, if the file was already kept."""
    if store.server is not None:
        return _store_on_server(store, sha256, media_type, size, chunks)
    cursor = store.conn.execute(
        "INSERT OR IGNORE INTO evidence_files (sha256, media_type, data) VALUES (?, ?, zeroblob(?))",
        [sha256, media_type, size])
    if cursor.rowcount != 1:
        return False
    written = 0
    with store.conn.blobopen("evidence_files", "data", cursor.lastrowid) as blob:
        for chunk in chunks:
            if written + len(chunk) > size:
                raise ValueError(f"file {sha256} is longer than {size} bytes")
            blob.write(chunk)
            written += len(chunk)
    if written != size:
        raise ValueError(f"file {sha256} is shorter than {size} bytes")
    return True


def _store_on_server(store: Store, sha256: str, media_type: str, size: int,
                     chunks: Iterable[bytes]) -> bool:
    """On a PostgreSQL station the file is one `bytea` value (D44): a photo is small (the
    laptop scales it), and a bundle's limits bound `size` before any byte is read."""
    known = store.conn.execute("SELECT 1 FROM evidence_files WHERE sha256 = ?", [sha256])
    if known.fetchone() is not None:
        return False
    data = bytearray()
    for chunk in chunks:
        data += chunk
        if len(data) > size:
            raise ValueError(f"file {sha256} is longer than {size} bytes")
    if len(data) != size:
        raise ValueError(f"file {sha256} is shorter than {size} bytes")
    cursor = store.conn.execute(
        "INSERT OR IGNORE INTO evidence_files (sha256, media_type, data) VALUES (?, ?, ?)",
        [sha256, media_type, bytes(data)])
    return cursor.rowcount == 1


def file_bytes(store: Store, sha256: str) -> bytes | None:
    row = store.conn.execute(
        "SELECT data FROM evidence_files WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else bytes(row[0])


def open_file(store: Store, sha256: str) -> sqlite3.Blob | io.BytesIO | None:
    """A read-only handle on a file's bytes (`read(n)`, a context manager), None if not kept."""
    if store.server is not None:
        data = file_bytes(store, sha256)
        return None if data is None else io.BytesIO(data)
    row = store.conn.execute(
        "SELECT rowid FROM evidence_files WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        return None
    return store.conn.blobopen("evidence_files", "data", row[0], readonly=True)


def media_type_of(store: Store, sha256: str) -> str | None:
    """The media type the evidence records of a file give it (None: no record names it)."""
    row = store.conn.execute(
        "SELECT media_type FROM evidence WHERE sha256 = ? ORDER BY _deleted, id LIMIT 1",
        [sha256]).fetchone()
    return None if row is None else str(row[0] or "image/jpeg")


def files_sent_with(store: Store, device_id: str, after_seq: int) -> list[str]:
    """The kept files a device's changes after `after_seq` need: those of the live evidence
    records whose photo or restoration is among them (a later caption edit needs no file
    again; a deleted photo does not travel)."""
    rows = store.conn.execute(
        "SELECT DISTINCT e.sha256 FROM changes c "
        "JOIN evidence e ON e.id = c.pk AND e._deleted = 0 "
        "JOIN evidence_files f ON f.sha256 = e.sha256 "
        "WHERE c.device_id = ? AND c.seq > ? AND c.tbl = 'evidence' "
        "AND c.col IN ('sha256', '_deleted') ORDER BY e.sha256",
        [device_id, after_seq])
    return [sha for (sha,) in rows]


def evidence_rows(store: Store, column: str | None = None, value: str | None = None, *,
                  with_answers: bool = False) -> list[dict[str, Any]]:
    """Live evidence records, each with `has_file` (whether its file is kept here): all of
    them, or those whose `column` (one of the attachment fields) is `value`; `with_answers`
    adds, for a visit, the photos attached to its answers. Oldest photo first."""
    where, params = "e._deleted = 0", []
    if column is not None:
        if column not in EVIDENCE_TARGETS:
            raise ValueError(f"not an attachment field: {column}")
        where += f" AND (e.[{column}] = ?"
        params.append(value)
        if with_answers:
            if column != "visit_id":
                raise ValueError("with_answers is for a visit's photos")
            where += " OR e.answer_id IN (SELECT id FROM answers WHERE visit_id = ?)"
            params.append(value)
        where += ")"
    cursor = store.conn.execute(
        "SELECT e.*, EXISTS (SELECT 1 FROM evidence_files f WHERE f.sha256 = e.sha256) "
        f"AS has_file FROM evidence e WHERE {where} ORDER BY coalesce(e.taken_on, ''), e.id",
        params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
