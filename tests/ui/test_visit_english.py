"""The visit page and the new-visit dialog in English: no Spanish string of ours is left."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.ui.pages.school import VISITS
from tests.ui.conftest import app_language
from tests.ui.test_setup_english import assert_english
from tests.ui.test_visit_journey import SCHOOL


def test_the_visit_page_speaks_english(qtbot: QtBot, qapp, make_window,  # type: ignore[no-untyped-def]
                                       enrolled_db: Path) -> None:
    with app_language(qapp, "en"):
        window = make_window(enrolled_db, "en")
        window.open_school(*SCHOOL)
        window.school_page.tabs.setCurrentIndex(VISITS)
        assert_english(window)
        window.new_visit()
        dialog = window.new_visit_dialog
        assert dialog.windowTitle() == "New visit"
        assert_english(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: window.visit_page is not None and window.visit_page.isVisible()
                        and window.visit_page.form is not None, timeout=10_000)
        page = window.visit_page
        page.close_visit()
        qtbot.waitUntil(lambda: page.gaps.isVisible(), timeout=10_000)
        assert "Visit of" in page.subtitle.text()
        assert page.gaps.item(0).text().endswith(": not answered")
        assert_english(window)
