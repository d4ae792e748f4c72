"""`monitor-app schools import` of a file with fewer columns than the padrón: the rest is kept."""

import json
from pathlib import Path

from openpyxl import Workbook

from tests.cli.conftest import Cli
from tests.conftest import PADRON


def _names_only(path: Path, name: str) -> Path:
    book = Workbook()
    book.active.append(["COD_MOD", "ANEXO", "CEN_EDU"])
    book.active.append(["0335273", "0", name])
    book.save(path)
    return path


def _school(cli: Cli, code: str) -> dict[str, object]:
    [school] = json.loads(cli("schools", "search", code, "--json").out)
    return school


def test_a_names_only_xlsx_renames_and_keeps_the_rest_and_says_what_it_lacked(
    enrolled: Cli, tmp_path: Path
) -> None:
    enrolled("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"))
    before = _school(enrolled, "0335273")

    plain = enrolled("schools", "import", str(_names_only(tmp_path / "a.xlsx", "CUNA JARDIN ROSA")))

    assert plain.code == 0, plain.err
    assert "0 nuevas, 1 actualizadas, 0 sin cambios" in plain.out
    lacked = "columnas que el archivo no trae (se conservan sus valores): CODLOCAL, NIV_MOD, D_NIV_MOD,"
    assert lacked in plain.out
    assert _school(enrolled, "0335273") == {**before, "cen_edu": "CUNA JARDIN ROSA"}

    again = json.loads(enrolled("schools", "import", str(tmp_path / "a.xlsx"), "--json").out)
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 1)
    assert again["absent_columns"][:3] == ["CODLOCAL", "NIV_MOD", "D_NIV_MOD"]
    assert "D_DIST" in again["absent_columns"] and "CEN_EDU" not in again["absent_columns"]


def test_a_full_file_names_no_absent_columns(enrolled: Cli) -> None:
    result = enrolled("--lang", "en", "schools", "import", str(PADRON / "padron_ugel05_lima.dbf"))
    assert "lacks" not in result.out
    report = json.loads(enrolled("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), "--json").out)
    assert report["absent_columns"] == []
