"""One office station on both engines: an SQLite file and its twin moved into PostgreSQL, the
same identity and keys, so the same bundles can be imported into each (issue 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

from monitor_app.services.station_move import move_station
from monitor_app.storage.database_address import PostgresAddress

COMPANIONS = (".keys", ".bundles")


def twin_on_server(station: Path, url: str) -> str:
    """Copy `station` (closed) with its folders, and move the copy into the database at `url`."""
    copy = station.with_name(station.stem + "-twin.db")
    shutil.copyfile(station, copy)
    for suffix in COMPANIONS:
        beside = station.with_name(station.name + suffix)
        if beside.exists():
            shutil.copytree(beside, copy.with_name(copy.name + suffix))
    move_station(copy, PostgresAddress(url))
    return url
