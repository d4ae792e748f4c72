"""Setting up the demo installation the window offers: enrolled, then filled with demo data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.progress import Cancelled, Progress, never_cancelled, no_progress
from monitor_app.core.roles import DeviceIdentity, Role
from monitor_app.services.context import initialised
from monitor_app.services.demo_install import database_is_demo
from monitor_app.services.demo import fill_demo
from monitor_app.services.schools import search_schools
from monitor_app.services.setup import init_device
from monitor_app.storage.changes import WallClock, system_wall_ms

DEMO_UGEL = "150105"  # UGEL 05 San Juan de Lurigancho, whose padrón ships with the app
DEMO_SCHOOL = "0335273"  # 017 CUNA JARDIN, in that padrón: a director's demo school


def enrol_demo(db: Path, *, role: Role, name: str,
               wall_ms: WallClock = system_wall_ms) -> DeviceIdentity:
    """Set up the demo installation at `db` (a director's for `DEMO_SCHOOL`), or return the one
    already there as it is: trying the demo again continues the same one."""
    if database_is_demo(db):
        with initialised(db, wall_ms=wall_ms) as ctx:
            return ctx.require_identity()
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    school = DEMO_SCHOOL if role is Role.DIRECTOR else None
    return init_device(Path(db), role=role, name=name, ugel=DEMO_UGEL, school=school,
                       wall_ms=wall_ms, demo=True)


@dataclass(frozen=True)
class DemoReady:
    path: Path
    identity: DeviceIdentity
    services: int  # school services filled with demo data
    school_name: str | None  # a director's demo school


def set_up_demo(db: Path, *, role: Role, name: str, progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> DemoReady:
    """The demo installation at `db`, set up (or continued) and filled with demo data."""
    identity = enrol_demo(db, role=role, name=name)
    with initialised(db) as ctx:
        summary = fill_demo(ctx, progress=progress, cancelled=cancelled)
        school = identity.scope.cod_mod
        found = search_schools(ctx, school, 1) if school else []
    return DemoReady(db, identity, summary.services, found[0].cen_edu if found else None)
