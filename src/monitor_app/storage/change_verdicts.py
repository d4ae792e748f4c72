"""Changes kept in the log but not applied: rejected, or pending until their record's creation
arrives. A change without a row here was applied (or is of a table this version lacks)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from monitor_app.storage.turns import bulk_write

IN_LIMIT = 400


class VerdictStatus(StrEnum):
    PENDING = "pending"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Verdict:
    """Why change `(device_id, seq)` to `tbl.pk.col` is not applied. A pending change names the
    record whose placement it waits for (`waiting`)."""

    device_id: str
    seq: int
    tbl: str
    pk: str
    col: str
    status: VerdictStatus
    reason: str
    detail: str = ""
    waiting: tuple[str, str] | None = None


_COLUMNS = "device_id, seq, tbl, pk, col, status, reason, detail, waiting_tbl, waiting_pk"
APPLIED_SQL = ("NOT EXISTS (SELECT 1 FROM change_verdicts v "
                   "WHERE v.device_id = changes.device_id AND v.seq = changes.seq)")
"""A WHERE condition on the `changes` table: the change was applied."""


def save_verdicts(conn: sqlite3.Connection, verdicts: Iterable[Verdict]) -> None:
    bulk_write(conn, 
        f"INSERT OR REPLACE INTO change_verdicts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(v.device_id, v.seq, v.tbl, v.pk, v.col, v.status.value, v.reason, v.detail,
          *(v.waiting or (None, None))) for v in verdicts])


def clear_verdicts(conn: sqlite3.Connection, keys: Iterable[tuple[str, int]]) -> None:
    conn.executemany("DELETE FROM change_verdicts WHERE device_id = ? AND seq = ?", list(keys))


def _chunks(items: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    for start in range(0, len(items), IN_LIMIT):
        yield items[start:start + IN_LIMIT]


def pending_changes(conn: sqlite3.Connection, waiting: Iterable[tuple[str, str]]
                    ) -> list[tuple[str, int, str, str, str, str, int, int]]:
    """The log rows of the pending changes that wait for any of these records."""
    if conn.execute("SELECT 1 FROM change_verdicts WHERE status = 'pending' LIMIT 1"
                    ).fetchone() is None:
        return []  # the usual case: nothing waits, however many records were placed
    found = []
    for part in _chunks(sorted(set(waiting))):
        marks = ", ".join("(?, ?)" for _ in part)
        found += conn.execute(
            "SELECT c.device_id, c.seq, c.tbl, c.pk, c.col, c.value, c.hlc, c.base_hlc "
            "FROM change_verdicts v JOIN changes c ON c.device_id = v.device_id AND c.seq = v.seq "
            f"WHERE v.status = 'pending' AND (v.waiting_tbl, v.waiting_pk) IN (VALUES {marks}) "
            "ORDER BY c.device_id, c.seq",
            [value for key in part for value in key]).fetchall()
    return found


def verdicts_of(conn: sqlite3.Connection, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Verdict]:
    found = {}
    for device_id, seq in keys:
        row = conn.execute(f"SELECT {_COLUMNS} FROM change_verdicts WHERE device_id = ? AND seq = ?",
                           [device_id, seq]).fetchone()
        if row is not None:
            found[(device_id, seq)] = _verdict(row)
    return found


def _verdict(row: tuple) -> Verdict:  # type: ignore[type-arg]
    *head, status, reason, detail, waiting_tbl, waiting_pk = row
    waiting = None if waiting_tbl is None else (waiting_tbl, waiting_pk)
    return Verdict(*head, VerdictStatus(status), reason, detail, waiting)


def list_verdicts(conn: sqlite3.Connection) -> list[tuple[Verdict, str]]:
    """Every change not applied, with its logged value, by device and seq."""
    rows = conn.execute(
        f"SELECT {', '.join('v.' + c.strip() for c in _COLUMNS.split(','))}, c.value "
        "FROM change_verdicts v JOIN changes c ON c.device_id = v.device_id AND c.seq = v.seq "
        "ORDER BY v.device_id, v.seq")
    return [(_verdict(row[:-1]), row[-1]) for row in rows]


def rejected_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Per device, how many of its changes were rejected."""
    rows = conn.execute("SELECT device_id, count(*) FROM change_verdicts "
                        "WHERE status = 'rejected' GROUP BY device_id")
    return dict(rows.fetchall())
