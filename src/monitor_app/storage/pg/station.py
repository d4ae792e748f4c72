"""Opening a PostgreSQL station: the driver, the address, the claim, the migrations (D44)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.database import APPLICATION_ID, CaptureGate, Store
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.migration_names import MIGRATION_NAMES, MIGRATION_SET, MIGRATIONS_TABLE

IDENTITY_TABLE = "monitor_station"
_MIGRATION_LOCK = APPLICATION_ID  # one starter at a time brings the schema up to date


class PgCaptureGate(CaptureGate):
    """The guard triggers read the gate from the session's `monitor.capture_open` setting."""

    def __init__(self, conn: Any) -> None:  # not CaptureGate's: the setting is the state
        self._conn = conn
        self.is_open = False

    @property  # type: ignore[override]
    def is_open(self) -> bool:
        return self._open

    @is_open.setter
    def is_open(self, value: bool) -> None:
        self._open = value
        self._conn.raw.execute("SELECT set_config('monitor.capture_open', %s, false)",
                               ["1" if value else "0"])


class _MigrationDatabase:
    """What a migration function uses of sqlite-utils' `Database`: its script and connection."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def executescript(self, script: str) -> None:
        self.conn.executescript(script)


def _connect(address: PostgresAddress) -> Any:
    if address.has_password:
        raise MonitorError(ErrorCode.PG_PASSWORD_IN_ADDRESS, address=address.url.split("@")[-1])
    try:
        import psycopg
    except ImportError:
        raise MonitorError(ErrorCode.PG_DRIVER_MISSING) from None
    from monitor_app.storage.pg.connection import PgConnection, configure

    try:
        raw = psycopg.connect(address.url, autocommit=True, application_name="monitor-app")
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise MonitorError(ErrorCode.PG_UNREACHABLE, address=str(address), reason=reason) from exc
    configure(raw)
    return PgConnection(raw)


def _claimed(conn: Any, address: PostgresAddress, create: bool) -> bool:
    """Whether the database is a station already; an empty one is claimed only by `create`."""
    tables = {name for (name,) in conn.raw.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    if IDENTITY_TABLE in tables:
        (app_id,) = conn.raw.execute(f"SELECT application_id FROM {IDENTITY_TABLE}").fetchone()
        if app_id != APPLICATION_ID:
            raise MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(address))
        return True
    if tables:
        raise MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(address))
    if not create:
        raise MonitorError(ErrorCode.PG_NOT_A_STATION_YET, address=str(address))
    return False


def _migrate(conn: Any, address: PostgresAddress, claimed: bool) -> None:
    from monitor_app.storage.migrations import registered_migrations
    from monitor_app.storage.pg.schema import PREAMBLE

    raw = conn.raw
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])
        if not claimed and not _has_table(raw, IDENTITY_TABLE):
            raw.execute(f"CREATE TABLE {IDENTITY_TABLE} (application_id BIGINT NOT NULL)")
            raw.execute(f"INSERT INTO {IDENTITY_TABLE} VALUES (%s)", [APPLICATION_ID])
            raw.execute(f'CREATE TABLE {MIGRATIONS_TABLE} (migration_set TEXT COLLATE "C", '
                        'name TEXT COLLATE "C", applied_at TEXT COLLATE "C")')
        applied = _applied(raw)
        if applied - set(MIGRATION_NAMES):
            raise MonitorError(ErrorCode.DB_NEWER_SCHEMA, path=str(address))
        pending = [m for m in registered_migrations() if m.name not in applied]
        if not pending:
            return
        for statement in PREAMBLE:
            raw.execute(statement)
        database = _MigrationDatabase(conn)
        for migration in pending:
            migration.fn(database)
            raw.execute(f"INSERT INTO {MIGRATIONS_TABLE} VALUES (%s, %s, %s)",
                        [MIGRATION_SET, migration.name, str(dt.datetime.now(dt.UTC))])


def _has_table(raw: Any, name: str) -> bool:
    return raw.execute("SELECT to_regclass(%s) IS NOT NULL", [name]).fetchone()[0]


def _applied(raw: Any) -> set[str]:
    rows = raw.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = %s",
                       [MIGRATION_SET])
    return {name for (name,) in rows}


def _report(conn: Any) -> None:
    """The `reporting` schema, for BI tools, current with this release (PostgreSQL only)."""
    from monitor_app.storage.pg.connection import sqlite_errors
    from monitor_app.storage.pg.reporting import ensure_reporting

    with sqlite_errors("reporting schema"):
        ensure_reporting(conn.raw, _MIGRATION_LOCK)


def open_station(address: PostgresAddress, *, create: bool = False) -> Store:
    conn = _connect(address)
    try:
        _migrate(conn, address, _claimed(conn, address, create))
        _report(conn)
        gate = PgCaptureGate(conn)
        return Store(conn=conn, path=address.station_path(), read_only=False, gate=gate,
                     server=address)
    except BaseException:
        conn.close()
        raise
