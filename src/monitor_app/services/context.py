"""An open installation: its database, identity and clock, and the one way to write to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import OFFICE_ROLES, DeviceIdentity
from monitor_app.storage.changes import ChangeRecorder, WallClock, system_wall_ms
from monitor_app.storage.database import Store, atomic, open_store
from monitor_app.storage.device import load_identity
from monitor_app.storage.errors import translated


@dataclass
class AppContext:
    store: Store
    identity: DeviceIdentity | None
    wall_ms: WallClock = field(default=system_wall_ms)

    @property
    def path(self) -> Path:
        return self.store.path

    def now_iso(self) -> str:
        """The wall clock as an ISO-8601 UTC timestamp, for records people read."""
        return dt.datetime.fromtimestamp(self.wall_ms() / 1000, dt.UTC).isoformat(timespec="seconds")

    def today(self) -> dt.date:
        """The wall clock's day where the laptop is (what "not in the future" is checked
        against)."""
        return dt.datetime.fromtimestamp(self.wall_ms() / 1000).date()

    def require_identity(self) -> DeviceIdentity:
        if self.identity is None:
            raise MonitorError(ErrorCode.DB_NOT_INITIALISED, path=str(self.path))
        return self.identity

    def require_office(self, action: str) -> DeviceIdentity:
        """The identity of an office (a UGEL, or a DRE): what only an office may do (approve
        devices, publish, load instruments and catalogues) is refused elsewhere."""
        identity = self.require_identity()
        if identity.role not in OFFICE_ROLES:
            raise MonitorError(ErrorCode.ROLE_FORBIDS, role=identity.role.value, action=action)
        return identity

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: everything inside is written, or nothing is."""
        with translated(self.path), atomic(self.store.conn):
            yield

    @contextmanager
    def recording(self) -> Iterator[ChangeRecorder]:
        """A transaction whose writes to synced tables are captured as changes."""
        identity = self.require_identity()
        with self.transaction(), ChangeRecorder(self.store, identity.device_id, self.wall_ms) as rec:
            yield rec
        if self.store.server is not None:  # what BI tools read of the schools written about
            from monitor_app.services.reporting import refresh_after_local_writes

            refresh_after_local_writes(self, rec.records_written)

    def close(self) -> None:
        self.store.close()


def open_context(
    db_path: Path, *, create: bool = False, wall_ms: WallClock = system_wall_ms
) -> AppContext:
    store = open_store(db_path, create=create)
    try:
        with translated(db_path):
            identity = load_identity(store)
    except BaseException:
        store.close()
        raise
    return AppContext(store=store, identity=identity, wall_ms=wall_ms)


def open_initialised(db_path: Path, *, wall_ms: WallClock = system_wall_ms) -> AppContext:
    """Open a database that must already belong to an enrolled device."""
    ctx = open_context(db_path, wall_ms=wall_ms)
    if ctx.identity is None:
        ctx.close()
        raise MonitorError(ErrorCode.DB_NOT_INITIALISED, path=str(db_path))
    return ctx


@contextmanager
def initialised(db_path: Path, *, wall_ms: WallClock = system_wall_ms) -> Iterator[AppContext]:
    """`with initialised(db) as ctx:` an enrolled installation, closed at the end."""
    ctx = open_initialised(db_path, wall_ms=wall_ms)
    try:
        yield ctx
    finally:
        ctx.close()
