"""The sync commands as a UGEL technician scripts them: publish, init --office, export, import."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.conftest import PADRON
from tests.services.sync_world import V1


def _office(cli: Cli) -> Cli:
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105").code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf")).code == 0
    return cli


def _laptop(office: Cli, tmp_path: Path, name: str = "ana") -> Path:
    """A specialist's database joined to the office through its published bundle."""
    ref = tmp_path / f"ref-{name}.mcbundle"
    assert office("publish", "--out", str(ref)).code == 0
    laptop_db = tmp_path / f"{name}.db"
    joined = office("init", "--role", "especialista", "--name", name.title(), "--office", str(ref),
                    db=laptop_db)
    assert joined.code == 0, joined.err
    return laptop_db


def test_a_round_trip_from_laptop_to_office(cli: Cli, tmp_path: Path) -> None:
    office = _office(cli)
    laptop_db = tmp_path / "ana.db"
    ref = tmp_path / "ref.mcbundle"
    assert office("publish", "--out", str(ref)).code == 0
    joined = office("init", "--role", "especialista", "--name", "Ana", "--office", str(ref), db=laptop_db)
    assert joined.code == 0 and "150105" in joined.out
    visit = json.dumps({"id": V1, "cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"})
    assert office("records", "put", "visits", stdin=visit, db=laptop_db).code == 0
    exported = json.loads(office("export", "--out", str(tmp_path), "--json", db=laptop_db).out)
    assert exported["encrypted"] and exported["changes"] == 10
    bundle = exported["file"]

    verified = office("verify", bundle, "--json")
    report = json.loads(verified.out)
    assert report["outcome"] == "held" and report["manifest"]["device_id"] == report["device_id"]
    held = office("import", bundle)
    assert held.code == 1 and "devices approve" in held.out
    approved = office("devices", "approve", report["device_id"])
    assert approved.code == 0 and "approved" in approved.out
    again = office("import", bundle, "--json")
    assert again.code == 0 and json.loads(again.out)[0]["outcome"] == "already_imported"
    visits = json.loads(office("records", "list", "visits", "--json").out)
    assert [v["id"] for v in visits] == [V1]
    assert office("rebuild", "--check").code == 0
    gaps = json.loads(office("gaps", "--json").out)
    sent = exported["changes"]
    assert {"device_id": report["device_id"], "high_water": sent, "last_seq": sent,
            "missing": []} in gaps


def test_import_reports_each_bundle_and_fails_if_any_is_refused(cli: Cli, tmp_path: Path) -> None:
    office = _office(cli)
    junk = tmp_path / "junk.mcbundle"
    junk.write_bytes(b"not a bundle at all")
    result = office("--lang", "en", "import", str(junk))
    assert result.code == 1 and "refused" in result.out
    assert json.loads(office("records", "list", "visits", "--json").out) == []


def test_an_office_bundle_from_another_ugel_is_refused_on_a_laptop(cli: Cli, tmp_path: Path) -> None:
    office = _office(cli)
    laptop_db = _laptop(office, tmp_path)
    other_db = tmp_path / "other.db"
    office("init", "--role", "ugel", "--name", "Otra", "--ugel", "150105", db=other_db)
    foreign = tmp_path / "foreign.mcbundle"
    office("publish", "--out", str(foreign), db=other_db)
    result = office("import", str(foreign), db=laptop_db)
    assert result.code == 1 and "no está firmado por la UGEL" in result.err


def test_a_laptop_cannot_publish(cli: Cli, tmp_path: Path) -> None:
    office = _office(cli)
    laptop_db = _laptop(office, tmp_path)
    result = office("publish", "--out", str(tmp_path / "x.mcbundle"), db=laptop_db)
    assert result.code == 1 and "publish" in result.err and len(result.err.splitlines()) == 1


def test_conflicts_list_and_resolve(cli: Cli, tmp_path: Path) -> None:
    office = _office(cli)
    lap = _laptop(office, tmp_path)
    office("records", "put", "visits", db=lap,
           stdin=json.dumps({"id": V1, "cod_mod": "0335273", "date": "2024-05-02",
                             "type": "monitoreo"}))
    first = json.loads(office("export", "--out", str(tmp_path / "a.mcbundle"), "--json", db=lap).out)
    device = json.loads(office("verify", first["file"], "--json").out)["device_id"]
    office("import", first["file"])
    office("devices", "approve", device)
    office("records", "put", "visits", stdin=json.dumps({"id": V1, "notes": "oficina"}))
    office("records", "put", "visits", stdin=json.dumps({"id": V1, "notes": "campo"}), db=lap)
    second = json.loads(office("export", "--out", str(tmp_path / "b.mcbundle"), "--json", db=lap).out)
    assert office("import", second["file"]).code == 0
    [conflict] = json.loads(office("conflicts", "list", "--json").out)
    keep = conflict["losers"][0]["value_id"]
    assert office("conflicts", "resolve", conflict["id"], "--keep", keep).code == 0
    assert json.loads(office("conflicts", "list", "--json").out) == []
    wrong = office("conflicts", "resolve", conflict["id"], "--value", '"x"')
    assert wrong.code == 1 and "conflicts list" in wrong.err


def test_one_missing_file_does_not_stop_the_others(cli: Cli, tmp_path: Path) -> None:
    office = _office(cli)
    junk = tmp_path / "junk.mcbundle"
    junk.write_bytes(b"PK\x03\x04 broken")
    result = office("import", str(tmp_path / "missing.mcbundle"), str(junk))
    assert result.code == 1
    assert "missing.mcbundle: No se encontró" in result.err and "junk.mcbundle" in result.out
