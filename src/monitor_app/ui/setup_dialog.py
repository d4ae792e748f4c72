"""Enrolling this installation: role, name and scope, checked by the setup service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import DeviceIdentity, Role
from monitor_app.services.messages import describe
from monitor_app.services.setup import init_device
from monitor_app.ui.role_names import role_hint, role_label


class SetupDialog(QDialog):
    """Asks who uses this installation; a refusal from the service is shown inline, in place."""

    enrolled = Signal(object)  # the new DeviceIdentity

    def __init__(self, db_path: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._lang = lang
        self.identity: DeviceIdentity | None = None
        self.setWindowTitle(self.tr("Configurar equipo"))
        self._build()
        self._role_changed()
        self._update_ok()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Indique quién usará este equipo. El rol y el ámbito (UGEL y, para un(a) director(a), "
            "su IE) deciden qué IIEE se pueden registrar. Se configura una sola vez."
        ))
        intro.setWordWrap(True)
        self.role_box = QComboBox()
        for role in Role:
            if role is not Role.DRE:  # a DRE station is set up from the command line
                self.role_box.addItem(role_label(role), role)
        self.role_hint = QLabel()
        self.role_hint.setWordWrap(True)
        self.role_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # an explanation
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Nombres y apellidos"))
        self.ugel_edit = QLineEdit()
        self.ugel_edit.setPlaceholderText(self.tr("6 dígitos, p. ej. 150105"))
        self.school_edit = QLineEdit()
        self.school_edit.setPlaceholderText(self.tr("Código modular, 7 dígitos, p. ej. 0335273"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Configurar"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        role_column = QVBoxLayout()
        role_column.addWidget(self.role_box)
        role_column.addWidget(self.role_hint)
        form.addRow(self.tr("Rol:"), role_column)
        form.addRow(self.tr("Nombre:"), self.name_edit)
        form.addRow(self.tr("Código de UGEL:"), self.ugel_edit)
        form.addRow(self.tr("Código modular de la IE:"), self.school_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.role_box.currentIndexChanged.connect(self._role_changed)
        for edit in (self.name_edit, self.ugel_edit, self.school_edit):
            edit.textChanged.connect(self._update_ok)

    def role(self) -> Role:
        return Role(self.role_box.currentData())

    def _role_changed(self) -> None:
        role = self.role()
        self.role_hint.setText(role_hint(role))
        self.school_edit.setEnabled(role is Role.DIRECTOR)
        self._update_ok()

    def _update_ok(self) -> None:
        """Configurar is offered once every field the role needs has something in it; whether
        the values are valid is the setup service's decision."""
        needed = [self.name_edit, self.ugel_edit]
        if self.role() is Role.DIRECTOR:
            needed.append(self.school_edit)
        self.ok_button.setEnabled(all(edit.text().strip() for edit in needed))

    def accept(self) -> None:
        role = self.role()
        school = self.school_edit.text() if role is Role.DIRECTOR else None
        try:
            identity = init_device(
                self._db_path, role=role, name=self.name_edit.text(), ugel=self.ugel_edit.text(),
                school=school,
            )
        except MonitorError as refusal:
            self._show_refusal(refusal)
            return
        self.identity = identity
        self.enrolled.emit(identity)
        super().accept()

    def _show_refusal(self, refusal: MonitorError) -> None:
        self.error_label.setText(describe(refusal, self._lang))
        self.error_label.show()
        culprit = {
            ErrorCode.INVALID_NAME: self.name_edit,
            ErrorCode.INVALID_UGEL_CODE: self.ugel_edit,
            ErrorCode.INVALID_COD_MOD: self.school_edit,
            ErrorCode.SCHOOL_REQUIRED_FOR_DIRECTOR: self.school_edit,
        }.get(refusal.code)
        if culprit is not None:
            culprit.setFocus()
            culprit.selectAll()
