"""Starting a visit at the school shown: its date and type; the visit page opens on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.instrument import Item
from monitor_app.services.catalogues import list_catalogues
from monitor_app.services.context import AppContext
from monitor_app.services.visit_form import typed_answer
from monitor_app.services.visit_start import start_visit
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.problem_label import ProblemLabel

_DATE = Item("date", "", "date")
MIN_WIDTH = 420  # the title and a long school name read whole


class NewVisitDialog(QDialog):
    """`started(visit_id)` once the visit is saved."""

    started = Signal(str)

    def __init__(self, context: Callable[[], AppContext], runner: TaskRunner, lang: str,
                 cod_mod: str, anexo: str, school_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lang = lang
        self._school = (cod_mod, anexo)
        ctx = context()
        self.setWindowTitle(self.tr("Nueva visita"))
        self.setMinimumWidth(MIN_WIDTH)
        self.date = QLineEdit(ctx.today().strftime("%d/%m/%Y"))
        self.date.setPlaceholderText(self.tr("dd/mm/aaaa"))
        self.visit_type = QComboBox()
        for entry in list_catalogues(ctx, "visit_types"):
            if entry.active:
                self.visit_type.addItem(entry.label(lang), entry.code)
        self.problem = ProblemLabel(lang)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Iniciar visita"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        school = QLabel(school_name)
        school.setWordWrap(True)
        layout.addWidget(school)
        layout.addWidget(QLabel(self.tr("Fecha de la visita")))
        layout.addWidget(self.date)
        layout.addWidget(QLabel(self.tr("Tipo de visita")))
        layout.addWidget(self.visit_type)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        cod_mod, anexo = self._school
        day = typed_answer(_DATE, self.date.text())
        visit_type = self.visit_type.currentData()
        self.buttons.setEnabled(False)
        task = self._runner.submit(
            lambda ctx, _p, _c: start_visit(ctx, cod_mod, anexo, day, visit_type))
        task.finished.connect(self._started)
        task.failed.connect(self._failed)

    def _started(self, visit_id: str) -> None:
        self.started.emit(visit_id)
        self.accept()

    def _failed(self, error: Any) -> None:
        self.buttons.setEnabled(True)
        self.problem.show_refusal(error)
