"""Checking that the visible tables are the projection of the change log (`sync.md`).

For every synced table, each field's winner is recomputed from the log (highest `(order clock,
device_id, seq)` among the applied changes to it: those without a verdict) and compared with the table's row and `field_clock`.
The three sources are read in key order and walked together, so memory stays small whatever the
size of the log. Changes to columns this version does not know are left out, as the merge leaves
them out of the tables.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from monitor_app.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from monitor_app.storage.change_verdicts import APPLIED_SQL
from monitor_app.storage.changes import ORDER_CLOCK_SQL
from monitor_app.storage.database import Store
from monitor_app.storage.engine import column_defaults
from monitor_app.sync.merge_values import stored_value, synced_columns

Winner = tuple[Any, int, str, int]  # (value as stored, hlc, device_id, seq)
MISSING = object()


class Problem(StrEnum):
    ROW_MISSING = "row_missing"  # the log has changes for a record the table lacks
    ROW_UNEXPECTED = "row_unexpected"  # a row no change in the log made
    VALUE = "value"  # a column differs from its winning change
    CLOCK = "clock"  # field_clock differs from the winning change (hlc, device_id, seq)


@dataclass(frozen=True)
class Difference:
    table: str
    record_id: str
    column: str | None
    problem: Problem
    expected: Any
    actual: Any


def check_rebuild(
    store: Store,
    *,
    limit: int = 1_000,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> list[Difference]:
    """The differences between the tables and their projection from the log (empty: they
    match), at most `limit` of them."""
    found: list[Difference] = []
    checked = 0
    for table, columns in sorted(synced_columns().items()):
        for differences in _check_table(store, table, columns):
            found.extend(differences)
            checked += 1
            if len(found) >= limit:
                return found[:limit]
            if checked % 10_000 == 0:
                check_cancelled(cancelled)
                progress(checked, None)
    return found


def _check_table(store: Store, table: str, known: frozenset[str]) -> Iterator[list[Difference]]:
    """For each record id found in any source, its differences (often none)."""
    defaults = _column_defaults(store, table)
    columns = sorted(known & defaults.keys())
    winners = _by_record(_winners(store, table, columns))
    rows = _rows(store, table, columns)
    clocks = _by_record(_clocks(store, table, columns))
    sources = (winners, rows, clocks)
    heads = [next(source, None) for source in sources]
    while any(head is not None for head in heads):
        record_id = min(head[0] for head in heads if head is not None)
        parts: list[Any] = [MISSING, MISSING, {}]
        for index, head in enumerate(heads):
            if head is not None and head[0] == record_id:
                parts[index] = head[1]
                heads[index] = next(sources[index], None)
        yield _compare(table, record_id, columns, defaults, *parts)


def _compare(table: str, record_id: str, columns: list[str], defaults: dict[str, Any],
             winners: Any, row: Any, clocks: dict[str, tuple[int, str, int]]) -> list[Difference]:
    def difference(column: str | None, problem: Problem, expected: Any, actual: Any) -> Difference:
        return Difference(table, record_id, column, problem, expected, actual)

    found = []
    if winners is MISSING and row is not MISSING:
        found.append(difference(None, Problem.ROW_UNEXPECTED, None, row))
    elif winners is not MISSING and row is MISSING:
        values = {column: winner[0] for column, winner in winners.items()}
        found.append(difference(None, Problem.ROW_MISSING, values, None))
    elif row is not MISSING:
        for column in columns:
            winner = winners.get(column)
            expected = defaults[column] if winner is None else winner[0]
            if not _same(expected, row[column]):
                found.append(difference(column, Problem.VALUE, expected, row[column]))
    winners = {} if winners is MISSING else winners
    for column in columns:
        expected_clock = winners[column][1:] if column in winners else None
        if clocks.get(column) != expected_clock:
            found.append(difference(column, Problem.CLOCK, expected_clock, clocks.get(column)))
    return found


def _same(expected: Any, actual: Any) -> bool:
    """Equal as SQLite stores them: a TEXT column keeps a number as text."""
    if expected == actual:
        return True
    numbers = (int, float)
    if isinstance(expected, numbers) and isinstance(actual, str):
        expected, actual = actual, expected
    if isinstance(expected, str) and isinstance(actual, numbers):
        try:
            return float(expected) == float(actual)
        except ValueError:
            return False
    return False


def _column_defaults(store: Store, table: str) -> dict[str, Any]:
    """Each column's value in a row the merge creates without it (its SQL default)."""
    defaults = {}
    for name, default in column_defaults(store.conn, table).items():
        value = None
        if default is not None:  # an SQL expression from our own migrations
            value = store.conn.execute(f"SELECT {default}").fetchone()[0]
        defaults[name] = value
    return defaults


def _winners(store: Store, table: str, columns: list[str]) -> Iterator[tuple[str, str, Winner]]:
    """(pk, col, winner) for every field of `table` in the log, in (pk, col) order."""
    marks = ", ".join("?" * len(columns))
    rows = store.conn.execute(
        f"SELECT pk, col, value, {ORDER_CLOCK_SQL} AS standing, device_id, seq FROM changes "
        f"WHERE tbl = ? AND col IN ({marks}) AND {APPLIED_SQL} "
        "ORDER BY pk, col, standing DESC, device_id DESC, seq DESC",
        [table, *columns],
    )
    last_pk = last_col = None
    for pk, col, value, stamp, device_id, seq in rows:
        if col != last_col or pk != last_pk:  # the field's first row is its winner
            last_pk, last_col = pk, col
            yield pk, col, (stored_value(col, value), stamp, device_id, seq)


def _clocks(store: Store, table: str, columns: list[str]) -> Iterator[tuple[str, str, Any]]:
    marks = ", ".join("?" * len(columns))
    rows = store.conn.execute(
        f"SELECT pk, col, hlc, device_id, seq FROM field_clock "
        f"WHERE tbl = ? AND col IN ({marks}) ORDER BY pk, col",
        [table, *columns],
    )
    for pk, col, stamp, device_id, seq in rows:
        yield pk, col, (stamp, device_id, seq)


def _by_record(fields: Iterator[tuple[str, str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    for pk, group in itertools.groupby(fields, key=lambda field: field[0]):
        yield pk, {col: value for _, col, value in group}


def _rows(store: Store, table: str, columns: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    names = ", ".join(f"[{c}]" for c in columns)
    for pk, *values in store.conn.execute(f"SELECT id, {names} FROM [{table}] ORDER BY id"):
        yield pk, dict(zip(columns, values))
