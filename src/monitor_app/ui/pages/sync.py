"""The Sincronizar page: export for the UGEL onto a stick, import the UGEL's reply, and where
this laptop stands with its office. The work runs on the window's one writer (TaskRunner)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Cancelled, Progress
from monitor_app.services.context import AppContext
from monitor_app.services.messages import describe
from monitor_app.services.sync_outcome import ImportOutcome
from monitor_app.services.sync_status import SyncStatus, exported_photos, sync_status
from monitor_app.storage.sync_registry import Outcome
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.removable import start_folder
from monitor_app.ui.task_runner import UNKNOWN_TOTAL, RunningTask, TaskRunner
from monitor_app.ui.widgets.school_sections import PageTitle
from monitor_app.ui.widgets.sync_summary import SyncSummary

if TYPE_CHECKING:  # the bundle machinery loads when an export runs
    from monitor_app.sync.bundle_writer import BundleInfo

TEXT_WIDTH = 760  # a line a person reads without turning the head, at 1366 pixels


def export_for_office(folder: Path, ctx: AppContext, progress: Progress,
                      cancelled: Cancelled) -> tuple[BundleInfo, int]:
    """The work run on the worker thread: the bundle, and the photos it carries."""
    from monitor_app.services.sync_export import export_bundle

    info = export_bundle(ctx, folder, progress=progress, cancelled=cancelled)
    return info, exported_photos(info)


def resend_outbox(folder: Path, ctx: AppContext, progress: Progress,
                  cancelled: Cancelled) -> list[Path]:
    from monitor_app.services.outbox import resend

    return resend(ctx, folder)


def import_from_office(path: Path, ctx: AppContext, progress: Progress,
                       cancelled: Cancelled) -> ImportOutcome:
    """The work run on the worker thread (an import is one transaction: it cannot stop halfway)."""
    from monitor_app.services.sync_import import import_bundle

    return import_bundle(ctx, path)


def _paragraph(lines: list[str]) -> QLabel:
    label = QLabel("\n".join(lines))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncPage(QWidget):
    status = Signal(str)  # a short message for the status bar
    changed = Signal()  # a reply was imported: the other pages read again

    def __init__(self, context: Callable[[], AppContext], runner: TaskRunner, dialogs: Dialogs,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self.task: RunningTask | None = None
        self.sync_status: SyncStatus | None = None
        self.say = SyncSummary(self)
        title = PageTitle(self.tr("Sincronizar con la UGEL"))
        column = QWidget()
        column.setMaximumWidth(TEXT_WIDTH)
        layout = QVBoxLayout(column)
        layout.addWidget(title)
        layout.addWidget(self._build_buttons())
        layout.addWidget(self._build_progress())
        layout.addWidget(self._build_result())
        layout.addWidget(self._build_status())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    # building ---------------------------------------------------------------------------------

    def _build_buttons(self) -> QWidget:
        style = self.style()
        self.export_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
                                         self.tr("&Exportar para la UGEL"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        self.import_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                         self.tr("&Importar respuesta de la UGEL"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.resend_button = QPushButton(self.tr("&Reenviar"))
        self.resend_button.setToolTip(self.tr(
            "Vuelve a escribir lo exportado que la UGEL aún no confirma (si se perdió la "
            "memoria USB)."))
        self.resend_button.clicked.connect(self.choose_and_resend)
        hint = _paragraph([self.tr(
            "Exportar escribe en la memoria USB (o en una carpeta) todos los cambios que la UGEL "
            "aún no confirma, cifrados para ella. Importar trae la respuesta de la UGEL: lo que "
            "registraron otros equipos y la propia UGEL, y hasta dónde recibió lo suyo.")])
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addWidget(self.resend_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(hint)
        return box

    def _build_progress(self) -> QWidget:
        self.progress_box = QWidget()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("&Cancelar"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self.progress_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_label)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress_box.hide()
        return self.progress_box

    def _build_result(self) -> QGroupBox:
        self.result_box = QGroupBox(self.tr("Resultado"))
        self.result_label = _paragraph([])
        QVBoxLayout(self.result_box).addWidget(self.result_label)
        self.result_box.hide()
        return self.result_box

    def _build_status(self) -> QGroupBox:
        box = QGroupBox(self.tr("Estado"))
        self.office_label = _paragraph([])
        self.export_label = _paragraph([])
        layout = QVBoxLayout(box)
        layout.addWidget(self.office_label)
        layout.addWidget(self.export_label)
        return box

    # state ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read where this laptop stands (a few small reads on the window's connection)."""
        ctx = self._context()
        if ctx.identity is None:
            self.sync_status = None
            self.office_label.setText(self.tr("Configure el equipo antes de sincronizar."))
            self.export_label.setText("")
        else:
            self.sync_status = sync_status(ctx)
            self.office_label.setText("\n".join(self.say.office_lines(self.sync_status)))
            self.export_label.setText("\n".join(self.say.export_lines(self.sync_status)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        joined = self.sync_status is not None and self.sync_status.office is not None
        self.export_button.setEnabled(idle and joined)
        self.import_button.setEnabled(idle and self.sync_status is not None)
        self.resend_button.setEnabled(idle and joined)
        self.export_button.setToolTip("" if joined else self.tr(
            "Este equipo aún no se unió a su UGEL: no tiene a quién cifrar el paquete."))

    def _show_result(self, lines: list[str], refused: bool = False) -> None:
        self.result_box.setTitle(self.tr("No se pudo completar") if refused
                                 else self.tr("Resultado"))
        self.result_label.setText("\n".join(lines))
        self.result_box.show()

    # export -----------------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        folder = self._dialogs.choose_export_folder(self, start_folder())
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> RunningTask:
        task = self._start(functools.partial(export_for_office, folder),
                           self.tr("Exportando para la UGEL en {folder}…").format(folder=folder))
        task.finished.connect(self._exported)
        task.failed.connect(lambda error: self._failed(error, self.tr("No se exportó nada.")))
        return task

    def _exported(self, result: tuple[BundleInfo, int]) -> None:
        info, photos = result
        self._end()
        self._show_result(self.say.exported_lines(info, photos))
        self.status.emit(self.tr("Exportado y verificado: {file}").format(file=info.path.name))

    def choose_and_resend(self) -> None:
        folder = self._dialogs.choose_export_folder(self, start_folder())
        if folder is not None:
            self.resend_to(folder)

    def resend_to(self, folder: Path) -> RunningTask:
        """The outbox's bundles the office has not acknowledged, written again (D38)."""
        task = self._start(functools.partial(resend_outbox, folder),
                           self.tr("Reenviando a {folder}…").format(folder=folder))
        task.finished.connect(self._resent)
        task.failed.connect(lambda error: self._failed(error, self.tr("No se reenvió nada.")))
        return task

    def _resent(self, written: list[Path]) -> None:
        self._end()
        if not written:
            self._show_result([self.tr("No hay nada por reenviar: la UGEL ya confirmó todo lo "
                                       "exportado.")])
            return
        self._show_result([self.tr("Reenviado: {file}").format(file=p.name) for p in written])
        self.status.emit(self.tr("Reenviado: %n paquete(s).", "", len(written)))

    # import -----------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path = self._dialogs.choose_reply_file(self, start_folder())
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> RunningTask:
        task = self._start(functools.partial(import_from_office, path),
                           self.tr("Importando {file}…").format(file=path.name), cancellable=False)
        task.finished.connect(self._imported)
        task.failed.connect(lambda error: self._failed(error, self.tr("No se importó nada.")))
        return task

    def _imported(self, outcome: ImportOutcome) -> None:
        self._end()
        if outcome.outcome is not Outcome.MERGED or not outcome.reference:
            self._show_result([self.say.refused_line(outcome, self._lang)], refused=not outcome.ok)
            self.status.emit(self.tr("No se importó {file}.").format(file=outcome.file))
            return
        self._show_result(self.say.arrived_lines(outcome))
        self.status.emit(self.tr("Respuesta de la UGEL importada: {file}").format(file=outcome.file))
        self.changed.emit()

    # running ----------------------------------------------------------------------------------

    def _start(self, work: Callable[[AppContext, Progress, Cancelled], object], text: str,
               cancellable: bool = True) -> RunningTask:
        if self.task is not None:
            raise RuntimeError("a sync operation is already running")
        self.task = self._runner.submit(work)
        self.task.progress.connect(self._progress)
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)  # busy until the first report says how much
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.progress_box.show()
        self.result_box.hide()
        self._update_buttons()
        return self.task

    def cancel(self) -> None:
        """Ask the worker to stop: the export removes what it began, nothing stays on the stick."""
        if self.task is not None and not self.task.is_cancelled():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.emit(self.tr("Cancelando la exportación…"))

    def is_running(self) -> bool:
        return self.task is not None

    def _progress(self, done: int, total: int) -> None:
        if total == UNKNOWN_TOTAL or total <= 0:
            self.progress_bar.setRange(0, 0)
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))

    def _failed(self, error: BaseException, nothing: str) -> None:
        self._end()
        if isinstance(error, MonitorError) and error.code is ErrorCode.CANCELLED:
            self._show_result([self.tr("Exportación cancelada: no quedó ningún paquete en el "
                                       "destino.")])
            self.status.emit(self.tr("Exportación cancelada."))
        elif isinstance(error, MonitorError):
            self._show_result([describe(error, self._lang)], refused=True)  # one sentence
            self.status.emit(nothing)
        else:  # a bug: sys.excepthook already logged it and shows the details
            self._show_result([nothing], refused=True)
            self.status.emit(nothing)

    def _end(self) -> None:
        self.task = None
        self.progress_box.hide()
        self.refresh()
