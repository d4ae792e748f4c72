"""Library figures computed from the ledger: a copy's quantity is the sum of its movements."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class CopyBalance:
    """A live copy whose ledger does not add up: a stock below zero, or more loans out than
    copies on its ledger."""

    copy_id: str
    library_id: str
    codlocal: str | None  # None when the copy's library is not here
    title: str
    registration_number: str
    balance: int
    on_loan: int


_UNBALANCED = """
WITH stock AS (
  SELECT copy_id, sum(quantity) AS balance FROM library_movements
  WHERE _deleted = 0 GROUP BY copy_id
), lent AS (
  SELECT copy_id, count(*) AS on_loan FROM library_loans
  WHERE _deleted = 0 AND returned_date IS NULL GROUP BY copy_id
)
SELECT c.id, c.library_id, l.codlocal, c.title, c.registration_number,
       coalesce(s.balance, 0), coalesce(o.on_loan, 0)
FROM library_copies c
LEFT JOIN libraries l ON l.id = c.library_id
LEFT JOIN stock s ON s.copy_id = c.id
LEFT JOIN lent o ON o.copy_id = c.id
WHERE c._deleted = 0
  AND (coalesce(s.balance, 0) < 0 OR coalesce(o.on_loan, 0) > max(coalesce(s.balance, 0), 0))
ORDER BY l.codlocal, c.title, c.registration_number, c.id
"""


def unbalanced_copies(store: Store) -> list[CopyBalance]:
    """Copies whose stock is below zero or below the loans out on them, by local and title."""
    return [CopyBalance(copy_id, library_id, codlocal, title, number, int(balance), int(on_loan))
            for copy_id, library_id, codlocal, title, number, balance, on_loan
            in store.conn.execute(_UNBALANCED)]
