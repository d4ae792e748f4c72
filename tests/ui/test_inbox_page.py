"""Bandeja de entrada: a USB stick's folder dropped on the page is imported file by file in
the background; what each file became is said, and the bundles received are listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from monitor_app.ui.pages.inbox import OUTCOME
from monitor_app.ui.shell import INBOX
from tests.services.test_inbox import stick_with_bundles
from tests.ui.conftest import RecordingDialogs


def _inbox(qtbot: QtBot, make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    world, stick = stick_with_bundles(tmp_path)
    world.office.close()
    window = make_window(world.root / "office.db")
    window.go_to(INBOX)
    page = window.office.inbox
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)
    return window, page, stick


def test_a_dropped_folder_is_imported_and_listed(qtbot: QtBot, qtmodeltester, make_window,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    window, page, stick = _inbox(qtbot, make_window, tmp_path)
    assert page.model.rowCount() == 0
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(stick))])
    page.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert page.is_running() and page.progress.isVisible()
    qtbot.waitUntil(lambda: not page.is_running(), timeout=20_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(page.model)
    said = page.result.text()
    assert "0 paquetes fusionados" in said and "roto.mcbundle" in said
    assert said.count("retenido") == 2
    assert all("retenido" in page.model.index(r, OUTCOME).data() for r in range(2))


def test_files_chosen_through_the_dialog(qtbot: QtBot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         dialogs: RecordingDialogs) -> None:
    window, page, stick = _inbox(qtbot, make_window, tmp_path)
    dialogs.choose_bundles = lambda parent, start: [stick / "notas.txt"]  # type: ignore[method-assign]
    page.files_button.click()
    assert "No hay paquetes" in page.result.text() and not page.is_running()


def test_a_watched_folder_imports_what_arrives_once_copied(
        qtbot: QtBot, make_window, tmp_path: Path, dialogs: RecordingDialogs) -> None:  # type: ignore[no-untyped-def]
    window, page, stick = _inbox(qtbot, make_window, tmp_path)
    shared = tmp_path / "compartida"
    shared.mkdir()
    page.watch_folder(shared)
    assert page.watching.isVisible() and "compartida" in page.watching.text()
    bundle = next(stick.glob("especialista-*.mcbundle"))
    (shared / bundle.name).write_bytes(bundle.read_bytes())
    page.look_at_watched_folder()  # first look: it may still be copying
    assert not page.is_running()
    page.look_at_watched_folder()  # the same size again: taken
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.watch_folder(None)
    assert not page.watch_timer.isActive() and not page.watching.isVisible()


def test_a_bundles_report_opens_from_its_row(qtbot: QtBot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             dialogs: RecordingDialogs) -> None:
    window, page, stick = _inbox(qtbot, make_window, tmp_path)
    page.import_paths([stick])
    qtbot.waitUntil(lambda: not page.is_running() and page.model.rowCount() == 2,
                    timeout=20_000)
    index = page.table.model().index(0, 0)
    page.table.activated.emit(index)
    [(title, text, _details)] = dialogs.infos
    assert title == "Informe de importación"
    assert "Huella de la clave: " in text and "retenido" in text and "Cambios 1 a" in text
