"""The commitments part of a visit: the school's open ones from earlier visits, each verified
here (kept, in progress, not kept), and the new ones agreed at this visit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.core.visit_kinds import COMMITMENT_STATUSES
from monitor_app.services.commitments import open_commitments, verify_commitment
from monitor_app.services.messages import describe
from monitor_app.services.records import put_record
from monitor_app.services.visit_form import typed_answer
from monitor_app.storage.commitments import OpenCommitment
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.school_sections import Section
from monitor_app.ui.widgets.shown import code_word, iso_day_text

PROBLEM_STYLE = "color: #a4262c;"
VERIFIED = ("cumplido", "en_proceso", "no_cumplido")


class VisitCommitments(QWidget):
    """`changed` after a commitment was verified or added."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lang = lang
        self._visit: tuple[str, str, str] | None = None  # visit id, cod_mod, anexo
        self.earlier = QVBoxLayout()
        self.none_open = QLabel(self.tr("La IE no tiene compromisos abiertos de visitas "
                                        "anteriores."))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Qué se compromete a hacer la IE"))
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("Responsable (cargo o nombre)"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("Plazo: dd/mm/aaaa"))
        self.add_button = QPushButton(self.tr("Agregar &compromiso"))
        self.add_button.clicked.connect(self.add_commitment)
        self.add_problem = QLabel()
        self.add_problem.setStyleSheet(PROBLEM_STYLE)
        self.add_problem.setWordWrap(True)
        self.add_problem.hide()
        self.agreed = QLabel()
        self.agreed.setWordWrap(True)
        new = QGridLayout()
        new.addWidget(QLabel(self.tr("Descripción")), 0, 0)
        new.addWidget(self.description, 1, 0, 1, 3)
        new.addWidget(QLabel(self.tr("Responsable")), 2, 0)
        new.addWidget(QLabel(self.tr("Plazo")), 2, 1)
        new.addWidget(self.responsible, 3, 0)
        new.addWidget(self.due, 3, 1)
        new.addWidget(self.add_button, 3, 2)
        new.setColumnStretch(0, 2)
        new.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(Section(self.tr("Compromisos anteriores por verificar")))
        layout.addWidget(self.none_open)
        layout.addLayout(self.earlier)
        layout.addWidget(Section(self.tr("Compromisos acordados en esta visita")))
        layout.addWidget(self.agreed)
        layout.addLayout(new)
        layout.addWidget(self.add_problem)

    def show_visit(self, visit_id: str, cod_mod: str, anexo: str) -> None:
        self._visit = (visit_id, cod_mod, anexo)
        self.reload()

    def reload(self) -> None:
        if self._visit is None:
            return
        visit_id, cod_mod, anexo = self._visit

        def read(ctx: Any, _progress: Any, _cancelled: Any) -> tuple[list[OpenCommitment],
                                                                     list[dict[str, Any]]]:
            from monitor_app.services.records import list_records

            agreed = [c for c in list_records(ctx, "commitments") if c["visit_id"] == visit_id]
            return open_commitments(ctx, cod_mod, anexo), agreed

        self._runner.submit(read).finished.connect(self._show)

    def _show(self, found: tuple[list[OpenCommitment], list[dict[str, Any]]]) -> None:
        opened, agreed = found
        assert self._visit is not None
        earlier = [c for c in opened if c.visit_id != self._visit[0]]
        while self.earlier.count():
            widget = self.earlier.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for commitment in earlier:
            self.earlier.addWidget(self._verification(commitment))
        self.none_open.setVisible(not earlier)
        lines = [f"• {c['description']} — {c.get('responsible') or '—'} — "
                 f"{iso_day_text(c.get('due_date')) or '—'}" for c in agreed]
        self.agreed.setText("\n".join(lines) or self.tr("Ninguno todavía."))

    def _verification(self, commitment: OpenCommitment) -> QFrame:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        row.setAccessibleName(commitment.description)
        text = QLabel(self.tr("{description} — responsable: {responsible}; plazo: {due}; "
                              "acordado el {agreed}; estado: {status}").format(
            description=commitment.description, responsible=commitment.responsible or "—",
            due=iso_day_text(commitment.due_date) or "—",
            agreed=iso_day_text(commitment.visit_date), status=code_word(commitment.status)))
        text.setWordWrap(True)
        status = QComboBox()
        for code in VERIFIED:
            status.addItem(code_word(code), code)
        note = QLineEdit()
        note.setPlaceholderText(self.tr("Observación de la verificación"))
        save = QPushButton(self.tr("Registrar verificación"))
        problem = QLabel()
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.hide()
        save.clicked.connect(lambda: self._verify(commitment.id, status.currentData(),
                                                  note.text(), problem))
        controls = QHBoxLayout()
        controls.addWidget(status)
        controls.addWidget(note, 1)
        controls.addWidget(save)
        layout = QVBoxLayout(row)
        layout.addWidget(text)
        layout.addLayout(controls)
        layout.addWidget(problem)
        return row

    def _verify(self, commitment_id: str, status: str, note: str, problem: QLabel) -> None:
        assert self._visit is not None and status in COMMITMENT_STATUSES
        visit_id = self._visit[0]
        self._write(lambda ctx: verify_commitment(ctx, commitment_id, visit_id=visit_id,
                                                  status=status, note=note), problem)

    def add_commitment(self) -> None:
        if self._visit is None:
            return
        from monitor_app.core.instrument import Item

        record = {"visit_id": self._visit[0], "description": self.description.text().strip(),
                  "responsible": self.responsible.text().strip(),
                  "due_date": typed_answer(Item("due_date", "", "date"), self.due.text())}
        if not record["description"]:
            self._show_problem(self.add_problem, self.tr("Escriba qué se compromete a hacer."))
            return

        def added() -> None:
            for field in (self.description, self.responsible, self.due):
                field.clear()

        self._write(lambda ctx: put_record(ctx, "commitments", record), self.add_problem, added)

    def _write(self, work: Callable[[Any], Any], problem: QLabel,
               then: Callable[[], None] | None = None) -> None:
        problem.hide()
        task = self._runner.submit(lambda ctx, _p, _c: work(ctx))
        task.failed.connect(lambda error: self._failed(error, problem))
        task.finished.connect(lambda _result: self._done(then))

    def _done(self, then: Callable[[], None] | None) -> None:
        if then is not None:
            then()
        self.reload()
        self.changed.emit()

    def _failed(self, error: object, problem: QLabel) -> None:
        if isinstance(error, MonitorError):
            self._show_problem(problem, describe(error, self._lang))

    @staticmethod
    def _show_problem(label: QLabel, text: str) -> None:
        label.setText(f"✕ {text}")
        label.show()
