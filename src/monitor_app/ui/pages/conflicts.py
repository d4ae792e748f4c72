"""Conflictos (the merge station): edits made offline on two devices to the same field, listed
by school and record, their values side by side with who wrote each, from which device and
when. Keeping one, or typing another, is written as a resolving change that names every side
(never an overwrite), so every installation closes the conflict too."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.services.conflict_review import ConflictReview, ConflictSide, conflict_reviews
from monitor_app.services.messages import describe
from monitor_app.services.sync_admin import resolve_conflict
from monitor_app.ui.models.rows import ROW_ROLE, Column, RowsModel
from monitor_app.ui.record_labels import field_label, kind_label
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.school_sections import Section
from monitor_app.ui.widgets.shown import code_word
from monitor_app.ui.widgets.table_view import fit_columns, sorted_table

PLACE, RECORD, FIELD, VALUES = range(4)


class ConflictModel(RowsModel[ConflictReview]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("IE o local"), lambda r: r.place),
            Column(self.tr("Registro"), lambda r: kind_label(r.conflict.table)),
            Column(self.tr("Campo"), lambda r: field_label(r.conflict.column)),
            Column(self.tr("Valores en conflicto"), lambda r: str(len(r.sides)),
                   sort=lambda r: len(r.sides)),
        ], parent)


class ConflictWords(QObject):
    """How a conflict's values read."""

    def value_text(self, side: ConflictSide) -> str:
        value = side.value
        if side.field == "_deleted":
            return self.tr("eliminar el registro") if value else self.tr("conservar el registro")
        if isinstance(value, bool):
            return self.tr("Sí") if value else self.tr("No")
        if value is None:
            return "—"
        if isinstance(value, str):
            return code_word(value)  # a choice code as its word; other text as written
        return json.dumps(value, ensure_ascii=False)


class ConflictsPage(QWidget):
    """`changed` after a conflict was resolved."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lang = lang
        self.model = ConflictModel(self)
        self.words = ConflictWords(self)
        self.table = sorted_table(self.model, self, stretch=PLACE)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_sides())
        self.none_open = QLabel(self.tr("No hay conflictos abiertos."))
        self.sides_row = QHBoxLayout()
        self.other_value = QLineEdit()
        self.other_value.setPlaceholderText(self.tr("Otro valor (por ejemplo: aprobado, 2024, "
                                                    "true)"))
        self.other_button = QPushButton(self.tr("Guardar &otro valor"))
        self.other_button.clicked.connect(self.keep_other)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.setWordWrap(True)
        other = QHBoxLayout()
        other.addWidget(self.other_value, 1)
        other.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.addWidget(Section(self.tr("Conflictos entre equipos")))
        layout.addWidget(self.none_open)
        layout.addWidget(self.table, 2)
        layout.addWidget(Section(self.tr("Valores del conflicto elegido")))
        layout.addLayout(self.sides_row)
        layout.addLayout(other)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def reload(self) -> None:
        task = self._runner.submit(lambda ctx, _p, _c: conflict_reviews(ctx))
        task.finished.connect(self._show)
        task.failed.connect(self._refused)

    def _show(self, reviews: list[ConflictReview]) -> None:
        self.model.set_rows(reviews)
        fit_columns(self.table, self.model, skip=(PLACE,))
        self.none_open.setVisible(not reviews)
        if reviews:
            self.table.selectRow(0)
        self._show_sides()

    def chosen(self) -> ConflictReview | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show_sides(self) -> None:
        while self.sides_row.count():
            widget = self.sides_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.problem.hide()
        review = self.chosen()
        for side in review.sides if review else ():
            self.sides_row.addWidget(self._side(side))
        self.other_value.setEnabled(review is not None)
        self.other_button.setEnabled(review is not None)

    def _side(self, side: ConflictSide) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(side.value_id)
        shown = self.tr("✓ se muestra ahora") if side.shown else self.tr("no se muestra")
        day, _, time = side.written_at.partition("T")
        when = f"{day[8:10]}/{day[5:7]}/{day[0:4]} {time}" if len(day) == 10 else side.written_at
        text = QLabel(self.tr("<b>{value}</b><br>{shown}<br>Escrito por {author}<br>"
                              "el {when} (UTC)").format(value=self.words.value_text(side), shown=shown,
                                                        author=side.author, when=when))
        text.setWordWrap(True)
        keep = QPushButton(self.tr("Conservar este valor"))
        keep.clicked.connect(lambda: self.keep(side.value_id))
        layout = QVBoxLayout(card)
        layout.addWidget(text)
        layout.addWidget(keep)
        return card

    # -- resolving --------------------------------------------------------------------------

    def keep(self, value_id: str) -> None:
        review = self.chosen()
        if review is not None:
            conflict_id = review.conflict.id
            self._resolve(lambda ctx: resolve_conflict(ctx, conflict_id, keep=value_id))

    def keep_other(self) -> None:
        review = self.chosen()
        typed = self.other_value.text().strip()
        if review is None or not typed:
            return
        try:
            json.loads(typed)
            value_json = typed
        except ValueError:  # plain words are a text value
            value_json = json.dumps(typed, ensure_ascii=False)
        conflict_id = review.conflict.id
        self._resolve(lambda ctx: resolve_conflict(ctx, conflict_id, value_json=value_json))

    def _resolve(self, work: Any) -> None:
        task = self._runner.submit(lambda ctx, _p, _c: work(ctx))
        task.finished.connect(lambda _changes: self._resolved())
        task.failed.connect(self._refused)

    def _resolved(self) -> None:
        self.other_value.clear()
        self.status.emit(self.tr("Conflicto resuelto; el cambio que lo resuelve viaja a los "
                                 "equipos con la próxima respuesta."))
        self.changed.emit()
        self.reload()

    def _refused(self, error: object) -> None:
        if isinstance(error, MonitorError):
            self.problem.setText(f"✕ {describe(error, self._lang)}")
            self.problem.show()
