"""The merge station's conflicts, as a person reviews them: where (the school or local), which
record and field, and each competing value with who wrote it, from which device and when."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from monitor_app.core.hlc import wall_ms_of
from monitor_app.services.context import AppContext
from monitor_app.storage.schools import local_services, school_by_code
from monitor_app.storage.sync_registry import list_devices
from monitor_app.sync.admission import Admission
from monitor_app.sync.conflicts import Conflict, list_conflicts


@dataclass(frozen=True)
class ConflictSide:
    value_id: str  # "DEVICE:SEQ", what `conflicts resolve --keep` takes
    author: str  # the device's name (its id when this office does not know it)
    written_at: str  # ISO date and time, UTC, from the change's clock
    value: Any  # decoded JSON
    field: str  # the field this change wrote (`_deleted` for a delete)
    shown: bool  # the value the record shows now


@dataclass(frozen=True)
class ConflictReview:
    conflict: Conflict
    place: str  # "0335273-0 017 CUNA JARDIN", or "local 304756 …"
    sides: tuple[ConflictSide, ...]


def _place_text(ctx: AppContext, admission: Admission, conflict: Conflict) -> str:
    place, _ = admission.place_of((conflict.table, conflict.record_id))
    if place is None:
        return ""
    what, code, anexo = place
    if what == "school":
        school = school_by_code(ctx.store, code, anexo)
        return f"{code}-{anexo} {school.cen_edu if school else ''}".strip()
    services = local_services(ctx.store, code)
    first = school_by_code(ctx.store, services[0][0], "0") if services else None
    return f"local {code} {first.cen_edu if first else ''}".strip()


def conflict_reviews(ctx: AppContext) -> list[ConflictReview]:
    """Every open conflict with its sides, the value shown first; by place, then record."""
    identity = ctx.require_identity()
    names = {d.device_id: d.name for d in list_devices(ctx.store)}
    names[identity.device_id] = identity.name
    admission = Admission(ctx.store, lambda _device: None)
    reviews = []
    for conflict in list_conflicts(ctx.store):
        sides = tuple(
            ConflictSide(f"{c.device_id}:{c.seq}", names.get(c.device_id, c.device_id),
                         dt.datetime.fromtimestamp(wall_ms_of(c.hlc) / 1000, dt.UTC)
                         .replace(tzinfo=None).isoformat(timespec="minutes"),
                         json.loads(c.value), c.col, c is conflict.winner)
            for c in conflict.changes)
        reviews.append(ConflictReview(conflict, _place_text(ctx, admission, conflict), sides))
    return sorted(reviews, key=lambda r: (r.place, r.conflict.table, r.conflict.record_id,
                                          r.conflict.column))
