"""Commitments as the follow-up of a school sees them: open ones, with the visit that agreed them."""

from __future__ import annotations

from dataclasses import dataclass

from monitor_app.core.visit_kinds import OPEN_COMMITMENT_STATUSES
from monitor_app.storage.database import Store


@dataclass(frozen=True)
class OpenCommitment:
    id: str
    description: str
    responsible: str
    due_date: str | None
    status: str
    cge: str | None
    visit_id: str
    visit_date: str
    anexo: str


def open_commitments_of(store: Store, cod_mod: str) -> list[OpenCommitment]:
    """The school's open commitments (every anexo), those due first; undated ones last."""
    marks = ", ".join("?" for _ in OPEN_COMMITMENT_STATUSES)
    rows = store.conn.execute(
        "SELECT c.id, c.description, coalesce(c.responsible, ''), c.due_date, c.status, c.cge, "
        "v.id, v.date, v.anexo FROM commitments c JOIN visits v ON v.id = c.visit_id "
        f"WHERE v.cod_mod = ? AND c._deleted = 0 AND v._deleted = 0 AND c.status IN ({marks}) "
        "ORDER BY c.due_date IS NULL, c.due_date, v.date, c.id",
        [cod_mod, *OPEN_COMMITMENT_STATUSES],
    )
    return [OpenCommitment(*row) for row in rows]
