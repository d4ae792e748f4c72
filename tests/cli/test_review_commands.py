"""The office's reviews from the command line: inconsistencies a merge left, and devices
approved, revoked and reinstated."""

from __future__ import annotations

import json
from pathlib import Path

from monitor_app.services.sync_import import import_bundle
from tests.cli.conftest import Cli
from tests.conftest import SCHOOL_A, FakeWallClock
from tests.services.sync_world import World, make_world, put

MOVEMENT = {"date": "2024-09-30", "reason": "baja"}


def _copy_below_zero(world: World) -> str:
    """Ana's copy with one book, merged; the office and Ana each take it out offline."""
    ana = world.laptop("ana")
    world.enrol(ana)
    [library] = put(ana, "libraries", {"codlocal": SCHOOL_A.codlocal,
                                       "library_type": "biblioteca_escolar"})
    [copy_id] = put(ana, "library_copies", {"library_id": library, "registration_number": "0001",
                                            "title": "Paco Yunque"})
    put(ana, "library_movements", {"copy_id": copy_id, **MOVEMENT, "quantity": 1,
                                   "reason": "ingreso"})
    import_bundle(world.office, world.export(ana, "a1"))
    for device in (world.office, ana):
        put(device, "library_movements", {"copy_id": copy_id, **MOVEMENT, "quantity": -1})
    import_bundle(world.office, world.export(ana, "a2"))
    return copy_id


def test_inconsistencies_list_names_a_copy_a_merge_left_below_zero(
        cli: Cli, tmp_path: Path, wall: FakeWallClock) -> None:
    world = make_world(tmp_path, wall)
    office = world.root / "office.db"
    assert "No hay inconsistencias" in cli("inconsistencies", "list", db=office).out
    copy_id = _copy_below_zero(world)
    listed = cli("inconsistencies", "list", db=office)
    assert listed.code == 0
    first = listed.out.splitlines()[0]
    for shown in (SCHOOL_A.codlocal, "Paco Yunque", "0001", copy_id, "saldo -1"):
        assert shown in first
    [row] = json.loads(cli("inconsistencies", "list", "--json", db=office).out)
    assert row == {"copy_id": copy_id, "library_id": row["library_id"],
                   "codlocal": SCHOOL_A.codlocal, "title": "Paco Yunque",
                   "registration_number": "0001", "balance": -1, "on_loan": 0,
                   "problem": "stock_below_zero"}


def _status(cli: Cli, office: Path, device_id: str) -> str:
    devices = json.loads(cli("devices", "list", "--json", db=office).out)
    return next(d["status"] for d in devices if d["device_id"] == device_id)


def _held_laptop(cli: Cli, tmp_path: Path, wall: FakeWallClock) -> tuple:  # type: ignore[type-arg]
    """A world whose office holds Ana's laptop after its first bundle (a visit)."""
    world = make_world(tmp_path, wall)
    office = world.root / "office.db"
    laptop = world.laptop("ana")
    put(laptop, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02",
                           "type": "monitoreo"})
    assert cli("import", str(world.export(laptop, "held")), db=office).code == 1  # held
    return world, office, laptop, laptop.require_identity().device_id


def test_approving_a_revoked_device_is_refused_until_reinstate(
        cli: Cli, tmp_path: Path, wall: FakeWallClock) -> None:
    world, office, laptop, device_id = _held_laptop(cli, tmp_path, wall)
    assert cli("devices", "revoke", device_id, db=office).code == 0
    refused = cli("devices", "approve", device_id, db=office)
    assert refused.code == 1
    assert f"monitor-app devices approve {device_id} --reinstate" in refused.err
    assert _status(cli, office, device_id) == "revoked"
    assert json.loads(cli("records", "list", "visits", "--json", db=office).out) == []
    reinstated = cli("devices", "approve", device_id, "--reinstate", db=office)
    assert reinstated.code == 0 and "vuelve a estar habilitado" in reinstated.out
    assert "fusionado" in reinstated.out  # the bundle held for it merges, as approve does
    assert _status(cli, office, device_id) == "approved"
    assert len(json.loads(cli("records", "list", "visits", "--json", db=office).out)) == 1
    again = cli("devices", "approve", device_id, db=office)
    assert again.code == 0 and "ya estaba aprobado" in again.out


def test_a_held_device_is_refused_and_nothing_of_it_merges(
        cli: Cli, tmp_path: Path, wall: FakeWallClock) -> None:
    world, office, laptop, device_id = _held_laptop(cli, tmp_path, wall)
    refused = cli("devices", "refuse", device_id, db=office)
    assert refused.code == 0 and device_id in refused.out
    assert _status(cli, office, device_id) == "revoked"
    assert json.loads(cli("records", "list", "visits", "--json", db=office).out) == []
    again = cli("--lang", "en", "devices", "refuse", device_id, db=office)
    assert again.code == 1 and "only a held device is refused" in again.err
    later = cli("import", str(world.export(laptop, "later")), db=office)
    assert later.code == 1
    assert json.loads(cli("records", "list", "visits", "--json", db=office).out) == []
