"""Equipos (the merge station): the devices that sent bundles, held ones first, to approve
after comparing the key fingerprint by phone, to refuse, or to revoke when a laptop is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from monitor_app.services.context import AppContext
from monitor_app.services.device_overview import DeviceOverview, device_overview
from monitor_app.services.sync_admin import approve_device, refuse_device, revoke_device
from monitor_app.storage.sync_registry import DeviceStatus
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.models import devices as columns
from monitor_app.ui.models.devices import DeviceModel
from monitor_app.ui.models.rows import ROW_ROLE
from monitor_app.ui.pages.station_change import refused, run_change
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.school_sections import Section
from monitor_app.ui.widgets.table_view import fit_columns, sorted_table


class DevicesPage(QWidget):
    """`changed` after a device was approved (its held bundles merged), refused or revoked."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self.model = DeviceModel(self)
        self.table = sorted_table(self.model, self, stretch=columns.LAST_BUNDLE)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.approve_button = QPushButton(self.tr("&Aprobar equipo"))
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button = QPushButton(self.tr("&Rechazar equipo"))
        self.refuse_button.clicked.connect(self.refuse)
        self.revoke_button = QPushButton(self.tr("&Dar de baja…"))
        self.revoke_button.clicked.connect(self.revoke)
        hint = QLabel(self.tr("Antes de aprobar un equipo, llame a su usuario y compare la huella "
                              "de la clave que le muestra su equipo (Configuración → Acerca de)."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.refuse_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(Section(self.tr("Equipos que envían paquetes a esta oficina")))
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.update_buttons()

    def reload(self) -> None:
        task = self._runner.submit(lambda ctx, _p, _c: device_overview(ctx))
        task.finished.connect(self._show)
        task.failed.connect(self._refused)

    def _show(self, found: list[DeviceOverview]) -> None:
        chosen = self.chosen()
        self.model.set_rows(found)
        fit_columns(self.table, self.model, skip=(columns.LAST_BUNDLE,))
        ids = [o.device.device_id for o in found]
        row = ids.index(chosen.device.device_id) if chosen and chosen.device.device_id in ids \
            else 0
        if found:
            self.table.selectRow(self.table.model().mapFromSource(self.model.index(row, 0)).row())
        self.update_buttons()

    def chosen(self) -> DeviceOverview | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def update_buttons(self) -> None:
        chosen = self.chosen()
        status = chosen.device.status if chosen else None
        self.approve_button.setEnabled(status is DeviceStatus.HELD)
        self.refuse_button.setEnabled(status is DeviceStatus.HELD)
        self.revoke_button.setEnabled(status is DeviceStatus.APPROVED)

    # -- actions ----------------------------------------------------------------------------

    def approve(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        device_id, name = chosen.device.device_id, chosen.device.name
        self._act(lambda ctx: approve_device(ctx, device_id),
                  lambda result: self.tr("Equipo «{name}» aprobado; %n paquete(s) retenido(s) "
                                         "fusionado(s).", "", len(result[1])).format(name=name))

    def refuse(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        device_id, name = chosen.device.device_id, chosen.device.name
        question = self.tr("¿Rechazar el equipo «{name}»? Sus paquetes no se fusionarán.")
        if self._dialogs.confirm(self, question.format(name=name)):
            self._act(lambda ctx: refuse_device(ctx, device_id),
                      lambda _device: self.tr("Equipo «{name}» rechazado.").format(name=name))

    def revoke(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        device_id, name = chosen.device.device_id, chosen.device.name
        question = self.tr("¿Dar de baja el equipo «{name}» (perdido o reemplazado)? Lo ya "
                           "fusionado se conserva; sus paquetes nuevos se rechazarán.")
        if self._dialogs.confirm(self, question.format(name=name)):
            self._act(lambda ctx: revoke_device(ctx, device_id),
                      lambda _device: self.tr("Equipo «{name}» dado de baja.").format(name=name))

    def _act(self, work: Callable[[AppContext], Any], said: Callable[[Any], str]) -> None:
        run_change(self, self._runner, self._lang, work, said,
                   (self.approve_button, self.refuse_button, self.revoke_button))

    def _refused(self, error: object) -> None:
        refused(self, self._lang, error)
