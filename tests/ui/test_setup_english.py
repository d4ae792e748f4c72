"""The wizard and Settings in English: no Spanish string of ours is left on any page."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from monitor_app.core.roles import Role
from monitor_app.ui.settings_dialog import SettingsDialog
from monitor_app.ui.setup_wizard import Page
from tests.ui.conftest import app_language
from tests.ui.test_setup_wizard import Office, choose_bundle, office  # noqa: F401 - a fixture
from tests.ui.test_translations import TS_FILE, messages

TAG = re.compile(r"<[^>]+>")


def spanish_sources() -> set[str]:
    """Our Spanish strings whose English differs (the product's name stays as it is)."""
    return {TAG.sub("", source).replace("&", "") for (_, source), translation
            in messages(TS_FILE).items() if translation.text != source}


def shown_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)
              if button.isVisible()]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    return [TAG.sub("", text).replace("&", "") for text in texts if text]


def assert_english(widget: QWidget) -> None:
    spanish = spanish_sources()
    for text in shown_texts(widget):
        assert text not in spanish and "¿" not in text, text


def test_every_page_of_the_wizard_and_settings_speaks_english(
        qtbot, qapp, make_window, db_path: Path, dialogs, office: Office) -> None:  # noqa: F811
    with app_language(qapp, "en"):
        window = make_window(db_path, "en")
        wizard = window.open_setup_dialog()
        wizard.role_page.choose(Role.DIRECTOR)
        wizard.role_page.name_edit.setText("Rosa Quispe")
        wizard.role_page.school_edit.setText("0335273")
        assert wizard.windowTitle() == "Set up this installation"
        assert_english(wizard)
        wizard.next()
        assert_english(wizard)
        wizard.next()
        assert wizard.currentId() == Page.JOIN
        choose_bundle(qtbot, wizard, dialogs, office.school)
        assert wizard.join_page.school_label.text().startswith("Your school:")
        assert_english(wizard)
        wizard.reject()
        settings = SettingsDialog(window.ctx, "en", dialogs, window)
        qtbot.addWidget(settings)
        settings.show()
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            assert_english(settings)
