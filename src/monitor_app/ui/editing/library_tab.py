"""The Biblioteca tab of a school page: the library's profile, its copies with their ledger,
and the loans (lend a copy, return a loan), each table with a filter and editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from monitor_app.core.directory import School
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.local_records import records_of_local
from monitor_app.services.school_page import school_library
from monitor_app.ui.editing.record_editing import RecordEditing
from monitor_app.ui.editing.record_panel import RecordPanel
from monitor_app.ui.editing.records_tab import RecordsTab
from monitor_app.ui.models.library import CopyModel, LoanModel
from monitor_app.ui.models.records import RecordsModel
from monitor_app.ui.widgets.shown import iso_day_text


class LibraryTab(RecordsTab):
    catalogues = ("library_types", "movement_reasons")

    def __init__(self, context: Callable[[], AppContext], lang: str,
                 editing: RecordEditing | None, parent: QWidget | None = None) -> None:
        super().__init__(context, lang, editing, parent)
        editable = self.editable
        self.copy_model, self.loan_model = CopyModel(self), LoanModel(self)
        self.libraries = RecordPanel(
            self.tr("Perfil de la biblioteca"),
            RecordsModel("libraries", ("library_type", "responsible", "opening_hours",
                                       "inventory_date", "home_loans", "plan_lector"), self),
            {"libraries"}, stretch=2, editable=editable)
        self.copies = RecordPanel(self.tr("Ejemplares"), self.copy_model,
                                  {"library_copies", "library_movements", "library_loans"},
                                  stretch=1, editable=editable)
        self.lend_button = self.copies.add_button_for(self.tr("&Prestar"))
        self.movements = RecordPanel(
            self.tr("Registro de entradas y salidas del ejemplar seleccionado"),
            RecordsModel("library_movements", ("date", "quantity", "reason", "note"), self),
            {"library_movements"}, stretch=3, editable=editable)
        self.loans = RecordPanel(self.tr("Préstamos"), self.loan_model, {"library_loans"},
                                 stretch=0, editable=editable)
        self.loans.add_button.hide()  # a loan starts from its copy: Prestar
        self.return_button = self.loans.add_button_for(self.tr("Registrar &devolución"))
        self.loans.current_changed.connect(
            lambda loan: self.return_button.setEnabled(loan is not None
                                                       and loan.returned_date is None))
        self.return_button.clicked.connect(self._return_loan)
        self.lend_button.clicked.connect(self._lend)
        self._bind()
        self.page(self.tr("&Perfil"), (self.libraries, 1))
        self.page(self.tr("&Ejemplares y registro"), (self.copies, 3), (self.movements, 2))
        self.page(self.tr("Prés&tamos"), (self.loans, 1))

    def _bind(self) -> None:
        self.local_panel(self.libraries, "libraries",
                         lambda ctx, s: records_of_local(ctx, s, "libraries"),
                         lambda b: self.catalogue_labels["library_types"].get(
                             b["library_type"], ""))
        self.local_panel(self.copies, "library_copies",
                         lambda ctx, s: school_library(ctx, s).copies,
                         lambda c: c.registration_number + " · " + c.title,
                         fixed=lambda: {"library_id": self.library_id()})
        self.detail_panel(self.movements, "library_movements", self.copies,
                          lambda m: iso_day_text(m["date"]) + " · " + str(m["quantity"]))
        self.local_panel(self.loans, "library_loans",
                         lambda ctx, s: school_library(ctx, s).loans,
                         lambda loan: loan.title + " · " + loan.reader)

    def library_id(self) -> str | None:
        """The local's library, where new copies go."""
        model = self.libraries.model
        return model.row_at(0)["id"] if model.rowCount() else None

    def load(self, ctx: AppContext, school: School) -> None:
        super().load(ctx, school)
        self.copies.set_can_add(self.library_id() is not None)

    def reload(self, changes: Changes) -> None:
        super().reload(changes)
        self.copies.set_can_add(self.library_id() is not None)

    def _lend(self) -> None:
        copy = self.copies.selected()
        if copy is not None and self.editing is not None:
            self.editing.add("library_loans", {"copy_id": copy.id})

    def _return_loan(self) -> None:
        loan: Any = self.loans.selected()
        if loan is not None and self.editing is not None:
            self.editing.return_loan(loan.id)
