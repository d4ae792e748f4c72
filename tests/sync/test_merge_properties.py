"""The properties of `sync.md` that concern merging, checked on changes laptops really made."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from monitor_app.storage.database import Store
from monitor_app.sync.change import Change, read_changes
from monitor_app.sync.conflicts import ConflictKind, list_conflicts
from monitor_app.sync.merge import ClonedDevice
from monitor_app.sync.rebuild import check_rebuild
from tests.conftest import START_MS, FakeWallClock
from tests.sync.strategies import (
    COLUMNS,
    DEVICES,
    VALUES,
    Laptop,
    Replicas,
    Step,
    cut,
    deliveries,
    merge,
    run_scenario,
    snapshot,
    steps,
)

PROPERTY = settings(
    max_examples=40, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DAY = 86_400_000
skews = st.lists(st.sampled_from([0, 0, 1, -1, 5_000, -DAY, DAY, -10 * DAY]),
                 min_size=3, max_size=3)


def laptop_bundles(fleet: list[Laptop], data: st.DataObject) -> list[list[Change]]:
    """Each laptop's own changes (or, sometimes, all it holds) cut into bundles anywhere."""
    bundles = []
    for laptop in fleet:
        changes = laptop.log() if data.draw(st.booleans()) else laptop.own_changes()
        bundles += cut(changes, data.draw(st.lists(st.integers(0, 60), max_size=3)))
    return bundles


@PROPERTY
@given(scenario=steps(), skew=skews, data=st.data())
def test_1_any_order_and_repeats_of_bundles_give_the_same_office(
    folders: Callable[[], Replicas], scenario: list[Step], skew: list[int], data: st.DataObject
) -> None:
    replicas = folders()
    any_order_gives_the_same_office(replicas, replicas.store, scenario, skew, data)


def any_order_gives_the_same_office(replicas: Replicas, office: Callable[[], Store],
                                    scenario: list[Step], skew: list[int],
                                    data: st.DataObject) -> None:
    """Property 1, the shuffled office made by `office` (tests/postgres: on a server)."""
    fleet = run_scenario(replicas, scenario, skew_ms=skew)
    bundles = laptop_bundles(fleet, data)
    in_order, shuffled = replicas.store(), office()
    for bundle in bundles:
        merge(in_order, bundle)
    for bundle in data.draw(deliveries(bundles)):
        merge(shuffled, bundle)
    assert snapshot(shuffled) == snapshot(in_order)
    assert check_rebuild(shuffled) == []
    made = {c for laptop in fleet for c in laptop.log()}  # 4: nothing made on a laptop is lost
    assert made == set(read_changes(shuffled))


@PROPERTY
@given(scenario=steps(), data=st.data())
def test_2_offices_given_parts_then_exchanging_equal_one_given_all(
    folders: Callable[[], Replicas], scenario: list[Step], data: st.DataObject
) -> None:
    replicas = folders()
    parts_then_exchanging_equal_all(replicas, replicas.store, scenario, data)


def parts_then_exchanging_equal_all(replicas: Replicas, office: Callable[[], Store],
                                    scenario: list[Step], data: st.DataObject) -> None:
    """Property 2, the left office made by `office` (tests/postgres: on a server)."""
    bundles = laptop_bundles(run_scenario(replicas, scenario), data)
    everything, left, right = replicas.store(), office(), replicas.store()
    for bundle in bundles:
        merge(everything, bundle)
        sides = data.draw(st.sampled_from([(left,), (right,), (left, right)]))
        for side in sides:
            merge(side, bundle)
    from_left, from_right = list(read_changes(left)), list(read_changes(right))
    merge(left, from_right)
    merge(right, from_left)
    assert snapshot(left) == snapshot(everything)
    assert snapshot(right) == snapshot(everything)


@PROPERTY
@given(skew=skews, first=st.sampled_from(COLUMNS),
       values=st.lists(st.sampled_from(VALUES), min_size=1, max_size=4),
       relay=st.booleans(), data=st.data())
def test_3_an_edit_made_after_seeing_a_value_wins_whatever_the_wall_clocks(
    folders: Callable[[], Replicas], skew: list[int], first: str, values: list, relay: bool,
    data: st.DataObject,
) -> None:
    replicas = folders()
    seen = replicas.laptop(DEVICES[2], FakeWallClock(START_MS + skew[0]))
    editor = replicas.laptop(DEVICES[0], FakeWallClock(START_MS + skew[1]))
    for value in values:
        seen.wall.now_ms += data.draw(st.sampled_from([0, 1, 1_000]))
        seen.put("v1", {first: value, "notes": value})
    if relay:  # through an office, as it happens in the field
        office = replicas.store()
        merge(office, seen.own_changes())
        editor.receive(list(read_changes(office)))
    else:
        editor.receive(seen.own_changes())
    editor.put("v1", {"notes": "después de ver"})
    bundles = [seen.own_changes(), editor.own_changes()]
    for order in (bundles, bundles[::-1]):
        target = replicas.store()
        for bundle in order:
            merge(target, bundle)
        assert target.conn.execute("SELECT notes FROM visits").fetchall() == [("después de ver",)]
        assert all(c.column != "notes" for c in list_conflicts(target))


def test_6_equal_clocks_on_several_devices_resolve_the_same_in_every_order(tmp_path: Path) -> None:
    replicas = Replicas(tmp_path)
    fleet = [replicas.laptop(device, FakeWallClock()) for device in DEVICES]  # frozen clocks
    for laptop, value in zip(fleet, ("a", "b", "c"), strict=True):
        laptop.put("v1", {"notes": value})
    assert len({c.hlc for laptop in fleet for c in laptop.own_changes()}) == 1  # true ties
    results = []
    for order in itertools.permutations(fleet):
        office = replicas.store()
        for laptop in order:
            merge(office, laptop.own_changes())
        results.append(snapshot(office))
    assert all(result == results[0] for result in results)
    assert [row[6] for row in results[0]["visits"]] == ["c"]  # the highest device id wins the tie
    [conflict] = results[0]["conflicts"]
    assert conflict.winner.device_id == DEVICES[2]
    assert [c.value for c in conflict.losers] == ['"b"', '"a"']
    replicas.close()


@PROPERTY
@given(scenario=steps(), data=st.data())
def test_10_a_known_seq_with_other_content_is_refused_and_changes_nothing(
    folders: Callable[[], Replicas], scenario: list[Step], data: st.DataObject
) -> None:
    replicas = folders()
    fleet = run_scenario(replicas, scenario)
    changes = [c for laptop in fleet for c in laptop.own_changes()]
    assume(changes)
    office = replicas.store()
    known = data.draw(st.lists(st.sampled_from(changes), min_size=1, unique=True))
    merge(office, known)
    before = snapshot(office)
    original = data.draw(st.sampled_from(known))
    field = data.draw(st.sampled_from(["value", "hlc", "pk", "col", "base_hlc"]))
    altered = {"value": '"otro"' if original.value != '"otro"' else '"x"', "hlc": original.hlc + 1,
               "pk": original.pk + "x", "col": "type" if original.col != "type" else "notes",
               "base_hlc": original.base_hlc + 1}[field]
    clone = dataclasses.replace(original, **{field: altered})
    batch = data.draw(st.permutations([*changes, clone]))
    with pytest.raises(ClonedDevice) as refusal:
        merge(office, batch)
    assert (refusal.value.device_id, refusal.value.seq) == (original.device_id, original.seq)
    assert snapshot(office) == before


def test_10_a_cloned_laptop_is_caught_when_both_copies_send(tmp_path: Path) -> None:
    replicas = Replicas(tmp_path)
    laptop = replicas.laptop(DEVICES[0])
    laptop.put("v1", {"notes": "antes de copiar"})
    copy_path = tmp_path / "restored-backup.db"
    with laptop.store.conn:
        laptop.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(laptop.store.path, copy_path)
    from monitor_app.storage.database import open_store

    clone = Laptop(open_store(copy_path), laptop.device_id, laptop.wall)
    laptop.put("v1", {"notes": "original"})
    clone.put("v2", {"notes": "copia"})
    office = replicas.store()
    merge(office, laptop.own_changes())
    with pytest.raises(ClonedDevice) as refusal:
        merge(office, clone.own_changes())
    assert refusal.value.seq == 3  # seq 1-2 are shared history, seq 3 differs
    clone.store.close()
    replicas.close()


@PROPERTY
@given(skew=skews, edits=st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=3),
       steps_ms=st.lists(st.sampled_from([0, 1, 500]), min_size=2, max_size=2), data=st.data())
def test_11_delete_concurrent_with_edit_is_the_same_in_any_order_and_flagged(
    folders: Callable[[], Replicas], skew: list[int], edits: list[str], steps_ms: list[int],
    data: st.DataObject,
) -> None:
    replicas = folders()
    deleter = replicas.laptop(DEVICES[0], FakeWallClock(START_MS + skew[0]))
    editor = replicas.laptop(DEVICES[1], FakeWallClock(START_MS + skew[1]))
    deleter.put("v1", {"notes": "creada", "status": "planificada"})
    editor.receive(deleter.own_changes())
    deleter.wall.now_ms += steps_ms[0]
    deleter.delete("v1")
    for column in edits:
        editor.wall.now_ms += steps_ms[1]
        editor.put("v1", {column: f"editado {column}"})
    bundles = cut(deleter.own_changes(), [1]) + cut(editor.own_changes(), [1])
    reference = replicas.store()
    for bundle in bundles:
        merge(reference, bundle)
    other = replicas.store()
    for bundle in data.draw(deliveries(bundles)):
        merge(other, bundle)
    assert snapshot(other) == snapshot(reference)
    row = other.conn.execute("SELECT _deleted, notes FROM visits").fetchone()
    assert row[0] == 1  # the delete is the only later write to _deleted: the record stays deleted
    if "notes" in edits:
        assert row[1] == "editado notes"  # and the edit is kept in its column, not dropped
    [flag] = [c for c in snapshot(other)["conflicts"] if c.kind is ConflictKind.DELETE_EDIT]
    assert {c.device_id for c in flag.changes} == {DEVICES[0], DEVICES[1]}
    assert {c.col for c in flag.losers} >= set(edits)
