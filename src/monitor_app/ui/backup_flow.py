"""The window's side of backups: the *Copias de seguridad* menu entry, the integrity check
and daily backup once the window is up (off the GUI thread), and restoring a backup, which
closes the window's database and opens the restored one in a new window (D38)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool
from PySide6.QtGui import QAction

from monitor_app.core.errors import MonitorError
from monitor_app.services.backups import check_at_start, is_damage, restore
from monitor_app.services.messages import describe
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.task_runner import RunningTask, settle_with

if TYPE_CHECKING:
    from monitor_app.services.backups import RestoreReport
    from monitor_app.ui.shell import MainWindow


class _Call(QRunnable):
    def __init__(self, task: RunningTask, call: Callable[[], Any]) -> None:
        super().__init__()
        self._task, self._call = task, call

    def run(self) -> None:
        settle_with(self._task, self._call)


class BackupFlow(QObject):
    """Owned by the main window; its work runs on a thread of its own, with its own
    connection (the check must run even when the window's writer could not open the file)."""

    def __init__(self, window: MainWindow, lang: str, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.window, self.lang, self.dialogs = window, lang, dialogs
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.action = QAction(self.tr("Copias de &seguridad…"), window)
        self.action.triggered.connect(self.open_dialog)
        window.file_menu.insertAction(window.settings_action, self.action)
        self.checked: RunningTask | None = None
        self.restoring: RunningTask | None = None

    def _run(self, call: Callable[[], Any]) -> RunningTask:
        task = RunningTask(lambda *_: None, self)
        self.pool.start(_Call(task, call))
        return task

    def check_at_start(self) -> RunningTask | None:
        """`PRAGMA quick_check` and the day's backup; a damaged file offers the latest good
        backup instead of failing later. None when the window closed meanwhile."""
        try:
            path, wall = self.window.ctx.path, self.window.ctx.wall_ms
        except RuntimeError:
            return None
        self.checked = self._run(lambda: check_at_start(path, wall_ms=wall))
        self.checked.failed.connect(self._check_failed)
        return self.checked

    def _check_failed(self, error: BaseException) -> None:
        if not isinstance(error, MonitorError):
            return  # a bug: the error hooks already showed it
        if not is_damage(error) or "backup" not in error.params:
            self.dialogs.warn(self.window, describe(error, self.lang))
            return
        question = self.tr(
            "La base de datos está dañada. Se guardará aparte tal como está y se restaurará "
            "la última copia buena ({backup}). ¿Restaurar ahora?").format(
            backup=error.params["backup"])
        if self.dialogs.confirm(self.window, question):
            self.restore(str(error.params["backup"]))

    def open_dialog(self) -> None:
        from monitor_app.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window.runner, self.lang, self.dialogs,
                               self.window)
        dialog.restore_requested.connect(self.restore)
        self.dialog = dialog
        dialog.open()

    def restore(self, backup_id: str) -> RunningTask | None:
        """Close the window's database, restore on a worker, then show the restored one."""
        window = self.window
        if window.runner.busy():
            self.dialogs.warn(window, self.tr(
                "Espere a que termine la tarea en curso y vuelva a restaurar."))
            return None
        path, wall = window.ctx.path, window.ctx.wall_ms
        window.setEnabled(False)
        window.runner.shutdown()
        window.ctx.close()
        self.restoring = self._run(lambda: restore(path, backup_id, wall_ms=wall))
        self.restoring.finished.connect(lambda report: self._restored(path, report))
        self.restoring.failed.connect(lambda error: self._restore_failed(path, error))
        return self.restoring

    def _restored(self, path: Path, report: RestoreReport) -> None:
        text = self.tr("Se restauró la copia {backup}. La base anterior quedó en {aside}.").format(
            backup=report.backup.backup_id, aside=report.aside)
        if report.new_device_id:
            text += " " + self.tr(
                "Este equipo tiene ahora una identidad nueva: exporte para la UGEL y pida que "
                "aprueben el equipo. La respuesta de la UGEL le devolverá lo que envió después "
                "de la copia.")
        if report.reimported:
            text += " " + self.tr("Se volvieron a importar %n paquete(s) fusionados después "
                                  "de la copia.", "", len(report.reimported))
        self.dialogs.inform(self.window, self.tr("Copia restaurada"), text)
        self.window.open_installation(path)

    def _restore_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, MonitorError):
            self.dialogs.warn(self.window, describe(error, self.lang))
        self.window.open_installation(path)  # the database as it was (nothing was replaced)


def restore_at_open(db: Path, lang: str, dialogs: Dialogs, refusal: MonitorError) -> bool:
    """A database too damaged to open: offer its latest good backup before any window exists
    (restored here, on the GUI thread: there is no window to keep responsive). True when
    restored, so the caller opens it again."""
    from PySide6.QtCore import QCoreApplication

    from monitor_app.services.backups import damaged

    if not is_damage(refusal):
        return False
    named = damaged(db)
    if "backup" not in named.params:
        return False
    question = QCoreApplication.translate("BackupFlow", (
        "La base de datos está dañada. Se guardará aparte tal como está y se restaurará "
        "la última copia buena ({backup}). ¿Restaurar ahora?")).format(
        backup=named.params["backup"])
    if not dialogs.confirm(None, question):
        return False
    try:
        restore(db, str(named.params["backup"]))
    except MonitorError as failed:
        dialogs.warn(None, describe(failed, lang))
        return False
    return True
