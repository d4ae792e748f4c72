"""The first window: the school directory with instant search, and the installation it belongs to."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import monitor_app
from monitor_app.core.errors import MonitorError
from monitor_app.services.context import AppContext, open_context
from monitor_app.services.demo_install import demo_installation, real_database_for
from monitor_app.services.messages import describe
from monitor_app.services.schools import count_schools, search_schools
from monitor_app.ui import school_table_model as columns
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.padron_import import PadronImport
from monitor_app.ui.role_names import identity_label
from monitor_app.ui.school_table_model import SORT_ROLE, SchoolTableModel
from monitor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from monitor_app.ui.setup_wizard import SetupWizard

SEARCH_LIMIT = 500
SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not start a query
STATUS_MESSAGE_MS = 10_000

MAX_COLUMN_CHARS = 30  # a column fitted to its contents is never wider than this
FIT_SAMPLE_ROWS = SEARCH_LIMIT
CELL_PADDING = 12
HEADER_PADDING = 28  # room for the sort arrow
BANNER_COLOUR = "#fff4ce"  # a soft yellow: needs doing, nothing is wrong


class MainWindow(QMainWindow):
    """Owns the GUI thread's (read) context; writes go through its TaskRunner or a service call."""

    def __init__(self, ctx: AppContext, lang: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = ctx
        self._lang = lang
        self._dialogs = dialogs
        self._locale = QLocale()
        self.setup_dialog: SetupWizard | None = None
        self.demo = demo_installation(ctx)
        self.other_window: MainWindow | None = None  # the installation opened in place of this one
        self._total = 0
        self.runner = TaskRunner(ctx.path, self)
        self.importer = PadronImport(self.runner, dialogs, lang, self)
        self.importer.imported.connect(lambda _report: self.refresh())
        self.importer.started.connect(self._update_actions)
        self.importer.ended.connect(self._update_actions)
        self.importer.status.connect(self._show_status)

        self.setWindowTitle(self.tr("DEMO (datos inventados) — Monitor de Campo") if self.demo
                            else self.tr("Monitor de Campo"))
        self._build_actions()
        self._build_menus()
        self.setCentralWidget(self._build_central())
        self._build_status_bar()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.run_search)
        self.resize(1200, 750)
        self.refresh()

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the window is closed")
        return self._ctx

    # building ---------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.setup_action = QAction(self.tr("&Configurar equipo…"), self)
        self.setup_action.triggered.connect(self.open_setup_dialog)
        self.import_action = QAction(self.tr("&Importar padrón…"), self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.importer.choose_and_start)
        self.settings_action = QAction(self.tr("C&onfiguración…"), self)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self.tr("&Salir"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&Acerca de Monitor de Campo"), self)
        self.about_action.triggered.connect(self.show_about)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: self.search_edit.setFocus())
        self.addAction(self.find_action)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Archivo"))
        self.file_menu.addAction(self.setup_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu(self.tr("A&yuda"))
        self.help_menu.addAction(self.about_action)

    def _build_central(self) -> QWidget:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self._build_banner())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Buscar por nombre, código modular, código de local o distrito")
        )
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        self.results_label = QLabel()
        layout.addWidget(self.results_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_table())
        self.pages.addWidget(self._build_empty_page())
        layout.addWidget(self.pages, 1)
        return central

    def _build_empty_page(self) -> QWidget:
        """What the window shows instead of an empty table: how to fill it."""
        self.empty_page = QWidget()
        title = QLabel(self.tr("El padrón de IIEE está vacío"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_import_button = QPushButton(self.tr("Importar padrón…"))
        self.empty_import_button.clicked.connect(self.import_action.trigger)
        column = QVBoxLayout(self.empty_page)
        column.setContentsMargins(40, 0, 40, 0)
        column.addStretch(1)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.empty_hint)  # no alignment flag: a wrapped label needs the width
        column.addWidget(self.empty_import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return self.empty_page

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BANNER_COLOUR))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
        self.banner.setPalette(palette)
        text = QLabel(self.tr(
            "<b>Este equipo aún no está configurado.</b> Indique su rol, nombre y UGEL para "
            "importar el padrón y registrar sus visitas."
        ))
        text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Configurar equipo"))
        self.banner_button.clicked.connect(self.open_setup_dialog)
        row = QHBoxLayout(self.banner)
        row.addWidget(text, 1)
        row.addWidget(self.banner_button)
        return self.banner

    def _build_table(self) -> QTableView:
        self.model = SchoolTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # No sort column until the user picks one: results stay in relevance order.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(columns.NAME, QHeaderView.ResizeMode.Stretch)
        self._columns_fitted = False
        self._fit_columns()
        return self.table

    def _fit_columns(self) -> None:
        """Size every column but the name (which takes the rest) to what it shows; done again
        only once, when the first schools arrive, so a user's own widths are kept. Measured here
        on a sample: QTableView.resizeColumnToContents asked the model 25,000 questions for 450
        rows and added 0.28 s to the start-up."""
        text = self.table.fontMetrics()
        title = self.table.horizontalHeader().fontMetrics()
        widest = MAX_COLUMN_CHARS * text.averageCharWidth()
        for column in range(columns.COLUMN_COUNT):
            if column == columns.NAME:
                continue
            header = self.model.headerData(column, Qt.Orientation.Horizontal)
            values = self.model.column_texts(column, FIT_SAMPLE_ROWS)
            width = max([text.horizontalAdvance(value) for value in values], default=0)
            width = max(width + CELL_PADDING, title.horizontalAdvance(header) + HEADER_PADDING)
            self.table.setColumnWidth(column, min(width, widest))
        self._columns_fitted = self.model.rowCount() > 0

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.identity_label = QLabel()
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(separator)
        self.statusBar().addPermanentWidget(self.identity_label)

    # behaviour --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read everything the window shows (after start-up, setup or an import)."""
        if self._ctx is None:
            return
        try:
            self._total = count_schools(self.ctx)
        except MonitorError as refusal:
            self._show_status(describe(refusal, self._lang))
        self.count_label.setText(
            self.tr("1 IE en el padrón") if self._total == 1
            else self.tr("{n} IIEE en el padrón").format(n=self._number(self._total))
        )
        self._update_identity()
        self._update_actions()
        self.run_search()

    def _update_identity(self) -> None:
        identity = self.ctx.identity
        self.banner.setVisible(identity is None)
        if identity is None:
            self.identity_label.setText(self.tr("Equipo sin configurar"))
        else:
            self.identity_label.setText(identity_label(identity))

    def _update_actions(self) -> None:
        if self._ctx is None:
            return
        configured = self.ctx.identity is not None
        self.setup_action.setEnabled(not configured or self.demo)  # a demo: set up the real one
        self.import_action.setEnabled(configured and not self.importer.is_running())
        self.import_action.setToolTip(
            "" if configured else self.tr("Configure el equipo antes de importar el padrón.")
        )
        self.empty_import_button.setEnabled(self.import_action.isEnabled())
        self.empty_hint.setText(
            self.tr("Importe el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o "
                    "XLSX. Se puede volver a importar cuando salga una versión más nueva.")
            if configured else
            self.tr("Primero configure el equipo (su rol, nombre y UGEL); después podrá importar "
                    "el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o XLSX.")
        )

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text()
        try:
            schools = search_schools(self.ctx, text, SEARCH_LIMIT)
        except MonitorError as refusal:
            self._show_status(describe(refusal, self._lang))
            return
        self.model.set_schools(schools)
        if not self._columns_fitted:
            self._fit_columns()
        empty = self._total == 0
        self.pages.setCurrentWidget(self.empty_page if empty else self.table)
        self.search_edit.setEnabled(not empty)
        self.results_label.setText(self._results_text(text, len(schools), self._total))

    def _results_text(self, text: str, found: int, total: int) -> str:
        text = text.strip()
        if total == 0:
            return ""  # the empty page says it
        if not text:
            if found < total:
                shown = self.tr("Se muestran las primeras {n} de {total} IIEE. Escriba para buscar.")
                return shown.format(n=self._number(found), total=self._number(total))
            return self.tr("{n} IIEE.").format(n=self._number(found))
        if found == 0:
            return self.tr("Ninguna IE coincide con «{text}».").format(text=text)
        if found == 1:
            return self.tr("1 IE coincide con «{text}».").format(text=text)
        if found >= SEARCH_LIMIT:
            return self.tr(
                "Se muestran las primeras {n} IIEE que coinciden con «{text}». Escriba más para "
                "afinar la búsqueda."
            ).format(n=self._number(found), text=text)
        return self.tr("{n} IIEE coinciden con «{text}».").format(n=self._number(found), text=text)

    def _number(self, value: int) -> str:
        return self._locale.toString(value)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def open_setup_dialog(self) -> SetupWizard:
        # Imported here: enrolment brings the key-generation libraries, seldom needed.
        from monitor_app.ui.setup_wizard import SetupWizard

        if self.setup_dialog is not None:
            self.setup_dialog.deleteLater()
        home = real_database_for(self.ctx.path) if self.demo else self.ctx.path
        dialog = SetupWizard(home, self._lang, self._dialogs, self)
        dialog.enrolled.connect(
            lambda _identity: self.open_installation(home) if self.demo else self._reopen())
        dialog.demo_ready.connect(self.open_installation)
        self.setup_dialog = dialog
        dialog.open()
        return dialog

    def open_installation(self, db: Path) -> None:
        """Show another installation (the demo, or the real one after the demo) in a window of
        its own, in place of this one."""
        try:
            ctx = open_context(db)
        except MonitorError as refusal:
            self._dialogs.warn(self, describe(refusal, self._lang))
            return
        self.other_window = MainWindow(ctx, self._lang, self._dialogs)
        self.other_window.show()
        self.close()

    def open_settings(self) -> None:
        from monitor_app.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self._lang, self._dialogs, self).open()

    def _reopen(self) -> None:
        """Read the installation again after it was enrolled."""
        path = self.ctx.path
        try:
            reopened = open_context(path, create=True)
        except MonitorError as refusal:
            self._dialogs.warn(self, describe(refusal, self._lang))
            return
        self.ctx.close()
        self._ctx = reopened
        self.refresh()
        self._show_status(self.tr("Equipo configurado."))

    def show_about(self) -> None:
        text = self.tr(
            "<h3>Monitor de Campo {version}</h3>"
            "<p>Registro sin conexión del monitoreo de instituciones educativas, para especialistas "
            "de UGEL y DRE y para directores.</p>"
            "<p>Base de datos: {db}</p>"
            "<p><small>Python {python} · Qt {qt} · SQLite {sqlite}</small></p>"
        ).format(version=monitor_app.__version__, db=self.ctx.path, python=sys.version.split()[0],
                 qt=qVersion(), sqlite=sqlite3.sqlite_version)
        self._dialogs.about(self, self.tr("Acerca de Monitor de Campo"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        # An import still running is cancelled (it rolls back) before the connection goes.
        self.search_timer.stop()
        self.runner.shutdown()
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None
        super().closeEvent(event)
