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
