"""Opening the one SQLite file of an installation: checks, pragmas, migrations, the capture gate.

Hot paths use the `sqlite3` connection directly; `Store.db` wraps that same connection in a
sqlite-utils `Database`, imported only when first needed (migrations, tools, tests), which keeps
sqlite-utils' ~75 ms of imports out of the window's start-up.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.database_address import DatabaseTarget, PostgresAddress
from monitor_app.storage.errors import SQLITE_CANTOPEN, translated
from monitor_app.storage.migration_names import MIGRATION_NAMES, MIGRATION_SET, MIGRATIONS_TABLE

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x4D4F4E43  # "MONC": marks a Monitor de Campo database
SQLITE_MAGIC = b"SQLite format 3\x00"
GATE_FUNCTION = "monitor_capture_open"


class CaptureGate:
    """Open only while the change recorder writes; the guard triggers ask it through SQL."""

    def __init__(self) -> None:
        self.is_open = False

    def __call__(self) -> int:
        return 1 if self.is_open else 0


@dataclass
class Store:
    """An open database and what belongs to its connection (and so to the thread that opened it)."""

    conn: sqlite3.Connection
    path: Path
    read_only: bool
    gate: CaptureGate = field(default_factory=CaptureGate)
    server: PostgresAddress | None = None  # a PostgreSQL station's database (D44)

    @cached_property
    def db(self) -> Database:
        from sqlite_utils import Database

        return Database(self.conn)

    def close(self) -> None:
        self.conn.close()


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction (a savepoint when nested): everything inside is written, or nothing is."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # a failed COMMIT-level error may have ended it already
                conn.execute("ROLLBACK TO SAVEPOINT nested")
                conn.execute("RELEASE SAVEPOINT nested")
            raise
        conn.execute("RELEASE SAVEPOINT nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


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


def _on_read_only_medium(path: Path) -> bool:
    """A disk mounted read-only (a locked stick, a CD, a read-only share), not just a file or a
    folder someone may not write to."""
    if hasattr(os, "statvfs"):
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    return not os.access(path.parent, os.W_OK)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """Autocommit mode: transactions are only the explicit ones of `atomic`."""
    if not read_only:
        return sqlite3.connect(str(path), isolation_level=None)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if _on_read_only_medium(path):
        return _connect_on_read_only_medium(path, uri)
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def _connect_on_read_only_medium(path: Path, uri: str) -> sqlite3.Connection:
    """Reading a WAL database needs its `-shm` and `-wal` beside it, which a read-only disk
    cannot create. Unless a killed program left both (then `mode=ro` reads them), the database
    opens `immutable`: SQLite takes no locks and never looks for another writer's changes,
    which is sound only because nobody can write this disk. An immutable database is read
    without its `-wal`, so a `-wal` left alone (its `-shm` lost) is refused rather than
    silently ignored; a clean close checkpoints and removes it, and a copy of both files on a
    writable disk reads it again."""
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master")
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != SQLITE_CANTOPEN:
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise MonitorError(ErrorCode.DB_READ_ONLY, path=str(path))
    return sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)


def _claim_or_check_identity(conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if app_id != 0 or has_tables or read_only:
        raise MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(path))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _applied_migrations(conn: sqlite3.Connection) -> set[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return set()
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
    )
    return {name for (name,) in rows}


def open_store(path: DatabaseTarget, *, create: bool = False) -> Store:
    """Open (or, with `create`, make) a Monitor de Campo database and bring its schema up to date."""
    if isinstance(path, PostgresAddress):
        from monitor_app.storage.pg.station import open_station

        return open_station(path, create=create)
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
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    _claim_or_check_identity(conn, path, read_only)
    applied = _applied_migrations(conn)
    if applied - set(MIGRATION_NAMES):
        raise MonitorError(ErrorCode.DB_NEWER_SCHEMA, path=str(path))
    store = Store(conn=conn, path=path, read_only=read_only)
    conn.create_function(GATE_FUNCTION, 0, store.gate)
    pending = set(MIGRATION_NAMES) - applied
    if read_only:
        if pending:
            raise MonitorError(ErrorCode.DB_READ_ONLY, path=str(path))
        return store
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if pending:
        from monitor_app.storage.migrations import apply_migrations

        if applied:  # an installation in use: a backup first (D38); a new one has nothing
            from monitor_app.storage.backups import create_backup

            create_backup(conn, path, "migration", time.time_ns() // 1_000_000)
        apply_migrations(store.db)
    return store
