"""Asignaciones (the UGEL): which schools each approved specialist is assigned; assign more by
searching the directory, end one. The specialists' replies carry them (D33)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.directory import School
from monitor_app.services.assignments import (
    Assignment,
    SpecialistSchools,
    assign_schools,
    assignments_by_specialist,
    end_assignments,
)
from monitor_app.services.context import AppContext
from monitor_app.services.schools import search_schools
from monitor_app.ui.models import assignments as columns
from monitor_app.ui.models.assignments import (
    AssignedSchoolModel,
    CandidateModel,
    SpecialistModel,
)
from monitor_app.ui.models.rows import ROW_ROLE, RowsModel
from monitor_app.ui.pages.station_change import refused, run_change
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.school_sections import Section
from monitor_app.ui.widgets.table_view import fit_columns, sorted_table

CANDIDATES = 200  # schools a search offers; typing more narrows it
SEARCH_DELAY_MS = 150


def _chosen_rows(table: QTableView) -> list[Any]:
    return [index.data(ROW_ROLE) for index in table.selectionModel().selectedRows()]


class AssignmentsPage(QWidget):
    """`changed` after an assignment was made or ended."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lang = lang
        self.specialists = SpecialistModel(self)
        self.specialist_table = self._table(self.specialists, columns.SPECIALIST)
        self.specialist_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.specialist_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_schools())
        self.assigned = AssignedSchoolModel(self)
        self.assigned_table = self._table(self.assigned, columns.SCHOOL_NAME)
        self.candidates = CandidateModel(self)
        self.candidate_table = self._table(self.candidates, columns.CANDIDATE_NAME)
        self.assigned_title = QLabel()
        font = self.assigned_title.font()
        font.setBold(True)
        self.assigned_title.setFont(font)
        self.end_button = QPushButton(self.tr("&Terminar asignación"))
        self.end_button.clicked.connect(self.end_chosen)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Buscar IE por nombre, código o distrito"))
        self.search_edit.setClearButtonEnabled(True)
        self.assign_button = QPushButton(self.tr("&Asignar al especialista"))
        self.assign_button.clicked.connect(self.assign_chosen)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        for table in (self.assigned_table, self.candidate_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self._layout()
        self.update_buttons()

    def _table(self, model: RowsModel, stretch: int) -> QTableView:
        table = sorted_table(model, self, stretch=stretch)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        return table

    def _layout(self) -> None:
        hint = QLabel(self.tr("Cada especialista recibe sus IIEE asignadas en su próxima respuesta "
                              "de la UGEL y las ve primero en «Mis IIEE»."))
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(Section(self.tr("Especialistas aprobados")))
        left.addWidget(self.specialist_table, 1)
        right = QVBoxLayout()
        right.addWidget(self.assigned_title)
        right.addWidget(self.assigned_table, 2)
        right.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(Section(self.tr("Asignar IIEE")))
        right.addWidget(self.search_edit)
        right.addWidget(self.candidate_table, 3)
        right.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(Section(self.tr("Asignación de IIEE a especialistas")))
        layout.addWidget(hint)
        layout.addLayout(row, 1)

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        task = self._runner.submit(lambda ctx, _p, _c: assignments_by_specialist(ctx))
        task.finished.connect(self._show)
        task.failed.connect(self._refused)
        if not self.candidates.rowCount():
            self.run_search()

    def _show(self, found: list[SpecialistSchools]) -> None:
        chosen = self.chosen_specialist()
        self.specialists.set_rows(found)
        fit_columns(self.specialist_table, self.specialists, skip=(columns.SPECIALIST,))
        ids = [s.device_id for s in found]
        row = ids.index(chosen.device_id) if chosen and chosen.device_id in ids else 0
        if found:
            proxy = self.specialist_table.model()
            self.specialist_table.selectRow(
                proxy.mapFromSource(self.specialists.index(row, 0)).row())
        self._show_schools()

    def _show_schools(self) -> None:
        chosen = self.chosen_specialist()
        self.assigned.set_rows(chosen.schools if chosen else [])
        fit_columns(self.assigned_table, self.assigned, skip=(columns.SCHOOL_NAME,))
        self.assigned_title.setText(
            self.tr("IIEE asignadas a {name}").format(name=chosen.name) if chosen
            else self.tr("No hay especialistas aprobados: apruebe sus equipos en «Equipos»."))
        self.update_buttons()

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text()
        task = self._runner.submit(lambda ctx, _p, _c: search_schools(ctx, text, CANDIDATES))
        task.finished.connect(self._show_candidates)
        task.failed.connect(self._refused)

    def _show_candidates(self, found: list[School]) -> None:
        self.candidates.set_rows(found)
        fit_columns(self.candidate_table, self.candidates, skip=(columns.CANDIDATE_NAME,))
        self.update_buttons()

    def chosen_specialist(self) -> SpecialistSchools | None:
        index = self.specialist_table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def update_buttons(self) -> None:
        chosen = self.chosen_specialist()
        self.end_button.setEnabled(bool(_chosen_rows(self.assigned_table)))
        self.assign_button.setEnabled(chosen is not None
                                      and bool(_chosen_rows(self.candidate_table)))
        self.assign_button.setText(
            self.tr("&Asignar a {name}").format(name=chosen.name) if chosen
            else self.tr("&Asignar al especialista"))

    # -- writing ----------------------------------------------------------------------------

    def assign_chosen(self) -> None:
        chosen = self.chosen_specialist()
        schools = [(s.cod_mod, s.anexo) for s in _chosen_rows(self.candidate_table)]
        if chosen is None or not schools:
            return
        device_id, name = chosen.device_id, chosen.name
        self._act(lambda ctx: assign_schools(ctx, device_id, schools),
                  self.tr("%n IE(s) asignada(s) a {name}.", "", len(schools)).format(name=name))

    def end_chosen(self) -> None:
        chosen = self.chosen_specialist()
        ended: list[Assignment] = _chosen_rows(self.assigned_table)
        if chosen is None or not ended:
            return
        device_id, name = chosen.device_id, chosen.name
        schools = [(a.cod_mod, a.anexo) for a in ended]
        self._act(lambda ctx: end_assignments(ctx, device_id, schools),
                  self.tr("%n asignación(es) de {name} terminada(s).", "", len(schools))
                  .format(name=name))

    def _act(self, work: Callable[[AppContext], Any], sentence: str) -> None:
        run_change(self, self._runner, self._lang, work, lambda _result: sentence,
                   (self.assign_button, self.end_button))

    def _refused(self, error: object) -> None:
        refused(self, self._lang, error)
