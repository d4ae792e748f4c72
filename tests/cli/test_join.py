"""`monitor-app join FILE`: an installation set up on its own joins its UGEL later, keeping its
records; until then it exports nothing (field data never leaves unencrypted)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.conftest import PADRON


def _office(cli: Cli, db: Path, ugel: str = "150105") -> Path:
    assert cli("init", "--role", "ugel", "--name", f"UGEL {ugel}", "--ugel", ugel,
               db=db).code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=db).code == 0
    ref = db.with_suffix(".mcbundle")
    assert cli("publish", "--out", str(ref), db=db).code == 0
    return ref


def test_a_laptop_set_up_alone_exports_nothing_until_it_joins_then_keeps_its_records(
        cli: Cli, tmp_path: Path) -> None:
    ref = _office(cli, tmp_path / "ugel.db")
    laptop = tmp_path / "ana.db"
    assert cli("init", "--role", "especialista", "--name", "Ana", "--ugel", "150105",
               db=laptop).code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=laptop).code == 0
    visit = json.dumps({"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"})
    assert cli("records", "put", "visits", stdin=visit, db=laptop).code == 0
    refused = cli("export", "--out", str(tmp_path), db=laptop)
    assert refused.code == 1 and "monitor-app join" in refused.err
    assert list(tmp_path.glob("*.mcbundle")) == [ref]

    joined = cli("join", str(ref), db=laptop)
    assert joined.code == 0, joined.err
    assert "150105" in joined.out and "Huella" in joined.out
    assert len(json.loads(cli("records", "list", "visits", "--json", db=laptop).out)) == 1
    bundle = json.loads(cli("export", "--out", str(tmp_path), "--json", db=laptop).out)
    assert bundle["encrypted"]
    again = cli("join", str(ref), db=laptop)
    assert again.code == 1 and "ya está unido" in again.err


def test_join_refuses_another_ugels_office_and_another_schools_bundle(
        cli: Cli, tmp_path: Path) -> None:
    other_ref = _office(cli, tmp_path / "otra.db", ugel="150106")
    laptop = tmp_path / "eva.db"
    assert cli("init", "--role", "especialista", "--name", "Eva", "--ugel", "150105",
               db=laptop).code == 0
    refused = cli("join", str(other_ref), db=laptop)
    assert refused.code == 1 and "150106" in refused.err and "150105" in refused.err

    office = tmp_path / "ugel.db"
    _office(cli, office)
    school_ref = tmp_path / "escuela.mcbundle"
    assert cli("publish", "--out", str(school_ref), "--school", "0335273", db=office).code == 0
    director = tmp_path / "dora.db"
    assert cli("init", "--role", "director", "--name", "Dora", "--ugel", "150105",
               "--school", "0336586", db=director).code == 0
    mismatch = cli("join", str(school_ref), db=director)
    assert mismatch.code == 1 and "0335273" in mismatch.err
    not_a_bundle = cli("join", str(tmp_path / "eva.db"), db=director)
    assert not_a_bundle.code == 1 and len(not_a_bundle.err.strip().splitlines()) == 1
