"""Property 12: after every step, the SQL projection equals a pure-Python last-writer-wins model."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from monitor_app.core import hlc
from monitor_app.sync.change import Change, read_changes
from monitor_app.sync.merge import ClonedDevice
from monitor_app.sync.rebuild import check_rebuild
from tests.conftest import START_MS
from tests.sync.strategies import (
    DEVICES,
    SYNCED,
    Replicas,
    decoded,
    merge,
    projected_rows,
    snapshot,
    synthetic,
)

T = hlc.pack(START_MS)
# Few clocks, so ties between devices are common; a table and a column this version lacks.
stamps = st.sampled_from([T, T, T + 1, T + 2, hlc.pack(START_MS + 1)])
targets = st.sampled_from([("visits", "notes")] * 4 + [
    ("visits", "status"), ("visits", "_deleted"), ("visits", "_deleted"), ("commitments", "status"),
    ("visits", "colour"), ("grd_plans", "notes")])
values = st.sampled_from(["a", "b", None, True, False, 0, 1.5])


class LwwModel:
    """The whole merge rule in a few lines: a set of changes, and per field the highest one
    (by order clock: the HLC, or just above the value its writer replaced)."""

    def __init__(self) -> None:
        self.log: dict[tuple[str, int], Change] = {}

    def add(self, changes: list[Change]) -> None:
        for change in changes:
            self.log.setdefault((change.device_id, change.seq), change)

    def tables(self) -> dict[str, list[tuple[Any, ...]]]:
        best: dict[tuple[str, str, str], Change] = {}
        for c in self.log.values():
            key = (c.tbl, c.pk, c.col)
            if c.col in SYNCED.get(c.tbl, ()) and (
                key not in best or c.order > best[key].order
            ):
                best[key] = c
        rows: dict[str, dict[str, dict[str, Any]]] = {table: {} for table in SYNCED}
        for (table, pk, col), change in best.items():
            rows[table].setdefault(pk, {})[col] = decoded(col, change.value)
        return {
            table: [
                (pk, *(fields.get(col, 0 if col == "_deleted" else None) for col in SYNCED[table]))
                for pk, fields in sorted(records.items())
            ]
            for table, records in rows.items()
        }


def _as_stored(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """TEXT columns keep numbers as text (every synced column but `_deleted` is TEXT)."""
    def text(value: Any) -> Any:
        if isinstance(value, float):
            return repr(value)
        return str(value) if isinstance(value, int) else value
    return (row[0], *(text(v) for v in row[1:-1]), row[-1])


class MergeMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory(prefix="merge-model-")
        self.replicas = Replicas(Path(self.folder.name))
        self.office = self.replicas.store()
        self.model = LwwModel()
        self.pool: list[Change] = []
        self.next_seq = dict.fromkeys(DEVICES, 1)

    @rule(device=st.sampled_from(DEVICES), pk=st.sampled_from(["r1", "r2"]), where=targets,
          value=values, stamp=stamps, base=stamps | st.just(0))
    def write(self, device: str, pk: str, where: tuple[str, str], value: Any, stamp: int,
              base: int) -> None:
        """A change made somewhere, not delivered yet."""
        table, column = where
        self.pool.append(synthetic(device, self.next_seq[device], pk, column, value, stamp,
                                   min(base, stamp), tbl=table))
        self.next_seq[device] += 1

    @precondition(lambda self: self.pool)
    @rule(data=st.data())
    def deliver(self, data: st.DataObject) -> None:
        """Some changes, in any order, delivered ones again among them."""
        recent = self.pool[-6:]  # fresh changes often travel together, so they meet in one batch
        batch = data.draw(st.lists(st.sampled_from(self.pool), max_size=4)
                          | st.permutations(recent))
        merge(self.office, batch)
        self.model.add(batch)

    @precondition(lambda self: self.model.log)
    @rule(data=st.data())
    def clone(self, data: st.DataObject) -> None:
        """A delivered seq with other content is refused and changes nothing."""
        delivered = sorted(self.model.log.values(), key=lambda c: c.order)
        original = data.draw(st.sampled_from(delivered))
        other = dataclasses.replace(original, value=original.value + " ")
        before = snapshot(self.office)
        with pytest.raises(ClonedDevice):
            merge(self.office, [*self.pool[-2:], other])
        assert snapshot(self.office) == before

    @invariant()
    def projection_matches_the_model(self) -> None:
        expected = self.model.tables()
        for table in SYNCED:
            stored = projected_rows(self.office, table)
            assert stored == [_as_stored(row) for row in expected[table]]
        assert set(read_changes(self.office)) == set(self.model.log.values())
        assert check_rebuild(self.office) == []

    def teardown(self) -> None:
        self.replicas.close()
        self.folder.cleanup()


MergeMachine.TestCase.settings = settings(
    max_examples=100, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_merge_matches_the_model = MergeMachine.TestCase
