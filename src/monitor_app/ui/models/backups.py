"""The backups of an installation, newest first: when, why, size, photos, whether it is good."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from monitor_app.core.checklist import Status
from monitor_app.storage.backup_files import BackupInfo
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.widgets.status_badge import COLOURS, ICONS

WHEN, KIND, SIZE, PHOTOS, STATE = range(5)


class BackupModel(RowsModel[BackupInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(self.tr("Fecha"), self.when_text, sort=lambda b: b.created_ms),
            Column(self.tr("Motivo"), self.kind_text),
            Column(self.tr("Tamaño"), lambda b: f"{b.size / 1e6:.1f} MB".replace(".", ","),
                   sort=lambda b: b.size),
            Column(self.tr("Fotos"), lambda b: str(len(b.photos)), sort=lambda b: len(b.photos)),
            Column(self.tr("Estado"), self.state_text,
                   colour=lambda b: COLOURS[Status.CUMPLE if b.good else Status.VENCIDO]),
        ], parent)

    @staticmethod
    def when_text(backup: BackupInfo) -> str:
        return dt.datetime.fromtimestamp(backup.created_ms / 1000).strftime("%d/%m/%Y %H:%M")

    def kind_text(self, backup: BackupInfo) -> str:
        words = {"daily": self.tr("Diaria"), "migration": self.tr("Antes de actualizar"),
                 "directory": self.tr("Antes de importar el padrón"),
                 "bundles": self.tr("Antes de importar paquetes"), "manual": self.tr("Manual")}
        return words.get(backup.kind, backup.kind)

    def state_text(self, backup: BackupInfo) -> str:
        if backup.good:
            return ICONS[Status.CUMPLE] + " " + self.tr("Buena")
        return ICONS[Status.VENCIDO] + " " + self.tr("Dañada")
