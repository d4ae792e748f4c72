"""The merge station's devices: who each is, its status, what arrived last, what is missing."""

from __future__ import annotations

from PySide6.QtCore import QObject

from monitor_app.core.checklist import Status
from monitor_app.services.device_overview import DeviceOverview
from monitor_app.storage.sync_registry import DeviceStatus, Outcome
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.role_names import role_label
from monitor_app.ui.widgets.status_badge import COLOURS, ICONS

# A status reads in colour *and* sign: held needs doing, revoked is closed.
_LOOKS = {DeviceStatus.HELD: Status.PENDIENTE, DeviceStatus.APPROVED: Status.CUMPLE,
          DeviceStatus.REVOKED: Status.VENCIDO}
NAME, ROLE, SCOPE, FINGERPRINT, STATUS, LAST_BUNDLE, MISSING, ALERTS = range(8)


class DeviceModel(RowsModel[DeviceOverview]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Equipo"), lambda o: o.device.name),
            Column(self.tr("Rol"), lambda o: role_label(o.device.role)),
            Column(self.tr("Ámbito"), self.scope_text),
            Column(self.tr("Huella de la clave"), lambda o: o.fingerprint,
                   header_tip=self.tr("Compárela por teléfono con la que muestra el equipo")),
            Column(self.tr("Estado"), self.status_text,
                   colour=lambda o: COLOURS[_LOOKS[o.device.status]]),
            Column(self.tr("Último paquete"), self.last_bundle_text,
                   sort=lambda o: o.last_bundle.received_at if o.last_bundle else ""),
            Column(self.tr("Cambios que faltan"), self.missing_text,
                   sort=lambda o: sum(b - a + 1 for a, b in o.missing)),
            Column(self.tr("Alertas"), self.alerts_text),
        ], parent)

    def scope_text(self, overview: DeviceOverview) -> str:
        scope = overview.device.scope
        if scope.cod_mod is not None:
            return self.tr("IE {code}").format(code=scope.cod_mod)
        return self.tr("UGEL {code}").format(code=scope.ugel) if scope.ugel else ""

    def status_text(self, overview: DeviceOverview) -> str:
        words = {DeviceStatus.HELD: self.tr("Por aprobar"),
                 DeviceStatus.APPROVED: self.tr("Aprobado"),
                 DeviceStatus.REVOKED: self.tr("De baja")}
        status = overview.device.status
        return f"{ICONS[_LOOKS[status]]} {words[status]}"

    def last_bundle_text(self, overview: DeviceOverview) -> str:
        bundle = overview.last_bundle
        if bundle is None:
            return "—"
        words = {Outcome.MERGED: self.tr("fusionado"), Outcome.ALREADY: self.tr("ya importado"),
                 Outcome.HELD: self.tr("retenido"), Outcome.QUARANTINED: self.tr("en cuarentena"),
                 Outcome.REFUSED: self.tr("rechazado")}
        day = bundle.received_at[:10]
        shown = f"{day[8:10]}/{day[5:7]}/{day[0:4]}" if len(day) == 10 else day
        outcome = words.get(bundle.outcome, bundle.outcome.value)
        if bundle.seq_to < max(bundle.seq_from, 1):  # a bundle with no change of its own
            return self.tr("{date}, sin cambios, {outcome}").format(date=shown, outcome=outcome)
        return self.tr("{date}, cambios {first}–{last}, {outcome}").format(
            date=shown, first=bundle.seq_from, last=bundle.seq_to, outcome=outcome)

    def missing_text(self, overview: DeviceOverview) -> str:
        if not overview.missing:
            return self.tr("ninguno")
        count = sum(last - first + 1 for first, last in overview.missing)
        ranges = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in overview.missing)
        return self.tr("%n cambio(s): %1", "", count).replace("%1", ranges)

    def alerts_text(self, overview: DeviceOverview) -> str:
        alerts = []
        if overview.cloned:
            alerts.append(self.tr("✕ equipo clonado o copia restaurada"))
        if overview.rejected:
            alerts.append(self.tr("%n cambio(s) rechazado(s)", "", overview.rejected))
        return "; ".join(alerts)
