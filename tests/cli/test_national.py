"""The national station from the command line: DREs join it as UGELs join a DRE, what goes up
and comes back down, and the bundles that must not skip a level (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.national_chain import Chain, build_chain, check_up_and_down, export, listing


def _chain(cli: Cli, tmp_path: Path) -> Chain:
    return build_chain(cli, tmp_path, dre=tmp_path / "dre.db", nacional=tmp_path / "nacional.db")


def test_laptop_to_ugel_to_dre_to_the_national_station_and_back(
        cli: Cli, tmp_path: Path) -> None:
    check_up_and_down(cli, _chain(cli, tmp_path), tmp_path)


def test_the_national_station_takes_only_its_dres_bundles(cli: Cli, tmp_path: Path) -> None:
    chain = _chain(cli, tmp_path)
    before = listing(cli, chain.nacional, "visits")
    cli("records", "put", "visits", stdin=json.dumps(
        {"cod_mod": "0335273", "date": "2024-06-01", "type": "monitoreo"}), db=chain.laptop)
    for sender in (chain.laptop, chain.ugel):  # sealed for the level above them, not this one
        refused = cli("import", export(cli, sender, chain.stick), db=chain.nacional)
        assert refused.code == 1 and "rechazado" in refused.out, refused.out
    relay = export(cli, chain.dre, chain.stick)
    at_ugel = cli("--lang", "en", "import", relay, db=chain.ugel)
    assert at_ugel.code == 1 and "refused" in at_ugel.out
    assert listing(cli, chain.nacional, "visits") == before


def test_nothing_of_the_national_level_reaches_a_ugel_or_a_laptop(
        cli: Cli, tmp_path: Path) -> None:
    chain = _chain(cli, tmp_path)
    ref = str(chain.national_ref)
    lone = tmp_path / "ugel06.db"
    assert cli("init", "--role", "ugel", "--name", "UGEL 06", "--ugel", "150106", db=lone).code == 0
    wrong_join = cli("join", ref, db=lone)
    assert wrong_join.code == 1 and "estación NACIONAL" in wrong_join.err
    assert "estación DRE" in wrong_join.err
    new_laptop = cli("init", "--role", "especialista", "--name", "Beto", "--office", ref,
                     db=tmp_path / "beto.db")
    assert new_laptop.code == 1 and "NACIONAL" in new_laptop.err
    for db in (chain.ugel, chain.laptop):
        taken = cli("import", ref, db=db)
        assert taken.code == 1 and "NACIONAL" in taken.err + taken.out
    folder = tmp_path / "respuestas"
    folder.mkdir()
    [reply] = json.loads(cli("publish", "--for", "all", "--out", str(folder), "--json",
                             db=chain.nacional).out)
    for db in (chain.ugel, chain.laptop):
        assert cli("import", reply["file"], db=db).code == 1
    before = listing(cli, chain.laptop, "visits")
    assert listing(cli, chain.ugel, "visits") == before


def test_the_national_station_has_no_code_joins_nothing_and_sends_nothing_up(
        cli: Cli, tmp_path: Path) -> None:
    nacional = tmp_path / "nacional.db"
    for extra in (("--ugel", "150105"), ("--school", "0335273")):
        refused = cli("init", "--role", "nacional", "--name", "Minedu", *extra, db=nacional)
        assert refused.code == 1 and "--ugel ni --school" in refused.err
    made = cli("init", "--role", "nacional", "--name", "Minedu", db=nacional)
    assert made.code == 0, made.err
    ref = tmp_path / "nacional.mcbundle"
    assert cli("publish", "--out", str(ref), db=nacional).code == 0
    other = tmp_path / "otra.db"
    assert cli("init", "--role", "nacional", "--name", "Otra", db=other).code == 0
    assert cli("join", str(ref), db=other).code == 1
    assert cli("export", "--out", str(tmp_path), db=nacional).code == 1
    dre = tmp_path / "dre.db"
    assert cli("init", "--role", "dre", "--name", "DRE", db=dre).code == 0
    english = cli("--lang", "en", "join", str(ref), db=dre)
    assert english.code == 0 and "Joined national station 'Minedu'" in english.out
