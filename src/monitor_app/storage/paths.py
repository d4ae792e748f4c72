"""Where the app keeps its files, decided once at start-up and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "MonitorDeCampo"
HOME_VARIABLE = "MONITOR_APP_HOME"
DATABASE_NAME = "monitor.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> AppPaths:
        """`MONITOR_APP_HOME` (portable mode: everything under one folder) or the user folders."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_VARIABLE, "").strip()
        if home:
            root = Path(home).expanduser()
            return cls(data_dir=root / "data", log_dir=root / "logs")
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        return cls(data_dir=Path(dirs.user_data_dir), log_dir=Path(dirs.user_log_dir))


def keys_dir_for(database: Path) -> Path:
    """Private keys live beside the database they identify, in a folder only the user can read."""
    return database.with_name(database.name + ".keys")
