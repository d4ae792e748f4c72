"""*Copias de seguridad*: the list of backups, one now, how many to keep, restoring one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.services.backups import make_backup, set_retention
from monitor_app.services.messages import describe
from monitor_app.storage.backup_files import BackupInfo, list_backups, load_retention
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.models.backups import WHEN, BackupModel
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.table_view import fit_columns, sorted_table
from monitor_app.ui.widgets.task_progress import TaskProgress


class BackupsDialog(QDialog):
    """Restoring is asked of the window (`restore_requested`): it must close its database."""

    restore_requested = Signal(str)

    def __init__(self, runner: TaskRunner, lang: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._lang, self._dialogs = runner, lang, dialogs
        self.setWindowTitle(self.tr("Copias de seguridad"))
        self.model = BackupModel(self)
        self.table = sorted_table(self.model, self)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.progress = TaskProgress(self)
        self.create_button = QPushButton(self.tr("&Crear copia ahora"))
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button = QPushButton(self.tr("&Restaurar la copia elegida…"))
        self.restore_button.clicked.connect(self.restore_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Se hace una copia antes de cada actualización, de cada importación del padrón, "
            "de la primera importación de paquetes de cada hora, y una vez al día al abrir. "
            "Las fotos se guardan una sola vez para todas las copias.")), 0)
        layout.itemAt(0).widget().setWordWrap(True)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self._retention_box())
        layout.addWidget(close)
        self.resize(760, 480)
        self.reload()

    def _retention_box(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        retention = load_retention(self._runner.db_path)
        self.keep_daily, self.keep_other = QSpinBox(), QSpinBox()
        for spin, value in ((self.keep_daily, retention.keep_daily),
                            (self.keep_other, retention.keep_other)):
            spin.setRange(1, 365)
            spin.setValue(value)
            spin.setMaximumWidth(90)
        self.keep_daily.valueChanged.connect(self.save_retention)
        self.keep_other.valueChanged.connect(self.save_retention)
        form.addRow(self.tr("Copias &diarias que se guardan:"), self.keep_daily)
        form.addRow(self.tr("&Otras copias que se guardan:"), self.keep_other)
        return box

    def reload(self) -> None:
        self.model.set_rows(list_backups(self._runner.db_path))
        fit_columns(self.table, self.model)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def save_retention(self) -> None:
        try:
            set_retention(self._runner.db_path, self.keep_daily.value(), self.keep_other.value())
        except MonitorError as refusal:
            self._dialogs.warn(self, describe(refusal, self._lang))

    def create_backup(self) -> None:
        task = self._runner.submit(lambda ctx, progress, _cancelled: make_backup(
            ctx, progress=progress))
        self.create_button.setEnabled(False)
        self.progress.follow(task, self.tr("Haciendo la copia…"), cancellable=False)
        task.finished.connect(self._created)
        task.failed.connect(self._create_failed)

    def _created(self, backup: BackupInfo) -> None:
        self.create_button.setEnabled(True)
        self.reload()
        if not backup.good:
            self._dialogs.warn(self, self.tr(
                "La copia se hizo, pero la revisión encontró daños en la base de datos. "
                "Restaure una copia anterior."))

    def _create_failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(error, MonitorError):
            self._dialogs.warn(self, describe(error, self._lang))

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.table.model().mapToSource(rows[0]).row())

    def restore_chosen(self) -> None:
        backup = self.chosen()
        if backup is None:
            self._dialogs.warn(self, self.tr("Elija en la lista la copia que quiere restaurar."))
            return
        question = self.tr(
            "Se reemplazará la base de datos con la copia del {when}. La base actual se guarda "
            "aparte. En un equipo de campo, el equipo toma una identidad nueva y la UGEL debe "
            "aprobarlo de nuevo; su respuesta le devolverá lo enviado después de la copia. "
            "¿Restaurar?").format(when=BackupModel.when_text(backup))
        if self._dialogs.confirm(self, question):
            self.restore_requested.emit(backup.backup_id)
            self.accept()
