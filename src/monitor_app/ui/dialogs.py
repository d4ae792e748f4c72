"""Every file chooser and message box the app opens, behind one object tests replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtWidgets  # its file and message dialogs are set up when first opened (D41)
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def _qt_own(*options: QtWidgets.QFileDialog.Option) -> QtWidgets.QFileDialog.Option:
    """`options` for Qt's own file dialog, which speaks the app's language where the platform's
    would speak the system's."""
    chosen = QtWidgets.QFileDialog.Option.DontUseNativeDialog
    for option in options:
        chosen |= option
    return chosen


class Dialogs(QObject):
    """The real dialogs. Boxes that report a result open without blocking the window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QDialog] = []  # non-blocking boxes, kept alive until closed

    def choose_padron_file(self, parent: QWidget | None) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            parent,
            self.tr("Importar padrón"),
            "",
            self.tr("Padrón de IIEE (*.dbf *.DBF *.csv *.CSV *.xlsx *.XLSX);;Todos los archivos (*)"),
            options=_qt_own(),
        )
        return Path(name) if name else None

    def choose_photos(self, parent: QWidget | None) -> list[Path]:
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            parent, self.tr("Agregar fotos"), "",
            self.tr("Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;Todos los archivos (*)"),
            options=_qt_own())
        return [Path(name) for name in names]

    def choose_pdf_target(self, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            parent, self.tr("Guardar el acta en PDF"), suggested, self.tr("PDF (*.pdf)"),
            options=_qt_own())
        if not name:
            return None
        return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

    def choose_reference_bundle(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        """The UGEL's reference bundle, starting in `folder` (a USB stick when one is in). Qt's
        own dialog, so it speaks the app's language rather than the system's."""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            parent,
            self.tr("Paquete de referencia de la UGEL"),
            str(folder or ""),
            self.tr("Paquete de Monitor de Campo (*.mcbundle);;Todos los archivos (*)"),
            options=_qt_own(),
        )
        return Path(name) if name else None

    def choose_workbook_target(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            parent, self.tr("Guardar la hoja de cálculo"), str(suggested),
            self.tr("Libro de Excel (*.xlsx)"), options=_qt_own())
        if not name:
            return None
        return Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")

    def open_folder(self, folder: Path) -> None:
        """Show a folder in the system's file manager."""
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def choose_bundles(self, parent: QWidget | None, start: Path) -> list[Path]:
        """Bundle files to import at the station (from a stick, e-mail attachments...)."""
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            parent, self.tr("Importar paquetes"), str(start),
            self.tr("Paquetes de Monitor de Campo (*.mcbundle *.MCBUNDLE *.mcpart *.MCPART);;"
                    "Todos los archivos (*)"),
            options=_qt_own())
        return [Path(name) for name in names]

    def choose_bundle_folder(self, parent: QWidget | None, start: Path) -> Path | None:
        """A folder (a USB stick) whose bundles are imported at the station."""
        name = QtWidgets.QFileDialog.getExistingDirectory(
            parent, self.tr("Importar los paquetes de una carpeta"), str(start),
            _qt_own(QtWidgets.QFileDialog.Option.ShowDirsOnly))
        return Path(name) if name else None

    def choose_export_folder(self, parent: QWidget | None, start: Path) -> Path | None:
        """The USB stick, or a folder, to write the bundle for the UGEL into."""
        name = QtWidgets.QFileDialog.getExistingDirectory(
            parent, self.tr("Exportar para la UGEL: elija la memoria USB o una carpeta"), str(start),
            _qt_own(QtWidgets.QFileDialog.Option.ShowDirsOnly))
        return Path(name) if name else None

    def choose_reply_file(self, parent: QWidget | None, start: Path) -> Path | None:
        """A bundle from the UGEL: its reply to this laptop, or a reference bundle."""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            parent, self.tr("Importar respuesta de la UGEL"), str(start),
            self.tr("Paquetes de Monitor de Campo (*.mcbundle *.MCBUNDLE *.mcpart *.MCPART);;"
                    "Todos los archivos (*)"),
            options=_qt_own())
        return Path(name) if name else None

    def warn(self, parent: QWidget | None, text: str) -> None:
        """A refusal the user has to read before going on (blocks)."""
        QtWidgets.QMessageBox.warning(parent, self.tr("Monitor de Campo"), text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        """A yes/no question before something that cannot be taken back from the window."""
        answer = QtWidgets.QMessageBox.question(parent, self.tr("Monitor de Campo"), text)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """A result to read at leisure: the window stays usable."""
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, title, text,
                                    QtWidgets.QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        self._keep_open(box)

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QtWidgets.QMessageBox.about(parent, title, text)

    def ask_passphrase(self, new: bool, check: Callable[[str], None], lang: str) -> str | None:
        """The keys' passphrase at start (portable mode); None if the person cancels."""
        from monitor_app.ui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(new, check, lang)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def show_error(self, summary: str, details: str) -> None:
        """An unexpected error, already logged: shown without blocking whatever was running.
        While one is open, later ones only go to the log (a failing repaint would open dozens)."""
        from monitor_app.ui.error_dialog import ErrorDialog

        if any(isinstance(box, ErrorDialog) for box in self._open):
            return
        self._keep_open(ErrorDialog(summary, details, QApplication.activeWindow()))

    def show_fatal_error(self, summary: str, details: str) -> None:
        """An error that ends the app: shown, and waited for (blocks)."""
        from monitor_app.ui.error_dialog import ErrorDialog

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
