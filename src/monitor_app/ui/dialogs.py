"""Every file chooser and message box the app opens, behind one object tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from monitor_app.ui.error_dialog import ErrorDialog


class Dialogs(QObject):
    """The real dialogs. Boxes that report a result open without blocking the window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QDialog] = []  # non-blocking boxes, kept alive until closed

    def choose_padron_file(self, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Importar padrón"),
            "",
            self.tr("Padrón de IIEE (*.dbf *.DBF *.csv *.CSV *.xlsx *.XLSX);;Todos los archivos (*)"),
        )
        return Path(name) if name else None

    def choose_photos(self, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent, self.tr("Agregar fotos"), "",
            self.tr("Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;Todos los archivos (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return [Path(name) for name in names]

    def warn(self, parent: QWidget | None, text: str) -> None:
        """A refusal the user has to read before going on (blocks)."""
        QMessageBox.warning(parent, self.tr("Monitor de Campo"), text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        """A yes/no question before something that cannot be taken back from the window."""
        answer = QMessageBox.question(parent, self.tr("Monitor de Campo"), text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """A result to read at leisure: the window stays usable."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        self._keep_open(box)

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    def show_error(self, summary: str, details: str) -> None:
        """An unexpected error, already logged: shown without blocking whatever was running.
        While one is open, later ones only go to the log (a failing repaint would open dozens)."""
        if any(isinstance(box, ErrorDialog) for box in self._open):
            return
        self._keep_open(ErrorDialog(summary, details, QApplication.activeWindow()))

    def show_fatal_error(self, summary: str, details: str) -> None:
        """An error that ends the app: shown, and waited for (blocks)."""
        ErrorDialog(summary, details).exec()

    def _keep_open(self, box: QDialog) -> None:
        self._open.append(box)
        box.finished.connect(lambda _result: self._forget(box))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    def _forget(self, box: QDialog) -> None:
        if box in self._open:
            self._open.remove(box)
        box.deleteLater()
