"""Settings and help: the window's language, where the data and the logs are, and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.services.context import AppContext
from monitor_app.services.installation_info import InstallationInfo, installation_info
from monitor_app.services.preferences import Preferences, load_preferences, save_preferences
from monitor_app.storage.paths import HOME_VARIABLE, AppPaths
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.role_names import identity_label, not_joined_text

LANGUAGE_NAMES = (("es", "Español"), ("en", "English"))  # each in its own language


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _value(text: str) -> QLabel:
    """A value people read out or copy (a path, an id, a fingerprint)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsDialog(QDialog):
    """Saving keeps the language for the next start (the window is built in one language)."""

    def __init__(self, ctx: AppContext, lang: str, dialogs: Dialogs, parent: QWidget | None = None,
                 paths: AppPaths | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._lang = lang
        self.paths = paths or AppPaths.from_environment()
        self.info = installation_info(ctx)
        self.setWindowTitle(self.tr("Configuración y ayuda"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._about_tab(self.info), self.tr("Acerca de"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Guardar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        language_label = QLabel(self.tr("&Idioma de la ventana:"))
        self.language_box = QComboBox()
        language_label.setBuddy(self.language_box)
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        saved = load_preferences(self.paths).language or self._lang
        self.language_box.setCurrentIndex(max(self.language_box.findData(saved), 0))
        layout.addWidget(language_label)
        layout.addWidget(self.language_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_hint(self.tr(
            "El idioma elegido se usa la próxima vez que abra Monitor de Campo.")))
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("<b>Carpeta de datos</b>")))
        self.data_folder_label = _value(str(self.info.database.parent))
        layout.addWidget(self.data_folder_label)
        layout.addWidget(_hint(self.tr(
            "Para usar otra carpeta, abra la aplicación con la variable de entorno {variable} "
            "apuntando a ella (modo portátil: datos y registros juntos, por ejemplo en una "
            "memoria USB), o con monitor-app --db ARCHIVO para otra base de datos.").format(
                variable=HOME_VARIABLE)))
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("<b>Registros</b>")))
        layout.addWidget(_value(str(self.paths.log_dir)))
        self.log_button = QPushButton(self.tr("Abrir la carpeta de &registros"))
        self.log_button.clicked.connect(lambda: self._dialogs.open_folder(self.paths.log_dir))
        layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(_hint(self.tr(
            "Si algo falla, soporte le pedirá el archivo de registro de esta carpeta.")))
        layout.addStretch(1)
        return tab

    def _about_tab(self, info: InstallationInfo) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QLabel(self.tr("<b>Monitor de Campo {version}</b>").format(
            version=info.version)))
        identity = info.identity
        self.device_label = _value(identity.device_id if identity else self.tr("Sin configurar"))
        form.addRow(self.tr("Dispositivo:"), self.device_label)
        if identity is not None:
            form.addRow(self.tr("Equipo:"), _value(identity_label(identity)))
            form.addRow(self.tr("Huella de la clave:"), _value(info.fingerprint or ""))
        self.office_label = _value(self._office_text(info))
        form.addRow(self.tr("Oficina:"), self.office_label)
        form.addRow(self.tr("Base de datos:"), _value(str(info.database)))
        return tab

    def _office_text(self, info: InstallationInfo) -> str:
        if info.demo:
            return self.tr("Instalación de demostración (datos inventados): no se une a ninguna "
                           "UGEL ni exporta.")
        if info.office is None:
            return not_joined_text(info.identity.role if info.identity else None)
        if not info.office.ugel:  # a DRE or the national station: no UGEL code
            return self.tr("{office}\nHuella de su clave: {fingerprint}").format(
                office=info.office.name, fingerprint=info.office.fingerprint)
        return self.tr("{office} (UGEL {ugel})\nHuella de su clave: {fingerprint}").format(
            office=info.office.name, ugel=info.office.ugel, fingerprint=info.office.fingerprint)

    def chosen_language(self) -> str:
        return str(self.language_box.currentData())

    def accept(self) -> None:
        save_preferences(self.paths, Preferences(language=self.chosen_language()))
        super().accept()
