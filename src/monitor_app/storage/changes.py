"""The one write path for synced tables: every field written becomes a change in the log.

A write stores the row, one `changes` entry per field (device, gap-free seq, HLC, and the clock
of the value it replaced as `base_hlc`), and the field's winning order clock in `field_clock`
(`hlc.order_clock`: the HLC, or just above the replaced value's when that was ahead), all in the
caller's transaction. The guard triggers refuse writes to synced tables made any other way.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any

from monitor_app.core import hlc as hlc_clock
from monitor_app.storage.change_replaces import Replaced, save_replaces
from monitor_app.storage.database import Store
from monitor_app.storage.records import fetch_row
from monitor_app.storage.turns import take_commit_turn

WallClock = Callable[[], int]
FLUSH_EVERY = 20_000
DELETED_COLUMN = "_deleted"


def system_wall_ms() -> int:
    return time.time_ns() // 1_000_000


_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def encode_value(value: Any) -> str:
    """Canonical JSON for a field value: the same value always gives the same bytes."""
    return _CANONICAL.encode(value)


@functools.lru_cache(maxsize=256)
def row_upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    """Insert a synced row by id, or update the given columns of it."""
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns)
    return (
        f"INSERT INTO [{table}] (id, {names}) VALUES (?, {marks}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )


ORDER_CLOCK_SQL = "max(hlc, base_hlc + 1)"
"""`hlc.order_clock` over the `changes` table's columns."""


def load_last_hlc(store: Store) -> int:
    return int(store.conn.execute("SELECT last_hlc FROM clock WHERE id = 1").fetchone()[0])


def next_seq(store: Store, device_id: str) -> int:
    row = store.conn.execute(
        "SELECT coalesce(max(seq), 0) FROM changes WHERE device_id = ?", [device_id]
    ).fetchone()
    return int(row[0]) + 1


class ChangeRecorder:
    """Context manager used inside a transaction: `with ChangeRecorder(store, device) as rec:`."""

    def __init__(self, store: Store, device_id: str, wall_ms: WallClock = system_wall_ms) -> None:
        self._store = store
        self._device_id = device_id
        self._wall_ms = wall_ms
        self._changes: list[tuple[Any, ...]] = []
        self._clocks: list[tuple[Any, ...]] = []
        self._written_clocks: dict[tuple[str, str], dict[str, tuple[int, str, int]]] = {}
        self._replaces: list[tuple[str, int, str, int]] = []
        self._last_hlc = 0
        self._seq = 0
        self.fields_written = 0

    def __enter__(self) -> ChangeRecorder:
        if not self._store.conn.in_transaction:
            raise RuntimeError("ChangeRecorder must run inside a transaction")
        # On a server, other processes may be writing (D48): numbering this device's changes
        # and moving the clock are theirs to wait for, as an import's commit is.
        take_commit_turn(self._store.conn)
        self._last_hlc = load_last_hlc(self._store)
        self._seq = next_seq(self._store, self._device_id)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._flush()
            self._store.conn.execute("UPDATE clock SET last_hlc = ? WHERE id = 1", [self._last_hlc])

    @property
    def records_written(self) -> dict[str, set[str]]:
        """Per table, the records this recorder wrote."""
        written: dict[str, set[str]] = {}
        for table, pk in self._written_clocks:
            written.setdefault(table, set()).add(pk)
        return written

    def put(self, table: str, pk: str, values: Mapping[str, Any], *,
            covers_hlc: int = 0, replaces: Sequence[Replaced] = ()) -> dict[str, Any]:
        """Write the fields that differ from the stored row; returns those fields.

        Each field written names the change it replaced (the field's value as this replica
        sees it); deleting or restoring a record replaces every field of it. A reviewer's value
        gives `covers_hlc` (the highest order clock among the sides) and `replaces` (every side
        of the conflict): it is written even when unchanged, and closes the conflict."""
        existing = fetch_row(self._store, table, pk)
        changed = {
            column: value
            for column, value in values.items()
            if existing is None or covers_hlc or existing.get(column) != value
        }
        if not changed:
            return {}
        self._last_hlc = hlc_clock.tick(self._last_hlc, self._wall_ms())
        seen = self._field_winners(table, pk) if existing is not None else {}
        named: dict[str, list[Replaced]] = {
            column: [seen[column][1:]] if column in seen else [] for column in changed}
        base = {column: seen[column][0] for column in changed if column in seen}
        if DELETED_COLUMN in changed and seen:
            # deleting (or restoring) a record decides about all of it: it has seen every field
            base[DELETED_COLUMN] = max(order for order, _, _ in seen.values())
            named[DELETED_COLUMN] = [winner[1:] for winner in seen.values()]
        if covers_hlc:
            base = {column: max(base.get(column, 0), covers_hlc) for column in changed}
            named = {column: [*named[column], *replaces] for column in changed}
        self._record(table, pk, changed, base, named)
        self._upsert_row(table, pk, changed)
        if len(self._changes) >= FLUSH_EVERY:
            self._flush()
        return changed

    def _record(self, table: str, pk: str, changed: Mapping[str, Any], base: dict[str, int],
                named: dict[str, list[Replaced]]) -> None:
        stamp, device, seq = self._last_hlc, self._device_id, self._seq
        written = self._written_clocks.setdefault((table, pk), {})
        for column, value in changed.items():
            base_hlc = base.get(column, 0)
            order = hlc_clock.order_clock(stamp, base_hlc)
            self._changes.append(
                (device, seq, table, pk, column, _CANONICAL.encode(value), stamp, base_hlc)
            )
            self._clocks.append((table, pk, column, order, device, seq))
            self._replaces += [(device, seq, *replaced) for replaced in sorted(set(named[column]))]
            written[column] = (order, device, seq)
            seq += 1
        self.fields_written += seq - self._seq
        self._seq = seq

    def _field_winners(self, table: str, pk: str) -> dict[str, tuple[int, str, int]]:
        """Per field, the change this replica shows: (order clock, device_id, seq)."""
        rows = self._store.conn.execute(
            "SELECT col, hlc, device_id, seq FROM field_clock WHERE tbl = ? AND pk = ?",
            [table, pk]).fetchall()
        winners = {column: (order, device, seq) for column, order, device, seq in rows}
        winners.update(self._written_clocks.get((table, pk), {}))
        return winners

    def _upsert_row(self, table: str, pk: str, changed: Mapping[str, Any]) -> None:
        sql = row_upsert_sql(table, tuple(changed))
        gate = self._store.gate
        gate.is_open = True  # only for this statement, whose changes are already recorded
        try:
            self._store.conn.execute(sql, (pk, *changed.values()))
        finally:
            gate.is_open = False

    def _flush(self) -> None:
        if not self._changes:
            return
        conn = self._store.conn
        conn.executemany("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._changes)
        save_replaces(conn, self._replaces)
        conn.executemany(
            "INSERT INTO field_clock VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (tbl, pk, col) DO UPDATE SET "
            "hlc = excluded.hlc, device_id = excluded.device_id, seq = excluded.seq",
            self._clocks,
        )
        self._changes.clear()
        self._clocks.clear()
        self._replaces.clear()


def advance_clock(store: Store, wall_ms: WallClock) -> int:
    """Tick and persist the clock for a write that is not field-captured (directory imports)."""
    stamp = hlc_clock.tick(load_last_hlc(store), wall_ms())
    store.conn.execute("UPDATE clock SET last_hlc = ? WHERE id = 1", [stamp])
    return stamp
