"""The main window: instant search over the directory, the installation shown, menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from monitor_app.ui.models import schools as columns
from tests.ui.conftest import SCHOOLS, add_schools, names_shown


def test_window_lists_the_directory_and_the_installation(make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    assert window.windowTitle() == "Monitor de Campo"
    assert [a.text() for a in window.menuBar().actions()] == ["&Archivo", "A&yuda"]
    assert window.my_schools.proxy.rowCount() == len(SCHOOLS)
    assert window.count_label.text() == "5 IIEE en el padrón"
    assert window.identity_label.text() == "Especialista · Ana Pérez · UGEL 150105"
    assert window.banner.isHidden()
    assert window.import_action.isEnabled()
    assert not window.setup_action.isEnabled()
    assert window.my_schools.search_edit.placeholderText() == (
        "Buscar por nombre, código modular, código de local o distrito"
    )


def test_typing_filters_the_table(qtbot, make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    qtbot.keyClicks(window.my_schools.search_edit, "jardin")  # no accent typed, the name has one
    qtbot.waitUntil(lambda: window.my_schools.proxy.rowCount() == 1)
    assert names_shown(window) == ["JARDÍN LOS PINITOS"]
    assert window.my_schools.results_label.text() == "1 IE coincide con «jardin»."

    window.my_schools.search_edit.clear()
    qtbot.keyClicks(window.my_schools.search_edit, "san juan")
    qtbot.waitUntil(lambda: window.my_schools.proxy.rowCount() == 3)  # by name and by district
    assert set(names_shown(window)) == {"SAN JUAN BAUTISTA", "ÁNGELES DE LA GUARDA"}


def test_search_waits_for_a_pause_in_typing(qtbot, make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    qtbot.keyClicks(window.my_schools.search_edit, "0777777")
    assert window.my_schools.proxy.rowCount() == len(SCHOOLS)  # nothing queried while typing
    assert window.my_schools.search_timer.isActive()
    qtbot.waitUntil(lambda: window.my_schools.proxy.rowCount() == 1)
    assert names_shown(window) == ["JOSÉ CARLOS MARIÁTEGUI"]


def test_enter_searches_at_once_and_no_match_is_said(qtbot, make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    window.my_schools.search_edit.setText("colegio inexistente")
    qtbot.keyClick(window.my_schools.search_edit, Qt.Key.Key_Return)
    assert window.my_schools.proxy.rowCount() == 0
    assert window.my_schools.results_label.text() == "Ninguna IE coincide con «colegio inexistente»."


def test_clicking_a_header_sorts_by_that_column(qtbot, make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    window.my_schools.table.sortByColumn(columns.NAME, Qt.SortOrder.AscendingOrder)
    assert names_shown(window)[0] == "ÁNGELES DE LA GUARDA"
    window.my_schools.table.sortByColumn(columns.NAME, Qt.SortOrder.DescendingOrder)
    assert names_shown(window)[0] == "SAN JUAN BAUTISTA"


def test_an_installation_not_set_up_invites_to_set_it_up(make_window, db_path: Path) -> None:
    window = make_window(db_path)
    assert window.banner.isVisible()
    assert window.identity_label.text() == "Equipo sin configurar"
    assert window.setup_action.isEnabled()
    assert not window.import_action.isEnabled()
    assert window.my_schools.empty_page.isVisible() and not window.my_schools.table.isVisible()
    assert not window.my_schools.empty_import_button.isEnabled()
    assert window.my_schools.empty_hint.text().startswith("Primero configure el equipo")
    assert not window.my_schools.search_edit.isEnabled()


def test_an_empty_directory_offers_the_import(qtbot, make_window, db_path: Path, dialogs) -> None:
    from monitor_app.core.roles import Role
    from monitor_app.services.setup import init_device

    init_device(db_path, role=Role.ESPECIALISTA, name="Ana Pérez", ugel="150105")
    window = make_window(db_path)
    assert window.banner.isHidden() and window.my_schools.empty_page.isVisible()
    assert window.my_schools.empty_hint.text().startswith("Importe el padrón de su UGEL")
    dialogs.padron_file = None  # the user closes the file chooser
    qtbot.mouseClick(window.my_schools.empty_import_button, Qt.MouseButton.LeftButton)
    assert dialogs.file_choices == 1
    assert window.importer.task is None


def test_many_matches_are_capped_and_said(qtbot, make_window, enrolled_db: Path) -> None:
    from monitor_app.core.directory import School
    from monitor_app.ui.pages.my_schools import SEARCH_LIMIT

    add_schools(enrolled_db, [School(f"{n:07d}", "0", "", f"IE N° {n}", codooii="150105")
                              for n in range(2_000_000, 2_000_000 + SEARCH_LIMIT + 20)])
    window = make_window(enrolled_db)
    total = len(SCHOOLS) + SEARCH_LIMIT + 20
    assert window.my_schools.proxy.rowCount() == SEARCH_LIMIT
    assert window.count_label.text() == f"{total:,} IIEE en el padrón"
    assert window.my_schools.results_label.text() == (
        f"Se muestran {SEARCH_LIMIT} de {total:,} IIEE. Escriba para buscar."
    )
    qtbot.keyClicks(window.my_schools.search_edit, "IE N")
    qtbot.waitUntil(lambda: window.my_schools.results_label.text().startswith(
        f"Se muestran las primeras {SEARCH_LIMIT} IIEE que coinciden con «IE N»."))


def test_about_goes_through_the_dialog_service(make_window, enrolled_db: Path, dialogs) -> None:
    window = make_window(enrolled_db)
    window.about_action.trigger()
    [(title, text)] = dialogs.abouts
    assert title == "Acerca de Monitor de Campo"
    assert str(enrolled_db) in text


def test_closing_the_window_releases_the_database(make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    window.close()
    assert window._ctx is None
    window.refresh()  # a late signal after closing does nothing
