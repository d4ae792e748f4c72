"""Importing a padrón from the window: off the GUI thread, with progress, cancel and a summary."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.messages import describe
from monitor_app.ui import padron_import
from tests.ui.conftest import PADRON_UGEL05, SCHOOLS, count_rows, names_shown

UGEL05_IMPORTED = 448  # 457 rows: 9 rejected (missing names, a support institution, repeated codes)


def test_import_runs_in_the_background_and_refreshes_the_table(
    qtbot, make_window, enrolled_db: Path, dialogs
) -> None:
    window = make_window(enrolled_db)
    dialogs.padron_file = PADRON_UGEL05
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(window.importer.imported, timeout=20_000) as imported:
        window.import_action.trigger()
        task = window.importer.task
        assert task is not None
        task.progress.connect(lambda done, total: progress.append((done, total)))
        assert window.importer.progress_dialog.isVisible()
        assert not window.import_action.isEnabled()  # one import at a time

    report = imported.args[0]
    assert report.new == UGEL05_IMPORTED and report.rejected == 9
    assert window.importer.progress_dialog is None
    assert progress and progress[-1] == (457, 457)
    [(title, text, details)] = dialogs.infos
    assert title == "Padrón importado"
    assert "Nuevas: 448" in text and "Rechazadas: 9" in text and "Fuera del ámbito de este equipo: 0" in text
    assert "Fila 86: falta el nombre de la IE (0904565)" in details
    total = len(SCHOOLS) + UGEL05_IMPORTED
    assert window.count_label.text() == f"{total} IIEE en el padrón"
    assert window.my_schools.proxy.rowCount() == total
    assert window.my_schools.table.isVisible()
    assert window.import_action.isEnabled()


def test_importing_the_same_file_again_changes_nothing(
    qtbot, make_window, enrolled_db: Path, dialogs
) -> None:
    window = make_window(enrolled_db)
    for _ in range(2):
        with qtbot.waitSignal(window.importer.imported, timeout=20_000) as imported:
            window.importer.start(PADRON_UGEL05)
    assert imported.args[0].unchanged == UGEL05_IMPORTED and imported.args[0].new == 0
    assert "Sin cambios: 448" in dialogs.infos[-1][1]


def test_typing_a_search_finds_imported_schools(qtbot, make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    with qtbot.waitSignal(window.importer.imported, timeout=20_000):
        window.importer.start(PADRON_UGEL05)
    qtbot.keyClicks(window.my_schools.search_edit, "jardin")
    qtbot.waitUntil(lambda: 0 < window.my_schools.proxy.rowCount() < 100)


def test_cancel_leaves_the_database_unchanged(
    qtbot, make_window, enrolled_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = padron_import.import_padron
    started, release = threading.Event(), threading.Event()

    def held_import(path, ctx, progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)  # hold the worker until the test has pressed Cancelar
        return real_import(path, ctx, progress, cancelled)

    monkeypatch.setattr(padron_import, "import_padron", held_import)
    window = make_window(enrolled_db)
    before = [count_rows(enrolled_db, table) for table in ("schools", "directory_imports")]
    task = window.importer.start(PADRON_UGEL05)
    assert started.wait(10)
    with qtbot.waitSignal(task.failed, timeout=20_000) as failed:
        dialog = window.importer.progress_dialog
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert task.is_cancelled()
        assert window.statusBar().currentMessage() == "Cancelando la importación…"
        release.set()

    assert failed.args[0].code is ErrorCode.CANCELLED
    assert [count_rows(enrolled_db, table) for table in ("schools", "directory_imports")] == before
    assert window.statusBar().currentMessage() == "Importación cancelada. No se cambió nada."
    assert window.importer.progress_dialog is None
    assert window.import_action.isEnabled()


def test_an_unreadable_file_is_explained(qtbot, make_window, enrolled_db: Path, dialogs,
                                        tmp_path: Path) -> None:
    not_a_padron = tmp_path / "notas.txt"
    not_a_padron.write_bytes(b"\x00\x01 esto no es un padron")
    dialogs.padron_file = not_a_padron
    window = make_window(enrolled_db)
    with qtbot.waitSignal(window.importer.ended, timeout=20_000):
        window.import_action.trigger()
    [warning] = dialogs.warnings
    assert str(not_a_padron) in warning
    assert warning == describe(MonitorError(ErrorCode.UNKNOWN_FILE_FORMAT, path=str(not_a_padron)), "es")
    assert window.statusBar().currentMessage() == "No se importó el padrón."
    assert count_rows(enrolled_db, "schools") == len(SCHOOLS)


def test_choosing_no_file_starts_nothing(make_window, enrolled_db: Path, dialogs) -> None:
    window = make_window(enrolled_db)
    dialogs.padron_file = None
    window.import_action.trigger()
    assert dialogs.file_choices == 1
    assert window.importer.task is None and window.importer.progress_dialog is None


def test_the_first_import_replaces_the_empty_page_by_the_table(
    qtbot, make_window, db_path: Path
) -> None:
    from monitor_app.core.roles import Role
    from monitor_app.services.setup import init_device

    init_device(db_path, role=Role.DIRECTOR, name="Rosa Quispe", ugel="150105", school="0335273")
    window = make_window(db_path)
    assert window.my_schools.empty_page.isVisible()
    with qtbot.waitSignal(window.importer.imported, timeout=20_000) as imported:
        window.importer.start(PADRON_UGEL05)
    report = imported.args[0]
    assert report.new == 1 and report.out_of_scope == UGEL05_IMPORTED - 1  # only the director's IE
    assert names_shown(window) == ["017 CUNA JARDIN"]
    # a director's window is their school: once the directory lists it, it opens there
    assert window.pages.currentWidget() is window.school_page
    assert window.school_page.school.cen_edu == "017 CUNA JARDIN"


def test_the_summary_names_the_columns_a_narrow_file_lacks(
    qtbot, make_window, enrolled_db: Path, dialogs, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["COD_MOD", "ANEXO", "CEN_EDU"])
    book.active.append(["0335273", "0", "CUNA JARDIN ROSA"])
    book.save(tmp_path / "nombres.xlsx")
    window = make_window(enrolled_db)
    with qtbot.waitSignal(window.importer.imported, timeout=20_000):
        window.importer.start(PADRON_UGEL05)
    assert "Columnas que el archivo no trae" not in dialogs.infos[-1][1]
    dialogs.padron_file = tmp_path / "nombres.xlsx"
    with qtbot.waitSignal(window.importer.imported, timeout=20_000) as imported:
        window.import_action.trigger()

    assert imported.args[0].updated == 1
    [_, (title, text, _)] = dialogs.infos
    assert title == "Padrón importado" and "Actualizadas: 1" in text and "Sin cambios: 0" in text
    assert ("Columnas que el archivo no trae (se conservan sus valores): "
            "CODLOCAL, NIV_MOD, D_NIV_MOD, ") in text
    assert "D_DIST" in text and "CEN_EDU" not in text
