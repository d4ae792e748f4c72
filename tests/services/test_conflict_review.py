"""Conflicts as a person reviews them: the place, and each value with its author and time."""

from __future__ import annotations

from pathlib import Path

from monitor_app.services.conflict_review import conflict_reviews
from monitor_app.services.sync_admin import resolve_conflict
from monitor_app.services.sync_import import import_bundle
from tests.conftest import SCHOOL_A, FakeWallClock
from tests.services.sync_world import World, make_world, put

PLAN = {"codlocal": SCHOOL_A.codlocal, "year": 2024, "status": "aprobado"}


def two_plans(tmp_path: Path) -> World:
    """Ana and Beto record the same local's 2024 plan offline with another status."""
    wall = FakeWallClock()
    world = make_world(tmp_path, wall)
    ana, beto = world.laptop("ana"), world.laptop("beto")
    world.enrol(ana)
    world.enrol(beto)
    put(ana, "grd_plans", PLAN)
    wall.now_ms += 60_000
    put(beto, "grd_plans", {**PLAN, "status": "actualizado"})
    for laptop, name in ((ana, "a"), (beto, "b")):
        assert import_bundle(world.office, world.export(laptop, name)).ok
    return world


def test_each_value_says_who_wrote_it_when_and_which_shows(tmp_path: Path) -> None:
    world = two_plans(tmp_path)
    [review] = conflict_reviews(world.office)
    assert review.conflict.column == "status"
    assert review.place.startswith(f"local {SCHOOL_A.codlocal}")
    assert [(s.author, s.value, s.shown) for s in review.sides] == [
        ("beto", "actualizado", True), ("ana", "aprobado", False)]
    assert review.sides[0].written_at > review.sides[1].written_at
    assert len(review.sides[0].written_at) == len("2024-10-27T03:34")


def test_keeping_a_value_closes_the_conflict(tmp_path: Path) -> None:
    world = two_plans(tmp_path)
    [review] = conflict_reviews(world.office)
    resolve_conflict(world.office, review.conflict.id, keep=review.sides[1].value_id)
    assert conflict_reviews(world.office) == []
    status = world.office.store.conn.execute("SELECT status FROM grd_plans").fetchone()[0]
    assert status == "aprobado"
