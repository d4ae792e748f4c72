"""Values stored before the merge validated what it receives, that today's rules would refuse.

Migration 0006 lists them for review in `stored_value_reviews`; it never changes or deletes
them (a person decides, with an ordinary edit). `rejected list` shows them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from monitor_app.core.change_values import id_problem, value_problem
from monitor_app.core.kind_spec import FieldType, KindSpec
from monitor_app.core.kinds import KINDS
from monitor_app.storage.changes import encode_value
from monitor_app.storage.engine import column_defaults, table_names


@dataclass(frozen=True)
class StoredValueReview:
    table: str
    record_id: str
    column: str
    value: str
    reason: str
    detail: str


def _logged_form(kind: KindSpec, column: str, value: Any) -> str:
    """The value as a change carries it (booleans are stored as 0/1)."""
    spec = kind.field(column)
    if spec is not None and spec.type is FieldType.BOOLEAN and value in (0, 1):
        value = bool(value)
    return encode_value(value)


def _problems(conn: sqlite3.Connection, kind: KindSpec) -> Iterator[StoredValueReview]:
    # Run by migration 0006: tables and columns added by later migrations are not there yet.
    present = set(column_defaults(conn, kind.table))
    columns = [name for name in kind.field_names if name in present]
    if not present:
        return
    names = "".join(f", [{name}]" for name in columns)
    for pk, *values in conn.execute(f"SELECT id{names} FROM [{kind.table}] ORDER BY id"):
        problem = id_problem(pk)
        if problem is not None:
            yield StoredValueReview(kind.table, pk, "id", pk, problem.reason, problem.detail)
            continue
        for column, value in zip(columns, values):
            if value is None:
                continue
            text = _logged_form(kind, column, value)
            problem = value_problem(kind.table, column, text)
            if problem is not None:
                yield StoredValueReview(kind.table, pk, column, text, problem.reason,
                                        problem.detail)


def review_stored_values(conn: sqlite3.Connection) -> int:
    """Fill `stored_value_reviews` with every stored value today's rules refuse; how many."""
    # Run by migration 0006: kinds whose tables later migrations create are not there yet.
    tables = table_names(conn)
    found = [review for kind in KINDS.values() if kind.table in tables
             for review in _problems(conn, kind)]
    conn.executemany(
        "INSERT OR REPLACE INTO stored_value_reviews (tbl, pk, col, value, reason, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(r.table, r.record_id, r.column, r.value, r.reason, r.detail) for r in found])
    return len(found)


def stored_value_reviews(conn: sqlite3.Connection) -> list[StoredValueReview]:
    rows = conn.execute("SELECT tbl, pk, col, value, reason, detail FROM stored_value_reviews "
                        "ORDER BY tbl, pk, col")
    return [StoredValueReview(*row) for row in rows]
