"""`monitor-app instruments|catalogues` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor_app.storage.reference_defaults import shipped_instruments
from tests.cli.conftest import Cli


@pytest.fixture
def office(cli: Cli) -> Cli:
    result = cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105")
    assert result.code == 0, result.err
    return cli


def rubrics_v2(folder: Path) -> Path:
    document = shipped_instruments()["rubricas_aula-v1.json"]
    document["version"] = 2
    document["title"] = "Rúbricas de observación de aula 2025"
    path = folder / "rubricas_aula-v2.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_instruments_list_and_show(enrolled: Cli) -> None:
    listed = enrolled("instruments", "list")
    assert listed.code == 0
    assert "rubricas_aula  v1  Rúbricas de observación de aula  (incluido en la app)" in listed.out
    as_json = json.loads(enrolled("instruments", "list", "--json").out)
    assert {(i["code"], i["version"]) for i in as_json} == {
        ("ficha_biblioteca", 1), ("ficha_grd", 1), ("ficha_simulacro", 1), ("rubricas_aula", 1)}

    shown = enrolled("instruments", "show", "rubricas_aula")
    assert shown.code == 0
    assert "[desempenos] Desempeños observados" in shown.out
    assert "d5  Desempeño 5: Regula positivamente" in shown.out
    assert "nivel 1–4 · obligatorio · evidencia obligatoria" in shown.out
    assert "      4 IV: Destacado" in shown.out
    english = enrolled("--lang", "en", "instruments", "show", "ficha_grd", "--version", "1")
    assert "one option: no_tiene, en_elaboracion, aprobado, actualizado · required" in english.out


def test_show_json_is_the_definition_ready_to_edit_into_a_new_version(enrolled: Cli) -> None:
    shown = enrolled("instruments", "show", "ficha_simulacro", "--json")
    assert json.loads(shown.out) == shipped_instruments()["ficha_simulacro-v1.json"]


def test_an_unknown_instrument_is_one_line_and_exit_1(enrolled: Cli) -> None:
    result = enrolled("instruments", "show", "rubricas_aula", "--version", "4")
    assert (result.code, result.out) == (1, "")
    assert result.err.strip() == ("No existe el instrumento «rubricas_aula» versión 4. "
                                  "Vea los disponibles con: monitor-app instruments list")


def test_the_office_imports_a_new_version_once(office: Cli, tmp_path: Path) -> None:
    path = rubrics_v2(tmp_path)
    first = office("instruments", "import", str(path))
    assert first.code == 0, first.err
    assert first.out.startswith("Instrumento cargado: rubricas_aula versión 2 "
                                "«Rúbricas de observación de aula 2025» (12 ítems).")
    again = office("instruments", "import", str(path), "--json")
    assert json.loads(again.out) == {"code": "rubricas_aula", "version": 2,
                                     "title": "Rúbricas de observación de aula 2025",
                                     "items": 12, "added": False}
    assert "rubricas_aula  v2  Rúbricas de observación de aula 2025  (cargado " in office(
        "instruments", "list").out


def test_a_changed_published_version_is_refused(office: Cli, tmp_path: Path) -> None:
    office("instruments", "import", str(rubrics_v2(tmp_path)))
    changed = json.loads((tmp_path / "rubricas_aula-v2.json").read_text(encoding="utf-8"))
    changed["title"] = "Otra"
    (tmp_path / "otra.json").write_text(json.dumps(changed), encoding="utf-8")
    result = office("--lang", "en", "instruments", "import", str(tmp_path / "otra.json"))
    assert result.code == 1
    assert "version 2 is already loaded with other content" in result.err
    assert '"version": 3' in result.err


def test_an_invalid_instrument_names_the_place(office: Cli, tmp_path: Path) -> None:
    document = shipped_instruments()["ficha_grd-v1.json"]
    document["sections"][1]["items"][0]["options"][1]["code"] = "no_tiene"
    path = tmp_path / "ficha_grd-v2.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = office("instruments", "import", str(path))
    assert result.code == 1
    assert result.err.strip() == (
        "El instrumento ficha_grd-v2.json no es válido: opción repetida «no_tiene» "
        "(en sections[1].items[0].options[1].code). No se cargó nada.")


def test_a_laptop_cannot_import(enrolled: Cli, tmp_path: Path) -> None:
    result = enrolled("instruments", "import", str(rubrics_v2(tmp_path)))
    assert result.code == 1
    assert "especialista no puede instruments import" in result.err
    result = enrolled("catalogues", "import", str(rubrics_v2(tmp_path)))
    assert "especialista no puede catalogues import" in result.err


def test_catalogues_list_and_import(office: Cli, tmp_path: Path) -> None:
    hazards = office("catalogues", "list", "hazards")
    assert hazards.out.splitlines()[:2] == ["hazards", "  sismo  Sismo"]
    english = office("--lang", "en", "catalogues", "list", "hazards")
    assert "  sismo  Earthquake" in english.out
    drills = office("catalogues", "list", "national_drills")
    assert drills.out.splitlines()[1] == (
        "  2023-05-31 manana 10:00  multipeligro  Primer Simulacro Nacional Escolar 2023")

    extension = {"format": "monitor-catalogues", "version": 1, "catalogues": {"device_types": [
        {"code": "detector_humo", "es": "Detector de humo", "en": "Smoke detector"}]}}
    path = tmp_path / "catalogos.json"
    path.write_text(json.dumps(extension), encoding="utf-8")
    imported = office("catalogues", "import", str(path))
    assert imported.code == 0, imported.err
    assert imported.out.startswith("Catálogos: 1 códigos nuevos, 0 actualizados, 0 sin cambios;")
    listed = json.loads(office("catalogues", "list", "device_types", "--json").out)
    assert listed["national_drills"] == []
    assert {"catalogue": "device_types", "code": "detector_humo", "label_es": "Detector de humo",
            "label_en": "Smoke detector", "position": 0, "active": True} in listed["catalogues"]


def test_an_unknown_catalogue_is_one_line(enrolled: Cli) -> None:
    result = enrolled("catalogues", "list", "colores")
    assert result.code == 1
    assert result.err.startswith("Valor no válido para «catalogue»: «colores». Se espera: ")
