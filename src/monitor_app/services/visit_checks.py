"""A visit is closed only when the instruments filled in it are complete: every required item
answered and every answer that requires evidence carrying it (written, or a photo)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.instrument import missing_evidence, missing_required
from monitor_app.services.context import AppContext
from monitor_app.services.instruments import instrument

CLOSED = "cerrada"


def _answers_by_instrument(ctx: AppContext, visit_id: str
                           ) -> dict[tuple[str, int], tuple[set[str], set[str]]]:
    """(instrument, version) -> (answered items, items with evidence) of a visit."""
    rows = ctx.store.conn.execute(
        "SELECT a.instrument, a.version, a.item, a.value IS NOT NULL AND a.value != 'null', "
        "coalesce(a.evidence_text, '') != '' OR EXISTS (SELECT 1 FROM evidence e "
        "  WHERE e.answer_id = a.id AND e._deleted = 0) "
        "FROM answers a WHERE a.visit_id = ? AND a._deleted = 0",
        [visit_id],
    )
    found: dict[tuple[str, int], tuple[set[str], set[str]]] = {}
    for code, version, item, answered, evidenced in rows:
        answered_items, evidenced_items = found.setdefault((code, version), (set(), set()))
        if answered:
            answered_items.add(item)
        if evidenced:
            evidenced_items.add(item)
    return found


def check_visit_record(ctx: AppContext, pk: str, record: Mapping[str, Any],
                       existing: Mapping[str, Any] | None) -> None:
    """VISIT_INCOMPLETE when a visit is being closed with an instrument left incomplete."""
    closing = record.get("status") == CLOSED and (existing is None or existing.get("status") != CLOSED)
    if not closing or record.get("_deleted"):
        return
    for (code, version), (answered, evidenced) in sorted(_answers_by_instrument(ctx, pk).items()):
        loaded = instrument(ctx, code, version)
        missing = missing_required(loaded, answered)
        unproven = missing_evidence(loaded, evidenced, answered)
        if missing or unproven:
            raise MonitorError(ErrorCode.VISIT_INCOMPLETE, instrument=code, version=version,
                               missing=", ".join(missing) or "—",
                               without_evidence=", ".join(unproven) or "—")
