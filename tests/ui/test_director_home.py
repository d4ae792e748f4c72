"""A director's window opens on their own school's page ("Mi IE"), with no list of schools."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.core.roles import Role
from monitor_app.services.setup import init_device
from monitor_app.ui.pages.school import SUMMARY
from monitor_app.ui.shell import MY_SCHOOLS, SCHOOL
from tests.ui.conftest import SCHOOLS, UGEL, add_schools


def test_a_director_lands_on_their_school(qtbot: QtBot, make_window, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    init_device(db_path, role=Role.DIRECTOR, name="Rosa Quispe", ugel=UGEL, school="0999001")
    add_schools(db_path, SCHOOLS)
    window = make_window(db_path)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.school_page, timeout=5_000)
    page = window.school_page
    assert (page.school.cod_mod, page.school.anexo) == ("0999001", "0")
    assert page.tabs.currentIndex() == SUMMARY and page.checklist_model.rowCount() > 0
    assert window.navigation.item(MY_SCHOOLS).isHidden()
    assert window.navigation.item(SCHOOL).text() == "Mi IE"
    window.find_school()  # Ctrl+F: there is no list to search
    assert window.pages.currentWidget() is page
    assert page.new_visit_button.isHidden()  # visits are the specialists'


def test_a_specialist_still_starts_on_the_list(qtbot: QtBot, make_window, enrolled_db: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(enrolled_db)
    qtbot.wait(50)
    assert window.pages.currentWidget() is window.my_schools
    assert not window.navigation.item(MY_SCHOOLS).isHidden()
