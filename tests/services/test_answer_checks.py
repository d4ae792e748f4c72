"""Answers put through the records service are checked against their instrument version."""

from __future__ import annotations

from typing import Any

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.instrument import definition_sha256, definition_text
from monitor_app.services.context import AppContext
from monitor_app.services.records import delete_record, put_record, put_records
from monitor_app.storage.instruments import save_instrument
from monitor_app.storage.reference_defaults import shipped_instruments

PHOTO = "0" * 64


@pytest.fixture
def visit(ctx: AppContext) -> str:
    return put_record(ctx, "visits", {"cod_mod": "0335273", "date": "2024-05-02",
                                      "type": "monitoreo"})


def answer(visit: str, item: str, value: Any, instrument: str = "rubricas_aula",
           version: int = 1) -> dict[str, Any]:
    return {"visit_id": visit, "instrument": instrument, "version": version, "item": item,
            "value": value}


def answers_and_changes(ctx: AppContext) -> tuple[int, int]:
    conn = ctx.store.conn
    return (conn.execute("SELECT count(*) FROM answers").fetchone()[0],
            conn.execute("SELECT count(*) FROM changes").fetchone()[0])


def test_answers_on_the_scale_are_written(ctx: AppContext, visit: str) -> None:
    report = put_records(ctx, "answers", enumerate([
        answer(visit, "d1", 3),
        {**answer(visit, "d2", 4), "evidence_text": "Pregunta «¿por qué crees que…?»"},
        answer(visit, "area", "matematica"),
        answer(visit, "estudiantes_presentes", 28),
        answer(visit, "foto_sesion", PHOTO),
        answer(visit, "protocolos", ["primeros_auxilios", "contra_incendios"], "ficha_grd"),
        answer(visit, "ultimo_simulacro", "2024-04-30", "ficha_grd"),
        answer(visit, "d3", None),
    ], start=1))
    assert len(report.created) == 8


def test_an_answer_outside_the_scale_is_refused_and_nothing_is_written(
        ctx: AppContext, visit: str) -> None:
    before = answers_and_changes(ctx)
    with pytest.raises(MonitorError) as refusal:
        put_records(ctx, "answers", [(1, answer(visit, "d1", 3)), (2, answer(visit, "d2", 5))])
    assert refusal.value.code is ErrorCode.ANSWER_OUT_OF_SCALE
    assert refusal.value.line == 2
    assert (refusal.value.params["item"], refusal.value.params["allowed"]) == ("d2", "1, 2, 3, 4")
    assert answers_and_changes(ctx) == before


@pytest.mark.parametrize(("incoming", "code"), [
    (answer("V", "d1", 2, version=9), ErrorCode.INSTRUMENT_NOT_FOUND),
    (answer("V", "d1", 2, instrument="ficha_inventada"), ErrorCode.INSTRUMENT_NOT_FOUND),
    (answer("V", "d9", 2), ErrorCode.ITEM_NOT_FOUND),
    (answer("V", "area", "musica"), ErrorCode.ANSWER_OUT_OF_SCALE),
    (answer("V", "estudiantes_presentes", 61), ErrorCode.ANSWER_OUT_OF_SCALE),
    (answer("V", "reportado", "tal vez", "ficha_simulacro"), ErrorCode.ANSWER_OUT_OF_SCALE),
])
def test_answers_the_instrument_does_not_allow_are_refused(
        ctx: AppContext, visit: str, incoming: dict[str, Any], code: ErrorCode) -> None:
    before = answers_and_changes(ctx)
    with pytest.raises(MonitorError) as refusal:
        put_record(ctx, "answers", {**incoming, "visit_id": visit})
    assert refusal.value.code is code
    assert answers_and_changes(ctx) == before


def test_changing_an_answer_is_checked_too_and_deleting_is_not(ctx: AppContext, visit: str) -> None:
    answer_id = put_record(ctx, "answers", answer(visit, "d1", 2))
    with pytest.raises(MonitorError) as refusal:
        put_record(ctx, "answers", {"id": answer_id, "value": "IV"})
    assert refusal.value.code is ErrorCode.ANSWER_OUT_OF_SCALE
    assert put_record(ctx, "answers", {"id": answer_id, "value": 4}) == answer_id
    delete_record(ctx, "answers", answer_id)
    row = ctx.store.conn.execute("SELECT value, _deleted FROM answers").fetchone()
    assert row == ("4", 1)


def test_an_answer_to_a_version_loaded_later_is_checked_against_that_version(
        ctx: AppContext, visit: str) -> None:
    document = shipped_instruments()["rubricas_aula-v1.json"]
    document["version"] = 2
    document["sections"][0]["items"][2]["maximum"] = 45
    text = definition_text(document)
    with ctx.transaction():
        save_instrument(ctx.store.conn, "rubricas_aula", 2, "r2", text, definition_sha256(text), "")
    put_record(ctx, "answers", answer(visit, "estudiantes_presentes", 50, version=1))
    with pytest.raises(MonitorError) as refusal:
        put_record(ctx, "answers", answer(visit, "estudiantes_presentes", 50, version=2))
    assert refusal.value.params["allowed"] == "número de 0 a 45"
