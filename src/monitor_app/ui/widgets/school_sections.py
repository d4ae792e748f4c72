"""Pieces of the school page: a section heading, the directory card, the checklist's tally."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from monitor_app.core.checklist import Status
from monitor_app.core.directory import School
from monitor_app.ui.widgets.status_badge import StatusBadge

TITLE_SCALE = 1.4
DIRECTORY_COLUMNS = 3  # label-value pairs side by side: the card stays short on a laptop


class PageTitle(QLabel):
    """A page's title (the school's name, a place's name): larger, bold, wrapped."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.setFont(font)
        self.setWordWrap(True)


class Section(QWidget):
    """A bold heading, with an optional widget at its right."""

    def __init__(self, heading: str, extra: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(heading)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(label)
        if extra is not None:
            row.addWidget(extra)
        row.addStretch(1)


class StatusSummary(QWidget):
    """How many checklist items are in each status, as badges ("✓ Cumple: 4")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(12, 0, 0, 0)
        self.badges: list[StatusBadge] = []

    def show_counts(self, statuses: list[Status]) -> None:
        for badge in self.badges:
            badge.deleteLater()
        counts = Counter(statuses)
        self.badges = []
        for status in (Status.VENCIDO, Status.PENDIENTE, Status.SIN_DATO, Status.CUMPLE):
            if counts[status]:
                badge = StatusBadge(status)
                badge.setText(f"{badge.text()}: {counts[status]}")
                self._row.addWidget(badge)
                self.badges.append(badge)


class DirectoryCard(QWidget):
    """The school's data from the padrón, in label-value pairs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        labels = [
            ("gestion", self.tr("Gestión")), ("turno", self.tr("Turno")),
            ("area", self.tr("Área")), ("address", self.tr("Dirección")),
            ("centre", self.tr("Centro poblado")), ("district", self.tr("Distrito")),
            ("ugel", self.tr("UGEL")), ("director", self.tr("Director(a)")),
            ("phone", self.tr("Teléfono")),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for n, (key, text) in enumerate(labels):
            row, column = divmod(n, DIRECTORY_COLUMNS)
            caption = QLabel(text + ":")
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 2 * column)
            grid.addWidget(value, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            self.values[key] = value

    def show_school(self, school: School) -> None:
        place = ", ".join(p for p in (school.d_dist, school.d_prov, school.d_dpto) if p)
        shown = {
            "gestion": school.d_gestion, "turno": school.d_cod_tur, "area": school.dareacenso,
            "address": school.dir_cen, "centre": school.cen_pob, "district": place,
            "ugel": school.d_dreugel or school.codooii, "director": school.director or "",
            "phone": school.telefono or "",
        }
        for key, label in self.values.items():
            label.setText(shown[key] or "—")
