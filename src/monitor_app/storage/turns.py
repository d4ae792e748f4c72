"""Who waits for whom when several importers write one PostgreSQL station at once (issue 13).

SQLite has one writer at a time (`BEGIN IMMEDIATE`), so every turn here is nothing there. On a
server each lock is the transaction's: held until the import commits or rolls back.
- a sender's bundles are merged by one import at a time;
- a change two imports carry at once (overlapping relays) is logged by the first: the log's key
  makes the second wait for it, then fail, and the second runs again (`retried`, D50);
- the commit turn: one import at a time from the end of its merge to its commit, so what must
  follow the order of commits does (`arrivals`' positions, the `clock` row, pending changes
  waiting for a record another import placed);
- field clocks and visible rows are row-locked by the upserts themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from monitor_app.storage.engine import is_postgres

T = TypeVar("T")
COMMIT_TURN = "commit-turn"
MAX_TRIES = 5


def lock_devices(conn: Any, device_ids: Iterable[str]) -> None:
    """This transaction alone merges bundles sent by these devices from now on."""
    if is_postgres(conn):
        conn.advisory_locks(f"device:{device_id}" for device_id in device_ids)


def take_commit_turn(conn: Any) -> None:
    if is_postgres(conn):
        conn.advisory_locks([COMMIT_TURN])


def bulk_write(conn: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """`executemany` of an `INSERT … VALUES` whose rows do not conflict with each other: a
    server does it set-based (COPY, D43), SQLite row by row as ever."""
    if is_postgres(conn):
        conn.bulk_write(sql, rows)
    else:
        conn.executemany(sql, rows)


def retried(work: Callable[[], T]) -> T:
    """Run a whole transaction again when a concurrent importer made the server roll it back
    (a deadlock found between them, or a change it logged first): it left nothing behind."""
    for attempt in range(MAX_TRIES):
        try:
            return work()
        except (sqlite3.OperationalError, sqlite3.IntegrityError) as exc:
            if not getattr(exc, "lost_a_race", False) or attempt == MAX_TRIES - 1:
                raise
    raise AssertionError("unreachable")
