"""Library figures computed from the ledger: a copy's quantity is the sum of its movements."""

from __future__ import annotations

from monitor_app.storage.database import Store


def copy_quantity(store: Store, copy_id: str, *, excluding_movement: str | None = None) -> int:
    (total,) = store.conn.execute(
        "SELECT coalesce(sum(quantity), 0) FROM library_movements "
        "WHERE copy_id = ? AND _deleted = 0 AND id IS NOT ?",
        [copy_id, excluding_movement],
    ).fetchone()
    return int(total)


def loans_out(store: Store, copy_id: str) -> int:
    (count,) = store.conn.execute(
        "SELECT count(*) FROM library_loans "
        "WHERE copy_id = ? AND _deleted = 0 AND returned_date IS NULL",
        [copy_id],
    ).fetchone()
    return int(count)
