"""Opening the one SQLite file of an installation: checks, pragmas, migrations, the capture gate."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage import migrations
from monitor_app.storage.errors import translated

APPLICATION_ID = 0x4D4F4E43  # "MONC": marks a Monitor de Campo database
SQLITE_MAGIC = b"SQLite format 3\x00"


class CaptureGate:
    """Open only while the change recorder writes; the guard triggers ask it through SQL."""

    def __init__(self) -> None:
        self.is_open = False

    def __call__(self) -> int:
        return 1 if self.is_open else 0


@dataclass
class Store:
    """An open database and what belongs to its connection."""

    db: Database
    path: Path
    read_only: bool
    gate: CaptureGate = field(default_factory=CaptureGate)

    def close(self) -> None:
        self.db.close()


def _looks_writable(path: Path) -> bool:
    """Honour a file marked read-only even for an administrator, who the OS would let write."""
    mode = path.stat().st_mode
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(path, os.W_OK)


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(path))
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        raise MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(path))


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(str(path))


def _claim_or_check_identity(db: Database, path: Path, read_only: bool) -> None:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    has_tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if app_id != 0 or has_tables or read_only:
        raise MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(path))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _check_schema_not_newer(db: Database, path: Path) -> None:
    applied = {m.name for m in migrations.migrations.applied(db)}
    if applied - migrations.known_migration_names():
        raise MonitorError(ErrorCode.DB_NEWER_SCHEMA, path=str(path))


def open_store(path: Path, *, create: bool = False) -> Store:
    """Open (or, with `create`, make) a Monitor de Campo database and bring its schema up to date."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise MonitorError(ErrorCode.DB_NOT_FOUND, path=str(path))
        with translated(path):
            path.parent.mkdir(parents=True, exist_ok=True)
    else:
        _check_header(path)
    read_only = path.exists() and not _looks_writable(path)
    with translated(path):
        conn = _connect(path, read_only)
        try:
            return _prepare(conn, path, read_only)
        except BaseException:
            conn.close()
            raise


def _prepare(conn: sqlite3.Connection, path: Path, read_only: bool) -> Store:
    db = Database(conn)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    _claim_or_check_identity(db, path, read_only)
    _check_schema_not_newer(db, path)
    store = Store(db=db, path=path, read_only=read_only)
    conn.create_function(migrations.GATE_FUNCTION, 0, store.gate)
    if read_only:
        if migrations.migrations.pending(db):
            raise MonitorError(ErrorCode.DB_READ_ONLY, path=str(path))
        return store
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    migrations.apply_migrations(db)
    return store
