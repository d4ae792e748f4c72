"""A school's visits (any specialist's) and its open commitments."""

from __future__ import annotations

from PySide6.QtCore import QObject

from monitor_app.services.school_page import VisitSummary
from monitor_app.storage.commitments import OpenCommitment
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.widgets.shown import code_word, day_sort, day_text, iso_day_text


class VisitModel(RowsModel[VisitSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Fecha"), lambda v: day_text(v.date), sort=lambda v: day_sort(v.date)),
            Column(self.tr("Anexo"), lambda v: v.anexo),
            Column(self.tr("Tipo de visita"), lambda v: v.visit_type),
            Column(self.tr("Estado"), lambda v: code_word(v.status)),
            Column(self.tr("Especialista"), lambda v: v.specialist),
            Column(self.tr("Compromisos"), lambda v: str(v.commitments),
                   sort=lambda v: v.commitments,
                   header_tip=self.tr("Compromisos acordados en la visita")),
        ], parent)


REPORT = 6  # the school's report: read whole (few rows), the description takes what is left


class CommitmentModel(RowsModel[OpenCommitment]):
    """Open commitments, due ones first; a due date already past is marked (unless the school
    reports it kept). The specialist's verification and the school's report side by side."""

    def __init__(self, today: str, parent: QObject | None = None) -> None:
        self.today = today
        super().__init__([
            Column(self.tr("Compromiso"), lambda c: c.description),
            Column(self.tr("Responsable"), lambda c: c.responsible),
            Column(self.tr("Plazo"), self.due_text, sort=lambda c: c.due_date or "9999",
                   colour=lambda c: "#f8c4c0" if self.overdue(c) else None),
            Column(self.tr("Estado"), lambda c: code_word(c.status)),
            Column(self.tr("Acordado en la visita del"), lambda c: iso_day_text(c.visit_date),
                   sort=lambda c: c.visit_date),
            Column(self.tr("Verificación del especialista"), self.verification_text,
                   sort=lambda c: c.verified_on or "",
                   tooltip=lambda c: c.verification_note or self.verification_text(c)),
            Column(self.tr("Informe de la IE"), self.report_text,
                   sort=lambda c: c.reported_on or "", tooltip=self.report_tip),
        ], parent)

    def overdue(self, commitment: OpenCommitment) -> bool:
        return (commitment.due_date is not None and commitment.due_date < self.today
                and commitment.reported_on is None)

    def verification_text(self, commitment: OpenCommitment) -> str:
        if not commitment.verified_on:
            return self.tr("Sin verificar")
        return self.tr("Verificado el {date}").format(date=iso_day_text(commitment.verified_on))

    def report_text(self, commitment: OpenCommitment) -> str:
        """When the school reports it kept, its photos, and whether a visit must still verify
        it: short, under the column's title "Informe de la IE"."""
        if not commitment.reported_on:
            return "—"
        text = self.tr("Cumplió el {date}").format(date=iso_day_text(commitment.reported_on))
        if commitment.report_photos:
            text += " · " + self.tr("%n foto(s)", "", commitment.report_photos)
        if commitment.awaits_verification:
            text += " · " + self.tr("por verificar")
        return text

    def report_tip(self, commitment: OpenCommitment) -> str:
        """The whole sentence, with the school's note."""
        if not commitment.reported_on:
            return self.tr("La IE aún no informa que lo cumplió.")
        lines = [self.tr("La IE informa que cumplió el {date}.").format(
            date=iso_day_text(commitment.reported_on))]
        if commitment.report_note:
            lines.append(commitment.report_note)
        if commitment.awaits_verification:
            lines.append(self.tr("Por verificar en la próxima visita."))
        return "\n".join(lines)

    def due_text(self, commitment: OpenCommitment) -> str:
        if commitment.due_date is None:
            return self.tr("Sin plazo")
        day = iso_day_text(commitment.due_date)
        return self.tr("✕ {date} (vencido)").format(date=day) if self.overdue(commitment) else day
