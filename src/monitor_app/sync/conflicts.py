"""Conflicts: concurrent writes found in the change log, the same list on every replica.

Two kinds, both computed from the log alone (never from a replica's tables), so every replica
holding the same changes lists the same conflicts with the same ids:

* **Field conflict** (`sync.md`): changes `a`, `b` to one field `(tbl, pk, col)`, from different
  devices, with different values, where neither writer had seen the other:
  `b.base_hlc < a.hlc AND a.base_hlc < b.hlc`. The pair is closed by any later change to that
  field whose `base_hlc` covers both (`>= max(a.hlc, b.hlc)`): a reviewer resolves a conflict
  by writing the value they choose with such a base (`resolution_base`).

* **Delete ∥ edit** (a record-level conflict): a change `d` that marks a record deleted
  (`_deleted` = true) and a change `e` to another column of the same record, from different
  devices, where neither had seen the other by the same test: `d.base_hlc < e.hlc AND
  e.base_hlc < d.hlc`. The merge still applies each field by last-writer-wins (the record stays
  deleted if `d` wins `_deleted`, and `e`'s value is kept in its column), so the result does
  not depend on arrival order; the flag makes sure a person sees that an edit was hidden by a
  delete, or a delete undone, instead of either happening silently. The pair is closed by a
  later `_deleted` write made after seeing the delete (`base_hlc >= d.hlc`) and no earlier than
  the edit (`hlc >= e.hlc`): the editor restoring the record along with the edit (which the
  services do when someone edits a deleted record), or a reviewer confirming or undoing the
  delete with `resolution_base`.

A device always saw its own earlier changes, so pairs from one device are never conflicts.
Known limit: a delete's `base_hlc` is the clock of `_deleted` only, so a delete made after seeing
another device's edit is flagged too (a false alarm, resolved like any other) until the change
recorder gives `_deleted` writes the record's highest field clock as their base.

Finding conflicts reads the whole log twice (an aggregate that keeps the records changed by
more than one device, then those records' changes), about 2 s per million changes on the
project's 2-core machine. An index on the log by record would make that about three times
faster but slows every merge by about a third, and merges are what must be fast.
"""

from __future__ import annotations

import hashlib
import itertools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from monitor_app.core.hlc import order_clock
from monitor_app.storage.change_verdicts import APPLIED_SQL
from monitor_app.storage.database import Store
from monitor_app.sync.change import COLUMNS, Change, Row
from monitor_app.sync.merge_values import DELETED, DELETED_TRUE


class ConflictKind(StrEnum):
    FIELD = "field"
    DELETE_EDIT = "delete_edit"


@dataclass(frozen=True)
class Conflict:
    """A conflict on one field (`column`), or between a delete and edits (`column` is
    `_deleted`). `winner` is the change the field shows now (by last-writer-wins over the whole
    log); `losers` are the other changes in the conflict, best first."""

    id: str
    kind: ConflictKind
    table: str
    record_id: str
    column: str
    winner: Change
    losers: tuple[Change, ...]

    @property
    def changes(self) -> tuple[Change, ...]:
        return (self.winner, *self.losers)


def _standing(change: Change) -> int:
    return order_clock(change.hlc, change.base_hlc)


def resolution_base(conflict: Conflict) -> int:
    """The `base_hlc` a write must carry to close `conflict`: it covers every change in it."""
    return max(_standing(change) for change in conflict.changes)


# Pass 1 keeps the records changed by more than one device (a device never conflicts with
# itself); pass 2 reads their changes. `IN` makes SQLite scan the log once and probe the
# candidates, where a join could rescan the log for each candidate.
_PASSES = f"""
SELECT {", ".join(COLUMNS)} FROM changes
WHERE (tbl, pk) IN (
  SELECT tbl, pk FROM changes WHERE {APPLIED_SQL}
  GROUP BY tbl, pk HAVING min(device_id) < max(device_id)
) AND {APPLIED_SQL}
ORDER BY tbl, pk
"""


def list_conflicts(store: Store) -> list[Conflict]:
    """Every open conflict, ordered by table, record, column and kind."""
    rows = store.conn.execute(_PASSES)
    found: list[Conflict] = []
    for _, record in itertools.groupby(rows, key=operator.itemgetter(2, 3)):
        changes = list(record)
        if _may_conflict(changes):
            found.extend(record_conflicts([Change(*row) for row in changes]))
    return sorted(found, key=lambda c: (c.table, c.record_id, c.column, c.kind))


def _may_conflict(rows: Sequence[Row]) -> bool:
    """A quick test on one record's log rows: a delete, or a column written by two devices
    with two values (then some pair differs in both), which most records lack."""
    devices: dict[str, set[str]] = {}
    values: dict[str, set[str]] = {}
    for device_id, _, _, _, col, value, _, _ in rows:
        if col == DELETED and value == DELETED_TRUE:
            return True
        devices.setdefault(col, set()).add(device_id)
        values.setdefault(col, set()).add(value)
    return any(len(devices[col]) > 1 and len(values[col]) > 1 for col in devices)


def record_conflicts(changes: Sequence[Change]) -> list[Conflict]:
    """The open conflicts among the changes of one record (all of them, in any order)."""
    by_column: dict[str, list[Change]] = {}
    for change in changes:
        by_column.setdefault(change.col, []).append(change)
    found = [
        conflict
        for column_changes in by_column.values()
        if (conflict := _field_conflict(column_changes)) is not None
    ]
    deleted = _delete_edit_conflict(by_column)
    if deleted is not None:
        found.append(deleted)
    return found


def _concurrent(a: Change, b: Change) -> bool:
    return a.device_id != b.device_id and b.base_hlc < _standing(a) and a.base_hlc < _standing(b)


def _field_conflict(changes: Sequence[Change]) -> Conflict | None:
    highest_base = max(change.base_hlc for change in changes)
    involved: set[Change] = set()
    for a, b in itertools.combinations(changes, 2):
        if a.value != b.value and _concurrent(a, b) and highest_base < max(_standing(a),
                                                                            _standing(b)):
            involved.update((a, b))
    if not involved:
        return None
    winner = _best(changes)
    losers = [c for c in involved if c is not winner and c.value != winner.value]
    return _conflict(ConflictKind.FIELD, winner, involved, losers)


def _delete_edit_conflict(by_column: dict[str, list[Change]]) -> Conflict | None:
    marks = by_column.get(DELETED, [])
    deletes = [c for c in marks if c.value == DELETED_TRUE]
    if not deletes:
        return None
    edits = [c for column, cs in by_column.items() if column != DELETED for c in cs]
    involved: set[Change] = set()
    for delete, edit in itertools.product(deletes, edits):
        if (_concurrent(delete, edit) and _unseen_value(delete, edit, by_column[edit.col])
                and not any(mark.base_hlc >= _standing(delete)
                            and _standing(mark) >= _standing(edit) for mark in marks)):
            involved.update((delete, edit))
    if not involved:
        return None
    winner = _best(marks)
    losers = [c for c in involved if c is not winner]
    return _conflict(ConflictKind.DELETE_EDIT, winner, involved, losers)


def _unseen_value(delete: Change, edit: Change, column_changes: Sequence[Change]) -> bool:
    """Whether the edit wrote a value the deleter had not seen in that field: another device's
    creation of the same natural-key record writes the same key and defaults, which compete
    with nothing."""
    seen = {c.value for c in column_changes
            if c.device_id == delete.device_id or _standing(c) <= delete.base_hlc}
    return edit.value not in seen


def _best(changes: Iterable[Change]) -> Change:
    return max(changes, key=lambda c: (_standing(c), c.device_id, c.seq))


def _conflict(kind: ConflictKind, winner: Change, involved: set[Change],
              losers: Iterable[Change]) -> Conflict:
    """`involved`: the changes in open pairs; they alone make the id, so it does not move when
    a later write that closes nothing takes the field."""
    keys = ";".join(f"{d}:{s}" for d, s in sorted((c.device_id, c.seq) for c in involved))
    digest = hashlib.sha256(
        f"{kind}|{winner.tbl}|{winner.pk}|{winner.col}|{keys}".encode()
    ).hexdigest()[:32]
    ordered = sorted(losers, key=lambda c: (_standing(c), c.device_id, c.seq), reverse=True)
    return Conflict(id=digest, kind=kind, table=winner.tbl, record_id=winner.pk,
                    column=winner.col, winner=winner, losers=tuple(ordered))
