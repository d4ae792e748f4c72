"""The school page: a tab strip over one school's directory data, checklist, visits,
commitments, GRD and library records. Each tab reads its data when first shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.checklist import Status
from monitor_app.core.directory import School
from monitor_app.core.errors import MonitorError
from monitor_app.services.changes import Changes
from monitor_app.services.checklist import checklist_labels, school_checklist
from monitor_app.services.commitments import open_commitments
from monitor_app.services.context import AppContext
from monitor_app.services.messages import describe
from monitor_app.services.school_page import school_record, school_visits
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.editing.grd_tab import GrdTab
from monitor_app.ui.editing.library_tab import LibraryTab
from monitor_app.ui.editing.record_editing import RecordEditing
from monitor_app.ui.models import checklist as checklist_columns
from monitor_app.ui.models.checklist import ChecklistModel
from monitor_app.ui.models.rows import ROW_ROLE, RowsModel
from monitor_app.ui.models.visits import REPORT, CommitmentModel, VisitModel
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.school_sections import DirectoryCard, PageTitle, Section, StatusSummary
from monitor_app.ui.widgets.table_view import fit_columns, list_view, sorted_table

if TYPE_CHECKING:
    from monitor_app.ui.pages.commitment_report import CommitmentReportDialog

SUMMARY, VISITS, COMMITMENTS, GRD, LIBRARY = range(5)


class SchoolPage(QWidget):
    """With a runner and dialogs the GRD and library records can be edited; without, shown."""

    status = Signal(str)
    new_visit_requested = Signal()
    visit_chosen = Signal(str)  # a visit's id

    def __init__(self, context: Callable[[], AppContext], lang: str,
                 runner: TaskRunner | None = None, dialogs: Dialogs | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lang = lang
        self._runner, self._dialogs = runner, dialogs
        self.reporting = False  # a director reports their commitments kept (allow_reports)
        self._report_runner: TaskRunner | None = None
        self._on_behalf = False
        self.report_dialog: CommitmentReportDialog | None = None
        self.editing: RecordEditing | None = None
        if runner is not None and dialogs is not None:
            self.editing = RecordEditing(runner, dialogs, context, lang, self)
            self.editing.changed.connect(self._changed)
            self.editing.refused.connect(self.status)
        self.school: School | None = None
        self._loaded: set[int] = set()
        self.title = PageTitle()
        self.subtitle = QLabel()
        self.tabs = QTabWidget()
        self.commitment_model = CommitmentModel("", self)
        self.commitment_table = sorted_table(self.commitment_model, self, stretch=0)
        self.commitment_table.horizontalHeader().setSectionResizeMode(
            REPORT, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self._build_summary(), self.tr("&Resumen"))
        self.visit_model = VisitModel(self)
        self.visit_table = sorted_table(self.visit_model, self, stretch=2)
        self.tabs.addTab(self._build_visits(), self.tr("&Visitas"))
        self.tabs.addTab(self._build_commitments(), self.tr("&Compromisos"))
        self.tabs.addTab(self._build_grd(), self.tr("&GRD"))
        self.tabs.addTab(self._build_library(), self.tr("&Biblioteca"))
        self.tabs.currentChanged.connect(self._load_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    def _build_visits(self) -> QWidget:
        """The school's visits, newest first, with starting a new one and opening one."""
        self.new_visit_button = QPushButton(self.tr("&Nueva visita…"))
        self.new_visit_button.clicked.connect(self.new_visit_requested)
        self.open_visit_button = QPushButton(self.tr("&Abrir visita"))
        self.open_visit_button.clicked.connect(self._open_current_visit)
        self.visit_table.activated.connect(lambda _index: self._open_current_visit())
        return _under_buttons(self.visit_table, self.new_visit_button, self.open_visit_button)

    def _open_current_visit(self) -> None:
        index = self.visit_table.currentIndex()
        if index.isValid():
            visit = index.data(ROW_ROLE)
            self.visit_chosen.emit(visit.id)

    def reload_visits(self) -> None:
        """Read the visits again (after one was started or closed): now if the page is shown,
        else when it is shown next."""
        self._loaded.discard(VISITS)
        self._loaded.discard(COMMITMENTS)
        self._loaded.discard(SUMMARY)
        if self.isVisible():
            self._load_tab(self.tabs.currentIndex())

    def reload_all(self) -> None:
        """Read every tab again (after a bundle or a reply brought others' work): now the one
        shown, the others when they are shown next."""
        self._loaded.clear()
        if self.isVisible():
            self._load_tab(self.tabs.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._load_tab(self.tabs.currentIndex())

    def _build_summary(self) -> QWidget:
        page = QWidget()
        self.directory = DirectoryCard()
        self.status_summary = StatusSummary()
        self.checklist_model = ChecklistModel(self._lang, parent=self)
        self.checklist_table = sorted_table(self.checklist_model, page)
        self.checklist_table.setWordWrap(True)
        header = self.checklist_table.horizontalHeader()
        for column in (checklist_columns.REASON, checklist_columns.ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.checklist_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(page)
        layout.addWidget(self.directory)
        layout.addWidget(Section(self.tr("Lista de verificación"), self.status_summary))
        layout.addWidget(self.checklist_table, 3)
        # The same commitments as their tab, so the summary shows what is due next.
        self.summary_commitments = list_view(QTableView(page), self.commitment_table.model())
        self.summary_commitments.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.summary_commitments.horizontalHeader().setSectionResizeMode(
            REPORT, QHeaderView.ResizeMode.ResizeToContents)
        self.summary_report_button = self._report_button()
        self.summary_commitments.activated.connect(lambda _index: self.report_commitment())
        layout.addWidget(Section(self.tr("Compromisos abiertos"), self.summary_report_button))
        layout.addWidget(self.summary_commitments, 1)
        return page

    def _build_commitments(self) -> QWidget:
        self.report_button = self._report_button()
        self.commitment_table.activated.connect(lambda _index: self.report_commitment())
        return _under_buttons(self.commitment_table, self.report_button)

    def _report_button(self) -> QPushButton:
        button = QPushButton(self.tr("&Informar cumplimiento…"))
        button.setToolTip(self.tr("Informar a la UGEL que la IE cumplió el compromiso "
                                  "elegido, con una nota y fotos"))
        button.clicked.connect(self.report_commitment)
        button.hide()
        return button

    def allow_reports(self, allowed: bool, runner: TaskRunner | None = None, *,
                      on_behalf: bool = False) -> None:
        """Each open commitment can be reported kept: by the director, or by the office
        `on_behalf` of the school (with `runner`: the office's page edits nothing else)."""
        self._report_runner = runner or self._runner
        self._on_behalf = on_behalf
        self.reporting = (allowed and self._report_runner is not None
                          and self._dialogs is not None)
        self.report_button.setVisible(self.reporting)
        self.summary_report_button.setVisible(self.reporting)

    def report_commitment(self) -> None:
        """Open the report of the commitment chosen in the list shown."""
        if not self.reporting:
            return
        table = self.summary_commitments if self.tabs.currentIndex() == SUMMARY \
            else self.commitment_table
        index = table.currentIndex()
        if not index.isValid():
            self.status.emit(self.tr("Elija primero un compromiso de la lista."))
            table.setFocus()
            return
        from monitor_app.ui.pages.commitment_report import CommitmentReportDialog

        assert self._report_runner is not None and self._dialogs is not None
        dialog = CommitmentReportDialog(self._report_runner, self._dialogs, self._lang,
                                        index.data(ROW_ROLE), self.commitment_model.today, self,
                                        on_behalf=self._on_behalf)
        dialog.reported.connect(self._reported)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.report_dialog = dialog
        dialog.open()

    def _reported(self, _changes: Changes) -> None:
        self.status.emit(self.tr("Informe guardado: se enviará a la UGEL con su próxima "
                                 "exportación."))
        self.reload_visits()

    def _build_grd(self) -> QWidget:
        self.grd = GrdTab(self._context, self._lang, self.editing, self)
        self.plan_model, self.brigade_model = self.grd.plan_model, self.grd.brigade_model
        self.drill_model, self.device_model = self.grd.drill_model, self.grd.device_model
        return self.grd

    def _build_library(self) -> QWidget:
        self.library = LibraryTab(self._context, self._lang, self.editing, self)
        self.copy_model, self.loan_model = self.library.copy_model, self.library.loan_model
        return self.library

    # behaviour --------------------------------------------------------------------------------

    def show_school(self, cod_mod: str, anexo: str) -> bool:
        """Show a school, starting on its summary; False (and a status message) if it cannot."""
        try:
            school = school_record(self._context(), cod_mod, anexo)
        except MonitorError as refusal:
            self._refused(refusal)
            return False
        self.school = school
        self._loaded.clear()
        self.title.setText(school.cen_edu)
        self.subtitle.setText(self.tr("Código modular {cod_mod} · anexo {anexo} · código de local "
                                      "{codlocal} · {level}").format(
            cod_mod=school.cod_mod, anexo=school.anexo, codlocal=school.codlocal,
            level=school.d_niv_mod))
        self.directory.show_school(school)
        if self.tabs.currentIndex() == SUMMARY:
            self._load_tab(SUMMARY)
        else:
            self.tabs.setCurrentIndex(SUMMARY)
        return True

    def _load_tab(self, tab: int) -> None:
        if self.school is None or tab in self._loaded:
            return
        try:
            self._read_tab(tab, self.school, self._context())
        except MonitorError as refusal:
            self._refused(refusal)
            return
        self._loaded.add(tab)

    def _read_tab(self, tab: int, school: School, ctx: AppContext) -> None:
        if tab == SUMMARY:
            self.checklist_model.labels = checklist_labels(ctx, self._lang)
            items = school_checklist(ctx, school.cod_mod, anexo=school.anexo)
            self.checklist_model.set_rows(items)
            self.status_summary.show_counts([Status(i.status) for i in items])
            fit_columns(self.checklist_table, self.checklist_model,
                        skip=(checklist_columns.REASON, checklist_columns.ACTION))
            self._load_tab(COMMITMENTS)
        elif tab == VISITS:
            self._fill(self.visit_table, self.visit_model,
                       school_visits(ctx, school, self._lang))
        elif tab == COMMITMENTS:
            self.commitment_model.today = ctx.today().isoformat()
            self._fill(self.commitment_table, self.commitment_model,
                       open_commitments(ctx, school.cod_mod, school.anexo))
            fit_columns(self.summary_commitments, self.commitment_model, skip=(0, REPORT))
        elif tab in (GRD, LIBRARY):  # each table fits its columns to the rows it gets
            (self.grd if tab == GRD else self.library).load(ctx, school)

    def _fill(self, table: QTableView, model: RowsModel, rows: list) -> None:  # type: ignore[type-arg]
        model.set_rows(rows)
        fit_columns(table, model, skip=self._stretched(table))

    @staticmethod
    def _stretched(table: QTableView) -> tuple[int, ...]:
        header = table.horizontalHeader()
        return tuple(c for c in range(header.count())
                     if header.sectionResizeMode(c) in (QHeaderView.ResizeMode.Stretch,
                                                        QHeaderView.ResizeMode.ResizeToContents))

    def _changed(self, changes: Changes) -> None:
        """A write went through: the tables that show what it touched read again, and the
        summary (its checklist counts GRD and library records) when it is next shown."""
        try:
            for tab, records in ((GRD, self.grd), (LIBRARY, self.library)):
                if tab in self._loaded and records.kinds & changes.kinds:
                    records.reload(changes)
        except MonitorError as refusal:
            self._refused(refusal)
        self._loaded.discard(SUMMARY)

    def _refused(self, refusal: MonitorError) -> None:
        self.status.emit(describe(refusal, self._lang))


def _under_buttons(table: QTableView, *buttons: QPushButton) -> QWidget:
    """A tab: a row of buttons over a table."""
    page = QWidget()
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addLayout(row)
    layout.addWidget(table, 1)
    return page
