"""The wizard's last pages for real work: join the UGEL with its reference bundle (a laptop), or
give the UGEL code (the UGEL's own station)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.office_preview import OfficePreview, preview_office_bundle
from monitor_app.services.setup import init_device
from monitor_app.services.sync_reference import enrol_with_office
from monitor_app.ui.background import PlainWork, run_in_background
from monitor_app.ui.key_unlock import passphrase_for_new_keys
from monitor_app.ui.setup_wizard import error_label, hint_label, show_refusal
from monitor_app.ui.task_runner import RunningTask

if TYPE_CHECKING:
    from monitor_app.ui.setup_wizard import SetupWizard

REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


def removable_folder() -> Path | None:
    """The first USB stick or card that is mounted, where a UGEL's bundle usually comes on."""
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        file_system = bytes(volume.fileSystemType().data()).decode(errors="replace").lower()
        if volume.isValid() and volume.isReady() and root not in ("/", "C:/") and (
                root.startswith(REMOVABLE_ROOTS) or "fat" in file_system):
            return Path(root)
    return None


class JoinPage(QWizardPage):
    """Choose the bundle, see whom it comes from (and a director's school), confirm the
    fingerprint by phone, then join with the same service as `init --office`."""

    settled = Signal()  # a check or a join ended, whichever way

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.preview: OfficePreview | None = None
        self.task: RunningTask | None = None
        self._joined = False
        self.setTitle(self.tr("Unirse a su UGEL"))
        self.setSubTitle(self.tr(
            "Elija el paquete de referencia que publicó su UGEL (archivo .mcbundle), por ejemplo "
            "desde una memoria USB."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Unirme a la UGEL"))
        self.choose_button = QPushButton(self.tr("&Elegir archivo…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.office_label = QLabel()
        self.office_label.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setFont(self._fingerprint_font())
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.school_label = QLabel()
        self.school_label.setWordWrap(True)
        self.confirm_box = QCheckBox(self.tr("&Confirmé la huella por teléfono con mi UGEL"))
        self.confirm_box.toggled.connect(self.completeChanged)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # checking and joining say nothing of their progress
        self.busy.hide()
        self.error = error_label()
        self.details = QFrame()
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self.details)
        column.addWidget(self.office_label)
        column.addWidget(self.fingerprint_label)
        column.addWidget(hint_label(self.tr(
            "Llame a su UGEL y compare esta huella, letra por letra, antes de unirse: así sabe "
            "que el paquete es de su UGEL y que nadie lo cambió.")))
        column.addWidget(self.school_label)
        column.addWidget(self.confirm_box)
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.file_label)
        layout.addWidget(self.details)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)

    @staticmethod
    def _fingerprint_font() -> QFont:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        return font

    def choose_file(self) -> None:
        path = self._wizard.dialogs.choose_reference_bundle(self, removable_folder())
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> None:
        """Read the bundle off the GUI thread, with the checks `init --office` makes."""
        wizard = self._wizard
        self.preview = None
        self.details.hide()
        self.error.hide()
        self.confirm_box.setChecked(False)
        self.file_label.setText(self.tr("Archivo: {name}").format(name=path.name))
        role, school = wizard.role(), wizard.school()
        self._start(lambda _progress, _cancelled: preview_office_bundle(
            path, role=role, school=school), self._show_preview)

    def _start(self, work: PlainWork, on_done: Callable[[Any], None]) -> None:
        self.busy.show()
        self.choose_button.setEnabled(False)
        self.task = run_in_background(work)
        self.task.finished.connect(on_done)
        self.task.failed.connect(self._failed)
        self.completeChanged.emit()

    def _settled(self) -> None:
        self.busy.hide()
        self.choose_button.setEnabled(True)
        self.task = None
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._settled()
        show_refusal(self.error, error, self._wizard.lang)
        self.settled.emit()

    def _show_preview(self, preview: OfficePreview) -> None:
        self._settled()
        self.preview = preview
        self.office_label.setText(self.tr("Paquete de <b>{office}</b> (UGEL {ugel}). Huella de "
                                          "su clave:").format(office=preview.office_name,
                                                              ugel=preview.ugel))
        self.office_label.setTextFormat(Qt.TextFormat.RichText)
        self.fingerprint_label.setText(preview.fingerprint)
        school = preview.school
        self.school_label.setVisible(school is not None)
        if school is not None:
            self.school_label.setText(self.tr("Su IE: <b>{cod_mod} — {name}</b> {levels}").format(
                cod_mod=school.cod_mod, name=school.name,
                levels=f"({', '.join(school.levels)})" if school.levels else ""))
        self.details.show()
        self.completeChanged.emit()
        self.settled.emit()

    def isComplete(self) -> bool:
        return self._joined or (self.preview is not None and self.confirm_box.isChecked()
                                and self.task is None)

    def validatePage(self) -> bool:
        """Finish joins in the background; the wizard closes when it has joined."""
        if self._joined:
            return True
        wizard, preview = self._wizard, self.preview
        if preview is None or self.task is not None:
            return False
        if not _keys_passphrase_known(wizard, self.error):
            return False
        role, name, school = wizard.role(), wizard.person_name(), wizard.school()
        self._start(lambda _progress, _cancelled: enrol_with_office(
            wizard.db_path, role=role, name=name, office_file=preview.path, school=school)[0],
            self._joined_office)
        return False

    def _joined_office(self, identity: object) -> None:
        self._settled()
        self._joined = True
        self._wizard.outcome = identity
        self._wizard.accept()

    def nextId(self) -> int:
        return -1


class OfficePage(QWizardPage):
    """The UGEL's own station: its code is all it needs (it joins a DRE later, if any)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Equipo de la oficina de la UGEL"))
        self.setSubTitle(self.tr(
            "Este equipo consolidará lo que envíen especialistas y directores, y publicará el "
            "paquete de referencia con el que se unen."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Configurar"))
        label = QLabel(self.tr("Código de la &UGEL (6 dígitos, p. ej. 150105):"))
        self.ugel_edit = QLineEdit()
        label.setBuddy(self.ugel_edit)
        self.ugel_edit.textChanged.connect(self.completeChanged)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.ugel_edit)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self.ugel_edit.text().strip())

    def validatePage(self) -> bool:
        wizard = self._wizard
        if wizard.outcome is not None:
            return True
        if not _keys_passphrase_known(wizard, self.error):
            return False
        try:  # quick: one key pair and one row
            wizard.outcome = init_device(wizard.db_path, role=Role.UGEL,
                                         name=wizard.person_name(), ugel=self.ugel_edit.text())
        except MonitorError as refusal:
            show_refusal(self.error, refusal, wizard.lang)
            return False
        return True

    def nextId(self) -> int:
        return -1


def _keys_passphrase_known(wizard: SetupWizard, error: QLabel) -> bool:
    """In portable mode the keys about to be made need their passphrase: asked again here if it
    was declined at start; declined again, the page says why it cannot finish."""
    if passphrase_for_new_keys(wizard.dialogs, wizard.lang):
        return True
    show_refusal(error, MonitorError(ErrorCode.PASSPHRASE_NEEDED), wizard.lang)
    return False
