"""A panel figure drawn with QtCharts: bars for counts over months or names, a ring for a share,
stacked 100 % bars where each category splits into parts (checklist statuses, yes/no)."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from monitor_app.core.checklist import Status
from monitor_app.reports.panel import Figure
from monitor_app.reports.panel_texts import category_word, series_word

BAR = QColor("#4f7cac")
# Stronger than the badges' tints (ui/widgets/status_badge.py), so thin bars still read.
STATUS_BARS = {Status.CUMPLE: "#5aa867", Status.PENDIENTE: "#e0a431",
               Status.VENCIDO: "#d0574b", Status.SIN_DATO: "#a9a9a9"}
YES_NO = {"with": "#5aa867", "without": "#c9c9c9"}
PIE = {"visited": "#5aa867", "not_visited": "#c9c9c9"}
HEADROOM = 1.15
MAX_TICKS = 5
MONTH_FONT_SCALE = 0.85
MOST_NAMES = 8  # the specialists charted; the table lists them all
LABEL_CHARS = 30  # "Con brigadistas capacitados" whole


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _category_axis(figure: Figure, categories: list[str], lang: str) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append([_short(category_word(figure, c, lang, short=True)) for c in categories])
    axis.setTruncateLabels(False)
    return axis


def whole_ticks(highest: int) -> tuple[int, int]:
    """The top of a count axis and its step: whole numbers (1, 2 or 5 times a power of ten),
    at most MAX_TICKS steps, with room for the count above the longest bar."""
    top = max(highest * HEADROOM, 1)
    step = next(base * 10**power for power in range(12) for base in (1, 2, 5)
                if top / (base * 10**power) <= MAX_TICKS)
    return math.ceil(top / step) * step, step


def _value_axis(highest: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top, step = whole_ticks(highest)
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    return axis


def _bars(chart: QChart, figure: Figure, lang: str, *, horizontal: bool, limit: int | None = None
          ) -> None:
    rows = figure.rows()[:limit] if limit else figure.rows()
    if horizontal:
        rows = list(reversed(rows))  # the first category at the top
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    bars = QBarSet(series_word(figure, figure.series[0], lang))
    bars.append([float(counts[0]) for _, counts in rows])
    bars.setColor(BAR)
    bars.setLabelColor(QColor("black"))
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    words = _category_axis(figure, [c for c, _ in rows], lang)
    if not horizontal:  # twelve months side by side: a smaller font keeps every label
        font = words.labelsFont()
        font.setPointSizeF(font.pointSizeF() * MONTH_FONT_SCALE)
        words.setLabelsFont(font)
    values = _value_axis(max((counts[0] for _, counts in rows), default=0))
    chart.addAxis(words, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(words)
    series.attachAxis(values)
    chart.legend().hide()


def _parts(chart: QChart, figure: Figure, lang: str, colours: dict[str, str]) -> None:
    rows = list(reversed(figure.rows()))
    series = QHorizontalPercentBarSeries()
    for position, name in enumerate(figure.series):
        part = QBarSet(series_word(figure, name, lang))
        part.append([float(counts[position]) for _, counts in rows])
        part.setColor(QColor(colours[name]))
        series.append(part)
    chart.addSeries(series)  # no labels on the parts: small ones overlap; the table has them
    words = _category_axis(figure, [c for c, _ in rows], lang)
    chart.addAxis(words, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(words)
    share = QValueAxis()
    share.setRange(0, 100)
    share.setLabelFormat("%d %%")
    chart.addAxis(share, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(share)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


def _ring(chart: QChart, figure: Figure, lang: str) -> None:
    series = QPieSeries()
    series.setHoleSize(0.45)
    total = sum(counts[0] for _, counts in figure.rows()) or 1
    for category, counts in figure.rows():
        word = category_word(figure, category, lang)
        part = series.append(f"{word}: {counts[0]} ({round(100 * counts[0] / total)} %)",
                             float(counts[0]))
        part.setColor(QColor(PIE.get(category, BAR.name())))
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)


def figure_chart(figure: Figure, lang: str) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    if figure.key == "visited_this_quarter":
        _ring(chart, figure, lang)
    elif figure.key == "checklist":
        _parts(chart, figure, lang, {s.value: c for s, c in STATUS_BARS.items()})
    elif len(figure.series) > 1:
        _parts(chart, figure, lang, YES_NO)
    else:
        _bars(chart, figure, lang, horizontal=figure.key != "visits_by_month",
              limit=MOST_NAMES if figure.key == "visits_by_specialist" else None)
    return chart


class ChartView(QChartView):
    """A chart that grows with its card and is drawn smoothly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
