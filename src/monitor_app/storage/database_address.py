"""What `--db` names: an SQLite file, or (an office station only) a PostgreSQL database (D44)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from monitor_app.storage.paths import AppPaths

SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class PostgresAddress:
    """`postgresql://USER@HOST:PORT/DBNAME`. The password never travels here: libpq reads it
    from `PGPASSWORD` or `~/.pgpass`."""

    url: str

    def __str__(self) -> str:
        return self.url

    @property
    def has_password(self) -> bool:
        return urlsplit(self.url).password is not None

    def station_path(self, paths: AppPaths | None = None) -> Path:
        """A name in the data folder that stands for this database: the station's keys, bundle
        folders and backups sit beside it (`<name>.keys`, `<name>.bundles`…), as they sit beside
        an SQLite file (D8). Nothing is written at the name itself."""
        data_dir = (paths or AppPaths.from_environment()).data_dir
        parts = urlsplit(self.url)
        place = f"{parts.username or ''}@{parts.hostname or 'local'}_{parts.port or 5432}"
        slug = re.sub(r"[^A-Za-z0-9._@-]+", "_", f"{place}_{parts.path.strip('/') or 'postgres'}")
        return data_dir / "postgresql" / slug / "station"


DatabaseTarget = Path | PostgresAddress


def files_path(target: DatabaseTarget) -> Path:
    """Where a database's files (keys, bundles, backups) sit beside: the SQLite file itself,
    or a PostgreSQL station's stand-in name in the data folder."""
    return target.station_path() if isinstance(target, PostgresAddress) else Path(target)


def database_argument(text: str) -> DatabaseTarget:
    """`--db`'s value: a PostgreSQL address when it says so, otherwise a file's path."""
    if text.lower().startswith(SCHEMES):
        return PostgresAddress(text)
    return Path(text)
