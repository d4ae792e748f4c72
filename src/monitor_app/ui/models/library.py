"""The library of a school's local: its copies with stock, and its loans."""

from __future__ import annotations

from PySide6.QtCore import QObject

from monitor_app.core.checklist import Status
from monitor_app.services.school_page import CopyRow, LoanRow
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.widgets.shown import code_word, day_sort, day_text, number_text
from monitor_app.ui.widgets.status_badge import COLOURS, ICONS


class CopyModel(RowsModel[CopyRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("N.° de registro"), lambda c: c.registration_number),
            Column(self.tr("Título"), lambda c: c.title),
            Column(self.tr("Autor"), lambda c: c.author),
            Column(self.tr("Año"), lambda c: str(c.year or ""), sort=lambda c: c.year or 0),
            Column(self.tr("Estado"), lambda c: code_word(c.condition)),
            Column(self.tr("Situación"), lambda c: code_word(c.situation)),
            Column(self.tr("Ejemplares"), lambda c: number_text(c.stock), sort=lambda c: c.stock),
            Column(self.tr("Prestados"), lambda c: number_text(c.on_loan),
                   sort=lambda c: c.on_loan),
        ], parent)


class LoanModel(RowsModel[LoanRow]):
    """Loans still out first; one past its return date is red with ✕."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Título"), lambda loan: loan.title),
            Column(self.tr("Lector"), lambda loan: loan.reader),
            Column(self.tr("Prestado el"), lambda loan: day_text(loan.out_date),
                   sort=lambda loan: day_sort(loan.out_date)),
            Column(self.tr("Devolver el"), self.due_text, sort=lambda loan: day_sort(loan.due_date),
                   colour=lambda loan: COLOURS[Status.VENCIDO] if loan.overdue else None),
            Column(self.tr("Devuelto el"), lambda loan: day_text(loan.returned_date),
                   sort=lambda loan: day_sort(loan.returned_date)),
        ], parent)

    def due_text(self, loan: LoanRow) -> str:
        day = day_text(loan.due_date)
        if loan.overdue:
            return self.tr("{icon} {date} (atrasado)").format(icon=ICONS[Status.VENCIDO], date=day)
        return day
