"""The backups folder beside a database: each backup's note, the retention settings, pruning.

`<database>.backups/` holds `<id>.db` (the database as the SQLite backup API copied it, photo
bytes taken out) or, at a PostgreSQL station, `<id>.dump` (pg_dump's custom format) and
`<id>.keys/` (the station's keys then: storage/pg/dump.py), `<id>.json` (its note, written last: a backup without one is unfinished),
`photos/<sha256>` (each photo once, shared by every backup that has it), `settings.json` (how
many to keep) and `aside/` (databases a restore put aside, never pruned).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

DAILY = "daily"
KINDS = (DAILY, "migration", "directory", "bundles", "manual")
SETTINGS_NAME = "settings.json"
PHOTOS = "photos"
ASIDE = "aside"


@dataclass(frozen=True)
class Retention:
    """How many backups to keep: the last daily ones, and the last of every other kind."""

    keep_daily: int = 7
    keep_other: int = 10

    def valid(self) -> bool:
        return 1 <= self.keep_daily <= 365 and 1 <= self.keep_other <= 365


@dataclass(frozen=True)
class BackupInfo:
    backup_id: str
    kind: str
    created_ms: int  # the wall clock when it was made
    size: int  # bytes of the database copy, photos not included
    good: bool  # PRAGMA quick_check of the copy said ok
    migrations: int  # schema migrations applied in it
    role: str | None  # the installation's role then (None: not set up yet)
    photos: list[str] = field(default_factory=list)  # the sha256 of the photos it needs

    @property
    def created_at(self) -> str:
        return dt.datetime.fromtimestamp(self.created_ms / 1000, dt.UTC).isoformat(
            timespec="seconds")

    def to_json(self, with_photos: bool = False) -> dict[str, object]:
        data = asdict(self)
        data["created_at"] = self.created_at
        if not with_photos:
            data["photos"] = len(self.photos)
        return data


def backups_dir_for(database: Path) -> Path:
    return database.with_name(database.name + ".backups")


def database_file(database: Path, backup_id: str) -> Path:
    return backups_dir_for(database) / f"{backup_id}.db"


def dump_file(database: Path, backup_id: str) -> Path:
    """A PostgreSQL station's backup: pg_dump's archive."""
    return backups_dir_for(database) / f"{backup_id}.dump"


def keys_copy(database: Path, backup_id: str) -> Path:
    """A PostgreSQL station's keys folder as it was at the backup."""
    return backups_dir_for(database) / f"{backup_id}.keys"


def copy_of(database: Path, backup_id: str) -> Path | None:
    """The backup's copy of the database: the SQLite file, or the dump (None: neither)."""
    for copy in (database_file(database, backup_id), dump_file(database, backup_id)):
        if copy.is_file():
            return copy
    return None


def note_file(database: Path, backup_id: str) -> Path:
    return backups_dir_for(database) / f"{backup_id}.json"


def new_backup_id(database: Path, kind: str, now_ms: int) -> str:
    """`AAAAMMDD-HHMMSS-<kind>` in UTC, sorting as the backups were made; `-2`… when taken."""
    stamp = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC).strftime("%Y%m%d-%H%M%S")
    backup_id, n = f"{stamp}-{kind}", 1
    while note_file(database, backup_id).exists() or copy_of(database, backup_id) is not None:
        n += 1
        backup_id = f"{stamp}-{kind}-{n}"
    return backup_id


def write_atomically(target: Path, text: str) -> None:
    temporary = target.with_name(target.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def write_note(database: Path, info: BackupInfo) -> None:
    write_atomically(note_file(database, info.backup_id),
                     json.dumps(info.to_json(with_photos=True), indent=1))


def _read_note(path: Path) -> BackupInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return BackupInfo(str(data["backup_id"]), str(data["kind"]), int(data["created_ms"]),
                          int(data["size"]), bool(data["good"]), int(data["migrations"]),
                          data.get("role"), [str(s) for s in data.get("photos", [])])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(database: Path) -> list[BackupInfo]:
    """Finished backups (a note and its database copy), newest first."""
    folder = backups_dir_for(database)
    if not folder.is_dir():
        return []
    found = []
    for note in folder.glob("*.json"):
        if note.name == SETTINGS_NAME:
            continue
        info = _read_note(note)
        if info is not None and info.backup_id == note.stem and copy_of(
                database, info.backup_id) is not None:
            found.append(info)
    return sorted(found, key=lambda b: (b.created_ms, b.backup_id), reverse=True)


def latest_good(database: Path) -> BackupInfo | None:
    return next((b for b in list_backups(database) if b.good), None)


def load_retention(database: Path) -> Retention:
    """The saved retention; a missing or damaged file is the default (7 daily, 10 others)."""
    try:
        data = json.loads((backups_dir_for(database) / SETTINGS_NAME).read_text("utf-8"))
        retention = Retention(int(data["keep_daily"]), int(data["keep_other"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Retention()
    return retention if retention.valid() else Retention()


def save_retention(database: Path, retention: Retention) -> None:
    folder = backups_dir_for(database)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / SETTINGS_NAME, json.dumps(asdict(retention)))


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def remove_unfinished(database: Path) -> None:
    """What a killed backup left: copies without a note, temporary files."""
    folder = backups_dir_for(database)
    if not folder.is_dir():
        return
    for leftover in folder.glob("*.tmp"):  # files, or a PostgreSQL station's keys folder
        _remove(leftover)
    for copy in [*folder.glob("*.db"), *folder.glob("*.dump"), *folder.glob("*.keys")]:
        if not note_file(database, copy.stem).exists():
            _remove(copy)
    for leftover in (folder / PHOTOS).glob("*.tmp"):
        leftover.unlink(missing_ok=True)


def prune(database: Path, retention: Retention) -> list[BackupInfo]:
    """Remove the backups beyond the retention and the photos no kept backup needs; the kept
    ones, newest first."""
    backups = list_backups(database)
    daily = [b for b in backups if b.kind == DAILY]
    other = [b for b in backups if b.kind != DAILY]
    gone = daily[retention.keep_daily:] + other[retention.keep_other:]
    for old in gone:  # the note first: without it the copy is an unfinished leftover
        note_file(database, old.backup_id).unlink(missing_ok=True)
        for copy in (database_file(database, old.backup_id), dump_file(database, old.backup_id),
                     keys_copy(database, old.backup_id)):
            _remove(copy)
    kept = [b for b in backups if b not in gone]
    needed = {sha for b in kept for sha in b.photos}
    photos = backups_dir_for(database) / PHOTOS
    if photos.is_dir():
        for photo in photos.iterdir():
            if photo.name not in needed:
                photo.unlink(missing_ok=True)
    return kept
