"""`monitor-app schools import|search` on the real padrón fixtures, and its refusals."""

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.cli.conftest import Cli
from tests.conftest import PADRON


def test_import_every_fixture_and_search_it(enrolled: Cli) -> None:
    ugel05 = enrolled("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"))
    assert ugel05.code == 0, ugel05.err
    assert "448 nuevas" in ugel05.out and "9 rechazadas" in ugel05.out
    assert "fila 456: duplicado de la fila 203: 0466508-0" in ugel05.out
    support = enrolled("schools", "import", str(PADRON / "Instituciones_apoyo.dbf"), "--json")
    report = json.loads(support.out)
    assert report["rejected"] == 177 and report["problems"][0] == {
        "row": 1, "issue": "support_institution", "detail": "0630582 CRAEI CALLAO"}
    premises = enrolled("--lang", "en", "schools", "import", str(PADRON / "Padlocaladi_web.dbf"))
    assert premises.code == 0 and "357 rows read" in premises.out

    found = json.loads(enrolled("schools", "search", "cuna jardín", "--json").out)
    assert found[0]["cod_mod"] == "0335273" and found[0]["cen_edu"] == "017 CUNA JARDIN"
    assert found[0]["d_niv_mod"] == "Inicial - Cuna-jardín"
    limited = json.loads(enrolled("schools", "search", "san juan", "--limit", "5", "--json").out)
    assert len(limited) == 5
    assert "0335273-0" in enrolled("schools", "search", "304756").out
    assert "Sin resultados" in enrolled("schools", "search", "qwertyuiop").out


def test_reimport_reports_everything_unchanged(enrolled: Cli) -> None:
    enrolled("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"))
    again = json.loads(enrolled("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), "--json").out)
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 448)


def _xlsx_without_codes(path: Path) -> Path:
    book = Workbook()
    book.active.append(["NOMBRE", "DISTRITO"])
    book.active.append(["IE 1", "LIMA"])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p / "no_existe.dbf", "No se encontró"),
        (lambda p: (p / "roto.dbf").write_bytes(b"\x03\x7c\x01\x01" + b"\x00" * 10) and p / "roto.dbf",
         "cabecera"),
        (lambda p: _xlsx_without_codes(p / "sin_codigos.xlsx"), "COD_MOD"),
        (lambda p: (p / "foto.xlsx").write_bytes(b"PK\x03\x04 not really a workbook") and p / "foto.xlsx",
         "Excel"),
    ],
)
def test_bad_directory_files_are_one_clear_line_and_change_nothing(enrolled: Cli, tmp_path: Path,
                                                                   make, words: str) -> None:
    enrolled("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"))
    before = enrolled("schools", "search", "", "--limit", "1000", "--json").out
    result = enrolled("schools", "import", str(make(tmp_path)))
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1 and words in result.err, result.err
    assert enrolled("schools", "search", "", "--limit", "1000", "--json").out == before
