"""The follow-up of commitments: a visit lists the school's open ones and records whether each
was kept."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.visit_kinds import COMMITMENT_STATUSES
from monitor_app.services.context import AppContext
from monitor_app.services.records import check_school, put_records
from monitor_app.storage.commitments import OpenCommitment, open_commitments_of
from monitor_app.storage.records import fetch_row


def open_commitments(ctx: AppContext, cod_mod: str, anexo: str = "0") -> list[OpenCommitment]:
    """What the next visit to a school must follow up (the school in scope)."""
    check_school(ctx, cod_mod, anexo)
    return open_commitments_of(ctx.store, cod_mod)


def _live(ctx: AppContext, table: str, pk: str, field: str) -> dict:
    row = fetch_row(ctx.store, table, pk)
    if row is None or row["_deleted"]:
        raise MonitorError(ErrorCode.REFERENCE_NOT_FOUND, field=field, value=pk)
    return row


def verify_commitment(ctx: AppContext, commitment_id: str, *, visit_id: str, status: str,
                      note: str = "") -> None:
    """Record, at a later visit to the same school, whether a commitment was kept: its new
    status, the verifying visit and its date."""
    if status not in COMMITMENT_STATUSES:
        raise MonitorError(ErrorCode.INVALID_VALUE, field="status", value=status,
                           allowed=", ".join(COMMITMENT_STATUSES))
    commitment = _live(ctx, "commitments", commitment_id, "id")
    agreed_at = _live(ctx, "visits", commitment["visit_id"], "visit_id")
    verifying = _live(ctx, "visits", visit_id, "verified_visit_id")
    if verifying["cod_mod"] != agreed_at["cod_mod"] or verifying["date"] < agreed_at["date"]:
        raise MonitorError(ErrorCode.INVALID_VALUE, field="verified_visit_id", value=visit_id,
                           allowed=f"una visita a la IE {agreed_at['cod_mod']} desde el "
                                   f"{agreed_at['date']}")
    put_records(ctx, "commitments", [(1, {
        "id": commitment_id, "status": status, "verified_visit_id": visit_id,
        "verified_on": verifying["date"], "verification_note": note,
    })])
