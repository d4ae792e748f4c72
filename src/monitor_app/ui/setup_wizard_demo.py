"""The wizard's demo page: a separate installation filled with invented data in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizard, QWizardPage

from monitor_app.services.demo_install import demo_database_for
from monitor_app.services.demo_setup import DemoReady, set_up_demo
from monitor_app.ui.background import run_in_background
from monitor_app.ui.setup_wizard import error_label, hint_label, show_refusal
from monitor_app.ui.task_runner import UNKNOWN_TOTAL, RunningTask

if TYPE_CHECKING:
    from monitor_app.ui.setup_wizard import SetupWizard


class DemoPage(QWizardPage):
    """Starts filling the demo as soon as it is shown; Finish opens it once it is ready."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.task: RunningTask | None = None
        self.ready: DemoReady | None = None
        self.setTitle(self.tr("Datos de demostración"))
        self.setSubTitle(self.tr(
            "Se crea una instalación aparte, con datos inventados de la UGEL 05 (Lima). "
            "La ventana dirá «DEMO» en su título."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Abrir la &demostración"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(hint_label(self.tr(
            "Una instalación de demostración nunca exporta ni se une a una UGEL: sus datos no "
            "llegan a ninguna oficina. Para su trabajo real, vuelva a configurar el equipo y "
            "elija «Unirme a mi UGEL».")))
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self._wizard
        demo = demo_database_for(wizard.db_path)
        self.folder_label.setText(self.tr("Carpeta de la demostración: {folder}").format(
            folder=demo.parent))
        if self.ready is not None or self.task is not None:
            return
        self.error.hide()
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Preparando la demostración…"))
        role, name = wizard.role(), wizard.person_name()
        self.task = run_in_background(
            lambda progress, cancelled: set_up_demo(demo, role=role, name=name,
                                                    progress=progress, cancelled=cancelled))
        self.task.progress.connect(self._advance)
        self.task.finished.connect(self._filled)
        self.task.failed.connect(self._failed)

    def _advance(self, done: int, total: int) -> None:
        if total != UNKNOWN_TOTAL:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _filled(self, ready: DemoReady) -> None:
        self.task = None
        self.ready = ready
        self._wizard.outcome = ready
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = self.tr("Listo: %n servicio(s) educativo(s) con visitas, compromisos, GRD y "
                       "biblioteca inventados.", "", ready.services)
        school = ready.identity.scope.cod_mod
        if school is not None:
            text += " " + self.tr("Su IE de demostración: {cod_mod} — {name}.").format(
                cod_mod=school, name=ready.school_name or "?")
        self.status_label.setText(text)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label.clear()
        show_refusal(self.error, error, self._wizard.lang)

    def cleanupPage(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Leaving the wizard stops the filling; what was written is rolled back."""
        if self.task is not None:
            self.task.cancel()

    def isComplete(self) -> bool:
        return self.ready is not None

    def nextId(self) -> int:
        return -1
