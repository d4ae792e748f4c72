"""Reading synced records back from their tables."""

from __future__ import annotations

from typing import Any

from monitor_app.storage.database import Store


def fetch_row(store: Store, table: str, pk: str) -> dict[str, Any] | None:
    cursor = store.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (pk,))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip((d[0] for d in cursor.description), row))


def fetch_rows(store: Store, table: str, *, include_deleted: bool = False) -> list[dict[str, Any]]:
    """Every row, sorted by id so listings are deterministic."""
    where = "" if include_deleted else "WHERE _deleted = 0"
    cursor = store.conn.execute(f"SELECT * FROM [{table}] {where} ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
