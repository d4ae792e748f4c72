"""Conflicts: concurrent writes found in the change log, the same list on every replica.

Two kinds, both computed from the applied changes of the log alone (never from a replica's
tables), so every replica holding the same changes lists the same conflicts with the same ids.
Whether one writer **had seen** another's change is decided on the changes each one names as
replaced (`storage/change_replaces.py`), followed back: `x` saw `y` when `y` is among what `x`
replaced, or what those replaced, and so on; a device saw its own earlier changes. A change
written before replaced changes were named falls back on its `base_hlc` (it saw what was
stamped no later). So a write that saw only a later value does not hide an earlier concurrent
one, as a single base clock did.

* **Field conflict** (`sync.md`): changes `a`, `b` to one field `(tbl, pk, col)`, from
  different devices, with different values, neither of which saw the other. The pair is closed
  by a change to that field that saw both: a reviewer resolves a conflict by writing the value
  they choose naming every side (`ChangeRecorder.put(..., replaces=…)`), with a base that
  covers them all (`resolution_base`), so it also wins.

* **Delete ∥ edit** (a record-level conflict): a change `d` that marks a record deleted
  (`_deleted` = true) and a change `e` to another column of the same record, from different
  devices, neither of which saw the other, where `e` wrote a value the deleter had not seen
  in that field. The merge still applies each field by last-writer-wins (the record stays
  deleted if `d` wins `_deleted`, and `e`'s value is kept in its column), so the result does
  not depend on arrival order; the flag makes sure a person sees that an edit was hidden by a
  delete, or a delete undone, instead of either happening silently. The pair is closed by a
  later `_deleted` write that saw both: the editor restoring the record along with the edit
  (which the services do when someone edits a deleted record), or a reviewer's resolution.

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
from monitor_app.storage.change_replaces import REPLACES_SQL, parse_replaces
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
SELECT {", ".join(COLUMNS)}, {REPLACES_SQL} FROM changes
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
            found.extend(record_conflicts(
                [Change(*row[:8], parse_replaces(row[8])) for row in changes]))
    return sorted(found, key=lambda c: (c.table, c.record_id, c.column, c.kind))


def _may_conflict(rows: Sequence[Row]) -> bool:
    """A quick test on one record's log rows: a delete, or a column written by two devices
    with two values (then some pair differs in both), which most records lack."""
    devices: dict[str, set[str]] = {}
    values: dict[str, set[str]] = {}
    for device_id, _, _, _, col, value, *_ in rows:
        if col == DELETED and value == DELETED_TRUE:
            return True
        devices.setdefault(col, set()).add(device_id)
        values.setdefault(col, set()).add(value)
    return any(len(devices[col]) > 1 and len(values[col]) > 1 for col in devices)


def record_conflicts(changes: Sequence[Change]) -> list[Conflict]:
    """The open conflicts among the changes of one record (all of them, in any order)."""
    history = _History(changes)
    by_column: dict[str, list[Change]] = {}
    for change in changes:
        by_column.setdefault(change.col, []).append(change)
    found = [
        conflict
        for column_changes in by_column.values()
        if (conflict := _field_conflict(column_changes, history)) is not None
    ]
    deleted = _delete_edit_conflict(by_column, history)
    if deleted is not None:
        found.append(deleted)
    return found


@dataclass(frozen=True)
class _Seen:
    """What one change's writer had seen: changes reached through what it replaced (`keys`),
    every change of a device below a seq (`below`: a writer saw its own earlier changes), and
    what was stamped up to `legacy_base` (changes written before replaced ones were named)."""

    keys: frozenset[tuple[str, int]]
    below: dict[str, int]
    legacy_base: int

    def holds(self, change: Change) -> bool:
        return ((change.device_id, change.seq) in self.keys
                or change.seq < self.below.get(change.device_id, 0)
                or _standing(change) <= self.legacy_base)


class _History:
    """Who saw what among one record's changes (see the module's docstring)."""

    def __init__(self, changes: Sequence[Change]) -> None:
        self._by_key = {(c.device_id, c.seq): c for c in changes}
        self._seen: dict[tuple[str, int], _Seen] = {}

    def saw(self, x: Change, y: Change) -> bool:
        if x.device_id == y.device_id:
            return x.seq > y.seq
        return self._seen_by(x).holds(y)

    def concurrent(self, a: Change, b: Change) -> bool:
        return a.device_id != b.device_id and not self.saw(a, b) and not self.saw(b, a)

    def _seen_by(self, x: Change) -> _Seen:
        """Followed through what `x` replaced, and what those replaced, and so on."""
        key = (x.device_id, x.seq)
        known = self._seen.get(key)
        if known is not None:
            return known
        keys: set[tuple[str, int]] = set()
        below: dict[str, int] = {}
        legacy = x.base_hlc if x.base_hlc and not x.replaces else 0
        todo = list(x.replaces)
        while todo:
            replaced = todo.pop()
            if replaced in keys:
                continue
            keys.add(replaced)
            change = self._by_key.get(replaced)
            if change is None:
                continue  # not received here yet: what it saw is not known
            below[change.device_id] = max(below.get(change.device_id, 0), change.seq)
            if change.base_hlc and not change.replaces:
                legacy = max(legacy, change.base_hlc)
            todo.extend(change.replaces)
        self._seen[key] = _Seen(frozenset(keys), below, legacy)
        return self._seen[key]


def _field_conflict(changes: Sequence[Change], history: _History) -> Conflict | None:
    involved: set[Change] = set()
    for a, b in itertools.combinations(changes, 2):
        if (a.value != b.value and history.concurrent(a, b)
                and not any(history.saw(c, a) and history.saw(c, b) for c in changes)):
            involved.update((a, b))
    if not involved:
        return None
    winner = _best(changes)
    losers = [c for c in involved if c is not winner and c.value != winner.value]
    return _conflict(ConflictKind.FIELD, winner, involved, losers)


def _delete_edit_conflict(by_column: dict[str, list[Change]],
                          history: _History) -> Conflict | None:
    marks = by_column.get(DELETED, [])
    deletes = [c for c in marks if c.value == DELETED_TRUE]
    if not deletes:
        return None
    edits = [c for column, cs in by_column.items() if column != DELETED for c in cs]
    involved: set[Change] = set()
    for delete, edit in itertools.product(deletes, edits):
        if (history.concurrent(delete, edit)
                and _unseen_value(delete, edit, by_column[edit.col], history)
                and not any(history.saw(mark, delete) and history.saw(mark, edit)
                            for mark in marks)):
            involved.update((delete, edit))
    if not involved:
        return None
    winner = _best(marks)
    losers = [c for c in involved if c is not winner]
    return _conflict(ConflictKind.DELETE_EDIT, winner, involved, losers)


def _unseen_value(delete: Change, edit: Change, column_changes: Sequence[Change],
                  history: _History) -> bool:
    """Whether the edit wrote a value the deleter had not seen in that field: another device's
    creation of the same natural-key record writes the same key and defaults, which compete
    with nothing."""
    seen = {c.value for c in column_changes if history.saw(delete, c) or c is delete}
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
