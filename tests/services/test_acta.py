"""The acta of a visit: school, answers by section in the instrument's order, photos,
commitments agreed and followed up, signature lines."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.acta import visit_acta
from monitor_app.services.commitments import verify_commitment
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import attach_photo
from monitor_app.services.records import delete_record, put_record
from tests.conftest import SCHOOL_A


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 120, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


def _visit(ctx: AppContext, date: str) -> str:
    return put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": date,
                                      "type": "monitoreo", "status": "cerrada",
                                      "specialist": "Ana Quispe"})


def _answer(ctx: AppContext, visit: str, item: str, value: object, **extra: str) -> str:
    return put_record(ctx, "answers", {"visit_id": visit, "instrument": "rubricas_aula",
                                       "version": 1, "item": item, "value": value, **extra})


def test_an_acta_holds_the_visit_its_answers_photos_and_commitments(ctx: AppContext) -> None:
    earlier = _visit(ctx, "2024-05-02")
    old = put_record(ctx, "commitments", {"visit_id": earlier, "description": "Ordenar la biblioteca",
                                          "due_date": "2024-08-30"})
    visit = _visit(ctx, "2024-09-10")
    answer = _answer(ctx, visit, "d1", 3, evidence_text="Formula preguntas abiertas")
    _answer(ctx, visit, "area", "matematica")
    attach_photo(ctx, _jpeg(), answer_id=answer, caption="Trabajo en grupos")
    attach_photo(ctx, _jpeg()[:-2] + b"\xff\xd9", visit_id=visit, caption="Fachada")
    put_record(ctx, "commitments", {"visit_id": visit, "description": "Plan lector",
                                    "responsible": "Directora", "due_date": "2024-10-30"})
    verify_commitment(ctx, old, visit_id=visit, status="cumplido", note="Catálogo al día")

    acta = visit_acta(ctx, visit)

    assert (acta.school.cod_mod, acta.school.name) == (SCHOOL_A.cod_mod, SCHOOL_A.cen_edu)
    assert (acta.visit["date"], acta.visit["type"]) == ("2024-09-10", "Monitoreo")
    [page] = acta.instruments
    assert (page.code, page.version) == ("rubricas_aula", 1)
    sections = {s.title: s for s in page.sections}
    performances = next(s for s in page.sections if any(a.item_code == "d1" for a in s.answers))
    d1 = next(a for a in performances.answers if a.item_code == "d1")
    assert d1.answer == "III" and d1.evidence_text == "Formula preguntas abiertas"
    assert [p.caption for p in d1.photos] == ["Trabajo en grupos"]
    assert d1.photos[0].thumbnail_jpeg and d1.photos[0].thumbnail_jpeg[:2] == b"\xff\xd8"
    d2 = next(a for a in performances.answers if a.item_code == "d2")
    assert d2.answer == "Sin respuesta" and "d2" in page.missing_required
    assert "area" not in page.missing_required and len(sections) == len(page.sections)
    assert [p.caption for p in acta.photos] == ["Fachada"]
    assert [c.description for c in acta.commitments_agreed] == ["Plan lector"]
    assert [(c.description, c.status) for c in acta.commitments_followed_up] == [
        ("Ordenar la biblioteca", "cumplido")]
    assert len(acta.signature_lines) == 2


def test_the_acta_speaks_english_when_asked(ctx: AppContext) -> None:
    visit = _visit(ctx, "2024-09-10")
    _answer(ctx, visit, "d1", None)
    acta = visit_acta(ctx, visit, "en")
    assert acta.visit["type"] == "Monitoring"
    assert acta.instruments[0].sections[1].answers[0].answer == "No answer"


def test_a_deleted_or_unknown_visit_has_no_acta(ctx: AppContext) -> None:
    visit = _visit(ctx, "2024-09-10")
    delete_record(ctx, "visits", visit)
    for missing in (visit, "no-such-visit"):
        with pytest.raises(MonitorError) as refused:
            visit_acta(ctx, missing)
        assert refused.value.code is ErrorCode.RECORD_NOT_FOUND
