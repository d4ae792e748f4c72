"""The director reports a commitment kept: the day, a note and photos; the next visit verifies
it (D34)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.instrument import Item
from monitor_app.services.commitment_reports import report_commitment
from monitor_app.services.visit_form import typed_answer
from monitor_app.storage.commitments import OpenCommitment
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.problem_label import ProblemLabel
from monitor_app.ui.widgets.shown import iso_day_text

_DATE = Item("reported_on", "", "date")
MIN_WIDTH = 460


class CommitmentReportDialog(QDialog):
    """`reported(changes)` once the report (and its photos) is saved."""

    reported = Signal(object)

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str,
                 commitment: OpenCommitment, today: str, parent: QWidget | None = None, *,
                 on_behalf: bool = False) -> None:
        super().__init__(parent)
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self.commitment = commitment
        self.photos: list[Path] = []
        self.setWindowTitle(self.tr("Informar cumplimiento"))
        self.setMinimumWidth(MIN_WIDTH)
        what = QLabel(commitment.description)
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        self.date = QLineEdit(iso_day_text(commitment.reported_on or today))
        self.date.setPlaceholderText(self.tr("dd/mm/aaaa"))
        self.note = QPlainTextEdit(commitment.report_note)
        self.note.setPlaceholderText(self.tr("Qué se hizo, por ejemplo: se repuso el botiquín "
                                             "del aula 3"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.add_photos_button = QPushButton(self.tr("Agregar &fotos…"))
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.photo_list = QLabel()
        self.photo_list.setWordWrap(True)
        self._show_photos()
        self.problem = ProblemLabel(lang)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Guardar informe"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        photos = QHBoxLayout()
        photos.addWidget(self.add_photos_button)
        photos.addWidget(self.photo_list, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        date_label = QLabel(self.tr("&Fecha en que se cumplió"))
        date_label.setBuddy(self.date)
        layout.addWidget(date_label)
        layout.addWidget(self.date)
        note_label = QLabel(self.tr("&Nota"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.reporter = QLineEdit()
        self.reporter.setPlaceholderText(self.tr("Por ejemplo: la directora, por teléfono"))
        if on_behalf:  # the office writes down what the school told it
            reporter_label = QLabel(self.tr("&Quién lo informó"))
            reporter_label.setBuddy(self.reporter)
            layout.addWidget(reporter_label)
            layout.addWidget(self.reporter)
        layout.addLayout(photos)
        hint = QLabel(self.tr("El especialista lo verificará en la próxima visita."))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def choose_photos(self) -> None:
        self.add_photos(self._dialogs.choose_photos(self))

    def add_photos(self, paths: list[Path]) -> None:
        self.photos += [path for path in paths if path not in self.photos]
        self._show_photos()

    def _show_photos(self) -> None:
        already = self.commitment.report_photos
        names = ", ".join(path.name for path in self.photos)
        if self.photos:
            text = self.tr("%n foto(s) por agregar: ", "", len(self.photos)) + names
        elif already:
            text = self.tr("%n foto(s) ya enviada(s).", "", already)
        else:
            text = self.tr("Sin fotos.")
        self.photo_list.setText(text)

    def save(self) -> None:
        commitment_id = self.commitment.id
        day = typed_answer(_DATE, self.date.text())
        note, photos = self.note.toPlainText().strip(), list(self.photos)
        reporter = self.reporter.text().strip() or None
        self.buttons.setEnabled(False)
        self.add_photos_button.setEnabled(False)
        task = self._runner.submit(lambda ctx, _p, _c: report_commitment(
            ctx, commitment_id, reported_on=day, note=note, reporter=reporter, photos=photos))
        task.finished.connect(self._saved)
        task.failed.connect(self._failed)

    def _saved(self, changes: Any) -> None:
        self.reported.emit(changes)
        self.accept()

    def _failed(self, error: Any) -> None:
        self.buttons.setEnabled(True)
        self.add_photos_button.setEnabled(True)
        self.problem.show_refusal(error)
