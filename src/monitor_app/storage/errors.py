"""Turns SQLite and file-system failures into the app's own refusals."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def from_sqlite(exc: sqlite3.Error, path: Path) -> MonitorError | None:
    """The refusal a user can act on, or None for a programming error (a bug to log)."""
    if getattr(exc, "from_postgres", False):  # storage/pg/connection.py: the server's refusal
        return MonitorError(ErrorCode.PG_STATEMENT_FAILED, reason=str(exc))
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == SQLITE_FULL or "disk is full" in text:
        return MonitorError(ErrorCode.DISK_FULL, path=str(path))
    if primary == SQLITE_READONLY or "readonly database" in text:
        return MonitorError(ErrorCode.DB_READ_ONLY, path=str(path))
    if primary == SQLITE_CORRUPT or "malformed" in text:
        return MonitorError(ErrorCode.DB_DAMAGED, path=str(path))
    if primary == SQLITE_NOTADB or "not a database" in text:
        return MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(path))
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return MonitorError(ErrorCode.DB_LOCKED, path=str(path))
    if primary == SQLITE_IOERR and _no_room_beside(path):
        # SQLite cannot grow its shared-memory file on a full disk (SQLITE_IOERR_SHMSIZE even
        # to read): "could not read" would send the user looking for a broken file
        return MonitorError(ErrorCode.DISK_FULL, path=str(path))
    if primary in (SQLITE_CANTOPEN, SQLITE_IOERR):
        return MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=str(exc))
    return None


NO_ROOM_BYTES = 1 << 20  # less than this free beside the database: the disk is full for it


def _no_room_beside(path: Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < NO_ROOM_BYTES
    except OSError:  # a folder gone is another story
        return False


def from_os(exc: OSError, path: Path) -> MonitorError:
    if exc.errno == errno.ENOSPC:
        return MonitorError(ErrorCode.DISK_FULL, path=str(path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return MonitorError(ErrorCode.DB_READ_ONLY, path=str(path))
    return MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=exc.strerror or str(exc))


def from_os_writing(exc: OSError, path: Path) -> MonitorError:
    """A failure writing a file where a person chose to put it (a bundle on a stick)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return MonitorError(ErrorCode.DISK_FULL, path=str(path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return MonitorError(ErrorCode.TARGET_NOT_WRITABLE, path=str(path))
    return MonitorError(ErrorCode.WRITE_FAILED, path=str(path), detail=exc.strerror or str(exc))


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Write files a person chose the place of: an OSError leaves as the refusal naming the
    file it names, else `path`. Cleaning up what was half-written is the writer's job."""
    try:
        yield
    except OSError as exc:
        raise from_os_writing(exc, Path(exc.filename) if exc.filename else path) from exc


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Run storage work, re-raising known SQLite and OS failures as MonitorError."""
    try:
        yield
    except sqlite3.Error as exc:
        refusal = from_sqlite(exc, path)
        if refusal is None:
            raise
        raise refusal from exc
    except OSError as exc:
        raise from_os(exc, path) from exc
