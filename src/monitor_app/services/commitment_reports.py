"""The school's report that a commitment was kept (D34): written by its director, or by the
office on their behalf, with a date, a note and photos; the specialist's verification at the
next visit is a separate matter (`services/commitments.py`) and neither overwrites the other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kinds import kind_named
from monitor_app.core.roles import OFFICE_ROLES, Role
from monitor_app.core.visit_kinds import OPEN_COMMITMENT_STATUSES
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import prepare_photo, record_photo
from monitor_app.services.records import PutReport, check_school, put_one
from monitor_app.storage.commitments import OpenCommitment, commitment_at, commitments_of

REPORTING_ROLES = (Role.DIRECTOR, *OFFICE_ROLES)


def report_commitment(ctx: AppContext, commitment_id: str, *, reported_on: str | dt.date,
                      note: str = "", reporter: str | None = None,
                      photos: Sequence[Path] = ()) -> Changes:
    """Record that the school kept an open commitment, on `reported_on` (not in the future),
    with the photos that show it. Reporting again replaces the date and note and adds photos.
    Photos are prepared first; then the report and every photo are written in one
    transaction, so one refused file (not an image, too large) writes nothing."""
    identity = ctx.require_identity()
    if identity.role not in REPORTING_ROLES:
        raise MonitorError(ErrorCode.REPORT_BY_SCHOOL_OR_OFFICE)
    commitment = _open_commitment(ctx, commitment_id)
    prepared = [prepare_photo(path) for path in photos]
    day = reported_on.isoformat() if isinstance(reported_on, dt.date) else reported_on
    kind = kind_named("commitment_reports")
    report = PutReport()
    with ctx.recording() as rec:
        put_one(ctx, rec, kind, {"commitment_id": commitment.id, "reported_on": day,
                                 "note": note, "reporter": reporter or identity.name}, report)
        photo_ids = [record_photo(ctx, rec, photo, {"commitment_id": commitment.id}).id
                     for photo in prepared]
    changes = report.changes(kind.name)
    return changes | Changes.of("evidence", *photo_ids) if photo_ids else changes


def _open_commitment(ctx: AppContext, commitment_id: str) -> OpenCommitment:
    """The commitment, live and open; a director's other schools never reach this database,
    and an office's are checked against its scope by the put."""
    commitment = commitment_at(ctx.store, commitment_id)
    if commitment is None:
        raise MonitorError(ErrorCode.RECORD_NOT_FOUND, kind="commitments", id=commitment_id)
    if commitment.status not in OPEN_COMMITMENT_STATUSES:
        raise MonitorError(ErrorCode.COMMITMENT_NOT_OPEN, id=commitment_id,
                           status=commitment.status)
    return commitment


def school_commitments(ctx: AppContext, cod_mod: str, anexo: str = "0") -> list[OpenCommitment]:
    """Every commitment of a school (in scope), open or closed, with its verification and the
    school's report."""
    check_school(ctx, cod_mod, anexo)
    return commitments_of(ctx.store, cod_mod)
