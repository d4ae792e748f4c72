"""Laptops whose clocks are wrong: one a year behind the office, one a day ahead. No edit is
lost — each shows, or is listed as a conflict beside the value that shows —; the bundle from
ahead is quarantined until a person accepts it; the laptop that was behind, once it has seen
the office's values, has its later edits win. (tests/services/test_clock_ahead.py covers clocks
days to years ahead spreading nowhere.)"""

from __future__ import annotations

from pathlib import Path

from monitor_app.services.context import AppContext
from monitor_app.services.records import list_records
from monitor_app.services.sync_admin import conflicts
from monitor_app.services.sync_import import MAX_DRIFT_MS, import_bundle
from monitor_app.services.sync_reply import reply_to
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put

DAY_MS = 24 * 3600 * 1000
MINUTE_MS = 60 * 1000


def _notes(ctx: AppContext, visit: str) -> str:
    [record] = [v for v in list_records(ctx, "visits") if v["id"] == visit]
    return record["notes"]


def _send(world: World, laptop: AppContext, name: str) -> Outcome:
    return import_bundle(world.office, world.export(laptop, name)).outcome


def _receive(world: World, laptop: AppContext, name: str) -> None:
    folder = world.root / name
    folder.mkdir()
    reply = reply_to(world.office, laptop.require_identity().device_id, folder)
    assert import_bundle(laptop, reply.info.path).outcome is Outcome.MERGED


def _tick(*clocks: FakeWallClock) -> None:
    for clock in clocks:
        clock.now_ms += MINUTE_MS


def test_a_laptop_a_year_behind_loses_nothing_and_wins_once_it_has_seen_the_office(
        tmp_path: Path) -> None:
    world = make_world(tmp_path, FakeWallClock())
    behind_wall = FakeWallClock(world.wall.now_ms - 365 * DAY_MS)
    behind = world.laptop("atrasada", wall=behind_wall)
    world.enrol(behind)

    [field_visit] = put(behind, "visits", {**VISIT, "notes": "del campo"})
    [office_visit] = put(world.office, "visits", {**VISIT, "notes": "de la UGEL"})
    assert _send(world, behind, "b1") is Outcome.MERGED  # a clock behind is never held
    assert _notes(world.office, field_visit) == "del campo"

    # both edit the field's visit without having seen each other's edit
    _tick(world.wall, behind_wall)
    put(world.office, "visits", {"id": field_visit, "notes": "corregida en la UGEL"})
    put(behind, "visits", {"id": field_visit, "notes": "corregida en el campo"})
    assert _send(world, behind, "b2") is Outcome.MERGED
    # the office's edit shows (its clock is later) and the laptop's is listed beside it
    assert _notes(world.office, field_visit) == "corregida en la UGEL"
    [conflict] = [c for c in conflicts(world.office) if c.record_id == field_visit]
    assert {'"corregida en el campo"', '"corregida en la UGEL"'} == {
        change.value for change in conflict.changes}

    # once the laptop has seen the office's values, what it writes next wins everywhere
    _receive(world, behind, "reply")
    assert _notes(behind, office_visit) == "de la UGEL"
    _tick(world.wall, behind_wall)
    put(behind, "visits", {"id": office_visit, "notes": "vista y corregida en el campo"},
        {"id": field_visit, "notes": "resuelta en el campo"})
    assert _send(world, behind, "b3") is Outcome.MERGED
    assert _notes(world.office, office_visit) == "vista y corregida en el campo"
    assert _notes(world.office, field_visit) == "resuelta en el campo"
    assert behind_wall.now_ms < world.wall.now_ms - 364 * DAY_MS  # still a year behind


def test_a_laptop_a_day_ahead_is_quarantined_and_merged_only_when_accepted(
        tmp_path: Path) -> None:
    world = make_world(tmp_path, FakeWallClock())
    ahead_wall = FakeWallClock(world.wall.now_ms + MAX_DRIFT_MS + MINUTE_MS)
    ahead = world.laptop("adelantada", wall=ahead_wall)
    world.enrol(ahead)
    [visit] = put(ahead, "visits", {**VISIT, "notes": "de mañana"})
    bundle = world.export(ahead, "a1")

    quarantined = import_bundle(world.office, bundle)
    assert (quarantined.outcome, quarantined.reason) == (Outcome.QUARANTINED, "clock_ahead")
    assert visit not in {v["id"] for v in list_records(world.office, "visits")}
    again = import_bundle(world.office, bundle)  # importing again is no acceptance
    assert again.outcome is Outcome.QUARANTINED

    accepted = import_bundle(world.office, bundle, accept_clock=True)
    assert accepted.outcome is Outcome.MERGED
    assert _notes(world.office, visit) == "de mañana"

    # the office, having seen it, corrects it: its edit wins although its clock is behind
    put(world.office, "visits", {"id": visit, "notes": "corregida en la UGEL"})
    assert _notes(world.office, visit) == "corregida en la UGEL"
    _receive(world, ahead, "reply")
    assert _notes(ahead, visit) == "corregida en la UGEL"
