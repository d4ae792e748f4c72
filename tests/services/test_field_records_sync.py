"""Records of a local travel from laptops to the office like visits do: merged by natural key,
refused when they reach beyond their sender's scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.grd_kinds import BRIGADES
from monitor_app.core.identity import natural_key_id
from monitor_app.core.roles import Role
from monitor_app.services.records import list_records
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.change_verdicts import list_verdicts
from monitor_app.storage.schools import local_services
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import FakeWallClock
from tests.services.sync_world import World, make_world, put


@pytest.fixture
def world(tmp_path: Path, wall: FakeWallClock) -> World:
    return make_world(tmp_path, wall)


def _local_of(world: World, cod_mod: str) -> str:
    (codlocal,) = world.office.store.conn.execute(
        "SELECT codlocal FROM schools WHERE cod_mod = ?", [cod_mod]).fetchone()
    return codlocal


def test_two_laptops_creating_the_same_plan_make_one_record(world: World) -> None:
    local = _local_of(world, "0335273")
    ana, luis = world.laptop("ana"), world.laptop("luis")
    for laptop in (ana, luis):
        world.enrol(laptop)
    world.wall.now_ms += 1000
    put(ana, "grd_plans", {"codlocal": local, "year": 2024, "status": "aprobado"})
    world.wall.now_ms += 1000
    put(luis, "grd_plans", {"codlocal": local, "year": 2024, "has_isie": True})
    for laptop in (ana, luis):
        outcome = import_bundle(world.office, world.export(laptop, f"out-{laptop.path.stem}"))
        assert outcome.outcome is Outcome.MERGED
    [plan] = list_records(world.office, "grd_plans")
    assert (plan["status"], plan["has_isie"]) == ("en_elaboracion", True)  # luis wrote later


def test_a_library_with_its_ledger_arrives_whole(world: World) -> None:
    local = _local_of(world, "0335273")
    ana = world.laptop("ana")
    world.enrol(ana)
    [library] = put(ana, "libraries", {"codlocal": local, "library_type": "biblioteca_escolar",
                                       "inventory_date": "2024-09-30"})
    [copy_id] = put(ana, "library_copies", {"library_id": library, "registration_number": "001",
                                            "title": "Paco Yunque"})
    put(ana, "library_movements", {"copy_id": copy_id, "date": "2024-09-30", "quantity": 12,
                                   "reason": "ingreso"})
    assert import_bundle(world.office, world.export(ana, "out")).outcome is Outcome.MERGED
    assert [m["quantity"] for m in list_records(world.office, "library_movements")] == [12]
    assert list_records(world.office, "library_copies") == list_records(ana, "library_copies")


def test_records_reaching_into_another_local_are_rejected(world: World) -> None:
    own, other = _local_of(world, "0335273"), _local_of(world, "0335364")
    assert own != other and local_services(world.office.store, other)
    director = world.laptop("rosa", role=Role.DIRECTOR, school="0335273")
    world.enrol(director)
    brigade = {"codlocal": other, "brigade_type": "primeros_auxilios"}
    with director.recording() as rec:  # as a tampered laptop would write, past its own checks
        rec.put("brigades", natural_key_id(BRIGADES, brigade), {**brigade, "_deleted": False})
    outcome = import_bundle(world.office, world.export(director, "out"))
    assert (outcome.outcome, outcome.counts["rejected"]) == (Outcome.MERGED, 3)
    assert list_records(world.office, "brigades") == []
    assert {v.reason for v, _ in list_verdicts(world.office.store.conn)} == {"out_of_scope"}


def test_a_director_may_send_records_of_the_local_of_their_school(world: World) -> None:
    own = _local_of(world, "0335273")
    director = world.laptop("rosa", role=Role.DIRECTOR, school="0335273")
    world.enrol(director)
    [brigade] = put(director, "brigades", {"codlocal": own, "brigade_type": "primeros_auxilios"})
    put(director, "brigade_members", {"brigade_id": brigade, "name": "R. Q.",
                                      "member_type": "estudiante", "role": "escolar"})
    outcome = import_bundle(world.office, world.export(director, "out"))
    assert outcome.outcome is Outcome.MERGED
    assert [m["name"] for m in list_records(world.office, "brigade_members")] == ["R. Q."]
