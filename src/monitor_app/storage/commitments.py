"""Commitments as the follow-up of a school sees them: with the visit that agreed them, the
specialist's verification and the school's own report (D34)."""

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
    verified_on: str | None = None  # the specialist's verification, at a later visit
    verification_note: str = ""
    reported_on: str | None = None  # the school's report that it was kept
    report_note: str = ""
    reporter: str = ""
    report_photos: int = 0  # photos attached to the commitment

    @property
    def awaits_verification(self) -> bool:
        """Reported kept by the school and still open: the next visit verifies it."""
        return self.reported_on is not None and self.status in OPEN_COMMITMENT_STATUSES


_SELECT = (
    "SELECT c.id, c.description, coalesce(c.responsible, ''), c.due_date, c.status, c.cge, "
    "v.id, v.date, v.anexo, c.verified_on, coalesce(c.verification_note, ''), "
    "r.reported_on, coalesce(r.note, ''), coalesce(r.reporter, ''), "
    "(SELECT count(*) FROM evidence e WHERE e.commitment_id = c.id AND e._deleted = 0) "
    "FROM commitments c JOIN visits v ON v.id = c.visit_id "
    "LEFT JOIN commitment_reports r ON r.commitment_id = c.id AND r._deleted = 0 "
    "WHERE v.cod_mod = ? AND c._deleted = 0 AND v._deleted = 0 {where} "
    "ORDER BY c.due_date IS NULL, c.due_date, v.date, c.id"
)


def open_commitments_of(store: Store, cod_mod: str) -> list[OpenCommitment]:
    """The school's open commitments (every anexo), those due first; undated ones last."""
    marks = ", ".join("?" for _ in OPEN_COMMITMENT_STATUSES)
    rows = store.conn.execute(_SELECT.format(where=f"AND c.status IN ({marks})"),
                              [cod_mod, *OPEN_COMMITMENT_STATUSES])
    return [OpenCommitment(*row) for row in rows]


def commitments_of(store: Store, cod_mod: str) -> list[OpenCommitment]:
    """Every commitment of the school, open or not, in the same order."""
    return [OpenCommitment(*row) for row in store.conn.execute(_SELECT.format(where=""),
                                                               [cod_mod])]


def commitment_at(store: Store, commitment_id: str) -> OpenCommitment | None:
    """One live commitment (of a live visit) as the follow-up sees it."""
    row = store.conn.execute(
        _SELECT.replace("v.cod_mod = ?", "c.id = ?").format(where=""), [commitment_id]
    ).fetchone()
    return None if row is None else OpenCommitment(*row)
