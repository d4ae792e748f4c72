"""Which earlier change(s) each change replaced: the value its writer saw in that field, or
every side of a conflict a reviewer closed, or every field of a record deleted or restored.

Conflicts are decided on these names (`sync/conflicts.py`), not on clocks: a write that saw
only a later value does not count as having seen an earlier concurrent one. A change written
before this was kept (older bundles) has none; its `base_hlc` is used instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

Replaced = tuple[str, int]  # (device_id, seq) of a replaced change
ReplacesRow = tuple[str, int, str, int]  # (device_id, seq, replaced device_id, replaced seq)

REPLACES_SQL = ("(SELECT group_concat(r.replaced_device || ':' || r.replaced_seq, ';') "
                "FROM change_replaces r WHERE r.device_id = changes.device_id "
                "AND r.seq = changes.seq)")
"""A column expression over the `changes` table: its replaced changes as `device:seq;...`."""


def save_replaces(conn: sqlite3.Connection, rows: Iterable[ReplacesRow]) -> None:
    conn.executemany("INSERT OR IGNORE INTO change_replaces VALUES (?, ?, ?, ?)", rows)


def parse_replaces(text: str | None) -> tuple[Replaced, ...]:
    """`device:seq;device:seq` (as REPLACES_SQL gives it) as pairs, sorted."""
    if not text:
        return ()
    pairs = (item.rpartition(":") for item in text.split(";"))
    return tuple(sorted((device, int(seq)) for device, _, seq in pairs))


def format_replaces(pairs: Iterable[Replaced]) -> str:
    return ";".join(f"{device}:{seq}" for device, seq in sorted(pairs))


def replaces_after(conn: sqlite3.Connection, device_id: str, after_seq: int
                   ) -> list[tuple[int, str, int]]:
    """(seq, replaced device, replaced seq) of one device's changes after `after_seq`."""
    return conn.execute(
        "SELECT seq, replaced_device, replaced_seq FROM change_replaces "
        "WHERE device_id = ? AND seq > ? ORDER BY seq, replaced_device, replaced_seq",
        [device_id, after_seq]).fetchall()
