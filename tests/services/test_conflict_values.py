"""Conflicts list only values that really competed (review finding 12)."""

from __future__ import annotations

from pathlib import Path

from monitor_app.services.records import delete_record
from monitor_app.services.sync_admin import conflicts
from monitor_app.services.sync_import import import_bundle
from monitor_app.sync.conflicts import ConflictKind
from tests.conftest import FakeWallClock
from tests.services.sync_world import World, make_world, put

PLAN = {"codlocal": "304756", "year": 2024, "status": "aprobado", "has_risk_map": True}


def _delete_against_a_second_creation(tmp_path: Path, second: dict) -> World:
    """Ana creates the plan, Beto creates it too (offline, a minute later), Ana deletes it; the
    office merges both."""
    wall = FakeWallClock()
    world = make_world(tmp_path, wall)
    ana, beto = world.laptop("ana"), world.laptop("beto")
    world.enrol(ana)
    world.enrol(beto)
    [plan] = put(ana, "grd_plans", PLAN)
    wall.now_ms += 60_000
    assert put(beto, "grd_plans", second) == [plan]
    wall.now_ms += 60_000
    delete_record(ana, "grd_plans", plan)
    for laptop, name in ((ana, "a"), (beto, "b")):
        assert import_bundle(world.office, world.export(laptop, name)).ok
    return world


def test_the_same_plan_created_on_two_laptops_then_deleted_on_one_lists_only_the_delete(
        tmp_path: Path) -> None:
    world = _delete_against_a_second_creation(tmp_path, PLAN)
    [conflict] = conflicts(world.office)
    # beto's creation restated the plan ana had (same key, same values): only its wish that the
    # plan exist competes with ana's delete, not each field it wrote
    assert (conflict.kind, conflict.column) == (ConflictKind.FIELD, "_deleted")
    assert [c.value for c in conflict.changes] == ["true", "false"]


def test_an_edit_the_deleter_never_saw_is_listed_with_the_delete(tmp_path: Path) -> None:
    world = _delete_against_a_second_creation(tmp_path, {**PLAN, "status": "actualizado"})
    [deleted] = [c for c in conflicts(world.office) if c.kind is ConflictKind.DELETE_EDIT]
    assert [(c.col, c.value) for c in deleted.losers] == [("status", '"actualizado"')]
