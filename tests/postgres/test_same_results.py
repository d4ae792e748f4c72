"""The same bundles, imported into one office station kept in SQLite and in PostgreSQL, give
the same answers byte for byte (issue 13 "Same results, proven"): several specialists and a
director, records of every kind, photos, a conflict, a gap, a rejected change, a held device."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.kinds import KINDS
from monitor_app.storage.database import open_store
from monitor_app.storage.database_address import PostgresAddress
from tests.cli.conftest import Cli
from tests.conftest import PADRON
from tests.postgres.twins import twin_on_server

SCHOOL, OTHER = "0335273", "0335299"
YEAR = 2024
PHOTO = Path(__file__).parents[1] / "fixtures" / "photos"


@dataclass
class Fleet:
    office: Path
    bundles: list[str]
    devices: list[str]


def _ok(result, what: str = "") -> str:  # type: ignore[no-untyped-def]
    assert result.code == 0, (what, result.err)
    return result.out


def _put(cli: Cli, db: Path, kind: str, record: dict) -> str:
    out = _ok(cli("records", "put", kind, "--json", stdin=json.dumps(record), db=db), kind)
    return (json.loads(out)["created"] or json.loads(out)["updated"])[0]


def _export(cli: Cli, db: Path, stick: Path) -> str:
    return json.loads(_ok(cli("export", "--out", str(stick), "--json", db=db)))["file"]


def _build_fleet(cli: Cli, root: Path) -> Fleet:
    office = root / "ugel.db"
    _ok(cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105", db=office))
    _ok(cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=office))
    ref = root / "ugel.mcbundle"
    _ok(cli("publish", "--out", str(ref), db=office))
    school_ref = root / "ie.mcbundle"
    _ok(cli("publish", "--out", str(school_ref), "--school", SCHOOL, db=office))
    stick = root / "usb"
    stick.mkdir()
    laptops = {}
    for name, role, school in (("ana", "especialista", None), ("beto", "especialista", None),
                               ("dora", "director", SCHOOL)):
        db = root / f"{name}.db"
        extra = ["--school", school] if school else []
        _ok(cli("init", "--role", role, "--name", name.title(), "--office",
                str(school_ref if school else ref), *extra, db=db), name)
        laptops[name] = db
    ana, beto, dora = laptops["ana"], laptops["beto"], laptops["dora"]
    bundles = []
    visit = _put(cli, ana, "visits", {"cod_mod": SCHOOL, "date": "2024-05-02",
                                      "type": "monitoreo", "notes": "Aulas limpias",
                                      "latitude": -12.046123456789012, "longitude": -77.0})
    _put(cli, ana, "commitments", {"visit_id": visit, "description": "Arreglar el techo",
                                   "due_date": "2024-06-01"})
    codlocal = json.loads(_ok(cli("schools", "search", SCHOOL, "--json", db=office)))[0]["codlocal"]
    plan = {"codlocal": codlocal, "year": YEAR, "status": "en_elaboracion"}
    _put(cli, ana, "grd_plans", plan)
    _put(cli, ana, "drills", {"codlocal": codlocal, "date": "2024-05-31", "shift": "manana",
                              "hazard": "sismo", "students": 120, "evacuation_seconds": 95})
    bundles.append(_export(cli, ana, stick))  # Ana's first bundle
    _put(cli, ana, "safety_devices", {"codlocal": codlocal, "device_type": "extintor",
                                      "quantity": 2, "expiry_date": "2025-01-31"})
    bundles.append(_export(cli, ana, stick))  # her second: alone, it leaves a gap
    _put(cli, beto, "grd_plans", {**plan, "status": "aprobado"})  # the same plan: a conflict
    _put(cli, beto, "visits", {"cod_mod": SCHOOL, "date": "2024-05-03", "type": "monitoreo",
                               "latitude": -12, "longitude": -77})  # stored as -12.0
    library = _put(cli, beto, "libraries", {"codlocal": codlocal,
                                            "library_type": "biblioteca_escolar"})
    _put(cli, beto, "library_copies", {"library_id": library, "registration_number": "001",
                                       "title": "Paco Yunque", "year": 1931})
    bundles.append(_export(cli, beto, stick))
    _put(cli, dora, "brigades", {"codlocal": codlocal, "brigade_type": "primeros_auxilios"})
    bundles.append(_export(cli, dora, stick))
    devices = [json.loads(cli("verify", b, "--json", db=office).out)["device_id"]
               for b in (bundles[0], bundles[2], bundles[3])]
    return Fleet(office, bundles, devices)


def _answers(cli: Cli, db: str | Path) -> dict[str, str]:
    asked = {f"records {kind}": ("records", "list", kind, "--json") for kind in sorted(KINDS)}
    asked |= {
        "conflicts": ("conflicts", "list", "--json"),
        "rejected": ("rejected", "list", "--json"),
        "gaps": ("gaps", "--json"),
        "checklist": ("checklist", SCHOOL, "--date", "2024-10-27", "--json"),
        "rebuild": ("rebuild", "--check"),
        "commitments": ("commitments", "list", SCHOOL, "--json"),
    }
    return {name: _ok(cli(*args, db=db), name) for name, args in asked.items()}


def _stored(db: Path | str) -> dict[str, list[str]]:
    """Every row a merge writes, each as its exact repr (1, 1.0 and '1' differ)."""
    target = PostgresAddress(db) if isinstance(db, str) else db
    store = open_store(target)
    try:
        tables = {kind.table: "id" for kind in KINDS.values()}
        tables |= {"changes": "device_id, seq", "field_clock": "tbl, pk, col",
                   "change_verdicts": "device_id, seq", "record_places": "tbl, pk",
                   "change_replaces": "device_id, seq, replaced_device, replaced_seq"}
        return {table: [repr(row) for row in store.conn.execute(
                    f"SELECT * FROM [{table}] ORDER BY {order}")]
                for table, order in tables.items()}
    finally:
        store.close()


def _merge(cli: Cli, db: str | Path, fleet: Fleet, order: list[str]) -> None:
    for bundle in order:
        cli("import", bundle, db=db)  # the first from each device is held until approved
    for device in fleet.devices:
        _ok(cli("devices", "approve", device, db=db), device)
    for bundle in order:
        cli("import", bundle, db=db)


def test_the_same_bundles_give_the_same_answers_on_both_engines(
        cli: Cli, tmp_path: Path, pg_url: str, new_pg_url: str) -> None:
    fleet = _build_fleet(cli, tmp_path)
    on_server = twin_on_server(fleet.office, pg_url)
    shuffled = twin_on_server(fleet.office, new_pg_url)
    in_order = [fleet.bundles[i] for i in (1, 2, 3)]  # Ana's first is missing: a gap
    _merge(cli, fleet.office, fleet, in_order)
    _merge(cli, on_server, fleet, in_order)
    mixed = in_order[::-1]
    random.Random(13).shuffle(mixed)
    _merge(cli, shuffled, fleet, mixed + in_order)
    sqlite, postgres, other_order = (_answers(cli, db) for db in (fleet.office, on_server,
                                                                   shuffled))
    assert json.loads(sqlite["conflicts"]) and json.loads(sqlite["gaps"])  # the scenario bites
    assert json.loads(sqlite["records grd_plans"])
    for name in sqlite:
        assert postgres[name] == sqlite[name], (name, postgres[name], sqlite[name])
        assert other_order[name] == sqlite[name], name
    stored = _stored(fleet.office)
    assert any("-12.0, -77.0" in row for row in stored["visits"])  # whole, but numbers (D23)
    assert _stored(on_server) == stored
    assert _stored(shuffled) == stored
    # the gap filled on both engines, then still the same
    for db in (fleet.office, on_server):
        _ok(cli("import", fleet.bundles[0], db=db))
    assert _answers(cli, on_server) == _answers(cli, fleet.office)


def test_moving_a_station_keeps_every_answer(cli: Cli, tmp_path: Path, pg_url: str) -> None:
    fleet = _build_fleet(cli, tmp_path)
    _merge(cli, fleet.office, fleet, fleet.bundles)
    before = _answers(cli, fleet.office)
    moved = _ok(cli("move", str(fleet.office), db=pg_url))
    assert "moved-to-postgresql" in moved
    assert not fleet.office.exists()
    assert _answers(cli, pg_url) == before
    again = cli("import", fleet.bundles[0], db=pg_url)
    assert again.code == 0 and "ya importado" in again.out
