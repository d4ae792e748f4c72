"""A whole visit in the window, through real widgets: start it at a school, fill a required
item and attach a photo, try to close (what is missing is listed), add a commitment, close it;
and a crash mid-visit keeps what was typed."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from monitor_app.services.context import open_context
from monitor_app.services.visit_form import answer_field
from monitor_app.ui.pages.school import VISITS
from monitor_app.ui.pages.visit import VisitPage
from monitor_app.ui.shell import VISIT, MainWindow
from monitor_app.ui.widgets.photo_strip import PhotoStrip

RUBRIC = ("rubricas_aula", 1)
SCHOOL = ("0999001", "0")  # SAN JUAN BAUTISTA in tests/ui/conftest.py


def _field(item: str, part: str = "value") -> str:
    return answer_field(*RUBRIC, item, part)


def _start_visit(qtbot: QtBot, window: MainWindow) -> VisitPage:
    window.open_school(*SCHOOL)
    school = window.school_page
    assert school is not None
    school.tabs.setCurrentIndex(VISITS)
    qtbot.mouseClick(school.new_visit_button, Qt.MouseButton.LeftButton)
    dialog = window.new_visit_dialog
    dialog.date.setText("10/09/2024")
    dialog.visit_type.setCurrentIndex(dialog.visit_type.findData("monitoreo"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.visit_page
                    and window.visit_page.form is not None, timeout=10_000)
    page = window.visit_page
    assert page is not None and page.form is not None
    first = page.form.editor(_field("grado_seccion"))
    qtbot.waitUntil(lambda: window.focusWidget() is first, timeout=5_000)  # keyboard in the form
    return page


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)


def _choose(page: VisitPage, item: str, index: int) -> None:
    assert page.form is not None
    page.form.editor(_field(item)).findChildren(QRadioButton)[index].click()


def _type(qtbot: QtBot, page: VisitPage, field: str, text: str) -> None:
    assert page.form is not None
    editor = page.form.editor(field)
    assert isinstance(editor, QLineEdit | QPlainTextEdit)
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def _photo(folder: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), (40, 90, 160)).save(buffer, "JPEG")
    path = folder / "aula.jpg"
    path.write_bytes(buffer.getvalue())
    return path


def test_a_visit_is_filled_closed_when_complete_and_listed(
        qtbot: QtBot, make_window, enrolled_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(enrolled_db)
    page = _start_visit(qtbot, window)
    assert "Visita del 10/09/2024" in page.subtitle.text()
    _type(qtbot, page, _field("grado_seccion"), "3 B")
    _choose(page, "d1", 2)
    _type(qtbot, page, _field("d1", "evidence_text"), "Preguntas abiertas")
    page.photos.add_files([_photo(tmp_path)])
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: len(page.photos.tile_texts()) == 1, timeout=10_000)
    item_photos = page.form.findChild(PhotoStrip, "photos-foto_sesion")
    item_photos.add_files([_photo(tmp_path)])  # the item answered with a photo
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: len(item_photos.tile_texts()) == 1, timeout=10_000)

    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    listed = [page.gaps.item(row).text() for row in range(page.gaps.count())]
    assert page.gaps.isVisible() and any("sin respuesta" in text for text in listed)
    assert not any("Grado y sección" in text for text in listed)  # typed, so saved

    _type(qtbot, page, _field("estudiantes_presentes"), "veinte")
    qtbot.mouseClick(page.form.save_buttons["sesion"], Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert "veinte" in page.form.problem_text(_field("estudiantes_presentes"))

    page.form.editor(_field("estudiantes_presentes")).clear()
    _type(qtbot, page, _field("estudiantes_presentes"), "24")
    _type(qtbot, page, _field("duracion_minutos"), "90")
    _choose(page, "area", 1)
    for item in ("d2", "d3", "d4", "d5"):
        _choose(page, item, 3)
        _type(qtbot, page, _field(item, "evidence_text"), "Lo observado")
    _type(qtbot, page, _field("fortalezas"), "Buen clima")
    _type(qtbot, page, _field("aspectos_mejora"), "Cierre de la sesion")
    page.commitments.description.setText("Actualizar el plan lector")
    page.commitments.due.setText("30/10/2024")
    qtbot.mouseClick(page.commitments.add_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: "plan lector" in page.commitments.agreed.text(), timeout=10_000)

    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert "Cerrada" in page.subtitle.text(), [page.gaps.item(r).text()
                                               for r in range(page.gaps.count())]
    ctx = open_context(enrolled_db)
    try:
        row = ctx.store.conn.execute(
            "SELECT status, (SELECT count(*) FROM answers a WHERE a.visit_id = v.id), "
            "(SELECT count(*) FROM evidence e WHERE e.visit_id = v.id OR e.answer_id IN "
            "  (SELECT id FROM answers WHERE visit_id = v.id)), "
            "(SELECT count(*) FROM commitments c WHERE c.visit_id = v.id) FROM visits v"
        ).fetchone()
        drafts = ctx.store.conn.execute("SELECT count(*) FROM visit_drafts").fetchone()[0]
    finally:
        ctx.close()
    assert row == ("cerrada", 12, 2, 1) and drafts == 0
    window.school_page.tabs.setCurrentIndex(VISITS)
    assert window.school_page.visit_model.rowCount() == 1


def test_a_crash_mid_visit_keeps_what_was_typed(
        qtbot: QtBot, make_window, enrolled_db: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(enrolled_db)
    page = _start_visit(qtbot, window)
    visit_id = page.heading.visit_id  # type: ignore[union-attr]
    _type(qtbot, page, _field("grado_seccion"), "4 A")
    _choose(page, "d2", 1)
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Llegamos a las 8")
    # The power goes: no closeEvent, nothing saved on purpose; only the timer's saves count.
    qtbot.waitUntil(lambda: not page._pending, timeout=5_000)  # the timer kept the draft
    _settle(qtbot, window)
    window.runner.shutdown()

    reopened = make_window(enrolled_db)
    qtbot.waitUntil(reopened.unfinished_banner.isVisible, timeout=5_000)
    assert "sin terminar" in reopened.unfinished_banner.text.text()
    qtbot.mouseClick(reopened.unfinished_banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reopened.pages.currentWidget() is reopened.visit_page
                    and reopened.visit_page.form is not None, timeout=10_000)
    assert not reopened.unfinished_banner.isVisible()
    again = reopened.visit_page
    assert again is not None and again.form is not None
    assert again.form.value(_field("grado_seccion")) == "4 A"
    assert again.form.value(_field("d2")) == 2
    assert again.notes.toPlainText() == "Llegamos a las 8"


def test_a_right_click_on_a_school_opens_it_or_starts_a_visit(
        qtbot: QtBot, make_window, enrolled_db: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(enrolled_db)
    page = window.my_schools
    row = next(r for r in range(page.proxy.rowCount())
               if page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row())
               .school.cod_mod == SCHOOL[0])
    menu = page.row_menu(page.proxy.index(row, 0))
    assert menu is not None
    opened, visit = menu.actions()
    assert opened.text().replace("&", "") == "Abrir la ficha de la IE"
    visit.trigger()
    assert window.pages.currentWidget() is window.school_page
    assert window.new_visit_dialog is not None and window.new_visit_dialog.isVisible()
    assert page.row_menu(page.proxy.index(-1, 0)) is None  # right-click below the rows
