"""What the storage layer asks of the database's own catalogue, on either engine (D44)."""

from __future__ import annotations

import sqlite3
from typing import Any


def is_postgres(conn: Any) -> bool:
    return not isinstance(conn, sqlite3.Connection)


def table_names(conn: Any) -> set[str]:
    if is_postgres(conn):
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    return {name for (name,) in conn.execute(sql)}


def column_defaults(conn: Any, table: str) -> dict[str, str | None]:
    """Each column of `table`, in order, with its SQL default expression (None: no default)."""
    if is_postgres(conn):
        rows = conn.execute(
            "SELECT column_name, CASE WHEN is_identity = 'YES' THEN NULL ELSE column_default END "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? ORDER BY ordinal_position", [table])
        return {name: default for name, default in rows}
    return {row[1]: row[4] for row in conn.execute(f"PRAGMA table_info([{table}])")}


def table_indexes(conn: Any, table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the indexes made for `table` (not its primary key's)."""
    if is_postgres(conn):
        sql = ("SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c "
               "ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid "
               "WHERE i.schemaname = current_schema() AND i.tablename = ? AND NOT x.indisprimary")
    else:
        sql = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
               "AND sql IS NOT NULL")
    return conn.execute(sql, [table]).fetchall()
