"""A demo installation: its own data folder, invented data, and never an export or an office."""

from __future__ import annotations

from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import DeviceIdentity, Role
from monitor_app.services.context import AppContext, open_context
from monitor_app.services.setup import init_device
from monitor_app.storage.changes import WallClock, system_wall_ms
from monitor_app.storage.device import is_demo

DEMO_FOLDER = "demo"
DEMO_UGEL = "150105"  # UGEL 05 San Juan de Lurigancho, whose padrón ships with the app
DEMO_SCHOOL = "0335273"  # 017 CUNA JARDIN, in that padrón: a director's demo school


def demo_database_for(db: Path) -> Path:
    """`<folder>/demo/monitor.db` beside the real database: the two never mix."""
    return db.parent / DEMO_FOLDER / db.name


def refuse_demo(ctx: AppContext) -> None:
    """Invented records must never reach an office: a demo neither exports nor joins."""
    if ctx.identity is not None and is_demo(ctx.store):
        raise MonitorError(ErrorCode.DEMO_INSTALLATION, path=str(ctx.path))


def refuse_demo_database(db: Path) -> None:
    """`refuse_demo` for a database that may not exist yet (`init --office`)."""
    if not Path(db).is_file():
        return
    ctx = open_context(Path(db))
    try:
        refuse_demo(ctx)
    finally:
        ctx.close()


def database_is_demo(db: Path) -> bool:
    try:
        refuse_demo_database(db)
    except MonitorError as refusal:
        return refusal.code is ErrorCode.DEMO_INSTALLATION
    return False


def enrol_demo(db: Path, *, role: Role, name: str,
               wall_ms: WallClock = system_wall_ms) -> DeviceIdentity:
    """Set up the demo installation at `db` (a director's for `DEMO_SCHOOL`), or return the one
    already there as it is: trying the demo again continues the same one."""
    if Path(db).is_file():
        ctx = open_context(Path(db), wall_ms=wall_ms)
        try:
            if ctx.identity is not None and is_demo(ctx.store):
                return ctx.identity
        finally:
            ctx.close()
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    school = DEMO_SCHOOL if role is Role.DIRECTOR else None
    return init_device(Path(db), role=role, name=name, ugel=DEMO_UGEL, school=school,
                       wall_ms=wall_ms, demo=True)

