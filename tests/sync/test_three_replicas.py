"""Three laptops with partial views of each other: no concurrent value is ever hidden.

Each laptop writes fields of a few records and now and then receives part of another's log
(a prefix or any subset: what a reply or a lost stick leaves it with). The test keeps the truth
of who had seen what — the changes in the writer's database when it wrote, and what those had
seen, recursively — and checks, at an office holding everything, that every pair of changes to
one field with different values that were truly concurrent, and that no later change had seen
both, is in a listed conflict; and that the list is the same whatever order the office got the
logs in. Clocks are frozen or barely move, so ties are the rule (issue 9 §3).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.sync.change import Change
from monitor_app.sync.conflicts import list_conflicts
from tests.conftest import START_MS, FakeWallClock
from tests.sync.strategies import DEVICES, Laptop, Replicas, merge

Key = tuple[str, int]
RECORDS = ("v1", "v2")
COLUMNS = ("notes", "status")
VALUES = ("a", "b", "c")

writes = st.tuples(st.just("put"), st.integers(0, 2), st.sampled_from(RECORDS),
                   st.sampled_from(COLUMNS), st.sampled_from(VALUES))
syncs = st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2),
                  st.sampled_from(["all", "prefix", "subset"]), st.integers(0, 2**16))
steps = st.lists(st.one_of(writes, writes, syncs), min_size=2, max_size=14)


def _keys(laptop: Laptop) -> set[Key]:
    return {(c.device_id, c.seq) for c in laptop.log()}


def _pick(log: list[Change], how: str, seed: int) -> list[Change]:
    if how == "all" or not log:
        return log
    if how == "prefix":
        return log[: seed % (len(log) + 1)]
    return [c for n, c in enumerate(log) if seed >> (n % 16) & 1]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(script=steps, skews=st.lists(st.sampled_from([0, 0, 1, 1000]), min_size=3, max_size=3))
def test_no_concurrent_value_is_hidden_whatever_each_replica_saw(
        folders: Callable[[], Replicas], script: list[tuple], skews: list[int]) -> None:
    replicas = folders()
    laptops = [replicas.laptop(device, FakeWallClock(START_MS + skew))
               for device, skew in zip(DEVICES, skews)]
    had: dict[Key, set[Key]] = {}  # what the writer's database held when it wrote the change
    for step in script:
        if step[0] == "put":
            _, who, pk, column, value = step
            laptop = laptops[who]
            before, held = {c.seq for c in laptop.own_changes()}, _keys(laptop)
            laptop.put(pk, {column: value})
            for change in laptop.own_changes():
                if change.seq not in before:
                    had[(change.device_id, change.seq)] = held
        else:
            _, source, target, how, seed = step
            if source != target:
                known = _keys(laptops[target])
                laptops[target].receive(
                    [c for c in _pick(laptops[source].log(), how, seed)
                     if (c.device_id, c.seq) not in known])
    everything = {(c.device_id, c.seq): c for laptop in laptops for c in laptop.log()}
    office = replicas.store()
    merge(office, list(everything.values()))
    listed = list_conflicts(office)
    other = replicas.store()
    merge(other, sorted(everything.values(), key=lambda c: (c.hlc, c.device_id), reverse=True))
    assert list_conflicts(other) == listed

    past: dict[Key, set[Key]] = {}

    def causal_past(key: Key) -> set[Key]:
        if key not in past:
            past[key] = set()
            for seen in had.get(key, set()):
                past[key] |= {seen} | causal_past(seen)
        return past[key]

    # a conflict shows its winner and the values that differ from it: a change with the
    # winner's value is shown by the winner
    in_conflict = {(c.table, c.record_id, c.column): (
        {(x.device_id, x.seq) for x in c.changes}, c.winner.value) for c in listed}
    for a, b in itertools.combinations(everything.values(), 2):
        ka, kb = (a.device_id, a.seq), (b.device_id, b.seq)
        if (a.tbl, a.pk, a.col) != (b.tbl, b.pk, b.col) or a.value == b.value:
            continue
        if a.device_id == b.device_id or ka in causal_past(kb) or kb in causal_past(ka):
            continue
        field = [k for k, c in everything.items() if (c.tbl, c.pk, c.col) == (a.tbl, a.pk, a.col)]
        if any(ka in causal_past(k) and kb in causal_past(k) for k in field):
            continue
        keys, shown = in_conflict.get((a.tbl, a.pk, a.col), (set(), None))
        for key, change in ((ka, a), (kb, b)):
            assert key in keys or change.value == shown, (a, b, listed)
