"""The acta de visita as a PDF from Qt's own writer: A4, its text read back from the file."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.acta import visit_acta
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import attach_photo
from monitor_app.services.records import put_record
from monitor_app.ui.printing import print_acta
from monitor_app.ui.translations import install_translations, remove_translations
from tests.conftest import SCHOOL_A

A4_POINTS = (595, 842)


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 120, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


def _visit_with_everything(ctx: AppContext) -> str:
    visit = put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-09-10",
                                       "type": "monitoreo", "status": "cerrada",
                                       "specialist": "Ana Quispe", "notes": "Sesión de lectura"})
    answer = put_record(ctx, "answers", {"visit_id": visit, "instrument": "rubricas_aula",
                                         "version": 1, "item": "d1", "value": 3,
                                         "evidence_text": "Formula preguntas abiertas"})
    attach_photo(ctx, _jpeg(), answer_id=answer, caption="Trabajo en grupos")
    attach_photo(ctx, _jpeg(), visit_id=visit, caption="Fachada del local")
    put_record(ctx, "commitments", {"visit_id": visit, "description": "Actualizar el plan lector",
                                    "responsible": "Directora", "due_date": "2024-10-30"})
    return visit


def _text(pdf: Path) -> str:
    reader = pypdf.PdfReader(pdf)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_acta_pdf_is_a4_and_holds_the_whole_visit(ctx: AppContext, tmp_path: Path,
                                                      qapp: object) -> None:
    acta = visit_acta(ctx, _visit_with_everything(ctx))
    pdf = print_acta(acta, tmp_path / "acta.pdf")
    reader = pypdf.PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    text = _text(pdf)
    for expected in ("Acta de visita", SCHOOL_A.cen_edu, SCHOOL_A.cod_mod, "10/09/2024",
                     "Sesión de lectura", "Rúbricas de observación de aula",
                     "Desempeño 1", "III", "Formula preguntas abiertas", "Trabajo en grupos",
                     "Fachada del local", "Actualizar el plan lector", "30/10/2024",
                     "Especialista que realizó la visita", "Director(a) de la IE"):
        assert expected in text, expected
    assert any(page.images for page in reader.pages)  # the thumbnails are in the file


def test_an_acta_to_a_missing_folder_is_refused_and_writes_nothing(
        ctx: AppContext, tmp_path: Path, qapp: object) -> None:
    acta = visit_acta(ctx, _visit_with_everything(ctx))
    with pytest.raises(MonitorError) as refused:
        print_acta(acta, tmp_path / "no-such-folder" / "acta.pdf")
    assert refused.value.code is ErrorCode.REPORT_FOLDER_NOT_FOUND
    assert list(tmp_path.glob("**/*.pdf")) == []


def test_the_acta_pdf_speaks_english(ctx: AppContext, tmp_path: Path, qapp: QApplication) -> None:
    acta = visit_acta(ctx, _visit_with_everything(ctx), "en")
    translators = install_translations(qapp, "en")
    try:
        text = _text(print_acta(acta, tmp_path / "acta.pdf"))
    finally:
        remove_translations(qapp, translators)
    for expected in ("Visit report", "Commitments agreed", "Specialist who made the visit",
                     "Name and position:"):
        assert expected in text, expected
    assert "Compromisos acordados" not in text
