"""A PostgreSQL connection that speaks the `sqlite3.Connection` protocol the storage layer uses.

`storage/` and `sync/` write their statements once, for SQLite (D44); this adapter translates
each statement once (cached), runs it through psycopg, and answers what the callers ask of a
`sqlite3` connection: `execute`, `executemany`, `executescript`, `in_transaction`,
`total_changes`, and errors as `sqlite3` error classes (so `except sqlite3.IntegrityError` keeps
meaning the same thing). Values come back as SQLite gives them: booleans as 0/1 and an exact
number as an int unless it was bound with a fraction.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Dumper, Loader
from psycopg.pq import TransactionStatus

from monitor_app.storage.pg.dialect import translate
from monitor_app.storage.pg.schema import translate_script

log = logging.getLogger("monitor_app")
# psycopg logs what it ignores while it unwinds a failed pipeline; with no handler of its own,
# Python would print that line on a user's terminal beside the refusal (sqlite_errors logs the
# failure to the station's log file).
logging.getLogger("psycopg").addHandler(logging.NullHandler())


LOG_KEY = "changes_pkey"


class PgIntegrityError(sqlite3.IntegrityError):
    """A constraint or a guard trigger refused a write on the PostgreSQL station."""

    from_postgres = True
    sqlstate: str | None = None
    constraint: str | None = None

    @property
    def lost_a_race(self) -> bool:
        """Another import logged one of these changes first (it waited for that one to
        commit): this transaction was rolled back whole and, run again, finds them known."""
        return self.sqlstate == "23505" and self.constraint == LOG_KEY


class PgOperationalError(sqlite3.OperationalError):
    """PostgreSQL could not run a statement (not a damaged file: there is none)."""

    from_postgres = True
    sqlstate: str | None = None

    @property
    def lost_a_race(self) -> bool:
        """A deadlock between importers, or a serialisation failure: the transaction was rolled
        back whole and may simply run again."""
        return self.sqlstate in ("40P01", "40001")


class _NumberLoader(Loader):
    """`numeric` → int when written without a fraction, float otherwise (SQLite's INTEGER and
    REAL storage classes, which D23's untyped columns keep)."""

    def load(self, data: Any) -> int | float:
        text = bytes(data)
        if b"." in text or b"e" in text or b"E" in text or b"N" in text or b"I" in text:
            return float(text)
        return int(text)


class _BoolLoader(Loader):
    def load(self, data: Any) -> int:
        return 1 if bytes(data) == b"t" else 0


class _BoolDumper(Dumper):
    """SQLite binds True as 1: so does the station (its flag columns are numbers)."""

    oid = psycopg.adapters.types["int8"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


class _FloatDumper(Dumper):
    """A float as `numeric` text in its shortest exact form: `3.0` keeps its fraction (and
    comes back a float), and no digit is lost on the way to a `NUMERIC` column."""

    oid = psycopg.adapters.types["numeric"].oid

    def dump(self, obj: float) -> bytes:
        return repr(obj).encode()


def configure(conn: psycopg.Connection[Any]) -> None:
    conn.adapters.register_loader("numeric", _NumberLoader)
    conn.adapters.register_loader("bool", _BoolLoader)
    conn.adapters.register_dumper(bool, _BoolDumper)
    conn.adapters.register_dumper(float, _FloatDumper)


@contextmanager
def sqlite_errors(statement: str = "") -> Iterator[None]:
    """psycopg's errors as `sqlite3`'s; the statement refused goes to the log (for whoever
    keeps the server), not to the message a user reads."""
    try:
        yield
    except pg_errors.IntegrityError as exc:
        log.warning("PostgreSQL refused: %s\n%s", _first_line(exc), statement)
        refused = PgIntegrityError(_first_line(exc))
        refused.sqlstate, refused.constraint = exc.sqlstate, exc.diag.constraint_name
        raise refused from exc
    except psycopg.Error as exc:
        log.warning("PostgreSQL refused: %s\n%s", _first_line(exc), statement)
        error = PgOperationalError(_first_line(exc))
        error.sqlstate = exc.sqlstate
        raise error from exc


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


_VALUES_ONLY = re.compile(
    r"\s*INSERT\s+INTO\s+(?P<table>\"?\w+\"?)\s*\((?P<columns>[^()]*)\)\s*"
    r"VALUES\s*\(\s*%s(?:\s*,\s*%s)*\s*\)(?P<tail>.*)", re.IGNORECASE | re.DOTALL)


def _lock_key(name: str) -> int:
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big",
                          signed=True)


class PgConnection:
    """One psycopg connection in autocommit mode: transactions are only `atomic`'s BEGINs."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.raw = conn
        self.total_changes = 0
        self._keys: dict[str, tuple[str, ...]] = {}

    def primary_key(self, table: str) -> tuple[str, ...]:
        key = self._keys.get(table)
        if key is None:
            rows = self.raw.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a "
                "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                "WHERE i.indrelid = %s::regclass AND i.indisprimary ORDER BY a.attnum",
                [table]).fetchall()
            key = self._keys[table] = tuple(name for (name,) in rows)
        return key

    def _count(self, cursor: psycopg.Cursor[Any]) -> None:
        if cursor.description is None and cursor.rowcount > 0:
            self.total_changes += cursor.rowcount

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        cursor = self.raw.cursor()
        query = translate(sql, self.primary_key)
        with sqlite_errors(query):
            cursor.execute(query, tuple(parameters))
        self._count(cursor)
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> psycopg.Cursor[Any]:
        cursor = self.raw.cursor()
        query = translate(sql, self.primary_key)
        with sqlite_errors(query):
            cursor.executemany(query, (tuple(r) for r in rows))
        self._count(cursor)
        return cursor

    def bulk_write(self, sql: str, rows: Iterable[Sequence[Any]],
                   returning: str = "") -> list[tuple[Any, ...]]:
        """`executemany` of an `INSERT … VALUES (?, …)` as set-based work (D43): COPY straight
        into the table when the statement has nothing after its values, else COPY into a
        staging table and the statement once, as `INSERT … SELECT … FROM` the staged rows. The
        rows must not conflict with each other on a key (one statement sees them all at once).
        With `returning` (staged statements only), those columns of the rows written."""
        query = translate(sql, self.primary_key)
        found = _VALUES_ONLY.match(query)
        if found is None:
            raise ValueError(f"not an INSERT of placeholders: {sql}")
        table, columns, tail = found.group("table"), found.group("columns"), found.group("tail")
        target = table if not tail.strip() else self._stage(table, columns)
        written: list[tuple[Any, ...]] = []
        with sqlite_errors(query), self.raw.cursor() as cursor:
            if target != table:
                cursor.execute(f"TRUNCATE {target}")
            with cursor.copy(f"COPY {target} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            if target != table:
                cursor.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {target}"
                               f" ORDER BY {self._key_order(table)} {tail}"
                               + (f" RETURNING {returning}" if returning else ""))
                if returning:
                    written = cursor.fetchall()
            self.total_changes += max(cursor.rowcount, 0)
        return written

    def _key_order(self, table: str) -> str:
        """Rows locked in the key's order, whoever writes: two importers upserting the same
        rows wait for each other instead of deadlocking."""
        return ", ".join(f'"{column}"' for column in self.primary_key(table.strip('"')))

    def _stage(self, table: str, columns: str) -> str:
        """A temporary table with the columns' own types (and collation)."""
        name = "monitor_stage_" + hashlib.blake2b(f"{table}({columns})".encode(),
                                                  digest_size=6).hexdigest()
        # asked each time: a rolled-back transaction takes the table it made with it
        self.raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} AS "
                         f"SELECT {columns} FROM {table} WITH NO DATA")
        return name

    def advisory_locks(self, names: Iterable[str]) -> None:
        """Take these transaction-level locks, in one order whoever asks (fewer deadlocks)."""
        keys = sorted({_lock_key(name) for name in names})
        with sqlite_errors("pg_advisory_xact_lock"):
            self.raw.execute("SELECT count(pg_advisory_xact_lock(k)) "
                             "FROM unnest(%s::bigint[]) AS k", [keys])

    def executescript(self, script: str) -> None:
        for statement in translate_script(script, self.primary_key):
            with sqlite_errors(statement):
                self.raw.execute(statement, ())

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()
