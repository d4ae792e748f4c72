"""Where the app keeps its files, decided once at start-up and passed down."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "MonitorDeCampo"
HOME_VARIABLE = "MONITOR_APP_HOME"
DATABASE_NAME = "monitor.db"
# An empty file of this name beside the built program: everything lives beside it (a USB stick).
PORTABLE_MARKER = "portable"


class DataPlace(StrEnum):
    """Why the data folder is where it is (the window's About says it)."""

    USER = "user"  # the user's data folder (platformdirs)
    HOME = "home"  # MONITOR_APP_HOME
    PORTABLE = "portable"  # the `portable` marker beside the program


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    place: DataPlace = DataPlace.USER

    @property
    def default_database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def portable(self) -> bool:
        return self.place is DataPlace.PORTABLE

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None,
                         program_dir: Path | None = None) -> AppPaths:
        """`MONITOR_APP_HOME`, then the portable marker beside the program, then the user
        folders (`--db` comes before all of them, and only names the database)."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_VARIABLE, "").strip()
        if home:
            root = Path(home).expanduser()
            return cls(data_dir=root / "data", log_dir=root / "logs", place=DataPlace.HOME)
        folder = program_dir if program_dir is not None else program_folder()
        if folder is not None and (folder / PORTABLE_MARKER).is_file():
            return cls(data_dir=folder / "data", log_dir=folder / "logs", place=DataPlace.PORTABLE)
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        return cls(data_dir=Path(dirs.user_data_dir), log_dir=Path(dirs.user_log_dir))


def program_folder() -> Path | None:
    """The folder of the built program, or None when it runs from Python (no marker applies)."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def keys_dir_for(database: Path) -> Path:
    """Private keys live beside the database they identify, in a folder only the user can read."""
    return database.with_name(database.name + ".keys")
