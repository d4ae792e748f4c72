"""A visit closes only with its instruments complete: required answers and their evidence."""

from __future__ import annotations

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.records import put_record, put_records
from tests.conftest import SCHOOL_A

RUBRIC_TEXTS = {"grado_seccion": "3.º B", "fortalezas": "Buen clima", "aspectos_mejora": "Cierre"}
RUBRIC_NUMBERS = {"estudiantes_presentes": 24, "duracion_minutos": 90}


def _visit(ctx: AppContext) -> str:
    return put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-09-10",
                                      "type": "monitoreo", "status": "en_curso"})


def _answer(ctx: AppContext, visit: str, item: str, value: object, evidence: str = "") -> None:
    put_record(ctx, "answers", {"visit_id": visit, "instrument": "rubricas_aula", "version": 1,
                                "item": item, "value": value, "evidence_text": evidence})


def _close(ctx: AppContext, visit: str) -> None:
    put_records(ctx, "visits", [(1, {"id": visit, "status": "cerrada"})])


def _answer_all_but(ctx: AppContext, visit: str, *, skip: str = "", no_evidence: str = "") -> None:
    for item, value in {**RUBRIC_TEXTS, **RUBRIC_NUMBERS, "area": "matematica"}.items():
        if item != skip:
            _answer(ctx, visit, item, value)
    for item in ("d1", "d2", "d3", "d4", "d5"):
        if item != skip:
            _answer(ctx, visit, item, 3, "" if item == no_evidence else "Lo observado")


def test_a_visit_with_a_required_item_unanswered_cannot_close(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _answer_all_but(ctx, visit, skip="d3")
    with pytest.raises(MonitorError) as refused:
        _close(ctx, visit)
    assert refused.value.code is ErrorCode.VISIT_INCOMPLETE
    assert refused.value.params["missing"] == "d3"


def test_a_performance_without_written_evidence_cannot_close(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _answer_all_but(ctx, visit, no_evidence="d5")
    with pytest.raises(MonitorError) as refused:
        _close(ctx, visit)
    assert refused.value.params["without_evidence"] == "d5"


def test_a_complete_visit_closes(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _answer_all_but(ctx, visit)
    _close(ctx, visit)
    status = ctx.store.conn.execute("SELECT status FROM visits WHERE id = ?", [visit]).fetchone()
    assert status == ("cerrada",)


def test_a_visit_without_instruments_closes(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _close(ctx, visit)
    assert ctx.store.conn.execute("SELECT count(*) FROM visits WHERE status = 'cerrada'"
                                  ).fetchone() == (1,)
