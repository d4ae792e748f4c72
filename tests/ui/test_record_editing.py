"""Editing a local's GRD and library records in the school page: the editor built from the
kind, refusals beside their field, writes on the runner, tables reloaded, filters, the scanner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from monitor_app.core.roles import Role
from monitor_app.services.context import open_context
from monitor_app.services.local_records import records_of_local, records_under
from monitor_app.services.records import list_records, put_record
from monitor_app.services.school_page import school_record
from monitor_app.services.setup import init_device
from monitor_app.ui.editing.record_editor import RecordEditor, next_number
from monitor_app.ui.models.records import RecordsModel
from monitor_app.ui.pages.school import GRD, LIBRARY
from monitor_app.ui.widgets.photo_strip import PhotoStrip
from tests.ui.conftest import SCHOOLS, UGEL, add_schools, count_rows

SCHOOL = SCHOOLS[0]
BRIGADES, DEVICES = 2, 4  # pages of the GRD tab
COPIES, LOANS = 1, 2  # pages of the library tab


def open_page(make_window, db: Path, tab: int, page: int):  # type: ignore[no-untyped-def]
    window = make_window(db)
    window.open_school(SCHOOL.cod_mod, SCHOOL.anexo)
    school_page = window.school_page
    school_page.tabs.setCurrentIndex(tab)
    (school_page.grd if tab == GRD else school_page.library).setCurrentIndex(page)
    return school_page


def write(db: Path, kind: str, values: dict[str, Any]) -> str:
    ctx = open_context(db)
    try:
        return put_record(ctx, kind, values)
    finally:
        ctx.close()


def choose(editor: RecordEditor, field: str, code: str) -> None:
    combo = editor.editors[field]
    combo.setCurrentIndex(combo.findData(code))


def save(qtbot, page, editor: RecordEditor, button=None) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.editing.changed, timeout=10_000):
        qtbot.mouseClick(button or editor.save_button, Qt.MouseButton.LeftButton)


def test_add_a_brigade_and_a_member_through_the_dialog(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    page = open_page(make_window, enrolled_db, GRD, BRIGADES)
    brigades = page.grd.brigades
    brigades.add_button.click()
    editor = page.editing.editor
    assert editor.isVisible() and editor.windowTitle() == "Agregar: Brigada"
    assert "codlocal" not in editor.editors  # fixed by the school, not shown
    choose(editor, "brigade_type", "primeros_auxilios")
    editor.editors["formed_on"].setText("01/03/2024")
    save(qtbot, page, editor)
    assert not editor.isVisible()
    assert brigades.model.rowCount() == 1
    members = page.grd.brigade_members
    assert not members.add_button.isEnabled()  # no brigade chosen yet
    brigades.select(0)
    members.add_button.click()
    editor = page.editing.editor
    editor.editors["name"].setText("Rosa P.")
    choose(editor, "member_type", "docente")
    choose(editor, "role", "lider")
    save(qtbot, page, editor)
    assert members.model.rowCount() == 1
    assert members.model.index(0, 1).data() == "Docente"
    assert brigades.selected().members == 1  # the brigade read again, still selected
    [brigade] = list_records(page._context(), "brigades")
    assert brigade["formed_on"] == "2024-03-01"


def test_a_refused_value_shows_beside_its_field_and_writes_nothing(  # type: ignore[no-untyped-def]
        qtbot, make_window, enrolled_db) -> None:
    page = open_page(make_window, enrolled_db, GRD, 3)
    page.grd.drills.add_button.click()
    editor = page.editing.editor
    editor.editors["date"].setText("31/02/2024")
    editor.save_button.click()  # cannot be read: said at once, nothing sent
    assert not editor.problems["date"].isHidden()
    assert "dd/mm/aaaa" in editor.problems["date"].text()
    editor.editors["date"].setText("01/01/2099")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "futura" in editor.problems["date"].text(), timeout=10_000)
    assert "«Fecha»" in editor.problems["date"].text() and "01/01/2099" in editor.problems["date"].text()
    assert not editor.problems["date"].isHidden() and editor.general.isHidden()
    assert editor.isVisible() and editor.buttons.isEnabled()
    assert count_rows(enrolled_db, "drills") == 0


def test_required_fields_are_marked_and_checked(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    write(enrolled_db, "brigades", {"codlocal": SCHOOL.codlocal,
                                    "brigade_type": "senalizacion_evacuacion"})
    page = open_page(make_window, enrolled_db, GRD, BRIGADES)
    page.grd.brigades.select(0)
    page.grd.brigade_members.add_button.click()
    editor = page.editing.editor
    labels = [label.text() for label in editor.findChildren(type(editor.general))]
    assert any(text.endswith(" *") and text.startswith("Nombre") for text in labels)
    editor.save_button.click()
    assert editor.problems["name"].text() == "Este dato es obligatorio."
    assert count_rows(enrolled_db, "brigade_members") == 0


def test_edit_a_device_expiry_and_see_it_highlighted(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    write(enrolled_db, "safety_devices", {"codlocal": SCHOOL.codlocal, "device_type": "extintor",
                                          "quantity": 2, "expiry_date": "2099-01-01"})
    page = open_page(make_window, enrolled_db, GRD, DEVICES)
    devices = page.grd.devices
    devices.select(0)
    devices.edit_button.click()
    editor = page.editing.editor
    assert editor.editors["expiry_date"].text() == "01/01/2099"
    soon = page._context().today() + dt.timedelta(days=10)
    editor.editors["expiry_date"].setText(soon.strftime("%d/%m/%Y"))
    save(qtbot, page, editor)
    expiry = devices.model.index(0, 4)
    assert expiry.data().startswith("!") and "por vencer" in expiry.data()
    assert expiry.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_delete_asks_first(qtbot, make_window, enrolled_db, dialogs) -> None:  # type: ignore[no-untyped-def]
    write(enrolled_db, "safety_devices", {"codlocal": SCHOOL.codlocal, "device_type": "extintor",
                                          "quantity": 2})
    page = open_page(make_window, enrolled_db, GRD, DEVICES)
    page.grd.devices.select(0)
    dialogs.answer_yes = False
    page.grd.devices.delete_button.click()
    assert len(dialogs.questions) == 1 and page.grd.devices.model.rowCount() == 1
    dialogs.answer_yes = True
    with qtbot.waitSignal(page.editing.changed, timeout=10_000):
        page.grd.devices.delete_button.click()
    assert page.grd.devices.model.rowCount() == 0


def test_filter_a_table(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    for device in ("extintor", "botiquin"):
        write(enrolled_db, "safety_devices", {"codlocal": SCHOOL.codlocal, "device_type": device,
                                              "quantity": 1, "location": "Patio"})
    page = open_page(make_window, enrolled_db, GRD, DEVICES)
    devices = page.grd.devices
    assert devices.proxy.rowCount() == 2
    qtbot.keyClicks(devices.filter, "EXTÍN")
    assert devices.proxy.rowCount() == 1
    assert devices.proxy.index(0, 0).data() == "Extintor"
    devices.filter.clear()
    assert devices.proxy.rowCount() == 2
    devices.select(1)
    devices.table.setFocus()
    qtbot.keyClick(devices.table, Qt.Key.Key_Return)  # Enter edits the selected record
    assert page.editing.editor.windowTitle() == "Editar: Dispositivo de seguridad"


def _library(db: Path) -> str:
    return write(db, "libraries", {"codlocal": SCHOOL.codlocal,
                                   "library_type": "biblioteca_escolar"})


def test_scan_two_isbns_in_a_row_into_two_copies(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    library = _library(enrolled_db)
    page = open_page(make_window, enrolled_db, LIBRARY, COPIES)
    page.library.copies.add_button.click()
    editor = page.editing.editor
    editor.editors["registration_number"].setText("BE-009")
    editor.editors["title"].setText("Paco Yunque")
    isbn = editor.editors["isbn"].edit
    for code in ("9780306406157", "9788437604947"):
        with qtbot.waitSignal(page.editing.changed, timeout=10_000):
            qtbot.keyClicks(isbn, code)
            qtbot.keyClick(isbn, Qt.Key.Key_Return)
        if code.startswith("97803"):
            assert editor.isVisible()  # ready for the next copy
            assert editor.editors["registration_number"].text() == "BE-010"
            assert editor.editors["title"].text() == "" and isbn.text() == ""
            editor.editors["title"].setText("Ande")
    copies = records_under(page._context(), "library_copies", library)
    assert sorted((c["registration_number"], c["title"], c["isbn"]) for c in copies) == [
        ("BE-009", "Paco Yunque", "9780306406157"), ("BE-010", "Ande", "9788437604947")]
    assert page.library.copies.model.rowCount() == 2


def test_lend_a_copy_and_return_the_loan(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    library = _library(enrolled_db)
    copy = write(enrolled_db, "library_copies", {"library_id": library,
                                                 "registration_number": "BE-1", "title": "Ande"})
    write(enrolled_db, "library_movements", {"copy_id": copy, "date": "2024-03-01",
                                             "quantity": 1, "reason": "ingreso"})
    page = open_page(make_window, enrolled_db, LIBRARY, COPIES)
    page.library.copies.select(0)
    assert page.library.movements.model.rowCount() == 1  # the copy's ledger
    assert page.library.movements.model.index(0, 1).data() == "+1"
    page.library.lend_button.click()
    editor = page.editing.editor
    today = page._context().today()
    editor.editors["reader"].setText("Rosa P.")
    editor.editors["out_date"].setText(today.strftime("%d/%m/%Y"))
    editor.editors["due_date"].setText((today + dt.timedelta(days=7)).strftime("%d/%m/%Y"))
    save(qtbot, page, editor)
    assert page.library.copies.selected().on_loan == 1
    loans = page.library.loans
    page.library.setCurrentIndex(LOANS)
    loans.select(0)
    assert page.library.return_button.isEnabled()
    with qtbot.waitSignal(page.editing.changed, timeout=10_000):
        page.library.return_button.click()
    assert loans.model.row_at(0).returned_date == today
    assert not page.library.return_button.isEnabled() or loans.selected().returned_date


def test_a_director_edits_their_school(qtbot, make_window, db_path) -> None:  # type: ignore[no-untyped-def]
    init_device(db_path, role=Role.DIRECTOR, name="Julia Quispe", ugel=UGEL,
                school=SCHOOL.cod_mod)
    add_schools(db_path, SCHOOLS)
    page = open_page(make_window, db_path, GRD, 3)
    assert page.editing is not None and page.grd.drills.add_button.isVisible()
    page.grd.drills.add_button.click()
    editor = page.editing.editor
    editor.editors["date"].setText("15/08/2024")
    choose(editor, "shift", "manana")
    choose(editor, "hazard", "sismo")
    editor.editors["students"].setText("320")
    save(qtbot, page, editor)
    assert page.grd.drills.model.rowCount() == 1
    assert page.grd.drills.model.index(0, 4).data() == "320"


def test_new_models_pass_the_model_tester(qtmodeltester, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    plan = write(enrolled_db, "grd_plans", {"codlocal": SCHOOL.codlocal, "year": 2024})
    write(enrolled_db, "grd_plan_hazards", {"plan_id": plan, "hazard": "sismo",
                                            "months": [1, 3], "risk_level": "alto"})
    page = open_page(make_window, enrolled_db, GRD, 0)
    page.grd.plans.select(0)
    hazards = page.grd.hazards.model
    assert isinstance(hazards, RecordsModel) and hazards.rowCount() == 1
    assert hazards.index(0, 2).data() == "Ene, Mar"
    qtmodeltester.check(hazards)
    qtmodeltester.check(page.grd.hazards.proxy)
    for panel in (page.grd.bodies, page.grd.body_members, page.grd.brigade_members,
                  page.library.libraries, page.library.movements):
        qtmodeltester.check(panel.model)


@pytest.mark.parametrize(("number", "following"), [("BE-009", "BE-010"), ("12", "13"),
                                                   ("sin número", "")])
def test_the_next_registration_number(number: str, following: str) -> None:
    assert next_number(number) == following


def test_the_editor_fits_a_small_screen(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    page = open_page(make_window, enrolled_db, GRD, 3)
    page.grd.drills.add_button.click()
    editor = page.editing.editor
    screen = editor.screen().availableGeometry()
    assert editor.height() <= screen.height() and editor.width() <= screen.width()
    assert editor.scroll.widget().minimumSizeHint().width() <= editor.scroll.viewport().width()


def test_the_office_sees_the_records_read_only(qtbot, make_window, db_path) -> None:  # type: ignore[no-untyped-def]
    init_device(db_path, role=Role.UGEL, name="UGEL 05", ugel=UGEL)
    add_schools(db_path, SCHOOLS)
    page = open_page(make_window, db_path, GRD, DEVICES)
    assert page.editing is None and not page.grd.devices.add_button.isVisible()
    school = school_record(page._context(), SCHOOL.cod_mod, SCHOOL.anexo)
    assert records_of_local(page._context(), school, "grd_bodies") == []


def test_a_device_shows_its_photos_in_the_editor(qtbot, make_window, enrolled_db) -> None:  # type: ignore[no-untyped-def]
    write(enrolled_db, "safety_devices", {"codlocal": SCHOOL.codlocal, "device_type": "extintor",
                                          "quantity": 1})
    page = open_page(make_window, enrolled_db, GRD, DEVICES)
    page.grd.devices.select(0)
    page.grd.devices.edit_button.click()
    [strip] = page.editing.editor.findChildren(PhotoStrip)
    assert strip.add_button.isEnabled()
