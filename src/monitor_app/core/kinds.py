"""Every kind of synced record, by name. Names and fields may be extended, never changed."""

from __future__ import annotations

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.grd_kinds import (
    BRIGADE_MEMBERS,
    BRIGADES,
    DRILLS,
    GRD_BODIES,
    GRD_BODY_MEMBERS,
    GRD_PLAN_HAZARDS,
    GRD_PLANS,
    SAFETY_DEVICES,
)
from monitor_app.core.kind_spec import KindSpec
from monitor_app.core.library_kinds import (
    LIBRARIES,
    LIBRARY_COPIES,
    LIBRARY_LOANS,
    LIBRARY_MOVEMENTS,
)
from monitor_app.core.office_kinds import ASSIGNMENTS
from monitor_app.core.visit_kinds import (
    ANSWERS,
    COMMITMENT_REPORTS,
    COMMITMENTS,
    EVIDENCE,
    VISITS,
)

KINDS: dict[str, KindSpec] = {
    kind.name: kind
    for kind in (
        VISITS,
        ANSWERS,
        COMMITMENTS,
        EVIDENCE,
        COMMITMENT_REPORTS,
        GRD_BODIES,
        GRD_BODY_MEMBERS,
        GRD_PLANS,
        GRD_PLAN_HAZARDS,
        BRIGADES,
        BRIGADE_MEMBERS,
        DRILLS,
        SAFETY_DEVICES,
        LIBRARIES,
        LIBRARY_COPIES,
        LIBRARY_MOVEMENTS,
        LIBRARY_LOANS,
        ASSIGNMENTS,
    )
}


def kind_named(name: str) -> KindSpec:
    try:
        return KINDS[name]
    except KeyError:
        raise MonitorError(
            ErrorCode.UNKNOWN_KIND, kind=name, known=", ".join(sorted(KINDS))
        ) from None
