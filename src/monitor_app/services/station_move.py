"""Moving an office station from its SQLite file into a PostgreSQL database (D44): the same
identity, keys, records, log and bundle folders, so its laptops and UGELs go on as before.
A move, not a copy: two stations with one identity would hand out the same change numbers."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Progress, no_progress
from monitor_app.core.roles import OFFICE_ROLES, DeviceIdentity
from monitor_app.services.context import open_context, open_initialised
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.errors import translated
from monitor_app.storage.station_copy import copy_rows

MOVED_SUFFIX = ".moved-to-postgresql"
_COMPANIONS = (".keys", ".bundles")  # what sits beside the file and belongs to the station


@dataclass(frozen=True)
class StationMoved:
    identity: DeviceIdentity
    rows: int
    left_as: Path  # the SQLite file, renamed so nobody opens it as a station again


def move_station(source: Path, target: PostgresAddress, *,
                 progress: Progress = no_progress) -> StationMoved:
    source = Path(source)
    if not source.is_file():
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path=str(source))
    old = open_initialised(source)
    try:
        identity = old.require_identity()
        if identity.role not in OFFICE_ROLES:
            raise MonitorError(ErrorCode.PG_ROLE_NOT_OFFICE, role=identity.role.value)
        new = open_context(target, create=True)
        try:
            if new.identity is not None:
                raise MonitorError(ErrorCode.ALREADY_INITIALISED, path=str(target),
                                   device=new.identity.device_id)
            with new.transaction():
                rows = copy_rows(old.store, new.store,
                                 lambda _table, done: progress(done, None))
            station = new.path
        finally:
            new.close()
    finally:
        old.close()
    with translated(source):
        station.parent.mkdir(parents=True, exist_ok=True)
        for suffix in _COMPANIONS:
            beside = source.with_name(source.name + suffix)
            if beside.exists():
                shutil.move(str(beside), str(station.with_name(station.name + suffix)))
        left_as = source.with_name(source.name + MOVED_SUFFIX)
        source.rename(left_as)
    return StationMoved(identity, rows, left_as)
