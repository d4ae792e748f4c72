"""Mis IIEE: find a school by typing, see why it matched, open it; the window fits a laptop."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt

from monitor_app.core.directory import School
from monitor_app.ui.models import schools as columns
from monitor_app.ui.shell import MY_SCHOOLS, SCHOOL
from tests.ui.conftest import UGEL, add_schools, names_shown


def active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_match_in_a_column_not_shown_says_where(qtbot, make_window, enrolled_db: Path) -> None:
    add_schools(enrolled_db, [School("0888888", "0", "700001", "MI PEQUEÑO ANGELITO",
                                     d_dist="EL AGUSTINO", cen_pob="JOSÉ MARÍA ARGUEDAS",
                                     codooii=UGEL)])
    window = make_window(enrolled_db)
    qtbot.keyClicks(window.my_schools.search_edit, "arguedas")
    qtbot.waitUntil(lambda: window.my_schools.proxy.rowCount() == 1)
    [shown] = names_shown(window)
    assert shown == "MI PEQUEÑO ANGELITO — coincide en: centro poblado"
    tooltip = window.my_schools.proxy.index(0, columns.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "MI PEQUEÑO ANGELITO\nCoincide en: centro poblado: JOSÉ MARÍA ARGUEDAS"

    window.my_schools.search_edit.setText("mariategui")  # in the name: nothing to explain
    window.my_schools.run_search()
    assert names_shown(window) == ["JOSÉ CARLOS MARIÁTEGUI"]


def test_typing_then_enter_opens_the_school_page(qtbot, make_window, demo_db: Path) -> None:
    window = make_window(demo_db)
    page = window.my_schools
    first = page.model.row_at(0).school
    qtbot.keyClicks(page.search_edit, first.cod_mod)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.results_label.text() == f"1 IE coincide con «{first.cod_mod}»."
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # results shown: Enter opens the first
    assert window.pages.currentWidget() is window.school_page
    assert window.school_page.title.text() == first.cen_edu
    assert window.navigation.currentRow() == SCHOOL


def test_down_from_the_search_box_goes_to_the_results(qtbot, make_window, demo_db: Path) -> None:
    window = make_window(demo_db)
    page = window.my_schools
    active(qtbot, window)
    page.focus_search()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.school_page.title.text() == page.model.row_at(1).school.cen_edu


def test_double_click_and_enter_in_the_table_open_a_school(qtbot, make_window,
                                                           demo_db: Path) -> None:
    window = make_window(demo_db)
    table = window.my_schools.table
    second = window.my_schools.model.row_at(1).school
    index = window.my_schools.proxy.index(1, columns.NAME)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.school_page.title.text() == second.cen_edu
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == MY_SCHOOLS
    assert window.my_schools.search_edit.hasFocus()
    third = window.my_schools.model.row_at(2).school
    rect = table.visualRect(window.my_schools.proxy.index(2, columns.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.school_page.title.text() == third.cen_edu


def test_schools_being_worked_on_come_first(qtbot, make_window, demo_db: Path) -> None:
    window = make_window(demo_db)
    page = window.my_schools
    rows = page.model.rows()
    worked = [m.worked_on for m in rows]
    assert worked[0] and worked == sorted(worked, reverse=True)
    assert page.results_label.text().startswith(f"Primero, las {sum(worked)} IIEE que está")
    assert "compromiso" in page.model.index(
        next(n for n, m in enumerate(rows) if m.open_commitments), columns.FOLLOW_UP).data()
    never = rows[-1].school  # neither visited nor followed up
    window.open_school(never.cod_mod, never.anexo)
    window.go_to(MY_SCHOOLS)
    page.run_search()
    assert page.model.row_at(0).school == never  # opened last: first in the list
    page.search_edit.setText(never.d_dist)  # a broad search: ranked first there too
    page.run_search()
    assert page.model.row_at(0).school == never


def test_ctrl_f_goes_to_the_search_box(qtbot, make_window, demo_db: Path) -> None:
    window = make_window(demo_db)
    school = window.my_schools.model.row_at(0).school
    window.open_school(school.cod_mod, school.anexo)
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == MY_SCHOOLS
    assert window.my_schools.search_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.school_page


def test_the_school_place_waits_for_a_school(make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    window.go_to(SCHOOL)
    assert window.pages.currentIndex() == MY_SCHOOLS
    assert window.statusBar().currentMessage() == "Abra primero una IE desde «Mis IIEE»."


def test_the_window_fits_a_1366_by_768_laptop(qtbot, make_window, demo_db: Path) -> None:
    available = QRect(0, 0, 1366, 728)  # a 40-pixel taskbar
    window = make_window(demo_db)
    window.fit_to(available)
    assert available.contains(window.frameGeometry())
    assert window.minimumSizeHint().width() <= available.width()
    assert window.minimumSizeHint().height() <= available.height()
    window.resize(available.size())
    school = window.my_schools.model.row_at(0).school
    for place in (MY_SCHOOLS, SCHOOL):
        if place == SCHOOL:
            window.open_school(school.cod_mod, school.anexo)
        table = window.my_schools.table if place == MY_SCHOOLS else \
            window.school_page.checklist_table
        qtbot.waitUntil(lambda t=table: t.viewport().width() > 0)
        assert table.horizontalScrollBar().maximum() == 0, place  # nothing scrolls sideways


def test_start_up_imports_only_the_first_page(enrolled_db: Path) -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from monitor_app.cli.main import parse_arguments\n"
        f"parse_arguments(['--db', {str(enrolled_db)!r}, '--lang=es'])\n"
        "from monitor_app.ui.app import application, open_main_window\n"
        "from monitor_app.ui.dialogs import Dialogs\n"
        "from PySide6 import QtWidgets\n"
        "app = application()\n"
        f"window = open_main_window(Path({str(enrolled_db)!r}), 'es', Dialogs())\n"
        "print(sorted(m for m in sys.modules if m.startswith('monitor_app.ui.pages')))\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
        "print('monitor_app.services.record_checks' in sys.modules)\n"
        "print(sorted(m for m in sys.modules if m.endswith('_commands')))\n"
        "print(sorted(t for t in ('QStyle', 'QFileDialog', 'QMessageBox') if t in vars(QtWidgets)))\n"
        "window.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    pages, charts, checks, commands, qt_types = out.strip().splitlines()
    assert pages == "['monitor_app.ui.pages', 'monitor_app.ui.pages.my_schools']"
    assert charts == "False"  # the panel's chart library loads when the panel first opens
    assert checks == "False"  # the writes' checks (≈ 50 ms of imports) wait for a write
    assert commands == "[]"  # the command line's sub-commands load only when one is named
    # PySide sets up a class's Python type, enums and all, when first used: these wait (D41)
    assert qt_types == "[]"


def test_pysides_feature_import_hook_is_taken_out() -> None:
    """Its `__feature__` switches are never used here, and it read the source of every module
    imported after PySide (D41)."""
    code = ("import builtins, monitor_app.ui\n"
            "print(builtins.__import__ is builtins.__orig_import__)\n"
            "from PySide6.QtWidgets import QWidget\n"  # PySide's lazy types still load
            "print(QWidget.__name__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["True", "QWidget"]
