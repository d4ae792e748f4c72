"""The one way to set up an installation: who uses it, then join the UGEL or try the demo."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from monitor_app.core import codes
from monitor_app.core.errors import MonitorError
from monitor_app.core.roles import Role, valid_name
from monitor_app.services.demo_install import database_is_demo, demo_database_for
from monitor_app.services.messages import describe
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.role_names import role_hint, role_label

# A DRE or the national station is set up from the command line (often on PostgreSQL, D44)
ROLES = (Role.ESPECIALISTA, Role.DIRECTOR, Role.UGEL)
WIZARD_SIZE = (720, 560)  # fits a 1366×768 screen with its taskbar, at 150 % too


class Page(IntEnum):
    ROLE = 0
    WAY = 1
    JOIN = 2
    DEMO = 3
    OFFICE = 4


def hint_label(text: str = "") -> QLabel:
    """A wrapped explanation under a choice or a field, quieter than the choice itself."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setContentsMargins(24, 0, 0, 6)
    return label


def error_label() -> QLabel:
    """Where a refusal from the services is shown, in place, in its own words."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_refusal(label: QLabel, refusal: BaseException, lang: str) -> None:
    label.setText(describe(refusal, lang) if isinstance(refusal, MonitorError) else
                  QCoreApplication.translate(
                      "SetupWizard", "No se pudo completar: ocurrió un error inesperado, ya "
                      "registrado en el archivo de registro."))
    label.show()


class SetupWizard(QWizard):
    """Emits `enrolled` (the DeviceIdentity) once this installation is set up, or `demo_ready`
    (the demo database's Path) once the demo installation is filled."""

    enrolled = Signal(object)
    demo_ready = Signal(object)

    def __init__(self, db_path: Path, lang: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here: the pages bring the bundle reader and the demo service, seldom needed.
        from monitor_app.ui.setup_wizard_demo import DemoPage
        from monitor_app.ui.setup_wizard_join import JoinPage, OfficePage

        self.db_path = db_path
        self.lang = lang
        self.dialogs = dialogs
        self.outcome: object | None = None  # what the last page produced
        self.setWindowTitle(self.tr("Configurar equipo"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.role_page = RolePage(self)
        self.way_page = WayPage()
        self.join_page = JoinPage(self)
        self.demo_page = DemoPage(self)
        self.office_page = OfficePage(self)
        for page_id, page in ((Page.ROLE, self.role_page), (Page.WAY, self.way_page),
                              (Page.JOIN, self.join_page), (Page.DEMO, self.demo_page),
                              (Page.OFFICE, self.office_page)):
            self.setPage(page_id, page)
        self.resize(*WIZARD_SIZE)
        if database_is_demo(demo_database_for(db_path)):  # tried before: offer to go on with it
            self.way_page.offer_existing_demo()

    def role(self) -> Role:
        return self.role_page.role()

    def person_name(self) -> str:
        return self.role_page.name_edit.text()

    def school(self) -> str | None:
        return self.role_page.school_edit.text() if self.role() is Role.DIRECTOR else None

    def done(self, result: int) -> None:
        if result != QWizard.DialogCode.Accepted:
            self.demo_page.cancel()
        super().done(result)
        if result == QWizard.DialogCode.Accepted and self.result() == result:
            from monitor_app.services.demo_setup import DemoReady

            if isinstance(self.outcome, DemoReady):
                self.demo_ready.emit(self.outcome.path)
            elif self.outcome is not None:
                self.enrolled.emit(self.outcome)


class RolePage(QWizardPage):
    """Role and name (and a director's school), checked here so the next pages can trust them."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._lang = wizard.lang
        self.setTitle(self.tr("¿Quién usará este equipo?"))
        self.setSubTitle(self.tr("Se configura una sola vez. El rol decide qué IIEE puede registrar."))
        layout = QVBoxLayout(self)
        self.role_buttons = QButtonGroup(self)
        for index, role in enumerate(ROLES):
            button = QRadioButton(role_label(role))
            button.setChecked(index == 0)
            self.role_buttons.addButton(button, index)
            layout.addWidget(button)
            layout.addWidget(hint_label(role_hint(role)))
        name_label = QLabel(self.tr("&Nombres y apellidos:"))
        self.name_edit = QLineEdit()
        name_label.setBuddy(self.name_edit)
        layout.addWidget(name_label)
        layout.addWidget(self.name_edit)
        self.school_label = QLabel(self.tr("&Código modular de su IE (7 dígitos, p. ej. 0335273):"))
        self.school_edit = QLineEdit()
        self.school_label.setBuddy(self.school_edit)
        layout.addWidget(self.school_label)
        layout.addWidget(self.school_edit)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.role_buttons.idToggled.connect(lambda _id, _on: self._role_changed())
        self.name_edit.textChanged.connect(self.completeChanged)
        self.school_edit.textChanged.connect(self.completeChanged)
        self._role_changed()

    def role(self) -> Role:
        return ROLES[max(self.role_buttons.checkedId(), 0)]

    def choose(self, role: Role) -> None:
        self.role_buttons.button(ROLES.index(role)).setChecked(True)

    def _role_changed(self) -> None:
        director = self.role() is Role.DIRECTOR
        self.school_label.setVisible(director)
        self.school_edit.setVisible(director)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        needed = [self.name_edit] + ([self.school_edit] if self.role() is Role.DIRECTOR else [])
        return all(edit.text().strip() for edit in needed)

    def validatePage(self) -> bool:
        try:
            valid_name(self.name_edit.text())
            if self.role() is Role.DIRECTOR:
                codes.cod_mod(self.school_edit.text())
        except MonitorError as refusal:
            show_refusal(self.error, refusal, self._lang)
            return False
        self.error.hide()
        return True

    def nextId(self) -> int:
        return Page.OFFICE if self.role() is Role.UGEL else Page.WAY


class WayPage(QWizardPage):
    """Join the UGEL for real work, or try the app on invented data first."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("¿Cómo desea empezar?"))
        self.setSubTitle(self.tr("Puede probar primero y unirse a su UGEL después."))
        layout = QVBoxLayout(self)
        self.join_button = QRadioButton(self.tr("&Unirme a mi UGEL"))
        self.join_button.setChecked(True)
        self.demo_button = QRadioButton(self.tr("&Probar con datos de demostración"))
        layout.addWidget(self.join_button)
        layout.addWidget(hint_label(self.tr(
            "Con el paquete de referencia que publicó su UGEL (un archivo .mcbundle, por ejemplo "
            "en una memoria USB). Lo que registre se enviará cifrado a su UGEL.")))
        layout.addWidget(self.demo_button)
        layout.addWidget(hint_label(self.tr(
            "Una instalación aparte, con IIEE, visitas y compromisos inventados, para conocer la "
            "aplicación. Nunca se exporta ni se une a una UGEL; puede configurar el equipo para "
            "su trabajo real después.")))
        self.existing_demo_label = hint_label(self.tr(
            "Este equipo ya tiene una demostración: se abrirá la misma, con lo que haya hecho en "
            "ella."))
        self.existing_demo_label.hide()
        layout.addWidget(self.existing_demo_label)
        layout.addStretch(1)

    def offer_existing_demo(self) -> None:
        self.demo_button.setChecked(True)
        self.existing_demo_label.show()

    def nextId(self) -> int:
        return Page.DEMO if self.demo_button.isChecked() else Page.JOIN
