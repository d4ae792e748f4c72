"""Bandeja de entrada (the merge station): bundle files dropped on the page, or chosen as files
or as a whole folder (a USB stick), imported one after another on the writer thread with a
progress bar and Cancel; what each file became, and every bundle received, the latest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.inbox import (
    FileRefused,
    FolderWatch,
    ReceivedBundle,
    bundle_files,
    import_files,
    received_bundles,
)
from monitor_app.services.messages import describe
from monitor_app.services.sync_messages import describe_reason
from monitor_app.services.sync_outcome import ImportOutcome
from monitor_app.storage.sync_registry import Outcome
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.models.rows import ROW_ROLE, Column, RowsModel
from monitor_app.ui.removable import start_folder
from monitor_app.ui.role_names import role_label
from monitor_app.ui.task_runner import RunningTask, TaskRunner
from monitor_app.ui.widgets.school_sections import Section
from monitor_app.ui.widgets.table_view import fit_columns, sorted_table

FILE, SENDER, ROLE, RECEIVED, CHANGES, PHOTOS, OUTCOME, REASON = range(8)
WATCH_EVERY_MS = 3_000  # a look at the watched folder; a file is taken after two equal looks


class OutcomeWords(QObject):
    """What became of a bundle, in words."""

    def outcome(self, outcome: Outcome) -> str:
        words = {Outcome.MERGED: self.tr("✓ fusionado"), Outcome.ALREADY: self.tr("ya importado"),
                 Outcome.HELD: self.tr("! retenido: equipo por aprobar"),
                 Outcome.QUARANTINED: self.tr("✕ en cuarentena"),
                 Outcome.REFUSED: self.tr("✕ rechazado"),
                 Outcome.INCOMPLETE: self.tr("… incompleto: faltan partes")}
        return words.get(outcome, outcome.value)


class ReceivedModel(RowsModel[ReceivedBundle]):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        words = OutcomeWords()  # kept by the columns' functions
        super().__init__([
            Column(self.tr("Archivo"), lambda b: b.file_name),
            Column(self.tr("Enviado por"), lambda b: b.sender),
            Column(self.tr("Rol"), lambda b: role_label(Role(b.role)) if b.role else ""),
            Column(self.tr("Recibido"), lambda b: b.received_at[:16].replace("T", " "),
                   sort=lambda b: b.received_at),
            Column(self.tr("Cambios"), lambda b: str(b.changes), sort=lambda b: b.changes),
            Column(self.tr("Fotos"), lambda b: str(b.photos), sort=lambda b: b.photos),
            Column(self.tr("Resultado"), lambda b: words.outcome(b.outcome)),
            Column(self.tr("Motivo"),
                   lambda b: describe_reason(b.reason, lang) if b.reason else ""),
        ], parent)


class InboxPage(QWidget):
    """`changed` after bundles were imported."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self._task: RunningTask | None = None
        self.words = OutcomeWords(self)
        self.setAcceptDrops(True)
        self.files_button = QPushButton(self.tr("Importar &archivos…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Importar una &carpeta…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.watch_button = QPushButton(self.tr("&Vigilar una carpeta…"))
        self.watch_button.clicked.connect(self.choose_watched_folder)
        self.watching = QLabel()
        self.watching.setWordWrap(True)
        self.watching.hide()
        self.watch: FolderWatch | None = None
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_EVERY_MS)
        self.watch_timer.timeout.connect(self.look_at_watched_folder)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.result = QLabel(self.tr("Arrastre aquí los paquetes o una carpeta (la memoria USB), "
                                     "o elíjalos con los botones."))
        self.result.setWordWrap(True)
        self.model = ReceivedModel(lang, self)
        self.table = sorted_table(self.model, self, stretch=REASON)
        self.table.activated.connect(lambda index: self.show_report(index.data(ROW_ROLE)))
        buttons = QHBoxLayout()
        for widget in (self.files_button, self.folder_button, self.watch_button, self.progress,
                       self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(Section(self.tr("Bandeja de entrada")))
        layout.addLayout(buttons)
        layout.addWidget(self.watching)
        layout.addWidget(self.result)
        layout.addWidget(Section(self.tr("Paquetes recibidos")))
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        task = self._runner.submit(lambda ctx, _p, _c: received_bundles(ctx))
        task.finished.connect(self._show_received)
        task.failed.connect(self._refused)

    def _show_received(self, received: list[ReceivedBundle]) -> None:
        self.model.set_rows(received)
        fit_columns(self.table, self.model, skip=(FILE,))

    def report_text(self, bundle: ReceivedBundle) -> str:
        """A bundle's import report: who sent it, what it held, what became of it and why."""
        lines = [self.tr("Archivo: {file}").format(file=bundle.file_name),
                 self.tr("Enviado por: {sender} ({role})").format(
                     sender=bundle.sender,
                     role=role_label(Role(bundle.role)) if bundle.role else "—"),
                 self.tr("Huella de la clave: {fingerprint}").format(
                     fingerprint=bundle.fingerprint or "—"),
                 self.tr("Recibido: {when}").format(when=bundle.received_at[:16].replace("T", " ")),
                 self.tr("Cambios {first} a {last} del equipo ({count})").format(
                     first=bundle.seq_from, last=bundle.seq_to, count=bundle.changes),
                 self.tr("Resultado: {outcome}").format(outcome=self.words.outcome(bundle.outcome))]
        if bundle.reason:
            lines.append(describe_reason(bundle.reason, self._lang))  # type: ignore[arg-type]
        return "\n".join(lines)

    def show_report(self, bundle: ReceivedBundle | None) -> None:
        if bundle is not None:
            self._dialogs.inform(self, self.tr("Informe de importación"), self.report_text(bundle))

    # -- importing ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        self.import_paths(self._dialogs.choose_bundles(self, start_folder()))

    def choose_folder(self) -> None:
        folder = self._dialogs.choose_bundle_folder(self, start_folder())
        if folder is not None:
            self.import_paths([folder])

    def choose_watched_folder(self) -> None:
        """Watch a folder (while the window is open) or, when watching, stop."""
        if self.watch is not None:
            self.watch_folder(None)
            return
        self.watch_folder(self._dialogs.choose_bundle_folder(self, start_folder()))

    def watch_folder(self, folder: Path | None) -> None:
        self.watch = FolderWatch(folder) if folder is not None else None
        self.watching.setVisible(folder is not None)
        if folder is None:
            self.watch_timer.stop()
            self.watch_button.setText(self.tr("&Vigilar una carpeta…"))
            return
        self.watching.setText(self.tr("Vigilando {folder}: los paquetes que aparezcan allí se "
                                      "importan cuando terminan de copiarse.").format(
            folder=str(folder)))
        self.watch_button.setText(self.tr("Dejar de &vigilar"))
        self.watch_timer.start()
        self.look_at_watched_folder()

    def look_at_watched_folder(self) -> None:
        if self.watch is None or self._task is not None:
            return  # the next look takes what is ready then
        ready = self.watch.ready()
        if ready:
            self.import_paths(ready)

    def import_paths(self, paths: list[Path]) -> None:
        """Import the bundle files among these files and folders, one after another."""
        if self._task is not None or not paths:
            return
        files = bundle_files(paths)
        if not files:
            self.result.setText(self.tr("No hay paquetes de Monitor de Campo (.mcbundle, .mcpart) "
                                        "en lo elegido."))
            return
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        for widget in (self.progress, self.cancel_button):
            widget.show()
        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.result.setText(self.tr("Importando %n paquete(s)…", "", len(files)))
        self._task = self._runner.submit(
            lambda ctx, progress, cancelled: import_files(ctx, files, progress, cancelled))
        self._task.progress.connect(lambda done, _total: self.progress.setValue(done))
        self._task.finished.connect(self._imported)
        self._task.failed.connect(self._refused)

    def is_running(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _finish(self) -> None:
        self._task = None
        for widget in (self.progress, self.cancel_button):
            widget.hide()
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        self._finish()
        merged = sum(o.outcome is Outcome.MERGED for o in outcomes)
        lines = [self.tr("%n paquete(s) fusionado(s).", "", merged)]
        lines += [self._line(o) for o in outcomes if o.outcome is not Outcome.MERGED]
        self.result.setText("\n".join(lines))
        self.status.emit(lines[0])
        self.changed.emit()
        self.reload()

    def _line(self, outcome: ImportOutcome) -> str:
        if isinstance(outcome, FileRefused) and outcome.refusal is not None:
            reason = describe(outcome.refusal, self._lang)
        else:
            reason = describe_reason(outcome.reason, self._lang) if outcome.reason else ""  # type: ignore[arg-type]
        text = f"{outcome.file}: {self.words.outcome(outcome.outcome)}"
        return f"{text} — {reason}" if reason else text

    def _refused(self, error: object) -> None:
        self._finish()
        if isinstance(error, MonitorError):
            self.result.setText(describe(error, self._lang))
        self.reload()

    # -- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
