"""Replicas, laptops that write through the change recorder, and hypothesis strategies for sync.

The strategies lean toward what breaks merges: clocks that do not move (equal HLCs on several
devices, many edits in one millisecond), clocks that jump back, few records and values (so
writes collide), bundles cut at any point, delivered in any order and more than once.
"""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from monitor_app.core import hlc
from monitor_app.core.kinds import KINDS
from monitor_app.storage.changes import ChangeRecorder, load_last_hlc
from monitor_app.storage.database import Store, atomic, open_store
from monitor_app.sync.change import Change, read_changes
from monitor_app.sync.conflicts import list_conflicts
from monitor_app.sync.merge import MergeResult, merge_changes
from tests.conftest import START_MS, FakeWallClock

DEVICES = ("0192d0a0-0000-7000-8000-00000000000a", "0192d0a0-0000-7000-8000-00000000000b",
           "0192d0a0-0000-7000-8000-00000000000c")
RECORDS = ("v1", "v2", "v3")
COLUMNS = ("notes", "status", "date")
VALUES = ("a", "b", "c", None)
SYNCED = {kind.table: (*kind.field_names, "_deleted") for kind in KINDS.values()}

_template: tuple[tempfile.TemporaryDirectory[str], Path] | None = None


def _template_path() -> Path:
    """A migrated, empty database made once per test run; replicas are copies of it."""
    global _template
    if _template is None:
        folder = tempfile.TemporaryDirectory(prefix="monitor-sync-template-")
        path = Path(folder.name) / "template.db"
        open_store(path, create=True).close()
        _template = (folder, path)
    return _template[1]


@dataclass
class Replicas:
    """Makes fresh databases (copies of the template) in one folder."""

    folder: Path
    made: list[Store] = field(default_factory=list)

    def store(self) -> Store:
        path = self.folder / f"replica-{len(self.made)}.db"
        shutil.copyfile(_template_path(), path)
        store = open_store(path)
        self.made.append(store)
        return store

    def laptop(self, device_id: str, wall: FakeWallClock | None = None) -> Laptop:
        return Laptop(self.store(), device_id, wall or FakeWallClock())

    def close(self) -> None:
        for store in self.made:
            store.close()


def merge(store: Store, changes: Iterable[Change]) -> MergeResult:
    """A merge in its own transaction, as an import does it."""
    with atomic(store.conn):
        return merge_changes(store, changes)


@dataclass
class Laptop:
    """A replica that writes through `ChangeRecorder` and lifts its clock when it receives."""

    store: Store
    device_id: str
    wall: FakeWallClock

    def put(self, pk: str, values: dict[str, Any]) -> None:
        row = self.store.conn.execute("SELECT _deleted FROM visits WHERE id = ?", [pk]).fetchone()
        if row is None or row[0]:  # as the services do: a new record is not deleted, and
            values = {**values, "_deleted": False}  # editing a deleted record restores it
        with atomic(self.store.conn), ChangeRecorder(self.store, self.device_id, self.wall) as rec:
            rec.put("visits", pk, values)

    def delete(self, pk: str) -> None:
        """As the services do it: only a record that exists and is not deleted yet."""
        row = self.store.conn.execute("SELECT _deleted FROM visits WHERE id = ?", [pk]).fetchone()
        if row is None or row[0]:
            return
        with atomic(self.store.conn), ChangeRecorder(self.store, self.device_id, self.wall) as rec:
            rec.put("visits", pk, {"_deleted": True})

    def receive(self, changes: Iterable[Change]) -> MergeResult:
        """Import changes as from an office bundle: merge, then lift the clock past them."""
        with atomic(self.store.conn):
            result = merge_changes(self.store, changes)
            lifted = hlc.receive(load_last_hlc(self.store), result.max_hlc, self.wall())
            self.store.conn.execute("UPDATE clock SET last_hlc = ? WHERE id = 1", [lifted])
        return result

    def own_changes(self) -> list[Change]:
        return list(read_changes(self.store, self.device_id))

    def log(self) -> list[Change]:
        return list(read_changes(self.store))


def projected_rows(store: Store, table: str) -> list[tuple[Any, ...]]:
    """A synced table's rows as (id, fields in declared order..., _deleted)."""
    columns = ", ".join(f"[{c}]" for c in ("id", *SYNCED[table]))
    return store.conn.execute(f"SELECT {columns} FROM [{table}] ORDER BY id").fetchall()


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a merge decides: visible tables, log, field clocks and the conflict list."""
    conn = store.conn
    shot: dict[str, Any] = {
        table: conn.execute(f"SELECT * FROM [{table}] ORDER BY id").fetchall() for table in SYNCED
    }
    shot["changes"] = conn.execute("SELECT * FROM changes ORDER BY device_id, seq").fetchall()
    shot["field_clock"] = conn.execute("SELECT * FROM field_clock ORDER BY tbl, pk, col").fetchall()
    shot["conflicts"] = list_conflicts(store)
    return shot


# --- Laptop scenarios ---------------------------------------------------------------------

@dataclass(frozen=True)
class Write:
    laptop: int
    pk: str
    column: str
    value: str | None
    wall_step: int


@dataclass(frozen=True)
class Delete:
    laptop: int
    pk: str
    wall_step: int


@dataclass(frozen=True)
class Sync:
    """`target` receives everything `source` holds (its own changes and what it received)."""

    source: int
    target: int


Step = Write | Delete | Sync
# Mostly frozen clocks (equal HLCs across devices, same-millisecond edits), some jumps back.
wall_steps = st.sampled_from([0, 0, 0, 0, 1, 1, 7, 1_000, -1, -5_000, -86_400_000])


def steps(laptops: int = 3) -> st.SearchStrategy[list[Step]]:
    index = st.integers(0, laptops - 1)
    records = st.sampled_from((RECORDS[0],) * 3 + RECORDS)  # writes collide on few fields
    columns = st.sampled_from((COLUMNS[0],) * 3 + COLUMNS)
    write = st.builds(Write, index, records, columns, st.sampled_from(VALUES), wall_steps)
    delete = st.builds(Delete, index, records, wall_steps)
    sync = st.builds(Sync, index, index).filter(lambda s: s.source != s.target)
    return st.lists(st.one_of(write, write, write, write, delete, sync), min_size=5, max_size=30)


def run_scenario(replicas: Replicas, scenario: Sequence[Step], laptops: int = 3,
                 skew_ms: Sequence[int] = (0, 0, 0)) -> list[Laptop]:
    """Play the steps on `laptops` laptops whose wall clocks start `skew_ms` apart."""
    fleet = [
        replicas.laptop(DEVICES[n], FakeWallClock(START_MS + skew_ms[n])) for n in range(laptops)
    ]
    for step in scenario:
        if isinstance(step, Sync):
            fleet[step.target].receive(fleet[step.source].log())
            continue
        laptop = fleet[step.laptop]
        laptop.wall.now_ms += step.wall_step
        if isinstance(step, Write):
            laptop.put(step.pk, {step.column: step.value})
        else:
            laptop.delete(step.pk)
    return fleet


def cut(changes: Sequence[Change], points: Iterable[int]) -> list[list[Change]]:
    """`changes` split at the given indexes (taken modulo the length) into bundles."""
    if not changes:
        return []
    edges = sorted({0, len(changes), *(p % len(changes) for p in points)})
    return [list(changes[a:b]) for a, b in itertools.pairwise(edges) if a < b]


@st.composite
def deliveries(draw: st.DrawFn, bundles: Sequence[Sequence[Change]]) -> list[list[Change]]:
    """The bundles in any order, some more than once, some reversed inside."""
    if not bundles:
        return []
    extra = draw(st.lists(st.sampled_from(range(len(bundles))), max_size=3))
    order = draw(st.permutations([*range(len(bundles)), *extra]))
    flips = draw(st.lists(st.booleans(), min_size=len(order), max_size=len(order)))
    return [list(reversed(bundles[i])) if flip else list(bundles[i])
            for i, flip in zip(order, flips, strict=True)]


# --- Synthetic changes --------------------------------------------------------------------

def synthetic(device: str, seq: int, pk: str, col: str, value: Any, stamp: int, base: int = 0,
              tbl: str = "visits") -> Change:
    return Change(device, seq, tbl, pk, col, json.dumps(value, separators=(",", ":")), stamp, base)


def decoded(column: str, text: str) -> Any:
    """The model's own reading of a logged value (booleans stored as 0/1)."""
    value = json.loads(text)
    if column == "_deleted":
        return int(value is True)
    return int(value) if isinstance(value, bool) else value
