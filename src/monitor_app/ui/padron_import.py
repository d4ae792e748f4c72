"""Importing a padrón file from the window: choose it, run it on the worker, show progress and a summary."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from monitor_app.core.directory import RowIssue
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Cancelled, Progress
from monitor_app.services.context import AppContext
from monitor_app.services.messages import describe
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.task_runner import UNKNOWN_TOTAL, RunningTask, TaskRunner

if TYPE_CHECKING:
    from monitor_app.services.directory_import import DirectoryImportReport

MAX_LISTED_PROBLEMS = 1000


def import_padron(path: Path, ctx: AppContext, progress: Progress,
                  cancelled: Cancelled) -> DirectoryImportReport:
    """The work run on the worker thread."""
    # Imported here: the padrón readers (and openpyxl) are not needed to show the first window.
    from monitor_app.services.directory_import import import_directory

    return import_directory(ctx, path, progress=progress, cancelled=cancelled)


class PadronImport(QObject):
    """One import at a time. The window stays usable (searching reads while the worker writes)."""

    started = Signal()
    imported = Signal(object)  # the DirectoryImportReport, after the import committed
    ended = Signal()  # whatever the outcome
    status = Signal(str)  # a short message for the status bar

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self._window = window
        self.task: RunningTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._file_name = ""

    def is_running(self) -> bool:
        return self.task is not None

    def choose_and_start(self) -> None:
        path = self._dialogs.choose_padron_file(self._window)
        if path is not None:
            self.start(path)

    def start(self, path: Path) -> RunningTask:
        if self.task is not None:
            raise RuntimeError("an import is already running")
        self._file_name = path.name
        self.task = self._runner.submit(functools.partial(import_padron, path))
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.progress_dialog = self._new_progress_dialog()
        self.progress_dialog.show()
        self.started.emit()
        return self.task

    def cancel(self) -> None:
        """Ask the worker to stop; it rolls back at its next check. (Qt hides the dialog.)"""
        if self.task is not None and not self.task.is_cancelled():
            self.task.cancel()
            self.status.emit(self.tr("Cancelando la importación…"))

    def _new_progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Leyendo {file}…").format(file=self._file_name), self.tr("Cancelar"), 0, 0,
            self._window,
        )
        dialog.setWindowTitle(self.tr("Importar padrón"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or (self.task is not None and self.task.is_cancelled()):
            return
        if total == UNKNOWN_TOTAL:
            dialog.setRange(0, 0)  # a busy bar: CSV and XLSX files do not say how many rows they hold
            text = self.tr("Importando {file}: {done} filas leídas")
        else:
            dialog.setRange(0, max(total, 1))
            dialog.setValue(min(done, total))
            text = self.tr("Importando {file}: {done} de {total} filas")
        dialog.setLabelText(text.format(file=self._file_name, done=done, total=total))

    def _succeeded(self, report: DirectoryImportReport) -> None:
        self._end()
        self._dialogs.inform(self._window, self.tr("Padrón importado"), self.summary(report),
                             self.problem_list(report))
        self.status.emit(self.tr("Padrón importado: {file}").format(file=report.file))
        self.imported.emit(report)
        self.ended.emit()

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, MonitorError) and error.code is ErrorCode.CANCELLED:
            self.status.emit(self.tr("Importación cancelada. No se cambió nada."))
        elif isinstance(error, MonitorError):
            self._dialogs.warn(self._window, describe(error, self._lang))
            self.status.emit(self.tr("No se importó el padrón."))
        else:  # a bug: sys.excepthook already logged it and shows the details
            self.status.emit(self.tr("No se importó el padrón."))
        self.ended.emit()

    def _end(self) -> None:
        self.task = None
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.hide()
            dialog.deleteLater()

    def summary(self, report: DirectoryImportReport) -> str:
        lines = [
            self.tr("Archivo: {file} ({format})").format(file=report.file, format=report.format.upper()),
            self.tr("Filas leídas: {n}").format(n=report.rows_read),
            "",
            self.tr("Nuevas: {n}").format(n=report.new),
            self.tr("Actualizadas: {n}").format(n=report.updated),
            self.tr("Sin cambios: {n}").format(n=report.unchanged),
            self.tr("Rechazadas: {n}").format(n=report.rejected),
            self.tr("Fuera del ámbito de este equipo: {n}").format(n=report.out_of_scope),
        ]
        if report.absent_columns:
            absent = self.tr("Columnas que el archivo no trae (se conservan sus valores): {columns}")
            lines += ["", absent.format(columns=", ".join(report.absent_columns))]
        if report.rejected:
            lines += ["", self.tr("Vea el detalle de las filas rechazadas en «Mostrar los detalles».")]
        return "\n".join(lines)

    def problem_list(self, report: DirectoryImportReport) -> str:
        """One line per rejected row, for the box's details."""
        lines = []
        for problem in report.problems[:MAX_LISTED_PROBLEMS]:
            reason = self._issue_text(problem.issue)
            detail = f" ({problem.detail})" if problem.detail else ""
            if problem.first_row is not None:
                detail = self.tr(" ({codes}, repite la fila {row})").format(
                    codes=problem.detail, row=problem.first_row)
            lines.append(self.tr("Fila {row}: {reason}").format(row=problem.row, reason=reason) + detail)
        if report.rejected > MAX_LISTED_PROBLEMS:
            lines.append(self.tr("… y {n} filas más.").format(n=report.rejected - MAX_LISTED_PROBLEMS))
        return "\n".join(lines)

    def _issue_text(self, issue: RowIssue) -> str:
        texts = {
            RowIssue.MISSING_CODE: self.tr("falta el código"),
            RowIssue.INVALID_CODE: self.tr("código no válido"),
            RowIssue.MISSING_NAME: self.tr("falta el nombre de la IE"),
            RowIssue.SUPPORT_INSTITUTION: self.tr("institución de apoyo (ODEC, CRAEI…), no es una IE"),
            RowIssue.DUPLICATE: self.tr("código repetido en el archivo"),
            RowIssue.OUT_OF_SCOPE: self.tr("fuera del ámbito de este equipo"),
        }
        return texts.get(issue, issue.value)
