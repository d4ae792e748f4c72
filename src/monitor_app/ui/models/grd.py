"""The GRD records of a school's local: plans, brigades, drills and safety devices."""

from __future__ import annotations

from PySide6.QtCore import QObject

from monitor_app.core.checklist import Status
from monitor_app.services.school_page import BrigadeRow, DeviceRow, DrillRow, PlanRow
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.widgets.shown import code_word, day_sort, day_text, number_text
from monitor_app.ui.widgets.status_badge import COLOURS, ICONS


class PlanModel(RowsModel[PlanRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Año"), lambda p: str(p.year), sort=lambda p: p.year),
            Column(self.tr("Estado"), lambda p: code_word(p.status)),
            Column(self.tr("RD de aprobación"), lambda p: p.approval_rd),
            Column(self.tr("Aprobado el"), lambda p: day_text(p.approval_date),
                   sort=lambda p: day_sort(p.approval_date)),
            Column(self.tr("Actualizado el"), lambda p: day_text(p.updated_on),
                   sort=lambda p: day_sort(p.updated_on)),
        ], parent)


class BrigadeModel(RowsModel[BrigadeRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Brigada"), lambda b: b.brigade_type),
            Column(self.tr("Conformada el"), lambda b: day_text(b.formed_on),
                   sort=lambda b: day_sort(b.formed_on)),
            Column(self.tr("RD"), lambda b: b.rd_number),
            Column(self.tr("Integrantes"), lambda b: str(b.members), sort=lambda b: b.members),
        ], parent)


class DrillModel(RowsModel[DrillRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Fecha"), lambda d: day_text(d.date), sort=lambda d: day_sort(d.date)),
            Column(self.tr("Turno"), lambda d: code_word(d.shift)),
            Column(self.tr("Peligro"), lambda d: d.hazard),
            Column(self.tr("Nacional"), lambda d: self.tr("Sí") if d.national else self.tr("No"),
                   sort=lambda d: d.national),
            Column(self.tr("Participantes"), lambda d: number_text(d.participants),
                   sort=lambda d: d.participants),
        ], parent)


class DeviceModel(RowsModel[DeviceRow]):
    """Expired devices red with ✕, those expiring within the warning days amber with !."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Dispositivo"), lambda d: d.device_type),
            Column(self.tr("Cantidad"), lambda d: number_text(d.quantity),
                   sort=lambda d: d.quantity),
            Column(self.tr("Estado"), lambda d: code_word(d.state)),
            Column(self.tr("Ubicación"), lambda d: d.location),
            Column(self.tr("Vence"), self.expiry_text, sort=lambda d: day_sort(d.expiry_date),
                   colour=self._expiry_colour),
        ], parent)

    def expiry_text(self, device: DeviceRow) -> str:
        day = day_text(device.expiry_date)
        if device.expired:
            return self.tr("{icon} {date} (vencido)").format(icon=ICONS[Status.VENCIDO], date=day)
        if device.expiring:
            return self.tr("{icon} {date} (por vencer)").format(icon=ICONS[Status.PENDIENTE],
                                                                date=day)
        return day

    @staticmethod
    def _expiry_colour(device: DeviceRow) -> str | None:
        if device.expired:
            return COLOURS[Status.VENCIDO]
        return COLOURS[Status.PENDIENTE] if device.expiring else None
