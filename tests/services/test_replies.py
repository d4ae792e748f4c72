"""Office → laptops: each device's reply carries what its scope holds that it lacks, and the
laptop then matches the office for that scope (issue 9 §1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kinds import KINDS
from monitor_app.core.roles import Role
from monitor_app.services.checklist import all_checklists, school_checklist
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import attach_photo, photo_bytes
from monitor_app.services.records import list_records
from monitor_app.services.sync_admin import conflicts, resolve_conflict
from monitor_app.services.sync_files import bundles_dir, encryption_key
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_reply import reply_to, reply_to_all, waiting_for_a_key
from monitor_app.storage.sync_registry import Outcome
from monitor_app.sync.bundle_reader import open_bundle
from monitor_app.sync.relayed import read_relayed
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put
from tests.storage.photo_files import jpeg

DORA_SCHOOL = "0335273"  # a director's school; its local is 304756
DORA_LOCAL = "304756"
OTHER_SCHOOL = "0335364"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, FakeWallClock())


def _field_work(world: World) -> dict[str, AppContext]:
    """Two specialists and a director record, and the office merges it all."""
    ana, beto = world.laptop("ana"), world.laptop("beto")
    dora = world.laptop("dora", role=Role.DIRECTOR, school=DORA_SCHOOL)
    for laptop in (ana, beto, dora):
        world.enrol(laptop)
    [visit] = put(ana, "visits", {**VISIT, "cod_mod": DORA_SCHOOL})
    put(ana, "commitments", {"visit_id": visit, "description": "Actualizar el plan de GRD",
                             "due_date": "2024-06-30"})
    put(beto, "visits", {**VISIT, "cod_mod": OTHER_SCHOOL})
    put(dora, "grd_plans", {"codlocal": DORA_LOCAL, "year": 2024, "status": "aprobado"})
    put(dora, "brigades", {"codlocal": DORA_LOCAL, "brigade_type": "primeros_auxilios"})
    for laptop in (ana, beto, dora):
        assert import_bundle(world.office, world.export(laptop, "ida")).ok
    return {"ana": ana, "beto": beto, "dora": dora}


def _in_dora_scope(world: World, kind: str, record: dict) -> bool:
    """Her school's visits and what hangs from them; her local's GRD and library records."""
    if "cod_mod" in record:
        return record["cod_mod"] == DORA_SCHOOL
    if "codlocal" in record:
        return record["codlocal"] == DORA_LOCAL
    parent_field = next(f.name for f in KINDS[kind].links if f.required or f.name == "visit_id")
    parent_kind = KINDS[kind].field(parent_field).references
    parents = {r["id"]: r for r in list_records(world.office, parent_kind)}
    parent = parents.get(record[parent_field])
    return parent is not None and _in_dora_scope(world, parent_kind, parent)


def _receive(world: World, laptop: AppContext, folder: str) -> None:
    target = world.root / folder
    target.mkdir(exist_ok=True)
    reply = reply_to(world.office, laptop.require_identity().device_id, target)
    outcome = import_bundle(laptop, reply.info.path)
    assert outcome.outcome is Outcome.MERGED, outcome


def test_after_its_reply_each_laptop_matches_the_office_for_its_scope(world: World) -> None:
    laptops = _field_work(world)
    put(world.office, "visits", {**VISIT, "cod_mod": DORA_SCHOOL, "notes": "de la UGEL"})
    folder = world.root / "respuestas"
    folder.mkdir()
    replies = reply_to_all(world.office, folder)
    assert len(replies) == 3 and len({r.info.path.name for r in replies}) == 3
    for reply in replies:
        laptop = next(l for l in laptops.values()
                      if l.require_identity().device_id == reply.device_id)
        assert import_bundle(laptop, reply.info.path).ok
    for name in ("ana", "beto"):
        for kind in KINDS:
            assert list_records(laptops[name], kind) == list_records(world.office, kind), kind
    for kind in KINDS:
        expected = [r for r in list_records(world.office, kind)
                    if _in_dora_scope(world, kind, r)]
        assert list_records(laptops["dora"], kind) == expected, kind
    day = world.office.today()
    assert school_checklist(laptops["dora"], DORA_SCHOOL, today=day) == school_checklist(
        world.office, DORA_SCHOOL, today=day)
    assert school_checklist(laptops["ana"], OTHER_SCHOOL, today=day) == school_checklist(
        world.office, OTHER_SCHOOL, today=day)


def test_a_directors_reply_carries_no_change_about_another_school(world: World) -> None:
    laptops = _field_work(world)
    dora = laptops["dora"]
    target = world.root / "dora"
    target.mkdir()
    reply = reply_to(world.office, dora.require_identity().device_id, target)
    with open_bundle(reply.info.path, decryption_keys=[encryption_key(dora)],
                     temp_dir=bundles_dir(dora, "temp")) as bundle:
        relayed = [row for blob in bundle.manifest.extra["relayed"]["blobs"]
                   for row, _ in read_relayed(bundle.open_blob(blob))]
    records = {(row[2], row[3]) for row in relayed}
    assert records  # Ana's visit and commitment at her school came
    for table, pk in records:
        [record] = [r for r in list_records(world.office, table) if r["id"] == pk]
        assert _in_dora_scope(world, table, record), (table, record)
    assert not {row[0] for row in relayed} & {dora.require_identity().device_id}


def test_a_later_reply_carries_only_what_the_laptop_lacks(world: World) -> None:
    laptops = _field_work(world)
    ana = laptops["ana"]
    _receive(world, ana, "primera")
    assert import_bundle(world.office, world.export(ana, "acuse")).ok  # acknowledges it
    target = world.root / "segunda"
    target.mkdir()
    again = reply_to(world.office, ana.require_identity().device_id, target)
    assert again.changes == 0
    assert "directory" not in again.info.manifest.extra
    assert "reference_data" not in again.info.manifest.extra
    put(laptops["beto"], "visits", {**VISIT, "notes": "nueva"})
    assert import_bundle(world.office, world.export(laptops["beto"], "otra")).ok
    third = reply_to(world.office, ana.require_identity().device_id, target / "..")
    assert 0 < third.changes < 20


def test_an_edit_concurrent_with_a_resolution_is_a_conflict_then_both_ends_converge(
        world: World) -> None:
    wall = world.wall
    laptops = _field_work(world)
    ana, beto = laptops["ana"], laptops["beto"]
    _receive(world, ana, "r1")
    _receive(world, beto, "r1b")
    [visit] = [v["id"] for v in list_records(world.office, "visits")
               if v["cod_mod"] == OTHER_SCHOOL]
    wall.now_ms += 1000
    put(ana, "visits", {"id": visit, "notes": "ana"})
    put(beto, "visits", {"id": visit, "notes": "beto"})
    for laptop, name in ((ana, "a2"), (beto, "b2")):
        assert import_bundle(world.office, world.export(laptop, name)).ok
    [conflict] = conflicts(world.office)
    wall.now_ms += 1000
    resolve_conflict(world.office, conflict.id, value_json='"acordado"')
    wall.now_ms += 1000
    put(ana, "visits", {"id": visit, "notes": "ana otra vez"})  # has not seen the resolution
    assert import_bundle(world.office, world.export(ana, "a3")).ok
    assert [c.column for c in conflicts(world.office)] == ["notes"]
    _receive(world, ana, "r2")
    assert [c.column for c in conflicts(ana)] == ["notes"]  # never a silent loss
    assert list_records(ana, "visits") == list_records(world.office, "visits")


def test_a_reply_is_accepted_only_by_its_device_from_its_pinned_office(
        world: World, tmp_path: Path) -> None:
    laptops = _field_work(world)
    target = world.root / "para-ana"
    target.mkdir()
    reply = reply_to(world.office, laptops["ana"].require_identity().device_id, target)
    before = list_records(laptops["beto"], "visits")
    refused = import_bundle(laptops["beto"], reply.info.path)
    assert refused.outcome is Outcome.REFUSED  # encrypted to Ana: Beto cannot open it
    assert list_records(laptops["beto"], "visits") == before

    (tmp_path / "otra").mkdir()
    other = make_world(tmp_path / "otra", FakeWallClock())
    with pytest.raises(MonitorError) as refusal:
        import_bundle(laptops["ana"], other.publish("ajeno.mcbundle"))
    assert refusal.value.code is ErrorCode.OFFICE_MISMATCH
    assert import_bundle(world.office, reply.info.path).outcome is Outcome.REFUSED


def test_only_an_approved_device_gets_a_reply(world: World) -> None:
    with pytest.raises(MonitorError) as refusal:
        reply_to(world.office, "no-such-device", world.root)
    assert refusal.value.code is ErrorCode.DEVICE_NOT_FOUND


def test_every_checklist_in_scope_is_the_same_on_both_ends(world: World) -> None:
    laptops = _field_work(world)
    for name in ("ana", "dora"):
        _receive(world, laptops[name], f"r-{name}")
    day = world.office.today()
    office = {(c.school.cod_mod, c.school.anexo): c.items
              for c in all_checklists(world.office, today=day)}
    for name in ("ana", "dora"):
        mine = all_checklists(laptops[name], today=day)
        assert mine and all(office[(c.school.cod_mod, c.school.anexo)] == c.items
                            for c in mine)


def test_a_director_gets_the_photos_of_her_school_a_specialist_only_when_asked(
        world: World) -> None:
    laptops = _field_work(world)
    ana = laptops["ana"]
    [visit] = [v["id"] for v in list_records(ana, "visits") if v["cod_mod"] == DORA_SCHOOL]
    photo = attach_photo(ana, jpeg(800, 600), visit_id=visit, caption="aula")
    assert import_bundle(world.office, world.export(ana, "foto")).ok
    for name, photos, expected in (("dora", False, 1), ("beto", False, 0), ("beto", True, 1)):
        target = world.root / f"{name}-{photos}"
        target.mkdir()
        reply = reply_to(world.office, laptops[name].require_identity().device_id, target,
                         photos=photos)
        assert reply.photos == expected, (name, photos)
        assert import_bundle(laptops[name], reply.info.path).ok
        if expected:
            assert photo_bytes(laptops[name], photo.sha256) == photo_bytes(world.office,
                                                                          photo.sha256)


def test_a_write_that_saw_only_a_later_value_leaves_the_earlier_concurrent_one_listed(
        world: World) -> None:
    """Through real bundles and replies: Ana and Beto edit a visit apart; Carla gets Beto's
    value only and edits it. Ana's value still competes (issue 9 §3): it is listed."""
    wall = world.wall
    ana, beto, carla = world.laptop("ana"), world.laptop("beto"), world.laptop("carla")
    for laptop in (ana, beto, carla):
        world.enrol(laptop)
    [visit] = put(ana, "visits", VISIT)
    assert import_bundle(world.office, world.export(ana, "a0")).ok
    for laptop, name in ((beto, "b"), (carla, "c")):
        _receive(world, laptop, f"r-{name}")
    wall.now_ms += 60_000
    put(ana, "visits", {"id": visit, "notes": "de Ana"})
    wall.now_ms += 60_000
    put(beto, "visits", {"id": visit, "notes": "de Beto"})
    assert import_bundle(world.office, world.export(beto, "b1")).ok
    _receive(world, carla, "r-c2")  # Beto's value, not Ana's: she has not sent it yet
    wall.now_ms += 60_000
    put(carla, "visits", {"id": visit, "notes": "de Carla"})
    for laptop, name in ((ana, "a1"), (carla, "c1")):
        assert import_bundle(world.office, world.export(laptop, name)).ok
    [conflict] = conflicts(world.office)
    assert '"de Ana"' in {c.value for c in conflict.changes}
    resolve_conflict(world.office, conflict.id, value_json='"acordado"')
    assert conflicts(world.office) == []
    _receive(world, carla, "r-c3")
    assert conflicts(carla) == []
    assert [v["notes"] for v in list_records(carla, "visits") if v["id"] == visit] == [
        "acordado"]


def test_a_device_whose_bundles_named_no_reply_key_is_said_to_wait_for_one(world: World) -> None:
    laptops = _field_work(world)
    beto = laptops["beto"].require_identity().device_id
    with world.office.transaction():  # as an office that only ever got an older laptop's bundles
        world.office.store.conn.execute(
            "UPDATE devices SET encryption_public_key = NULL WHERE device_id = ?", [beto])
    folder = world.root / "todas"
    folder.mkdir()
    written = {r.device_id for r in reply_to_all(world.office, folder)}
    assert beto not in written and len(written) == 2
    assert [d.device_id for d in waiting_for_a_key(world.office)] == [beto]
    with pytest.raises(MonitorError) as refusal:
        reply_to(world.office, beto, folder)
    assert refusal.value.code is ErrorCode.DEVICE_WITHOUT_REPLY_KEY
