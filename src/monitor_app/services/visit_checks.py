"""A visit is closed only when the instruments filled in it are complete: every required item
answered and every answer that requires evidence carrying it (written, or a photo)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.instrument import missing_evidence, missing_required
from monitor_app.services.context import AppContext
from monitor_app.services.instruments import instrument
from monitor_app.storage.answers import answered_items

CLOSED = "cerrada"


def check_visit_record(ctx: AppContext, pk: str, record: Mapping[str, Any],
                       existing: Mapping[str, Any] | None) -> None:
    """VISIT_INCOMPLETE when a visit is being closed with an instrument left incomplete."""
    closing = record.get("status") == CLOSED and (existing is None or existing.get("status") != CLOSED)
    if not closing or record.get("_deleted"):
        return
    for (code, version), (answered, evidenced) in sorted(answered_items(ctx.store, pk).items()):
        loaded = instrument(ctx, code, version)
        missing = missing_required(loaded, answered)
        unproven = missing_evidence(loaded, evidenced, answered)
        if missing or unproven:
            raise MonitorError(ErrorCode.VISIT_INCOMPLETE, instrument=code, version=version,
                               missing=", ".join(missing) or "—",
                               without_evidence=", ".join(unproven) or "—")
