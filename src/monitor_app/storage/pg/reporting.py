"""The `reporting` schema of a PostgreSQL station: made and kept current at open, read-only
roles, and the stored checklist `reporting.checklist` reads (docs/national.md).

The schema's version is a digest of its definitions: a station whose stored digest differs
(new, or opened by another release) replaces its views at open, under the migrations' lock.
The checklist table holds derived rows only, so a new definition of it drops and remakes it
and the next refresh fills it again.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from monitor_app.storage.pg.reporting_views import (
    CHECKLIST_COLUMNS,
    CHECKLIST_TABLE,
    CHECKLIST_TABLE_SQL,
    FUNCTIONS,
    SCHEMA,
    VIEWS,
)

_F = TypeVar("_F", bound=Callable[..., Any])


def _translated(function: _F) -> _F:
    """psycopg's errors as the `sqlite3` classes the services catch (`connection.py`)."""
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from monitor_app.storage.pg.connection import sqlite_errors

        with sqlite_errors(function.__name__):
            return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


STATE_TABLE = "reporting_state"
_STATE_SQL = (f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), "
              "views TEXT NOT NULL, checklist_table TEXT NOT NULL, full_refresh_on DATE, "
              "full_refresh_at TIMESTAMPTZ)")
REFRESH_LOCK = 0x4D4F4E52  # "MONR": one checklist refresh at a time
IN_LIMIT = 500


def _digest(statements: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(statements).encode()).hexdigest()[:16]


VIEWS_VERSION = _digest([*FUNCTIONS, *(sql for _, sql in VIEWS)])
TABLE_VERSION = _digest([CHECKLIST_TABLE_SQL])


def _stored_versions(raw: Any) -> tuple[str, str] | None:
    if not raw.execute("SELECT to_regclass(%s) IS NOT NULL", [STATE_TABLE]).fetchone()[0]:
        return None
    row = raw.execute(f"SELECT views, checklist_table FROM {STATE_TABLE}").fetchone()
    return None if row is None else (row[0], row[1])


def ensure_reporting(raw: Any, lock: int) -> None:
    """Bring the `reporting` schema up to this release's definitions, if it is not already."""
    if _stored_versions(raw) == (VIEWS_VERSION, TABLE_VERSION):
        return
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(%s)", [lock])
        stored = _stored_versions(raw)
        if stored == (VIEWS_VERSION, TABLE_VERSION):
            return
        raw.execute(_STATE_SQL)
        raw.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        if stored is None or stored[1] != TABLE_VERSION:
            raw.execute(f"DROP VIEW IF EXISTS {SCHEMA}.checklist")
            raw.execute(f"DROP TABLE IF EXISTS {CHECKLIST_TABLE}")
            raw.execute(CHECKLIST_TABLE_SQL)
        for statement in FUNCTIONS:
            raw.execute(statement)
        for name, sql in VIEWS:
            _replace_view(raw, name, sql)
        for role in readers(raw):
            raw.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {_quoted(role)}")
        remade = stored is None or stored[1] != TABLE_VERSION  # empty: its next refresh is full
        kept = "NULL" if remade else f"{STATE_TABLE}.full_refresh_on"
        raw.execute(f"INSERT INTO {STATE_TABLE} (id, views, checklist_table) VALUES (1, %s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET views = excluded.views, "
                    f"checklist_table = excluded.checklist_table, full_refresh_on = {kept}",
                    [VIEWS_VERSION, TABLE_VERSION])


def _replace_view(raw: Any, name: str, sql: str) -> None:
    """CREATE OR REPLACE keeps the grants, and views someone built on ours; it cannot drop or
    rename a column, so a view whose columns changed is dropped and made again (a view built on
    it then stops the drop, and the station says so rather than dropping it too)."""
    try:
        with raw.transaction():
            raw.execute(sql)
    except Exception as exc:
        if getattr(exc, "sqlstate", None) not in ("42P16", "42804"):  # invalid definition, type
            raise
        raw.execute(f"DROP VIEW IF EXISTS {SCHEMA}.{name}")
        raw.execute(sql)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@_translated
def readers(raw: Any) -> list[str]:
    """The roles that may use the `reporting` schema (besides its owner)."""
    rows = raw.execute(
        "SELECT r.rolname FROM pg_namespace n, aclexplode(n.nspacl) a "
        "JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE n.nspname = %s AND a.privilege_type = 'USAGE' AND a.grantee <> n.nspowner "
        "ORDER BY 1", [SCHEMA])
    return [name for (name,) in rows]


@_translated
def role_exists(raw: Any, role: str) -> bool:
    return raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is not None


@_translated
def grant_reader(raw: Any, role: str) -> None:
    """Let an existing role read the `reporting` views, and nothing else of the station: views
    run with their owner's rights, so the role needs no right on the tables beneath."""
    with raw.transaction():
        raw.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {_quoted(role)}")
        raw.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {_quoted(role)}")


@_translated
def revoke_reader(raw: Any, role: str) -> None:
    with raw.transaction():
        raw.execute(f"REVOKE SELECT ON ALL TABLES IN SCHEMA {SCHEMA} FROM {_quoted(role)}")
        raw.execute(f"REVOKE USAGE ON SCHEMA {SCHEMA} FROM {_quoted(role)}")


# --- The stored checklist ---------------------------------------------------------------------

ChecklistRow = tuple[Any, ...]  # CHECKLIST_COLUMNS' values


@_translated
def lock_refresh(raw: Any) -> None:
    """Inside the refresh's transaction: refreshes take turns, so one that read older facts
    never writes over a newer one's rows."""
    raw.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK])


@_translated
def last_full_refresh(raw: Any) -> dt.date | None:
    row = raw.execute(f"SELECT full_refresh_on FROM {STATE_TABLE}").fetchone()
    return None if row is None else row[0]


@_translated
def clear_checklists(raw: Any, services: Sequence[tuple[str, str]] | None) -> None:
    """Inside the refresh's transaction: drop the stored rows of these services (all: None)."""
    if services is None:
        raw.execute(f"DELETE FROM {CHECKLIST_TABLE}")
        return
    for start in range(0, len(services), IN_LIMIT):
        part = services[start:start + IN_LIMIT]
        raw.execute(f"DELETE FROM {CHECKLIST_TABLE} WHERE (cod_mod, anexo) IN "
                    "(SELECT * FROM unnest(%s::text[], %s::text[]))",
                    [[c for c, _ in part], [a for _, a in part]])


@_translated
def copy_checklists(raw: Any, rows: Iterable[ChecklistRow]) -> int:
    """Add rows (CHECKLIST_COLUMNS' values) through COPY; returns how many."""
    written = 0
    with raw.cursor().copy(f"COPY {CHECKLIST_TABLE} ({', '.join(CHECKLIST_COLUMNS)}) "
                           "FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            written += 1
    return written


@_translated
def note_full_refresh(raw: Any, day: dt.date) -> None:
    raw.execute(f"UPDATE {STATE_TABLE} SET full_refresh_on = %s, full_refresh_at = now()",
                [day])


@_translated
def forget_full_refresh(raw: Any) -> None:
    """A refresh failed halfway: the next one redoes every school."""
    raw.execute(f"UPDATE {STATE_TABLE} SET full_refresh_on = NULL")


def params_json(params: dict[str, Any]) -> str:
    return json.dumps(params, ensure_ascii=False, sort_keys=True)
