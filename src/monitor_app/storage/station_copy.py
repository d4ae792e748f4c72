"""Copying every stored row of one station's database into another's (an SQLite office station
moving to PostgreSQL, D44): the same schema on both sides, so a table is copied column by
column, a batch at a time, with the capture gate open for the synced tables' guards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from monitor_app.storage.database import Store
from monitor_app.storage.engine import column_defaults, is_postgres, table_names
from monitor_app.storage.migration_names import MIGRATIONS_TABLE
from monitor_app.storage.turns import bulk_write

BATCH = 5_000
# What each engine keeps for itself: its migrations' record, SQLite's search index tables.
_NOT_COPIED = (MIGRATIONS_TABLE, "sqlite_", "schools_fts", "monitor_station")
# Rows every new database already has (the migrations seed them): the source's replace them.
_SEEDED = ("clock", "catalogue_entries", "national_drills", "instruments")


def copied_tables(source: Store) -> list[str]:
    return sorted(name for name in table_names(source.conn) if not name.startswith(_NOT_COPIED))


def copy_rows(source: Store, target: Store, progress: Callable[[str, int], None]) -> int:
    """Copy every table's rows (the target's transaction is the caller's); how many rows."""
    missing = set(copied_tables(source)) - table_names(target.conn)
    if missing:
        raise ValueError(f"the target database lacks tables: {sorted(missing)}")
    total = 0
    was_open = target.gate.is_open
    target.gate.is_open = True
    try:
        for table in copied_tables(source):
            columns = list(column_defaults(source.conn, table))
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in columns)
            if table in _SEEDED:
                target.conn.execute(f"DELETE FROM [{table}]")
            insert = f"INSERT INTO [{table}] ({names}) VALUES ({marks})"
            cursor = source.conn.execute(f"SELECT {names} FROM [{table}]")
            while rows := cursor.fetchmany(BATCH):
                bulk_write(target.conn, insert, rows)  # COPY on a server
                total += len(rows)
                progress(table, total)
    finally:
        target.gate.is_open = was_open
    if is_postgres(target.conn):
        _identities_past_copied_rows(target.conn)
    return total


def _identities_past_copied_rows(conn: Any) -> None:
    """A PostgreSQL identity column hands out numbers from its own sequence: move each one past
    the largest number copied in."""
    rows = conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'").fetchall()
    for table, column in rows:
        conn.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                     f"coalesce((SELECT max([{column}]) FROM [{table}]), 0) + 1, false)")
