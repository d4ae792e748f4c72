"""Instruments as data: the shipped ones parse, malformed ones are refused naming the place,
and answers are checked against each response type's scale."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.instrument import (
    Instrument,
    check_answer,
    definition_sha256,
    definition_text,
    missing_required,
    parse_instrument,
)
from monitor_app.storage.reference_defaults import instrument_schema, shipped_instruments

SCHEMA = instrument_schema()
PHOTO = "a" * 64


def _levels(*labels: str) -> list[dict[str, Any]]:
    return [{"value": i + 1, "label": label, "descriptor": f"descriptor {i + 1}"}
            for i, label in enumerate(labels)]


def small_document() -> dict[str, Any]:
    """One item of each response type, in two sections."""
    return {
        "format": "monitor-instrument", "code": "prueba", "version": 1, "title": "Ficha de prueba",
        "applies_to": "visit",
        "sections": [
            {"code": "a", "title": "A", "items": [
                {"code": "sn", "text": "¿Sí o no?", "response": "yes_no", "required": True},
                {"code": "una", "text": "Una opción", "response": "single_choice",
                 "options": [{"code": "x", "label": "X"}, {"code": "y", "label": "Y"}]},
                {"code": "num", "text": "Número", "response": "number", "minimum": 0, "maximum": 10},
                {"code": "sinlimite", "text": "Número libre", "response": "number"},
                {"code": "varias", "text": "Varias", "response": "multiple_choice",
                 "options": [{"code": "p", "label": "P"}, {"code": "q", "label": "Q"},
                             {"code": "r", "label": "R"}]},
            ]},
            {"code": "b", "title": "B", "items": [
                {"code": "nivel", "text": "Nivel", "response": "level", "required": True,
                 "evidence_required": True, "levels": _levels("I", "II", "III", "IV")},
                {"code": "sna", "text": "¿Sí, no o no aplica?", "response": "yes_no_na"},
                {"code": "texto", "text": "Texto", "response": "text"},
                {"code": "fecha", "text": "Fecha", "response": "date"},
                {"code": "foto", "text": "Foto", "response": "photo"},
            ]},
        ],
    }


@pytest.fixture(scope="module")
def small() -> Instrument:
    return parse_instrument(small_document(), "prueba-v1.json", SCHEMA)


def test_every_shipped_instrument_parses() -> None:
    shipped = shipped_instruments()
    parsed = {name: parse_instrument(document, name, SCHEMA) for name, document in shipped.items()}
    assert {(p.code, p.applies_to) for p in parsed.values()} == {
        ("rubricas_aula", "visit"), ("ficha_grd", "grd"), ("ficha_biblioteca", "library"),
        ("ficha_simulacro", "drill")}
    for name, instrument in parsed.items():
        assert name == f"{instrument.code}-v{instrument.version}.json"


def test_the_rubrics_score_five_desempenos_at_levels_i_to_iv_with_written_evidence() -> None:
    rubrics = parse_instrument(shipped_instruments()["rubricas_aula-v1.json"], "r", SCHEMA)
    scored = [item for item in rubrics.items() if item.response == "level"]
    assert [item.code for item in scored] == ["d1", "d2", "d3", "d4", "d5"]
    assert "Involucra activamente" in scored[0].text
    assert "Regula positivamente" in scored[4].text
    for item in scored:
        assert [level.label for level in item.levels] == ["I", "II", "III", "IV"]
        assert item.required and item.evidence_required and item.means_of_verification


def test_the_drill_sheet_scores_from_en_inicio_to_logro_destacado() -> None:
    sheet = parse_instrument(shipped_instruments()["ficha_simulacro-v1.json"], "s", SCHEMA)
    labels = {tuple(level.label for level in item.levels) for item in sheet.items() if item.levels}
    assert labels == {("En inicio", "En proceso", "Logro previsto", "Logro destacado")}


def test_the_same_content_gives_the_same_text_and_hash_however_it_is_indented() -> None:
    document = small_document()
    reindented = json.loads(json.dumps(document, indent=4))
    assert definition_text(reindented) == definition_text(document)
    changed = copy.deepcopy(document)
    changed["title"] = "Otra"
    assert definition_sha256(definition_text(changed)) != definition_sha256(definition_text(document))


def _break(change: Any) -> dict[str, Any]:
    document = small_document()
    change(document)
    return document


def _item(document: dict[str, Any], section: int, item: int) -> dict[str, Any]:
    return document["sections"][section]["items"][item]


MALFORMED = [
    ("not an instrument", lambda d: d.update(format="monitor-catalogues"), "format",
     "monitor-instrument"),
    ("version as text", lambda d: d.update(version="1"), "version", "entero"),
    ("unknown field", lambda d: d["sections"][0].update(colour="rojo"), "sections[0]",
     "campo desconocido «colour»"),
    ("no sections", lambda d: d.update(sections=[]), "sections", "al menos 1"),
    ("unknown response", lambda d: _item(d, 1, 2).update(response="escala"),
     "sections[1].items[2].response", "«escala» no es válido"),
    ("level without levels", lambda d: _item(d, 1, 0).pop("levels"), "sections[1].items[0]",
     "falta «levels»"),
    ("three levels", lambda d: _item(d, 1, 0)["levels"].pop(), "sections[1].items[0].levels",
     "al menos 4"),
    ("level values repeated", lambda d: _item(d, 1, 0)["levels"][2].update(value=2),
     "sections[1].items[0].levels", "1, 2, 3 y 4"),
    ("level value 5", lambda d: _item(d, 1, 0)["levels"][3].update(value=5),
     "sections[1].items[0].levels[3].value", "≤ 4"),
    ("options on a yes/no item", lambda d: _item(d, 0, 0).update(options=_item(d, 0, 1)["options"]),
     "sections[0].items[0].response", "«options» no corresponde"),
    ("bounds on a text item", lambda d: _item(d, 1, 2).update(maximum=3),
     "sections[1].items[2].response", "«maximum» no corresponde"),
    ("repeated item code", lambda d: _item(d, 1, 3).update(code="sn"), "sections[1].items[3].code",
     "ítem repetido «sn»"),
    ("repeated option", lambda d: _item(d, 0, 4)["options"][2].update(code="p"),
     "sections[0].items[4].options[2].code", "opción repetida «p»"),
    ("minimum above maximum", lambda d: _item(d, 0, 2).update(minimum=11),
     "sections[0].items[2].minimum", "mayor que el máximo"),
    ("repeated section", lambda d: d["sections"][1].update(code="a"), "sections[1].code",
     "sección repetida"),
    ("bad item code", lambda d: _item(d, 0, 0).update(code="con espacio"),
     "sections[0].items[0].code", "no es un código válido"),
    ("empty text", lambda d: _item(d, 0, 0).update(text=""), "sections[0].items[0].text",
     "vacío"),
]


@pytest.mark.parametrize(("change", "where", "problem"), [m[1:] for m in MALFORMED],
                         ids=[m[0] for m in MALFORMED])
def test_a_malformed_instrument_is_refused_naming_the_place(change: Any, where: str,
                                                             problem: str) -> None:
    with pytest.raises(MonitorError) as refusal:
        parse_instrument(_break(change), "prueba-v1.json", SCHEMA)
    assert refusal.value.code is ErrorCode.INSTRUMENT_INVALID
    assert refusal.value.params["file"] == "prueba-v1.json"
    assert refusal.value.params["where"] == where
    assert problem in refusal.value.params["problem"]


def test_a_document_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(MonitorError) as refusal:
        parse_instrument([], "x.json", SCHEMA)
    assert refusal.value.params["where"] == "documento"


FITS = [
    ("sn", ["si", "no"], ["sí", "na", True, 1], "si, no"),
    ("sna", ["si", "no", "na"], ["n/a", "", ["si"]], "si, no, na"),
    ("nivel", [1, 2, 3, 4], [0, 5, "3", 2.0, True], "1, 2, 3, 4"),
    ("num", [0, 10, 5.5], [-1, 10.01, "5", False, float("nan")], "número de 0 a 10"),
    ("sinlimite", [-1e9, 0, 3.25], ["uno", float("inf")], "número"),
    ("texto", ["", "bien"], [1, ["a"]], "texto"),
    ("fecha", ["2024-05-02"], ["2024-5-2", "02/05/2024", "2024-02-30", 20240502], "AAAA-MM-DD"),
    ("foto", [PHOTO], ["A" * 64, "a" * 63, 12], "SHA-256"),
    ("una", ["x", "y"], ["z", ["x"], "X"], "x, y"),
    ("varias", [[], ["p"], ["r", "p"]], ["p", ["p", "p"], ["s"], [1]], "p, q, r"),
]


@pytest.mark.parametrize(("item", "good", "bad", "allowed"), FITS, ids=[f[0] for f in FITS])
def test_answers_inside_the_scale_fit_and_outside_are_refused(
        small: Instrument, item: str, good: list[Any], bad: list[Any], allowed: str) -> None:
    for value in good:
        check_answer(small, item, value)
    for value in bad:
        with pytest.raises(MonitorError) as refusal:
            check_answer(small, item, value)
        assert refusal.value.code is ErrorCode.ANSWER_OUT_OF_SCALE
        assert refusal.value.params["item"] == item
        assert allowed in refusal.value.params["allowed"]


def test_no_answer_always_fits_and_an_unknown_item_is_refused(small: Instrument) -> None:
    for item in small.items():
        check_answer(small, item.code, None)
    with pytest.raises(MonitorError) as refusal:
        check_answer(small, "d9", 1)
    assert refusal.value.code is ErrorCode.ITEM_NOT_FOUND
    assert refusal.value.params == {"item": "d9", "instrument": "prueba", "version": 1}


@given(st.integers(min_value=-10, max_value=10))
def test_a_level_fits_exactly_when_it_is_1_to_4(value: int) -> None:
    instrument = parse_instrument(small_document(), "p", SCHEMA)
    try:
        check_answer(instrument, "nivel", value)
    except MonitorError:
        assert value not in (1, 2, 3, 4)
    else:
        assert value in (1, 2, 3, 4)


@given(low=st.integers(-100, 100), span=st.integers(0, 100),
       value=st.floats(-300, 300, allow_nan=False) | st.integers(-300, 300))
def test_a_number_fits_exactly_within_its_bounds(low: int, span: int, value: float) -> None:
    document = small_document()
    _item(document, 0, 2).update(minimum=low, maximum=low + span)
    instrument = parse_instrument(document, "p", SCHEMA)
    inside = low <= value <= low + span
    try:
        check_answer(instrument, "num", value)
    except MonitorError as refusal:
        assert not inside and refusal.code is ErrorCode.ANSWER_OUT_OF_SCALE
    else:
        assert inside


def test_missing_required_lists_unanswered_required_items_in_order(small: Instrument) -> None:
    assert missing_required(small, []) == ["sn", "nivel"]
    assert missing_required(small, {"nivel", "texto"}) == ["sn"]
    assert missing_required(small, ["sn", "nivel"]) == []
