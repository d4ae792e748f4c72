"""Backups in the window: the check after the first paint, a damaged database kept aside and
its latest good backup restored, the *Copias de seguridad* dialog, *Reenviar* (D38)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from monitor_app.services.backups import make_backup
from monitor_app.services.context import open_context
from monitor_app.services.directory_import import import_directory
from monitor_app.storage.backup_files import backups_dir_for, list_backups
from monitor_app.ui.app import open_main_window
from monitor_app.ui.models.backups import BackupModel
from tests.conftest import PADRON
from tests.storage.damage import damage, damage_pages_of
from tests.ui.conftest import RecordingDialogs, count_rows

def _with_directory(db: Path) -> str:
    """The padrón imported (a backup is made before it), then a backup of it."""
    ctx = open_context(db)
    try:
        import_directory(ctx, PADRON / "padron_ugel05_lima.dbf")
        return make_backup(ctx).backup_id
    finally:
        ctx.close()


def _daily(db: Path) -> int:
    return [b.kind for b in list_backups(db)].count("daily")


def test_the_check_runs_after_the_first_paint_and_makes_the_days_backup(
        qtbot, make_window, enrolled_db: Path, dialogs: RecordingDialogs) -> None:
    window = make_window(enrolled_db)
    assert not hasattr(window, "backups")  # nothing of it before the window is up
    qtbot.waitUntil(lambda: hasattr(window, "backups") and window.backups.checked is not None)
    # the check's end, seen in what it makes (its signal may come before a wait could start)
    qtbot.waitUntil(lambda: _daily(enrolled_db) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.pool.activeThreadCount(), timeout=10_000)
    assert dialogs.questions == [] and dialogs.warnings == []
    assert window.backups.action in window.file_menu.actions()


def test_a_damaged_database_is_kept_aside_and_the_latest_good_backup_restored(
        qtbot, make_window, enrolled_db: Path, dialogs: RecordingDialogs) -> None:
    _with_directory(enrolled_db)
    schools = count_rows(enrolled_db, "schools")
    newest_good = list_backups(enrolled_db)[0].backup_id
    assert damage_pages_of(enrolled_db, "instruments") > 0  # the first screen never reads it
    window = make_window(enrolled_db)
    qtbot.waitUntil(lambda: getattr(window, "backups", None) is not None
                    and window.backups.restoring is not None, timeout=10_000)
    assert len(dialogs.questions) == 1 and "dañada" in dialogs.questions[0]
    assert newest_good in dialogs.questions[0]
    qtbot.waitUntil(lambda: window.other_window is not None, timeout=10_000)
    restored = window.other_window
    qtbot.addWidget(restored)
    assert any(title == "Copia restaurada" for title, _text, _details in dialogs.infos)
    assert "identidad nueva" in dialogs.infos[-1][1]
    assert count_rows(enrolled_db, "schools") == schools
    aside = list((backups_dir_for(enrolled_db) / "aside").iterdir())
    assert len(aside) == 1 and (aside[0] / enrolled_db.name).is_file()
    restored.close()


def test_a_database_too_damaged_to_open_offers_its_backup_before_the_window(
        qtbot, enrolled_db: Path, dialogs: RecordingDialogs) -> None:
    _with_directory(enrolled_db)
    damage(enrolled_db, first=0.02, last=0.98)
    window = open_main_window(enrolled_db, "es", dialogs)
    assert window is not None, dialogs.warnings
    qtbot.addWidget(window)
    assert len(dialogs.questions) == 1
    assert count_rows(enrolled_db, "schools") > 0
    window.close()


def test_the_backups_dialog_lists_creates_and_asks_before_restoring(
        qtbot, make_window, enrolled_db: Path, dialogs: RecordingDialogs) -> None:
    window = make_window(enrolled_db)
    qtbot.waitUntil(lambda: hasattr(window, "backups") and window.backups.checked is not None)
    qtbot.waitUntil(lambda: _daily(enrolled_db) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.pool.activeThreadCount(), timeout=10_000)
    window.backups.action.trigger()
    dialog = window.backups.dialog
    qtbot.addWidget(dialog)
    shown = dialog.model.rowCount()
    assert shown == len(list_backups(enrolled_db)) >= 1
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == shown + 1, timeout=10_000)
    dialogs.answer_yes = False
    dialog.table.selectRow(0)
    dialog.restore_chosen()
    assert len(dialogs.questions) == 1 and window.isEnabled()  # asked; the answer was no
    dialog.keep_other.setValue(1)  # saved at once; the next backup prunes to it
    dialog.create_backup()
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=10_000)
    assert sorted(b.kind for b in list_backups(enrolled_db)) == ["daily", "manual"]


def test_the_backup_model_passes_the_model_tester(qtmodeltester, enrolled_db: Path) -> None:
    ctx = open_context(enrolled_db)
    make_backup(ctx)
    ctx.close()
    model = BackupModel()
    model.set_rows(list_backups(enrolled_db))
    qtmodeltester.check(model)


def test_a_postgresql_station_is_not_opened_in_the_window(
        qtbot, dialogs: RecordingDialogs, tmp_path: Path) -> None:
    """The window refuses a server's address with a message naming the way (D44), and writes
    nothing: no file, no folder in the data folder, not even a connection attempt."""
    from monitor_app.storage.database_address import PostgresAddress

    address = PostgresAddress(f"postgresql://monitor@/monitor?host={tmp_path}")
    assert open_main_window(address, "en", dialogs) is None
    assert "does not open a PostgreSQL station" in dialogs.warnings[-1]
    assert "reporting" in dialogs.warnings[-1]
    assert not address.station_path().parent.exists()
    assert list(tmp_path.iterdir()) == []
