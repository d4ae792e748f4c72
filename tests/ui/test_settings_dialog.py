"""Settings and help: the language kept for the next start, the data and log folders, About."""

from __future__ import annotations

from pathlib import Path

from monitor_app.services.context import initialised
from monitor_app.services.preferences import load_preferences, window_language
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.paths import AppPaths
from monitor_app.ui.settings_dialog import SettingsDialog


def test_about_shows_the_device_its_fingerprint_and_office(
        qtbot, make_window, enrolled_db: Path, dialogs) -> None:
    window = make_window(enrolled_db)
    dialog = SettingsDialog(window.ctx, "es", dialogs, window)
    qtbot.addWidget(dialog)
    with initialised(enrolled_db) as ctx:
        identity = ctx.require_identity()
    assert dialog.device_label.text() == identity.device_id
    assert dialog.info.fingerprint == fingerprint(identity.public_key_hex)
    assert dialog.office_label.text() == "Aún no se unió a su UGEL."
    assert dialog.data_folder_label.text() == str(enrolled_db.parent)


def test_the_language_is_saved_for_the_next_start(qtbot, make_window, enrolled_db: Path,
                                                  dialogs, app_home: Path) -> None:
    window = make_window(enrolled_db)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_language() == "es"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.save_button.click()
    paths = AppPaths.from_environment()
    assert paths.data_dir == app_home / "data"
    assert load_preferences(paths).language == "en"
    assert window_language([], paths, "es") == "en"


def test_the_log_folder_opens_through_the_dialogs_service(qtbot, make_window, enrolled_db: Path,
                                                           dialogs, app_home: Path) -> None:
    window = make_window(enrolled_db)
    dialog = SettingsDialog(window.ctx, "es", dialogs, window)
    qtbot.addWidget(dialog)
    dialog.log_button.click()
    assert dialogs.folders_opened == [app_home / "logs"]
