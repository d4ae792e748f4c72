"""`monitor-app assignments set|end|list` (D33): the UGEL assigns, the reply carries, the
specialist's laptop lists; every refusal is one line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.conftest import PADRON


def _office(cli: Cli, tmp_path: Path) -> Path:
    office = tmp_path / "ugel.db"
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105",
               db=office).code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=office).code == 0
    return office


def _laptop(cli: Cli, office: Path, tmp_path: Path, name: str, *, approve: bool = True
            ) -> tuple[Path, str]:
    ref = tmp_path / f"ref-{name}.mcbundle"
    assert cli("publish", "--out", str(ref), db=office).code == 0
    laptop = tmp_path / f"{name}.db"
    assert cli("init", "--role", "especialista", "--name", name, "--office", str(ref),
               db=laptop).code == 0
    outbox = tmp_path / f"usb-{name}"
    outbox.mkdir()
    bundle = json.loads(cli("export", "--out", str(outbox), "--json", db=laptop).out)["file"]
    device = json.loads(cli("verify", bundle, "--json", db=office).out)["device_id"]
    cli("import", bundle, db=office)
    if approve:
        assert cli("devices", "approve", device, db=office).code == 0
    return laptop, device


def test_assignments_set_at_the_office_reach_the_specialists_laptop(
        cli: Cli, tmp_path: Path) -> None:
    office = _office(cli, tmp_path)
    laptop, device = _laptop(cli, office, tmp_path, "Ana")
    done = cli("assignments", "set", "--school", "336586", "--school", "0335364-0",
               "--device", "ana", db=office)
    assert done.code == 0, done.err
    assert "IE 0336586-0 → Ana" in done.out
    listed = json.loads(cli("assignments", "list", "--json", db=office).out)
    assert sorted(a["cod_mod"] for a in listed) == ["0335364", "0336586"]
    assert {a["device_id"] for a in listed} == {device}
    reply = tmp_path / "respuesta.mcbundle"
    assert cli("publish", "--for", device, "--out", str(reply), db=office).code == 0
    assert cli("import", str(reply), db=laptop).code == 0
    assert json.loads(cli("assignments", "list", "--json", db=laptop).out) == listed
    mine = cli("assignments", "list", "--device", device, db=laptop)
    assert mine.code == 0 and mine.out.count("\n") == 2 and "Ana (" in mine.out
    ended = cli("assignments", "end", "--school", "0335364", "--device", device, db=office)
    assert ended.code == 0 and "0335364-0" in ended.out
    assert [a["cod_mod"] for a in json.loads(
        cli("assignments", "list", "--device", "Ana", "--json", db=office).out)] == ["0336586"]


def test_refusals_are_one_line(cli: Cli, tmp_path: Path) -> None:
    office = _office(cli, tmp_path)
    laptop, device = _laptop(cli, office, tmp_path, "Ana")
    _, held = _laptop(cli, office, tmp_path, "Beto", approve=False)
    _laptop(cli, office, tmp_path, "ana")  # a second device with the same name
    cases = [
        (("--school", "1234567", "--device", device), office, "no está en el padrón"),
        (("--school", "0336586", "--device", "nadie"), office, "No hay ningún equipo nadie"),
        (("--school", "0336586", "--device", held), office, "no es un especialista aprobado"),
        (("--school", "0336586", "--device", "ana"), office, "Hay varios equipos llamados"),
        (("--school", "0336586", "--device", device), laptop, "no puede asignar IIEE"),
        (("--school", "12", "--device", device), office, "12"),
    ]
    for args, db, words in cases:
        refused = cli("assignments", "set", *args, db=db)
        assert refused.code == 1 and refused.out == "", (args, refused)
        assert words in refused.err and refused.err.count("\n") == 1, refused.err
    not_assigned = cli("assignments", "end", "--school", "0336586", "--device", device, db=office)
    assert not_assigned.code == 1 and "no está asignada a Ana" in not_assigned.err
    english = cli("--lang", "en", "assignments", "list", db=office)
    assert english.code == 0 and english.out == "No schools are assigned.\n"
