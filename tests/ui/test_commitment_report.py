"""The director reports a commitment kept from her school's page, exports for the UGEL, and the
office sees the report and its photo beside the specialist's later verification (D34)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor_app.core.roles import Role
from monitor_app.services.checklist import school_checklist
from monitor_app.services.commitment_reports import school_commitments
from monitor_app.services.commitments import open_commitments, verify_commitment
from monitor_app.services.evidence import evidence_for, photo_bytes
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_reply import reply_to
from monitor_app.ui.pages.school import SUMMARY
from monitor_app.ui.shell import SCHOOL, SYNC
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put
from tests.storage.photo_files import jpeg
from tests.ui.conftest import RecordingDialogs

DORA_SCHOOL = "0335273"


def _world(root: Path) -> tuple[World, str, Path, Path]:
    """Ana agrees a commitment at Dora's school; the office merges it and writes Dora's reply.
    The clocks are the real ones: the window writes with the laptop's clock."""
    world = make_world(root, FakeWallClock(int(time.time() * 1000)))
    ana = world.enrolled_laptop("ana")
    dora = world.laptop("dora", role=Role.DIRECTOR, school=DORA_SCHOOL)
    world.enrol(dora)
    [visit] = put(ana, "visits", {**VISIT, "cod_mod": DORA_SCHOOL, "status": "cerrada"})
    [commitment] = put(ana, "commitments", {"visit_id": visit, "description": "Reponer el "
                                            "botiquín", "due_date": "2024-06-30"})
    assert import_bundle(world.office, world.export(ana, "ida")).ok
    (root / "para-dora").mkdir()
    reply = reply_to(world.office, dora.require_identity().device_id, root / "para-dora")
    ana.close()
    dora.close()
    return world, commitment, root / "dora.db", reply.info.path


def test_the_director_reports_a_commitment_and_the_office_gets_it(
        qtbot: QtBot, make_window, dialogs: RecordingDialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world, commitment, dora_db, reply = _world(tmp_path / "mundo")
    window = make_window(dora_db)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.school_page, timeout=5_000)
    page = window.school_page
    assert page.summary_report_button.isVisible() and page.summary_commitments.model() \
        .rowCount() == 0

    window.go_to(SYNC)  # Importar respuesta: the commitment arrives
    with qtbot.waitSignal(window.sync_page.import_file(reply).finished, timeout=10_000):
        pass
    window.go_to(SCHOOL)
    assert page.tabs.currentIndex() == SUMMARY
    qtbot.waitUntil(lambda: page.commitment_model.rowCount() == 1, timeout=5_000)

    table = page.summary_commitments  # by keyboard: the row, then Enter
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date.text() == dt.date.today().strftime("%d/%m/%Y")
    dialog.note.setPlainText("Botiquín repuesto con apoyo de la APAFA")
    photo = tmp_path / "botiquin.jpg"
    photo.write_bytes(jpeg(800, 600))
    dialogs.photos = [photo]
    qtbot.mouseClick(dialog.add_photos_button, Qt.MouseButton.LeftButton)
    assert "botiquin.jpg" in dialog.photo_list.text()
    with qtbot.waitSignal(dialog.reported, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.commitment_model.rowCount() == 1
                    and page.commitment_model.row_at(0).reported_on is not None, timeout=5_000)
    row = page.commitment_model.row_at(0)
    today = dt.date.today()
    assert page.commitment_model.report_text(row) == f"Cumplió el {today:%d/%m/%Y} · 1 foto · " \
        "por verificar"
    assert page.commitment_model.report_tip(row) == (
        f"La IE informa que cumplió el {today:%d/%m/%Y}.\nBotiquín repuesto con apoyo de la "
        "APAFA\nPor verificar en la próxima visita.")

    export_folder = tmp_path / "usb"
    export_folder.mkdir()
    dialogs.export_folder = export_folder
    window.go_to(SYNC)  # Exportar para la UGEL
    window.sync_page.choose_and_export()
    with qtbot.waitSignal(window.sync_page.task.finished, timeout=10_000):
        pass
    [bundle] = export_folder.glob("*.mcbundle")

    office = world.office
    assert import_bundle(office, bundle).ok
    [seen] = open_commitments(office, DORA_SCHOOL)
    assert (seen.reported_on, seen.report_note, seen.report_photos) == (
        today.isoformat(), "Botiquín repuesto con apoyo de la APAFA", 1)
    [evidence] = evidence_for(office, commitment_id=commitment)
    assert photo_bytes(office, evidence.sha256)[:2] == b"\xff\xd8"  # the file came too
    [item] = [i for i in school_checklist(office, DORA_SCHOOL) if i.code == "commitments"]
    assert item.reason.key == "commitments_reported"

    ana = world.laptop("ana-2")  # a specialist verifies it at the next visit
    world.enrol(ana)
    _reply = tmp_path / "para-ana"
    _reply.mkdir()
    assert import_bundle(ana, reply_to(office, ana.require_identity().device_id, _reply)
                         .info.path).ok
    [later] = put(ana, "visits", {**VISIT, "cod_mod": DORA_SCHOOL, "date": today.isoformat()})
    verify_commitment(ana, commitment, visit_id=later, status="cumplido", note="Visto")
    assert import_bundle(office, world.export(ana, "vuelta")).ok
    [done] = school_commitments(office, DORA_SCHOOL)
    assert (done.status, done.verification_note, done.reported_on, done.report_photos) == (
        "cumplido", "Visto", today.isoformat(), 1)
    ana.close()
    office.close()


def test_a_specialists_school_page_offers_no_report(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                    enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    window.open_school("0999001", "0")
    page = window.school_page
    assert not page.reporting and page.summary_report_button.isHidden()
    assert page.report_button.isHidden()
    page.report_commitment()  # nothing opens
    assert page.report_dialog is None


def test_the_office_records_what_a_school_reported_and_edits_nothing_else(  # type: ignore[no-untyped-def]
        qtbot: QtBot, make_window, tmp_path: Path) -> None:
    world, commitment, _dora_db, _reply = _world(tmp_path / "mundo")
    world.office.close()
    window = make_window(world.root / "office.db")
    window.open_school(DORA_SCHOOL, "0")
    page = window.school_page
    assert page.reporting and page.summary_report_button.isVisible()
    assert page.editing is None  # the GRD and library records stay read-only at the office
    qtbot.waitUntil(lambda: page.commitment_model.rowCount() == 1, timeout=5_000)
    page.summary_commitments.setCurrentIndex(page.summary_commitments.model().index(0, 0))
    page.report_commitment()
    dialog = page.report_dialog
    assert dialog is not None and dialog.reporter.isVisible()
    dialog.note.setPlainText("Lo confirmó la directora por teléfono")
    dialog.reporter.setText("Dora, directora (teléfono)")
    with qtbot.waitSignal(dialog.reported, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    window.close()
    office = world.root / "office.db"
    from monitor_app.services.context import initialised

    with initialised(office) as ctx:
        [seen] = school_commitments(ctx, DORA_SCHOOL)
        reporter = ctx.store.conn.execute(
            "SELECT reporter FROM commitment_reports WHERE commitment_id = ?",
            [commitment]).fetchone()[0]
    assert (seen.reported_on, seen.report_note) == (dt.date.today().isoformat(),
                                                    "Lo confirmó la directora por teléfono")
    assert reporter == "Dora, directora (teléfono)" and seen.status == "pendiente"
