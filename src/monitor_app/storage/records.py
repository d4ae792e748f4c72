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


def fetch_rows(store: Store, table: str, *, include_deleted: bool = False,
               where: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Every row (or those whose `where` column holds the value), sorted by id so listings are
    deterministic."""
    clauses, params = ([] if include_deleted else ["_deleted = 0"]), []
    if where is not None:
        clauses.append(f"[{where[0]}] = ?")
        params.append(where[1])
    condition = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    cursor = store.conn.execute(f"SELECT * FROM [{table}] {condition} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
