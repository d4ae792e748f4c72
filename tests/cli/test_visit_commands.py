"""monitor-app visits: the window's visit form, scriptable — drafts, sections, closing."""

from __future__ import annotations

import json

from monitor_app.services.context import open_initialised
from tests.cli.conftest import Cli
from tests.conftest import SCHOOL_A, add_schools

RUBRIC = ("--instrument", "rubricas_aula")
SESION = {"grado_seccion": "3.º B", "area": "matematica", "estudiantes_presentes": "24",
          "duracion_minutos": "90"}


def _visit(cli: Cli) -> str:
    ctx = open_initialised(cli.db)
    add_schools(ctx, SCHOOL_A)
    ctx.close()
    put = cli("records", "put", "visits", "--json", stdin=json.dumps(
        {"cod_mod": "0335273", "date": "2024-09-10", "type": "monitoreo", "status": "en_curso"}))
    [visit] = json.loads(put.out)["created"]
    return visit


def _changes(cli: Cli) -> int:
    return len(json.loads(cli("records", "list", "answers", "--json").out))


def test_a_visit_is_drafted_saved_by_section_and_closed(enrolled: Cli) -> None:
    visit = _visit(enrolled)
    for item, value in SESION.items():
        assert enrolled("visits", "draft", visit, *RUBRIC, "--item", item, "--value",
                        value).code == 0
    listed = json.loads(enrolled("visits", "drafts", "--json").out)
    assert listed == [{"visit_id": visit, "fields": 4, "saved_at": listed[0]["saved_at"]}]
    assert _changes(enrolled) == 0  # drafts are not records
    saved = enrolled("visits", "save-section", visit, *RUBRIC, "--section", "sesion")
    assert saved.code == 0 and "4" in saved.out
    assert _changes(enrolled) == 4
    closing = enrolled("visits", "close", visit, *RUBRIC)
    assert closing.code == 1
    assert "d3: sin respuesta" in closing.out and "Desempeños observados" in closing.out
    for item in ("d1", "d2", "d3", "d4", "d5"):
        enrolled("visits", "draft", visit, *RUBRIC, "--item", item, "--value", "3")
        enrolled("visits", "draft", visit, *RUBRIC, "--item", item, "--part", "evidence_text",
                 "--value", "Lo observado")
    for item in ("fortalezas", "aspectos_mejora"):
        enrolled("visits", "draft", visit, *RUBRIC, "--item", item, "--value", "Texto")
    enrolled("visits", "draft", visit, "--visit-field", "notes", "--value", "Sin novedad")
    closed = enrolled("visits", "close", visit, *RUBRIC, "--json")
    assert closed.code == 0 and json.loads(closed.out) == {"closed": True, "gaps": [],
                                                            "problems": []}
    [row] = [v for v in json.loads(enrolled("records", "list", "visits", "--json").out)]
    assert (row["status"], row["notes"]) == ("cerrada", "Sin novedad")
    assert "No hay visitas" in enrolled("visits", "drafts").out


def test_a_wrong_value_is_named_and_nothing_is_saved(enrolled: Cli) -> None:
    visit = _visit(enrolled)
    enrolled("visits", "draft", visit, *RUBRIC, "--item", "d1", "--value", "7")
    refused = enrolled("--lang", "en", "visits", "save-section", visit, *RUBRIC, "--section",
                       "desempenos")
    assert refused.code == 1
    assert "d1.value: Invalid answer for item 'd1': '7'. Expected: 1, 2, 3, 4." in refused.out
    assert _changes(enrolled) == 0
    assert enrolled("visits", "discard-draft", visit).code == 0
    assert json.loads(enrolled("visits", "drafts", "--json").out) == []


def test_bad_input_gets_a_sentence(enrolled: Cli) -> None:
    visit = _visit(enrolled)
    no_instrument = enrolled("visits", "draft", visit, "--item", "d1", "--value", "3")
    assert no_instrument.code == 2 and "--instrument" in no_instrument.out
    unknown = enrolled("visits", "draft", "nope", "--visit-field", "notes", "--value", "x")
    assert unknown.code == 1 and "nope" in unknown.err and "Traceback" not in unknown.err
    field = enrolled("visits", "draft", visit, "--visit-field", "cod_mod", "--value", "x")
    assert field.code == 1 and "cod_mod" in field.err
