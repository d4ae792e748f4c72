"""A checklist status shown by colour and icon together, so it reads in black and white too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from monitor_app.core.checklist import Status

ICONS = {Status.CUMPLE: "✓", Status.PENDIENTE: "!", Status.VENCIDO: "✕", Status.SIN_DATO: "?"}
# Light tints: black text stays readable on each.
COLOURS = {Status.CUMPLE: "#c8e6c9", Status.PENDIENTE: "#ffe0a3", Status.VENCIDO: "#f8c4c0",
           Status.SIN_DATO: "#e0e0e0"}


def status_word(status: Status) -> str:
    words = {
        Status.CUMPLE: QCoreApplication.translate("StatusBadge", "Cumple"),
        Status.PENDIENTE: QCoreApplication.translate("StatusBadge", "Pendiente"),
        Status.VENCIDO: QCoreApplication.translate("StatusBadge", "Vencido"),
        Status.SIN_DATO: QCoreApplication.translate("StatusBadge", "Sin dato"),
    }
    return words[status]


def badge_text(status: Status) -> str:
    """"✓ Cumple": the icon first, so a column of them scans by shape."""
    return f"{ICONS[status]} {status_word(status)}"


class StatusBadge(QLabel):
    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(badge_text(status), parent)
        self.status = status
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"background: {COLOURS[status]}; color: black; border: 1px solid #777;"
                           " border-radius: 3px; padding: 2px 6px; font-weight: bold;")
