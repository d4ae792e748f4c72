"""Making a backup with SQLite's online backup API, checking a database, restoring a backup.

A backup is the database as the backup API copies it (consistent while others read and write,
unlike a copy of the file and its `-wal`), with the photo bytes moved out into the backups'
shared `photos/` folder under their SHA-256, so a photo is stored once for every backup.
Restoring puts the photos back, checks the result, puts the current files aside and renames
the restored copy into place: a kill at any moment leaves either database whole.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.backup_files import (
    ASIDE,
    PHOTOS,
    BackupInfo,
    Retention,
    backups_dir_for,
    database_file,
    list_backups,
    load_retention,
    new_backup_id,
    prune,
    remove_unfinished,
    write_note,
)
from monitor_app.storage.errors import SQLITE_CORRUPT, SQLITE_NOTADB
from monitor_app.storage.migration_names import MIGRATION_SET, MIGRATIONS_TABLE

PAGES_PER_STEP = 4096
CHUNK = 256 * 1024
Progress = Callable[[int, int | None], None]


def _no_progress(done: int, total: int | None) -> None:
    """Report nothing."""


def quick_check(conn: sqlite3.Connection) -> bool:
    """`PRAGMA quick_check` found nothing wrong (a damaged file may also fail to be read)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def applied_migrations(conn: sqlite3.Connection) -> int:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {MIGRATIONS_TABLE} WHERE migration_set = ?",
                                [MIGRATION_SET]).fetchone()[0])
    except sqlite3.OperationalError:  # before the first migration
        return 0


def stored_role(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT role FROM device WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def _write_photo(copy: sqlite3.Connection, rowid: int, target: Path) -> None:
    temporary = target.with_name(target.name + ".tmp")
    with copy.blobopen("evidence_files", "data", rowid, readonly=True) as blob, \
            temporary.open("wb") as handle:
        while chunk := blob.read(CHUNK):
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def _take_photos_out(copy: sqlite3.Connection, photos: Path) -> list[str]:
    """Each photo's bytes into `photos/<sha256>` unless already there, then out of the copy."""
    try:
        rows = copy.execute("SELECT rowid, sha256 FROM evidence_files ORDER BY sha256").fetchall()
    except sqlite3.OperationalError:  # a schema from before photos
        return []
    if not rows:
        return []
    photos.mkdir(parents=True, exist_ok=True)
    for rowid, sha256 in rows:
        if not (photos / sha256).is_file():
            _write_photo(copy, rowid, photos / sha256)
    copy.execute("UPDATE evidence_files SET data = X''")
    copy.execute("VACUUM")  # the pages the photos held are given back
    return [sha256 for _rowid, sha256 in rows]


def create_backup(conn: sqlite3.Connection, database: Path, kind: str, now_ms: int, *,
                  retention: Retention | None = None,
                  progress: Progress = _no_progress) -> BackupInfo:
    """Back up the database open on `conn` (outside any transaction of it) beside `database`,
    then prune to the retention. `progress` counts pages copied."""
    folder = backups_dir_for(database)
    folder.mkdir(parents=True, exist_ok=True)
    remove_unfinished(database)
    backup_id = new_backup_id(database, kind, now_ms)
    temporary = folder / f"{backup_id}.db.tmp"
    copy = sqlite3.connect(str(temporary), isolation_level=None)
    try:
        conn.backup(copy, pages=PAGES_PER_STEP,
                    progress=lambda _status, remaining, total: progress(total - remaining, total))
        copy.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the source used
        photos = _take_photos_out(copy, folder / PHOTOS)
        good = quick_check(copy)
        info = BackupInfo(backup_id, kind, now_ms, 0, good, applied_migrations(copy),
                          stored_role(copy), photos)
    except sqlite3.DatabaseError as exc:  # the copy of a damaged database cannot be read
        copy.close()
        temporary.unlink(missing_ok=True)
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise MonitorError(ErrorCode.DB_DAMAGED, path=str(database)) from exc
        raise
    finally:
        copy.close()
    target = database_file(database, backup_id)
    os.replace(temporary, target)
    info = BackupInfo(**{**info.__dict__, "size": target.stat().st_size})
    write_note(database, info)
    prune(database, retention or load_retention(database))
    return info


def find_backup(database: Path, backup_id: str) -> BackupInfo:
    for info in list_backups(database):
        if info.backup_id == backup_id:
            return info
    raise MonitorError(ErrorCode.BACKUP_NOT_FOUND, backup=backup_id,
                       folder=str(backups_dir_for(database)))


def _put_photos_back(copy: sqlite3.Connection, photos: Path, backup_id: str) -> None:
    shas = [sha for (sha,) in copy.execute("SELECT sha256 FROM evidence_files WHERE data = X''")]
    copy.execute("BEGIN")
    for sha256 in shas:
        try:
            data = (photos / sha256).read_bytes()
        except OSError:
            data = b""
        if hashlib.sha256(data).hexdigest() != sha256:
            copy.execute("ROLLBACK")
            raise MonitorError(ErrorCode.BACKUP_INCOMPLETE, backup=backup_id, photo=sha256)
        copy.execute("UPDATE evidence_files SET data = ? WHERE sha256 = ?", [data, sha256])
    copy.execute("COMMIT")


def _companions(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]


def _checkpointed(database: Path) -> None:
    """Every write of the database in its main file, its `-wal` emptied and gone: a kill from
    here on finds the database whole in one file, and the backup put in its place meets no
    `-wal` of the database it replaced."""
    if not database.exists():
        return
    conn = sqlite3.connect(str(database), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        pass  # a damaged database: its -wal is copied aside as it is
    finally:
        conn.close()  # the last connection to close removes the -wal and -shm


def put_aside(database: Path, stamp: str) -> Path:
    """Keep the database as it is now in `<backups>/aside/<stamp>/`, copied after a checkpoint
    (its latest writes are in the file, and the file stays where it is until replaced)."""
    aside = backups_dir_for(database) / ASIDE / stamp
    aside.mkdir(parents=True, exist_ok=True)
    _checkpointed(database)
    if database.exists():
        shutil.copy2(database, aside / database.name)
    for companion in _companions(database):  # damaged, or kept open: copied as it is
        if companion.exists():
            shutil.copy2(companion, aside / companion.name)
    return aside


def _without_companions(database: Path) -> None:
    """No `-wal` of the database being replaced may meet the one replacing it: SQLite would
    apply its pages to the wrong file."""
    for companion in _companions(database):
        companion.unlink(missing_ok=True)


def restore_backup(database: Path, backup_id: str, stamp: str, *,
                   prepare: Callable[[sqlite3.Connection], None] | None = None,
                   progress: Progress = _no_progress) -> Path:
    """Replace `database` (closed by everyone) with a backup, changed by `prepare` (in one
    transaction on the copy, before anything else is touched); the folder where the database
    it replaced was put aside. A backup that fails its check or misses a photo is refused
    before anything is touched. The database changes in one rename: a kill before it leaves
    the database as it was, after it the backup as prepared."""
    info = find_backup(database, backup_id)
    temporary = database.with_name(database.name + ".restoring")
    progress(0, 3)
    for log in ("-journal", "-wal", "-shm"):  # a killed restore's: SQLite would replay them
        temporary.with_name(temporary.name + log).unlink(missing_ok=True)
    shutil.copyfile(database_file(database, backup_id), temporary)
    copy = sqlite3.connect(str(temporary), isolation_level=None)
    try:
        _put_photos_back(copy, backups_dir_for(database) / PHOTOS, info.backup_id)
        if prepare is not None:
            copy.execute("BEGIN")
            prepare(copy)
            copy.execute("COMMIT")
        progress(1, 3)
        good = quick_check(copy)
        # In the journal mode the database is used in: a kill after the rename, as the app
        # opens it, then leaves a log that any reader recovers, not a rollback journal.
        copy.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        copy.close()
        temporary.unlink(missing_ok=True)
        raise
    finally:
        copy.close()
    if not good:
        temporary.unlink(missing_ok=True)
        raise MonitorError(ErrorCode.BACKUP_DAMAGED, backup=backup_id)
    aside = put_aside(database, stamp)
    progress(2, 3)
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())
    _without_companions(database)
    os.replace(temporary, database)
    progress(3, 3)
    return aside
