"""Panel (the merge station): how the office's schools stand, at a glance. The data is read on
its own worker (an import running on the writer does not hold it up); filters by district,
level, area and management redraw the figures from it at once; every chart has its table, and
the coverage workbook of the schools shown is one click away."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.checklist_texts import format_date
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Cancelled, Progress
from monitor_app.core.roles import Role
from monitor_app.reports.panel import (
    Figure,
    FilterOptions,
    PanelData,
    PanelFigures,
    PanelFilter,
    filter_options,
    panel_figures,
)
from monitor_app.reports.panel_texts import figure_title
from monitor_app.services.context import AppContext
from monitor_app.services.messages import describe
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.models.panel import ExpiringDevicesModel
from monitor_app.ui.task_runner import TaskRunner, Work
from monitor_app.ui.widgets.figure_card import CARD_HEIGHT, FigureCard
from monitor_app.ui.widgets.school_sections import PageTitle, Section
from monitor_app.ui.widgets.table_view import fit_columns, sorted_table
from monitor_app.ui.widgets.task_progress import TaskProgress

if TYPE_CHECKING:
    from monitor_app.reports.coverage import CoverageSummary

FILTERS = ("district", "level", "area", "management")
CARDS_PER_ROW = 2


def read_panel(lang: str) -> Work:
    """The panel's data, the catalogue's words (device types) in `lang`, and this station's
    role."""
    def work(ctx: AppContext, progress: Progress, cancelled: Cancelled
             ) -> tuple[PanelData, dict[str, str], Role]:
        from monitor_app.services.checklist import checklist_labels
        from monitor_app.services.panel import panel_data

        return (panel_data(ctx, progress=progress, cancelled=cancelled),
                checklist_labels(ctx, lang), ctx.require_identity().role)
    return work


class Headline(QFrame):
    """A big number and what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("—")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class PanelPage(QWidget):
    status = Signal(str)
    shown = Signal()  # every figure drawn from freshly read data
    drawn = Signal()  # every figure drawn (after a read or a filter's change)

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writer = runner
        self._reader = TaskRunner(runner.db_path, self)  # reads beside the writer (WAL)
        self._dialogs = dialogs
        self._lang = lang
        self.data: PanelData | None = None
        self.figures: PanelFigures | None = None
        self.cards: dict[str, FigureCard] = {}
        self._to_draw: list[tuple[int, Figure]] = []
        self._drawing = False
        self._announce = False  # `shown` once the figures of a read are drawn
        self.drawn.connect(self._announce_read)
        self.labels: dict[str, str] = {}
        self.expiring_box = self._build_expiring()
        self.progress = TaskProgress()
        self.title = PageTitle(self.tr("Panel de la UGEL"))
        self.as_of = QLabel()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self._build_filters())
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addLayout(self._build_headlines())
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.grid_holder)
        layout.addWidget(self.scroll, 1)

    def _build_filters(self) -> QWidget:
        self.combos: dict[str, QComboBox] = {}
        words = {"district": self.tr("&Distrito"), "level": self.tr("&Nivel"),
                 "area": self.tr("Á&rea"), "management": self.tr("&Gestión")}
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for name in FILTERS:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self.redraw)
            self.combos[name] = combo
            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            label = QLabel(words[name])
            label.setBuddy(combo)
            form.addRow(label, combo)
            row.addLayout(form)
        self.clear_button = QPushButton(self.tr("&Quitar filtros"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("&Exportar a Excel…"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.as_of)
        row.addWidget(self.export_button)
        return box

    def _build_headlines(self) -> QHBoxLayout:
        self.headlines = {
            "schools": Headline(self.tr("IIEE (servicios educativos)")),
            "visited": Headline(self.tr("visitadas en el trimestre")),
            "visits": Headline(self.tr("visitas en los últimos 12 meses")),
            "expiring": Headline(self.tr("dispositivos que vencen en 30 días")),
            "library": Headline(self.tr("ejemplares en bibliotecas (préstamos activos)")),
        }
        row = QHBoxLayout()
        for headline in self.headlines.values():
            row.addWidget(headline, 1)
        return row

    # reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the data again (the figures shown stay until the new ones are ready)."""
        if self.progress.task is not None:
            return
        task = self._reader.submit(read_panel(self._lang))
        task.finished.connect(self._read)
        task.failed.connect(self._failed)
        self.progress.follow(task, self.tr("Calculando el panel…"))

    def _read(self, result: tuple[PanelData, dict[str, str], Role]) -> None:
        self.data, self.labels, role = result
        if role is Role.DRE:
            self.title.setText(self.tr("Panel de la DRE"))
        elif role is Role.NACIONAL:
            self.title.setText(self.tr("Panel nacional"))
        self._fill_filters(filter_options(self.data))
        self.as_of.setText(self.tr("Al {date}").format(date=format_date(self.data.today,
                                                                         self._lang)))
        self._announce = True
        self.redraw()

    def _announce_read(self) -> None:
        if self._announce:
            self._announce = False
            self.shown.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, MonitorError) and error.code is ErrorCode.CANCELLED:
            self.status.emit(self.tr("Cálculo del panel cancelado."))
        elif isinstance(error, MonitorError):
            self._say(describe(error, self._lang))
        else:  # a bug: sys.excepthook already logged it and shows the details
            self._say(self.tr("No se pudo calcular el panel."))

    def _fill_filters(self, options: FilterOptions) -> None:
        values = {"district": options.districts, "level": options.levels,
                  "area": options.areas, "management": options.managements}
        for name, combo in self.combos.items():
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Todos"), None)
            for value in values[name]:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(kept), 0) if kept is not None else 0)
            combo.blockSignals(False)

    # drawing ----------------------------------------------------------------------------------

    def panel_filter(self) -> PanelFilter:
        return PanelFilter(**{name: combo.currentData() for name, combo in self.combos.items()})

    def clear_filters(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        """The figures for the filter chosen: the headline at once, then one chart per turn of
        the event loop (drawing the seven at once held the window for ≈ 130 ms)."""
        if self.data is None:
            return
        self.figures = figures = panel_figures(self.data, self.panel_filter())
        head = figures.headline
        share = round(100 * head.visited / head.schools) if head.schools else 0
        self.headlines["schools"].number.setText(f"{head.schools:,}".replace(",", " "))
        self.headlines["visited"].number.setText(f"{head.visited} ({share} %)")
        self.headlines["visits"].number.setText(str(head.visits))
        self.headlines["expiring"].number.setText(str(head.expiring))
        self.headlines["library"].number.setText(f"{head.copies} ({head.loans_out})")
        self._to_draw = list(enumerate(figures.figures()))
        if not self._drawing:
            self._drawing = True
            QTimer.singleShot(0, self, self._draw_next)  # not after the page is gone

    def _draw_next(self) -> None:
        figures = self.figures
        if not self._to_draw or figures is None:
            if figures is not None:
                self._show_expiring(figures, len(figures.figures()))
            self._drawing = False
            self.drawn.emit()
            return
        position, figure = self._to_draw.pop(0)
        card = self.cards.get(figure.key)
        if card is None:
            card = self.cards[figure.key] = FigureCard(figure, self._lang)
            self.grid.addWidget(card, *divmod(position, CARDS_PER_ROW))
        else:
            card.show_figure(figure)
        QTimer.singleShot(0, self, self._draw_next)  # not after the page is gone

    def is_drawn(self) -> bool:
        """Every figure of the data read, for the filter chosen, is on the page."""
        return self.figures is not None and not self._drawing

    def _build_expiring(self) -> QFrame:
        """The devices about to expire: a table, placed after the charts when first drawn."""
        self.expiring_model = ExpiringDevicesModel(self._lang, self.labels, self)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMinimumHeight(CARD_HEIGHT)
        self.expiring_table = sorted_table(self.expiring_model, box, stretch=4)
        column = QVBoxLayout(box)
        column.addWidget(Section(figure_title("expiring_devices", self._lang)))
        column.addWidget(self.expiring_table, 1)
        return box

    def _show_expiring(self, figures: PanelFigures, position: int) -> None:
        if self.grid.indexOf(self.expiring_box) < 0:
            self.grid.addWidget(self.expiring_box, *divmod(position, CARDS_PER_ROW))
        self.expiring_model.labels = self.labels
        self.expiring_model.set_rows(figures.expiring_devices)
        fit_columns(self.expiring_table, self.expiring_model, skip=(4,))

    # exporting --------------------------------------------------------------------------------

    def export(self) -> None:
        if self.progress.task is not None or self.data is None:
            return
        suggested = Path.home() / f"panel-{self.data.today.isoformat()}.xlsx"
        target = self._dialogs.choose_workbook_target(self, suggested)
        if target is None:
            return
        chosen, day = self.panel_filter(), self.data.today

        def work(ctx: AppContext, progress: Progress, cancelled: Cancelled) -> CoverageSummary:
            from monitor_app.services.panel import write_panel_workbook

            return write_panel_workbook(ctx, target, chosen, today=day, progress=progress,
                                        cancelled=cancelled)

        task = self._writer.submit(work)
        task.finished.connect(lambda summary: self._exported(target, summary.schools))
        task.failed.connect(self._failed)
        self.progress.follow(task, self.tr("Escribiendo la hoja de cálculo…"))

    def _exported(self, target: Path, schools: int) -> None:
        self._say(self.tr("Hoja de cálculo guardada en {file} (%n IIEE).", "", schools).format(
            file=target))
        self.status.emit(self.tr("Hoja de cálculo guardada."))

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()

    def shutdown(self) -> None:
        self._reader.shutdown()
