"""Where a demo installation lives, and what it refuses: it never exports nor joins an office
(its data is invented). Light to import: the window checks it at start-up."""

from __future__ import annotations

from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext, open_context
from monitor_app.storage.device import is_demo

DEMO_FOLDER = "demo"


def demo_database_for(db: Path) -> Path:
    """`<folder>/demo/monitor.db` beside the real database: the two never mix."""
    return db.parent / DEMO_FOLDER / db.name


def refuse_demo(ctx: AppContext) -> None:
    """Invented records must never reach an office: a demo neither exports nor joins."""
    if demo_installation(ctx):
        raise MonitorError(ErrorCode.DEMO_INSTALLATION, path=str(ctx.path))


def refuse_demo_database(db: Path) -> None:
    """`refuse_demo` for a database that may not exist yet (`init --office`)."""
    if database_is_demo(db):
        raise MonitorError(ErrorCode.DEMO_INSTALLATION, path=str(db))


def database_is_demo(db: Path) -> bool:
    if not Path(db).is_file():
        return False
    ctx = open_context(Path(db))
    try:
        return demo_installation(ctx)
    finally:
        ctx.close()


def real_database_for(demo_db: Path) -> Path:
    """The installation a demo was tried beside (`demo_database_for` the other way)."""
    return demo_db.parent.parent / demo_db.name


def demo_installation(ctx: AppContext) -> bool:
    return ctx.identity is not None and is_demo(ctx.store)

