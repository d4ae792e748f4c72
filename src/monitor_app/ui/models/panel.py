"""The panel's tables: a figure's counts (the numbers behind its chart), and the devices about
to expire with the schools on their premises."""

from __future__ import annotations

from PySide6.QtCore import QObject

from monitor_app.core.checklist_texts import format_date
from monitor_app.reports.panel import ExpiringDevice, Figure, PanelSchool
from monitor_app.reports.panel_texts import category_title, category_word, series_word
from monitor_app.ui.models.rows import Column, RowsModel

FigureRow = tuple[str, tuple[int, ...]]
ExpiringRow = tuple[ExpiringDevice, tuple[PanelSchool, ...]]


def _count_column(title: str, position: int) -> Column[FigureRow]:
    return Column(title, lambda row: str(row[1][position]), sort=lambda row: row[1][position])


class FigureTableModel(RowsModel[FigureRow]):
    """A figure as a table: a row per category, a column per series; rows keep the figure's
    order (months in time, specialists most first) until a header is clicked."""

    def __init__(self, figure: Figure, lang: str, parent: QObject | None = None) -> None:
        self.figure = figure
        first = Column(category_title(figure.key, lang),
                       lambda row: category_word(self.figure, row[0], lang),
                       sort=lambda row: self.figure.categories.index(row[0]))
        super().__init__([first, *(_count_column(series_word(figure, name, lang), position)
                                   for position, name in enumerate(figure.series))], parent)
        self.set_rows(figure.rows())

    def show_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.set_rows(figure.rows())


class ExpiringDevicesModel(RowsModel[ExpiringRow]):
    def __init__(self, lang: str, labels: dict[str, str], parent: QObject | None = None) -> None:
        self.labels = labels
        super().__init__([
            Column(self.tr("Vence"), lambda r: format_date(r[0].expiry_date, lang),
                   sort=lambda r: r[0].expiry_date),
            Column(self.tr("Dispositivo"),
                   lambda r: self.labels.get(r[0].device_type, r[0].device_type)),
            Column(self.tr("Unidades"), lambda r: str(r[0].quantity), sort=lambda r: r[0].quantity),
            Column(self.tr("Local"), lambda r: r[0].codlocal),
            Column(self.tr("IIEE"), lambda r: "; ".join(
                f"{s.row.school.name} ({s.row.school.cod_mod})" for s in r[1])),
        ], parent)
