"""The small dialog that asks the keys' passphrase at start in portable mode (D37)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.ui.setup_wizard import error_label, show_refusal

Check = Callable[[str], None]  # raises MonitorError when the passphrase will not do
WIDTH = 480


class PassphraseDialog(QDialog):
    """New keys: the passphrase twice. Existing keys: once, checked before the dialog closes."""

    def __init__(self, new: bool, check: Check, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new, self._check, self._lang = new, check, lang
        self.setWindowTitle(self.tr("Claves protegidas (modo portátil)"))
        intro = QLabel(self.tr(
            "Monitor de Campo corre desde una memoria USB. Sus claves se guardan cifradas con una "
            "frase de contraseña: si pierde la memoria, nadie puede firmar ni leer paquetes en su "
            "nombre. Elija una frase de al menos 8 caracteres y no la olvide: no se puede "
            "recuperar.") if new else self.tr(
            "Escriba la frase de contraseña de las claves de este equipo."))
        intro.setWordWrap(True)
        self.passphrase_edit = self._secret_field()
        self.again_edit = self._secret_field()
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._label(self.tr("&Frase de contraseña:"), self.passphrase_edit))
        layout.addWidget(self.passphrase_edit)
        if new:
            layout.addWidget(self._label(self.tr("Escríbala &otra vez:"), self.again_edit))
            layout.addWidget(self.again_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fit()

    @staticmethod
    def _secret_field() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fit(self) -> None:
        """A top-level dialog does not ask wrapped words their height for its width: ask."""
        self.ensurePolished()
        self.setFixedSize(WIDTH, self.layout().totalHeightForWidth(WIDTH))

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def accept(self) -> None:
        try:
            if self._new and self.again_edit.text() != self.passphrase():
                raise MonitorError(ErrorCode.PASSPHRASES_DIFFER)
            self._check(self.passphrase())
        except MonitorError as refusal:
            show_refusal(self.error, refusal, self._lang)
            self._fit()
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
            return
        super().accept()
