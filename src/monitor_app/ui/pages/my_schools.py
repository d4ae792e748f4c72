"""Mis IIEE: find a school as you type; the schools assigned and being worked on come first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.messages import describe
from monitor_app.services.schools import SchoolKey, SchoolMatch, find_schools
from monitor_app.ui.models import schools as columns
from monitor_app.ui.models.rows import SORT_ROLE
from monitor_app.ui.models.schools import SHOWN_FIELDS, SchoolMatchModel
from monitor_app.ui.widgets.shown import number_text
from monitor_app.ui.widgets.table_view import fit_columns, list_view

SEARCH_LIMIT = 500
SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not start a query


class SchoolTable(QTableView):
    """Enter opens the school under the cursor, as a double click does."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MySchoolsPage(QWidget):
    """Emits `school_chosen(cod_mod, anexo)`; the shell opens the school page."""

    school_chosen = Signal(str, str)
    visit_asked = Signal(str, str)  # a new visit at this school (from the row's menu)
    status = Signal(str)

    def __init__(self, context: Callable[[], AppContext], lang: str,
                 opened: Callable[[], Sequence[SchoolKey]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lang = lang
        self._opened = opened
        self._total = 0
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Buscar por nombre, código modular, código de local o distrito"))
        self.search_edit.setClearButtonEnabled(True)
        self.results_label = QLabel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_table())
        self.pages.addWidget(self._build_empty_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results_label)
        layout.addWidget(self.pages, 1)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._enter_in_search)
        self.search_edit.installEventFilter(self)

    def _build_table(self) -> QTableView:
        self.model = SchoolMatchModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = SchoolTable()
        list_view(self.table, self.proxy)
        self.table.horizontalHeader().setSectionResizeMode(columns.NAME,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_row.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.visits_allowed = False  # the shell says whether this installation makes visits
        self._columns_fitted = False
        return self.table

    def _build_empty_page(self) -> QWidget:
        """What the page shows instead of an empty table: how to fill it."""
        self.empty_page = QWidget()
        title = QLabel(self.tr("El padrón de IIEE está vacío"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_import_button = QPushButton(self.tr("&Importar padrón…"))
        column = QVBoxLayout(self.empty_page)
        column.setContentsMargins(40, 0, 40, 0)
        column.addStretch(1)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.empty_hint)  # no alignment flag: a wrapped label needs the width
        column.addWidget(self.empty_import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return self.empty_page

    def set_directory(self, total: int, configured: bool, can_import: bool) -> None:
        """What the directory holds and whether this laptop may import into it."""
        self._total = total
        self.empty_import_button.setEnabled(can_import)
        self.empty_hint.setText(
            self.tr("Importe el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o "
                    "XLSX. Se puede volver a importar cuando salga una versión más nueva.")
            if configured else
            self.tr("Primero configure el equipo (su rol, nombre y UGEL); después podrá importar "
                    "el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o XLSX."))

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text()
        try:
            found = find_schools(self._context(), text, SEARCH_LIMIT, shown=SHOWN_FIELDS,
                                 opened=self._opened())
        except MonitorError as refusal:
            self.status.emit(describe(refusal, self._lang))
            return
        self.model.set_rows(found)
        # the mark only where the UGEL assigned schools to this specialist (never at an office)
        self.table.setColumnHidden(columns.ASSIGNED, not any(m.assigned for m in found))
        if not self._columns_fitted:
            fit_columns(self.table, self.model, skip=(columns.NAME,))
            self._columns_fitted = bool(found)
        empty = self._total == 0
        self.pages.setCurrentWidget(self.empty_page if empty else self.table)
        self.search_edit.setEnabled(not empty)
        self.results_label.setText(self._results_text(text, found))

    def _results_text(self, text: str, found: list[SchoolMatch]) -> str:
        text, n, total = text.strip(), len(found), self._total
        if total == 0:
            return ""  # the empty page says it
        if not text:
            assigned = sum(1 for m in found if m.assigned)
            first = sum(1 for m in found if m.worked_on and not m.assigned)
            lead = (self.tr("Primero, las %n IE(s) que la UGEL le asignó.", "", assigned) + " "
                    if assigned else "")
            if first and assigned:
                lead += self.tr("Luego, las %n IE(s) que está trabajando.", "", first) + " "
            elif first:
                lead += self.tr("Primero, las %n IE(s) que está trabajando (abiertas hace poco, "
                                "visitadas o con compromisos abiertos).", "", first) + " "
            if n < total:
                return lead + self.tr("Se muestran %Ln de {total} IIEE. Escriba para buscar.",
                                      "", n).format(total=number_text(total))
            return lead + self.tr("%Ln IE(s).", "", n)
        if n == 0:
            return self.tr("Ninguna IE coincide con «{text}».").format(text=text)
        if n >= SEARCH_LIMIT:
            return self.tr(
                "Se muestran las primeras %Ln IIEE que coinciden con «{text}». Escriba más para "
                "afinar la búsqueda.", "", n).format(text=text)
        return self.tr("%Ln IE(s) coinciden con «{text}».", "", n).format(text=text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the results, as in a browser's address bar."""
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.proxy.rowCount()):
            self.table.setFocus()
            self.table.setCurrentIndex(self.proxy.index(0, columns.NAME))
            return True
        return super().eventFilter(watched, event)

    def _enter_in_search(self) -> None:
        """Enter in the box searches at once; a second Enter opens the first school."""
        if self.search_timer.isActive() or self.model.rowCount() == 0:
            self.run_search()
            return
        self._open_index(self.proxy.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        match = self.model.row_at(self.proxy.mapToSource(index).row())
        self.school_chosen.emit(match.school.cod_mod, match.school.anexo)

    def row_menu(self, index: QModelIndex) -> QMenu | None:
        """What a right click on a row offers: open the school; start a visit there."""
        if not index.isValid():
            return None
        match = self.model.row_at(self.proxy.mapToSource(index).row())
        school = match.school
        menu = QMenu(self)
        menu.addAction(self.tr("&Abrir la ficha de la IE"),
                       lambda: self.school_chosen.emit(school.cod_mod, school.anexo))
        if self.visits_allowed:
            menu.addAction(self.tr("&Nueva visita…"),
                           lambda: self.visit_asked.emit(school.cod_mod, school.anexo))
        return menu

    def _row_menu(self, position: QPoint) -> None:
        menu = self.row_menu(self.table.indexAt(position))
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(position))

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
