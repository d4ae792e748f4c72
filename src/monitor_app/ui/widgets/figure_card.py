"""One figure of the panel: its title, its chart, and its table one click (or Alt+letter) away."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from monitor_app.reports.panel import Figure
from monitor_app.reports.panel_texts import figure_title
from monitor_app.ui.models.panel import FigureTableModel
from monitor_app.ui.widgets.figure_chart import ChartView, figure_chart
from monitor_app.ui.widgets.school_sections import Section
from monitor_app.ui.widgets.table_view import fit_columns, sorted_table

CARD_HEIGHT = 290  # two rows of cards and the headline fit a 768-pixel screen's page


class FigureCard(QFrame):
    def __init__(self, figure: Figure, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(CARD_HEIGHT)
        self._lang = lang
        self.figure = figure
        self.model = FigureTableModel(figure, lang, self)
        self.table: QTableView = sorted_table(self.model, self, stretch=0)
        self.chart_view = ChartView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table)
        self.table_button = QPushButton(self.tr("Ver tabla"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(self.tr("Ver tabla: {title}").format(
            title=figure_title(figure.key, lang)))
        self.table_button.toggled.connect(self.show_table)
        heading = QHBoxLayout()
        heading.addWidget(Section(figure_title(figure.key, lang)), 1)
        heading.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addWidget(self.stack, 1)
        self.show_figure(figure)

    def show_figure(self, figure: Figure) -> None:
        """Draw `figure` anew (a filter changed); the table follows."""
        self.figure = figure
        self.model.show_figure(figure)
        fit_columns(self.table, self.model)
        old = self.chart_view.chart()
        self.chart_view.setChart(figure_chart(figure, self._lang))
        if old is not None:
            old.deleteLater()

    def show_table(self, table: bool) -> None:
        self.stack.setCurrentWidget(self.table if table else self.chart_view)
        self.table_button.setText(self.tr("Ver gráfico") if table else self.tr("Ver tabla"))
