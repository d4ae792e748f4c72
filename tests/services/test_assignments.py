"""Assignments of schools to specialists (D33): set and ended at the UGEL, carried to every
specialist by their reply, listed first in the specialist's search; never written elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.assignments import (
    assign_schools,
    end_assignments,
    find_specialist,
    list_assignments,
    parse_school,
    specialists,
)
from monitor_app.services.context import AppContext
from monitor_app.services.records import list_records, put_record
from monitor_app.services.schools import find_schools
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_reply import reply_to
from monitor_app.storage.change_verdicts import list_verdicts
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put

SHOWN = ("cod_mod", "anexo", "codlocal", "cen_edu", "d_niv_mod", "d_dist")
DORA_SCHOOL = "0336586"  # in the UGEL 05 padrón (tests/fixtures/padron)
ASSIGNED = [("0335364", "0"), ("0336586", "0")]


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, FakeWallClock())


def _id(ctx: AppContext) -> str:
    return ctx.require_identity().device_id


def _receive(world: World, laptop: AppContext, folder: str) -> None:
    target = world.root / folder
    target.mkdir(exist_ok=True)
    outcome = import_bundle(laptop, reply_to(world.office, _id(laptop), target).info.path)
    assert outcome.outcome is Outcome.MERGED, outcome


def test_a_specialist_receives_the_offices_assignments_and_sees_hers_first(world: World) -> None:
    ana, beto = world.enrolled_laptop("ana"), world.enrolled_laptop("Beto Ríos")
    put(ana, "visits", VISIT)  # a school she works on, not assigned
    assign_schools(world.office, "ANA", ASSIGNED)  # by name, case aside
    assign_schools(world.office, _id(beto), [("0335273", "0")])
    assert [s.name for s in specialists(world.office)] == ["ana", "Beto Ríos"]
    _receive(world, ana, "r1")
    assert list_assignments(ana) == list_assignments(world.office)
    assert sorted((a.cod_mod, a.specialist) for a in list_assignments(ana, _id(ana))) == [
        ("0335364", "ana"), ("0336586", "ana")]
    assert sorted((a.cod_mod, a.anexo) for a in list_assignments(ana, "ana")) == ASSIGNED
    found = find_schools(ana, "", 10, shown=SHOWN)
    assert sorted(m.key for m in found[:2]) == ASSIGNED and all(m.assigned for m in found[:2])
    assert found[2].key == ("0335273", "0") and found[2].worked_on and not found[2].assigned
    assert not any(m.assigned for m in found[2:])
    typed = find_schools(ana, "0336586", 10, shown=SHOWN)
    assert typed[0].assigned
    # the office's own search is as before: nothing is assigned to the office
    assert not any(m.assigned for m in find_schools(world.office, "", 10, shown=SHOWN))


def test_ending_and_assigning_again_travel_too(world: World) -> None:
    ana = world.enrolled_laptop("ana")
    assign_schools(world.office, "ana", ASSIGNED)
    _receive(world, ana, "r1")
    [first] = [a for a in list_assignments(world.office) if a.cod_mod == "0335364"]
    world.wall.now_ms += 86_400_000
    assign_schools(world.office, "ana", ASSIGNED)  # already assigned: nothing changes
    assert [a for a in list_assignments(world.office) if a.cod_mod == "0335364"] == [first]
    end_assignments(world.office, "ana", [("0335364", "0")])
    with pytest.raises(MonitorError) as again:
        end_assignments(world.office, "ana", [("0336586", "0"), ("0335364", "0")])
    assert again.value.code is ErrorCode.NOT_ASSIGNED
    assert len(list_assignments(world.office)) == 1  # the refusal ended nothing
    world.export(ana, "ack")  # her acknowledgement of the first reply
    _receive(world, ana, "r2")
    assert [(a.cod_mod, a.anexo) for a in list_assignments(ana)] == [("0336586", "0")]
    assign_schools(world.office, "ana", [("0335364", "0")])
    _receive(world, ana, "r3")
    [back] = [a for a in list_assignments(ana) if a.cod_mod == "0335364"]
    assert back.id == first.id and back.assigned_on != first.assigned_on


def test_a_directors_reply_carries_no_assignments(world: World) -> None:
    ana = world.enrolled_laptop("ana")
    dora = world.laptop("dora", role=Role.DIRECTOR, school=DORA_SCHOOL)
    world.enrol(dora)
    assign_schools(world.office, "ana", ASSIGNED)  # one of them is Dora's school
    put(world.office, "visits", {**VISIT, "cod_mod": DORA_SCHOOL})
    _receive(world, dora, "r1")
    assert list_records(dora, "visits") and list_records(dora, "assignments") == []
    _receive(world, ana, "r2")
    assert len(list_records(ana, "assignments")) == 2


def test_only_the_ugel_writes_assignments_and_only_to_approved_specialists(
        world: World) -> None:
    ana = world.enrolled_laptop("ana")
    held = world.laptop("held")
    import_bundle(world.office, world.export(held, "first-held"))  # held, not approved
    dora = world.laptop("dora", role=Role.DIRECTOR, school=DORA_SCHOOL)
    world.enrol(dora)
    refusals = [
        (lambda: assign_schools(ana, _id(ana), ASSIGNED), ErrorCode.ROLE_FORBIDS),
        (lambda: put_record(ana, "assignments", {"cod_mod": "0335364", "anexo": "0",
                                                  "device_id": _id(ana)}),
         ErrorCode.ROLE_FORBIDS),
        (lambda: assign_schools(world.office, "nadie", ASSIGNED), ErrorCode.DEVICE_NOT_FOUND),
        (lambda: assign_schools(world.office, "held", ASSIGNED), ErrorCode.NOT_A_SPECIALIST),
        (lambda: assign_schools(world.office, "dora", ASSIGNED), ErrorCode.NOT_A_SPECIALIST),
        (lambda: assign_schools(world.office, "ana", [("1234567", "0")]),
         ErrorCode.SCHOOL_NOT_FOUND),
        (lambda: put_record(world.office, "assignments",
                            {"cod_mod": "0335364", "anexo": "0", "device_id": "x"}),
         ErrorCode.DEVICE_NOT_FOUND),
    ]
    for attempt, code in refusals:
        with pytest.raises(MonitorError) as refused:
            attempt()
        assert refused.value.code is code
    assert list_records(world.office, "assignments") == list_records(ana, "assignments") == []


def test_a_name_two_devices_share_is_refused_and_ids_still_work(world: World) -> None:
    first, second = world.enrolled_laptop("ana"), world.enrolled_laptop("Ana")
    with pytest.raises(MonitorError) as refused:
        find_specialist(world.office, "ana")
    assert refused.value.code is ErrorCode.DEVICE_NAME_AMBIGUOUS
    assign_schools(world.office, _id(second), [parse_school("336586")])
    assert [(a.device_id, a.cod_mod, a.anexo) for a in list_assignments(world.office)] == [
        (_id(second), "0336586", "0")]
    assert _id(first) != _id(second)


def test_the_dre_applies_its_ugels_assignments(tmp_path: Path) -> None:
    from tests.services.test_dre import _region

    region = _region(tmp_path)
    ugel, laptop = region.ugels["A"], region.laptops["A1"]
    region.send(laptop, ugel, "up")
    assign_schools(ugel, "A1", [("0335273", "0")])
    region.send(ugel, region.dre, "relay")
    assert list_records(region.dre, "assignments") == list_records(ugel, "assignments")
    assert len(list_records(region.dre, "assignments")) == 1
    assert list_verdicts(region.dre.store.conn) == []


def test_the_demo_assigns_schools_at_a_ugel_and_in_a_specialists_demo(tmp_path: Path) -> None:
    from monitor_app.services.schools import my_assigned_schools
    from monitor_app.services.context import initialised
    from monitor_app.services.demo_setup import set_up_demo

    ugel = set_up_demo(tmp_path / "ugel" / "demo.db", role=Role.UGEL, name="UGEL demo")
    with initialised(ugel.path) as ctx:
        by_device = {a.device_id for a in list_assignments(ctx)}
        assert len(by_device) == 3 and len(list_assignments(ctx)) == 24
    laptop = set_up_demo(tmp_path / "ana" / "demo.db", role=Role.ESPECIALISTA, name="Ana")
    with initialised(laptop.path) as ctx:
        mine = my_assigned_schools(ctx)
        assert len(mine) == 8
        assert {m.key for m in find_schools(ctx, "", 8, shown=SHOWN)} == mine
