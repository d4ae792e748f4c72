"""Start-up and the one error path: friendly messages, a log, never a blocking box in tests."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.logs import LOG_FILE, configure_logging
from monitor_app.services.messages import describe
from monitor_app.ui import app as app_module
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.error_dialog import ErrorDialog
from monitor_app.ui.error_hooks import ErrorHooks
from monitor_app.ui.shell import MainWindow


def test_a_database_that_cannot_be_opened_is_explained(
    qapp, tmp_path: Path, dialogs, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_database = tmp_path / "notas.db"
    not_a_database.write_text("esto no es una base de datos\n" * 10)
    hook_before = sys.excepthook
    assert app_module.run_gui(not_a_database, "es", dialogs=dialogs) == app_module.EXIT_REFUSED
    assert dialogs.warnings == [
        describe(MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(not_a_database)), "es")
    ]
    assert "Traceback" not in capsys.readouterr().err
    assert sys.excepthook is hook_before


def test_the_english_message_when_asked_in_english(qapp, tmp_path: Path, dialogs) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    assert app_module.run_gui(folder, "en", dialogs=dialogs) == app_module.EXIT_REFUSED
    assert dialogs.warnings == [describe(MonitorError(ErrorCode.DB_NOT_MONITOR, path=str(folder)), "en")]


def test_run_gui_shows_the_window_and_returns_when_it_closes(
    qtbot, qapp, db_path: Path, dialogs, app_home: Path
) -> None:
    shown: list[MainWindow] = []

    log_file = app_home / "logs" / LOG_FILE

    def close_main_window_once_logging() -> None:
        if not log_file.exists():  # the log starts once the window is painted
            QTimer.singleShot(10, close_main_window_once_logging)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget)
                widget.close()

    QTimer.singleShot(0, close_main_window_once_logging)
    assert app_module.run_gui(db_path, "es", dialogs=dialogs) == 0
    assert len(shown) == 1 and shown[0].windowTitle() == "Monitor de Campo"
    assert db_path.exists()  # created on first start
    assert "Interfaz gráfica" in log_file.read_text(encoding="utf-8")
    shown[0].deleteLater()


def test_a_bug_at_start_up_is_shown_and_gives_exit_code_3(
    qapp, db_path: Path, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_window(*args: object) -> None:
        raise RuntimeError("ventana rota")

    monkeypatch.setattr(app_module, "MainWindow", broken_window)
    assert app_module.run_gui(db_path, "es", dialogs=dialogs) == app_module.EXIT_UNEXPECTED
    [(summary, details)] = dialogs.fatal_errors
    assert "error inesperado" in summary
    assert "RuntimeError: ventana rota" in details


@pytest.fixture
def hooks(qapp, dialogs, app_home: Path):  # type: ignore[no-untyped-def]
    log_file = configure_logging(app_home / "logs")
    hooks = ErrorHooks(dialogs, "es", log_file)
    hooks.install()
    yield hooks
    hooks.uninstall()


def test_an_uncaught_exception_is_logged_and_shown(qtbot, hooks, dialogs, app_home: Path) -> None:
    try:
        raise ValueError("valor raro")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    summary, details = dialogs.errors[0]
    assert "error inesperado" in summary and str(app_home / "logs" / LOG_FILE) in summary
    assert "ValueError: valor raro" in details
    assert "ValueError: valor raro" in (app_home / "logs" / LOG_FILE).read_text(encoding="utf-8")


def test_an_exception_in_a_thread_is_shown_by_the_gui_thread(qtbot, hooks, dialogs) -> None:
    def fail() -> None:
        raise KeyError("en otro hilo")

    thread = threading.Thread(target=fail)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert "KeyError: 'en otro hilo'" in dialogs.errors[0][1]


def test_an_uncaught_refusal_is_described_in_words(qtbot, hooks, dialogs) -> None:
    refusal = MonitorError(ErrorCode.DB_LOCKED, path="x.db")
    sys.excepthook(MonitorError, refusal, None)
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert dialogs.errors[0][0] == describe(refusal, "es")


def test_uninstall_restores_the_previous_hooks(qapp, dialogs) -> None:
    before = (sys.excepthook, threading.excepthook)
    hooks = ErrorHooks(dialogs, "es")
    hooks.install()
    assert sys.excepthook == hooks.handle
    hooks.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_error_dialog_copies_its_details(qtbot) -> None:
    dialog = ErrorDialog("Algo falló.", "Traceback ...\nValueError: x")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Algo falló.\n\nTraceback ...\nValueError: x"
    assert dialog.copy_button.text() == "Detalles copiados"


def test_real_error_boxes_do_not_block_and_do_not_pile_up(qtbot) -> None:
    dialogs = Dialogs()
    dialogs.show_error("Primero", "a")
    dialogs.show_error("Segundo", "b")  # while the first is open: only logged
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert [box.summary_label.text() for box in boxes] == ["Primero"]
    with qtbot.waitSignal(boxes[0].finished):
        boxes[0].reject()
    dialogs.show_error("Tercero", "c")
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert [box.summary_label.text() for box in boxes] == ["Tercero"]
    boxes[0].reject()


def test_the_first_run_opens_the_setup_wizard_over_the_window(
        qtbot, qapp, db_path: Path, dialogs) -> None:
    from monitor_app.ui.setup_wizard import SetupWizard

    seen: list[QWidget] = []

    def look_then_close() -> None:
        seen.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        for widget in seen:
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(0, look_then_close)
    assert app_module.run_gui(db_path, "es", dialogs=dialogs) == 0
    [wizard] = [w for w in seen if isinstance(w, SetupWizard)]
    assert isinstance(wizard.parent(), MainWindow)
    for widget in seen:
        widget.deleteLater()
