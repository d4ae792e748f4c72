"""The DRE level from the command line: a DRE station, its UGELs joining it, and the bundles
that must not cross levels (issue 9 §2)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.conftest import PADRON


def _dre(cli: Cli, tmp_path: Path) -> Path:
    dre = tmp_path / "dre.db"
    made = cli("init", "--role", "dre", "--name", "DRE Lima Metropolitana", db=dre)
    assert made.code == 0, made.err
    ref = tmp_path / "dre.mcbundle"
    assert cli("publish", "--out", str(ref), db=dre).code == 0
    return ref


def _ugel(cli: Cli, tmp_path: Path, name: str = "ugel05") -> Path:
    db = tmp_path / f"{name}.db"
    assert cli("init", "--role", "ugel", "--name", name, "--ugel", "150105", db=db).code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=db).code == 0
    return db


def test_a_ugel_joins_its_dre_keeping_its_directory_and_laptops_refuse_the_dre(
        cli: Cli, tmp_path: Path) -> None:
    ref = _dre(cli, tmp_path)
    ugel = _ugel(cli, tmp_path)
    before = cli("schools", "search", "cuna", "--json", db=ugel).out
    joined = cli("join", str(ref), db=ugel)
    assert joined.code == 0, joined.err
    assert cli("schools", "search", "cuna", "--json", db=ugel).out == before
    again = cli("join", str(ref), db=ugel)
    assert again.code == 1 and "ya está unido" in again.err

    laptop = tmp_path / "ana.db"
    refused = cli("init", "--role", "especialista", "--name", "Ana", "--office", str(ref),
                  db=laptop)
    assert refused.code == 1 and "DRE" in refused.err and "UGEL" in refused.err
    assert cli("init", "--role", "especialista", "--name", "Ana", "--ugel", "150105",
               db=laptop).code == 0
    wrong = cli("join", str(ref), db=laptop)
    assert wrong.code == 1 and "DRE" in wrong.err
    office_ref = tmp_path / "ugel.mcbundle"
    assert cli("publish", "--out", str(office_ref), db=ugel).code == 0
    assert cli("join", str(office_ref), db=laptop).code == 0
    at_laptop = cli("import", str(ref), db=laptop)  # the DRE's bundle reaching a laptop
    assert at_laptop.code == 1 and "DRE" in (at_laptop.err + at_laptop.out)
    assert json.loads(cli("records", "list", "visits", "--json", db=laptop).out) == []


def test_a_dre_needs_no_code_and_takes_no_school(cli: Cli, tmp_path: Path) -> None:
    refused = cli("init", "--role", "dre", "--name", "DRE", "--school", "0335273",
                  db=tmp_path / "x.db")
    assert refused.code == 1
    lone = cli("init", "--role", "especialista", "--name", "Ana", db=tmp_path / "y.db")
    assert lone.code == 1 and "--ugel" in lone.err


def _approve_what_was_held(cli: Cli, db: Path, bundle: str) -> None:
    device = json.loads(cli("verify", bundle, "--json", db=db).out)["device_id"]
    cli("import", bundle, db=db)
    assert cli("devices", "approve", device, db=db).code == 0


def test_laptop_to_ugel_to_dre_and_back_through_the_command_line(
        cli: Cli, tmp_path: Path) -> None:
    dre_ref = _dre(cli, tmp_path)
    dre = tmp_path / "dre.db"
    ugel = _ugel(cli, tmp_path)
    assert cli("join", str(dre_ref), db=ugel).code == 0
    ugel_ref = tmp_path / "ugel.mcbundle"
    assert cli("publish", "--out", str(ugel_ref), db=ugel).code == 0
    laptop = tmp_path / "ana.db"
    assert cli("init", "--role", "especialista", "--name", "Ana", "--office", str(ugel_ref),
               db=laptop).code == 0
    visit = {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}
    assert cli("records", "put", "visits", stdin=json.dumps(visit), db=laptop).code == 0
    stick = tmp_path / "usb"
    stick.mkdir()
    bundle = json.loads(cli("export", "--out", str(stick), "--json", db=laptop).out)["file"]
    _approve_what_was_held(cli, ugel, bundle)
    relay = json.loads(cli("export", "--out", str(stick), "--json", db=ugel).out)["file"]
    assert "relevo" in Path(relay).name
    _approve_what_was_held(cli, dre, relay)
    listed = cli("records", "list", "visits", "--json", db=dre).out
    assert listed == cli("records", "list", "visits", "--json", db=ugel).out
    assert len(json.loads(listed)) == 1
    again = cli("import", relay, db=dre)
    assert again.code == 0 and "ya importado" in again.out
    replies = tmp_path / "bajada"
    replies.mkdir()
    down = json.loads(cli("publish", "--for", "all", "--out", str(replies), "--json",
                          db=dre).out)
    assert len(down) == 1
    assert cli("import", down[0]["file"], db=ugel).code == 0
    at_laptop = cli("import", down[0]["file"], db=laptop)  # a DRE reply reaching a laptop
    assert at_laptop.code == 1
