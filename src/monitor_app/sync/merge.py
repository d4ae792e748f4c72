"""Merging changes from other replicas: a set union of the log, then last-writer-wins per field.

The merged state is a pure function of the set of changes received (`sync.md`): the log keeps
every change once, keyed by `(device_id, seq)`, and each field shows the change with the highest
`(hlc, device_id, seq)`. Changes are read in chunks so memory stays bounded whatever the size of
the bundle, and each chunk is written with a handful of batched statements:

1. the chunk's `(device_id, seq)` keys are looked up in the log (one range query per device);
   known ones are counted unchanged, a known key with other content raises `ClonedDevice`;
2. the new changes are appended to the log;
3. per field, the chunk's best change goes to `field_clock` through a conditional upsert with a
   row-value comparison, so a change never replaces a higher one whatever the arrival order;
4. the winners are written to the visible rows, one upsert per record, through the store's
   capture gate, so the guard triggers let the merge write without recording it again.

Values are stored as `ChangeRecorder` stores them (`merge_values.stored_value`). Changes to a
table or column this version does not know are kept in the log only. A change's standing in
last-writer-wins is its order clock (`hlc.order_clock`), which is its HLC unless the writer saw
a value stamped ahead of its own clock.

With an `Admission` (every import at an office does this), step 3 applies only the changes it
admits: the others stay in the log with a verdict (rejected, or pending until their record is
placed), and once the whole input is in, pending changes whose record got placed are decided
again. At an office, applied changes are numbered in the order they were applied (`arrivals`),
which is what its replies to its devices carry on from.
"""

from __future__ import annotations

import contextlib
import gc
from array import array
import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor_app.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from monitor_app.core.hlc import order_clock
from monitor_app.storage.change_replaces import ReplacesRow, save_replaces
from monitor_app.storage.change_verdicts import (
    VerdictStatus,
    clear_verdicts,
    pending_changes,
    save_verdicts,
)
from monitor_app.storage.changes import row_upsert_sql
from monitor_app.storage.database import Store, atomic
from monitor_app.storage.engine import is_postgres
from monitor_app.storage.replies import record_arrivals
from monitor_app.storage.turns import bulk_write, take_commit_turn
from monitor_app.sync.admission import Admission, Sorted, sort_rows
from monitor_app.sync.change import COLUMNS, ChangeLike, ChangeRow, Row, change_row
from monitor_app.sync.merge_values import stored_value, synced_columns

CHUNK = 20_000
MAX_PUT = 200  # fields one put writes at most: a record of the widest kind has ~30
CLOCK_BATCH = 64  # clocks per upsert batch: see `_upsert_clocks`
IN_LIMIT = 500  # ids per `IN (...)` list
MAX_TOUCHED_IDS = 10_000  # per table; beyond that a face refreshes the whole kind

RecordKey = tuple[str, str]  # (tbl, pk)
Clock = tuple[str, str, str, int, str, int]  # a field_clock row

_NAMES = ", ".join(COLUMNS)
_SELECT_KNOWN = f"SELECT {_NAMES} FROM changes WHERE device_id = ? "
_INSERT_CHANGE = f"INSERT INTO changes ({_NAMES}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_UPSERT_CLOCK = (
    "INSERT INTO field_clock (tbl, pk, col, hlc, device_id, seq) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (tbl, pk, col) DO UPDATE SET "
    "hlc = excluded.hlc, device_id = excluded.device_id, seq = excluded.seq "
    "WHERE (excluded.hlc, excluded.device_id, excluded.seq) "
    "> (field_clock.hlc, field_clock.device_id, field_clock.seq)"
)


class ClonedDevice(Exception):
    """A device sent the same seq twice with different content: a cloned laptop or a restored
    backup. The whole bundle must be quarantined and the laptop given a new identity."""

    def __init__(self, device_id: str, seq: int) -> None:
        super().__init__(f"device {device_id} sent seq {seq} twice with different content")
        self.device_id = device_id
        self.seq = seq


@dataclass(frozen=True)
class MergeResult:
    """What a merge did. `new == applied + lost + unknown + rejected + pending` when nothing
    was pending before; `released` counts earlier pending changes this merge applied.

    `applied`: new changes that became their field's value; `lost`: new changes beaten by a
    change with a higher `(hlc, device_id, seq)`; `unknown`: new changes to a table or column
    this version does not have (kept in the log, not shown). `touched`: per table, the records
    whose visible row changed (at most `MAX_TOUCHED_IDS` each; tables in `touched_overflow` had
    more). `max_hlc`: the highest clock received, for the caller's `hlc.receive`.
    """

    new: int = 0
    unchanged: int = 0
    applied: int = 0
    lost: int = 0
    unknown: int = 0
    rejected: int = 0
    pending: int = 0
    released: int = 0
    touched: Mapping[str, frozenset[str]] = field(default_factory=dict)
    touched_overflow: frozenset[str] = frozenset()
    max_hlc: int = 0

    @property
    def received(self) -> int:
        return self.new + self.unchanged


@dataclass
class _Tally:
    new: int = 0
    unchanged: int = 0
    applied: int = 0
    lost: int = 0
    unknown: int = 0
    rejected: int = 0
    pending: int = 0
    released: int = 0
    max_hlc: int = 0
    touched: dict[str, set[str]] = field(default_factory=dict)
    overflow: set[str] = field(default_factory=set)

    def count(self, sorted_: Sorted) -> None:
        for verdict in sorted_.verdicts:
            if verdict.status is VerdictStatus.REJECTED:
                self.rejected += 1
            else:
                self.pending += 1

    def touch(self, table: str, pk: str) -> None:
        if table in self.overflow:
            return
        ids = self.touched.setdefault(table, set())
        ids.add(pk)
        if len(ids) > MAX_TOUCHED_IDS:
            self.overflow.add(table)
            del self.touched[table]

    def result(self) -> MergeResult:
        return MergeResult(
            new=self.new, unchanged=self.unchanged, applied=self.applied, lost=self.lost,
            unknown=self.unknown, rejected=self.rejected, pending=max(self.pending, 0),
            released=self.released, max_hlc=self.max_hlc,
            touched={table: frozenset(ids) for table, ids in sorted(self.touched.items())},
            touched_overflow=frozenset(self.overflow),
        )


def merge_changes(
    store: Store,
    changes: Iterable[ChangeLike],
    *,
    admission: Admission | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> MergeResult:
    """Merge `changes` inside the caller's transaction; on any exception nothing of it remains.
    Without `admission` every change is applied (trusted changes, and the engine's tests).

    Raises `ClonedDevice` for a known `(device_id, seq)` with other content, and
    `MonitorError(CANCELLED)` when `cancelled()` turns true (checked between chunks). The
    changes each one replaced (`Change.replaces`) are kept with them.
    """
    named: list[ReplacesRow] = []

    def rows() -> Iterator[Row]:
        for change in changes:
            for replaced in getattr(change, "replaces", ()):
                named.append((change.device_id, change.seq, *replaced))
            yield change_row(change)

    result = _merge(store, rows(), admission, progress, cancelled,
                    "" if admission is not None else None)
    save_replaces(store.conn, named)
    return result


def merge_rows(
    store: Store,
    device_id: str,
    rows: Iterable[ChangeRow],
    *,
    admission: Admission | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> MergeResult:
    """`merge_changes` for one device's `(seq, tbl, pk, col, value, hlc, base_hlc)` rows, as a
    bundle's `changes.jsonl` holds them: no `Change` object is made for each."""
    return _merge(store, ((device_id, *row) for row in rows), admission, progress, cancelled,
                  "" if admission is not None else None)


def merge_relayed(store: Store, rows: Iterable[Row], *, admission: Admission | None = None,
                  source: str | None = None, progress: Progress = no_progress,
                  cancelled: Cancelled = never_cancelled) -> MergeResult:
    """`merge_changes` for changes of many devices as rows: an office's reply (the office
    decided about them: no admission), or a UGEL's bundle at its DRE. With a `source` (the
    station they came from) the changes applied are numbered for this station's own replies."""
    return _merge(store, rows, admission, progress, cancelled, source)


class _Arrivals:
    """The changes applied, in the order applied, numbered once the merge is done: in the commit
    turn, so that positions are committed in order whatever the importers running beside
    (a reply carries on from the highest position it saw). 8 bytes a change."""

    def __init__(self) -> None:
        self._runs: list[tuple[str, array[int]]] = []

    def add(self, rows: Sequence[Row]) -> None:
        """Those of `rows` the tables now reflect (a newer version's kinds and fields are kept
        in the log only)."""
        columns = synced_columns()
        runs = self._runs
        for row in rows:
            if row[4] in columns.get(row[2], ()):
                if not runs or runs[-1][0] != row[0]:
                    runs.append((row[0], array("q")))
                runs[-1][1].append(row[1])

    def keys(self) -> Iterator[tuple[str, int]]:
        for device_id, seqs in self._runs:
            for seq in seqs:
                yield device_id, seq


def _merge(store: Store, rows: Iterable[Row], admission: Admission | None, progress: Progress,
           cancelled: Cancelled, source: str | None) -> MergeResult:
    if not store.conn.in_transaction:
        raise RuntimeError("merging must run inside the caller's transaction")
    tally = _Tally()
    read = 0
    placed: set[tuple[str, str]] = set()
    waiting: set[tuple[str, str]] = set()
    arrivals = _Arrivals()
    # atomic() is a savepoint here: a failure leaves the caller's transaction as it was
    with _no_cycle_collection(), atomic(store.conn):
        for chunk in _chunks(rows):
            check_cancelled(cancelled)
            read += len(chunk)
            new = _append_new(store, chunk, tally)
            sorted_ = sort_rows(admission, new)
            save_verdicts(store.conn, sorted_.verdicts)
            tally.count(sorted_)
            placed |= sorted_.placed
            waiting.update(v.waiting for v in sorted_.verdicts if v.waiting is not None)
            _apply(store, sorted_.accepted, tally)
            arrivals.add(sorted_.accepted)
            progress(read, None)
        take_commit_turn(store.conn)
        if admission is not None:
            if is_postgres(store.conn):  # another importer may have placed them, and committed
                placed |= admission.placed_meanwhile(waiting - placed)
            _settle(store, admission, placed, tally, arrivals)
        if source is not None:
            record_arrivals(store.conn, arrivals.keys(), source)
    return tally.result()


def _settle(store: Store, admission: Admission, placed: set[tuple[str, str]],
            tally: _Tally, arrivals: _Arrivals) -> None:
    """Decide again the pending changes that wait for records placed by this merge (and for
    those their decision places in turn)."""
    while placed:
        waiting = pending_changes(store.conn, placed)
        sorted_ = admission.sort(waiting)
        clear_verdicts(store.conn, ((row[0], row[1]) for row in sorted_.accepted))
        save_verdicts(store.conn, sorted_.verdicts)
        tally.pending -= len(waiting)
        tally.count(sorted_)
        tally.released += len(sorted_.accepted)
        _apply(store, sorted_.accepted, tally)
        arrivals.add(sorted_.accepted)
        placed = sorted_.placed


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while merging.

    A chunk keeps ~100,000 tuples and dicts alive, which makes the collector scan the whole heap
    again and again: about an eighth of the merge time in the benchmark. The merge makes no
    reference cycles, so nothing is left for the collector when it resumes.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _chunks(rows: Iterable[Row]) -> Iterator[list[Row]]:
    """About CHUNK rows at a time, not splitting one put (one device and clock, a record's
    fields), so a record's creation is decided in one batch rather than waiting for the next.
    A "put" longer than any record is not one, and is cut."""
    iterator = iter(rows)
    carried: list[Row] = []
    while chunk := carried + list(itertools.islice(iterator, CHUNK - len(carried))):
        carried = []
        for row in itertools.islice(iterator, MAX_PUT):
            if row[0] != chunk[-1][0] or row[6] != chunk[-1][6]:
                carried = [row]
                break
            chunk.append(row)
        yield chunk


def _append_new(store: Store, chunk: Sequence[Row], tally: _Tally) -> list[Row]:
    """Add the chunk's unknown changes to the log and return them; count and check the rest."""
    keys = [(row[0], row[1]) for row in chunk]
    incoming = dict(zip(keys, chunk))
    if len(incoming) < len(chunk):  # repeats inside the chunk
        for key, row in zip(keys, chunk):
            first = incoming[key]
            if first is not row:
                if first != row:
                    raise ClonedDevice(*key)
                tally.unchanged += 1
    tally.max_hlc = max(tally.max_hlc, *(row[6] for row in chunk))
    seqs_by_device: dict[str, list[int]] = {}
    for device_id, seq in incoming:
        seqs_by_device.setdefault(device_id, []).append(seq)
    # No lock per device here: a concurrent import logging one of these keys first makes this
    # one's append wait for it and fail, and the whole import runs again (`turns.retried`, D50).
    for device_id, seqs in seqs_by_device.items():
        for logged in _logged(store, device_id, seqs):
            row = incoming.pop((device_id, logged[1]), None)
            if row is None:
                continue
            if row != logged:
                raise ClonedDevice(device_id, logged[1])
            tally.unchanged += 1
    new = list(incoming.values())
    bulk_write(store.conn, _INSERT_CHANGE, new)
    tally.new += len(new)
    return new


def _logged(store: Store, device_id: str, seqs: list[int]) -> Iterator[Row]:
    """The log rows of `device_id` among `seqs` (and, for a dense range, a few others)."""
    low, high = min(seqs), max(seqs)
    if high - low < 4 * len(seqs) + 1_000:  # a bundle's seqs are dense: one range scan
        yield from store.conn.execute(
            _SELECT_KNOWN + "AND seq BETWEEN ? AND ?", [device_id, low, high]
        )
        return
    ordered = sorted(seqs)
    for start in range(0, len(ordered), IN_LIMIT):
        part = ordered[start:start + IN_LIMIT]
        marks = ", ".join("?" * len(part))
        yield from store.conn.execute(_SELECT_KNOWN + f"AND seq IN ({marks})", [device_id, *part])


def _apply(store: Store, new: Sequence[Row], tally: _Tally) -> None:
    """Last-writer-wins for the new changes: update `field_clock` and the visible rows."""
    records = _best_per_record(new, tally)
    clocks: list[Clock] = [
        (table, pk, col, order_clock(row[6], row[7]), row[0], row[1])
        for (table, pk), fields in records.items()
        for col, row in fields.items()
    ]
    conn = store.conn
    doubtful, won = _upsert_clocks(conn, clocks)
    if doubtful:
        _drop_beaten(store, records, doubtful)
    tally.applied += won
    tally.lost += len(clocks) - won
    batches: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    for (table, pk), fields in records.items():
        if fields:
            values = [stored_value(col, row[5]) for col, row in fields.items()]
            batches.setdefault((table, tuple(fields)), []).append((pk, *values))
            tally.touch(table, pk)
    gate = store.gate
    was_open = gate.is_open
    gate.is_open = True
    try:
        for (table, columns), params in batches.items():
            bulk_write(conn, row_upsert_sql(table, columns), params)
    finally:
        gate.is_open = was_open


def _best_per_record(new: Sequence[Row], tally: _Tally) -> dict[RecordKey, dict[str, Row]]:
    """For each record, the best of the new changes to each of its known columns."""
    columns = synced_columns()
    records: dict[RecordKey, dict[str, Row]] = {}
    for row in new:
        known = columns.get(row[2])
        if known is None or row[4] not in known:
            tally.unknown += 1
            continue
        key = (row[2], row[3])
        fields = records.get(key)
        if fields is None:
            records[key] = {row[4]: row}
            continue
        current = fields.get(row[4])
        if current is None:
            fields[row[4]] = row
            continue
        tally.lost += 1
        if ((order_clock(row[6], row[7]), row[0], row[1])
                > (order_clock(current[6], current[7]), current[0], current[1])):
            fields[row[4]] = row
    return records


def _upsert_clocks(conn: sqlite3.Connection, clocks: list[Clock]) -> tuple[list[Clock], int]:
    """Write the clocks that win; return the ones that may have lost, and how many won.

    The conditional upsert itself decides, but `executemany` cannot say which rows it skipped:
    only how many rows changed. So the clocks go in small batches, and only a batch that did
    not change all its rows is looked up afterwards (losers are rare: a concurrent edit). A
    server writes them all in one set-based statement and says which it wrote.
    """
    if is_postgres(conn):
        written = set(conn.bulk_write(_UPSERT_CLOCK, clocks, returning="tbl, pk, col"))
        lost = [clock for clock in clocks if clock[:3] not in written]
        return lost, len(clocks) - len(lost)
    doubtful: list[Clock] = []
    won = 0
    for start in range(0, len(clocks), CLOCK_BATCH):
        part = clocks[start:start + CLOCK_BATCH]
        before = conn.total_changes
        conn.executemany(_UPSERT_CLOCK, part)
        changed = conn.total_changes - before
        won += changed
        if changed < len(part):
            doubtful += part
    return doubtful, won


def _drop_beaten(store: Store, records: dict[RecordKey, dict[str, Row]],
                 doubtful: list[Clock]) -> None:
    """Remove from `records` the doubtful changes that `field_clock` does not name: they lost."""
    by_table: dict[str, tuple[dict[str, None], set[str]]] = {}
    for table, pk, col, *_ in doubtful:
        pks, cols = by_table.setdefault(table, ({}, set()))
        pks[pk] = None
        cols.add(col)
    for table, (unique_pks, cols) in by_table.items():
        pks = list(unique_pks)
        col_marks = ", ".join("?" * len(cols))
        for start in range(0, len(pks), IN_LIMIT):
            part = pks[start:start + IN_LIMIT]
            clocks = store.conn.execute(
                "SELECT pk, col, device_id, seq FROM field_clock "
                f"WHERE tbl = ? AND pk IN ({', '.join('?' * len(part))}) AND col IN ({col_marks})",
                [table, *part, *cols],
            )
            for pk, col, device_id, seq in clocks:
                fields = records[(table, pk)]
                row = fields.get(col)
                if row is not None and (device_id, seq) != (row[0], row[1]):
                    del fields[col]
