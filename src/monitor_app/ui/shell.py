"""The main window: places in a left-hand list, the page of the place chosen, menus and the
status bar. Pages other than the first are imported when first opened."""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

import monitor_app
from monitor_app.core.errors import MonitorError
from monitor_app.core.roles import OFFICE_ROLES
from monitor_app.services.context import AppContext, open_context
from monitor_app.services.messages import describe
from monitor_app.services.schools import SchoolKey, count_schools
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.padron_import import PadronImport
from monitor_app.ui.pages.my_schools import MySchoolsPage
from monitor_app.ui.role_names import identity_label
from monitor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from monitor_app.ui.pages.school import SchoolPage
    from monitor_app.ui.setup_dialog import SetupDialog

STATUS_MESSAGE_MS = 10_000
BANNER_COLOUR = "#fff4ce"  # a soft yellow: needs doing, nothing is wrong
PREFERRED_SIZE = QSize(1200, 750)  # when the screen has room; never more than it has
RECENT_SCHOOLS = 10
MY_SCHOOLS, SCHOOL = range(2)  # the places, in the navigation list's order


class MainWindow(QMainWindow):
    """Owns the GUI thread's (read) context; writes go through its TaskRunner or a service call."""

    def __init__(self, ctx: AppContext, lang: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = ctx
        self._lang = lang
        self._dialogs = dialogs
        self.setup_dialog: SetupDialog | None = None
        self.school_page: SchoolPage | None = None
        self.opened: list[SchoolKey] = []  # schools opened in this window, latest first
        self.runner = TaskRunner(ctx.path, self)
        self.importer = PadronImport(self.runner, dialogs, lang, self)
        self.importer.imported.connect(lambda _report: self.refresh())
        self.importer.started.connect(self._update_actions)
        self.importer.ended.connect(self._update_actions)
        self.importer.status.connect(self._show_status)

        self.setWindowTitle(self.tr("Monitor de Campo"))
        self._build_actions()
        self._build_menus()
        self.setCentralWidget(self._build_central())
        self._build_status_bar()
        self.fit_to(self._available_geometry())
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
        self.quit_action = QAction(self.tr("&Salir"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&Acerca de Monitor de Campo"), self)
        self.about_action.triggered.connect(self.show_about)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_school)
        self.addAction(self.find_action)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Archivo"))
        self.file_menu.addAction(self.setup_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu(self.tr("A&yuda"))
        self.help_menu.addAction(self.about_action)

    def _build_central(self) -> QWidget:
        self.my_schools = MySchoolsPage(lambda: self.ctx, self._lang, lambda: self.opened)
        self.my_schools.school_chosen.connect(self.open_school)
        self.my_schools.status.connect(self._show_status)
        self.my_schools.empty_import_button.clicked.connect(self.import_action.trigger)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.my_schools)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(self._build_banner())
        layout.addWidget(self.pages, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_navigation())
        row.addWidget(column, 1)
        return central

    def _build_navigation(self) -> QListWidget:
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(24, 24))
        style = self.style()
        places = [
            (QStyle.StandardPixmap.SP_DirHomeIcon, self.tr("Mis IIEE")),
            (QStyle.StandardPixmap.SP_FileDialogDetailedView, self.tr("Ficha de la IE")),
        ]
        for number, (icon, word) in enumerate(places, start=1):
            item = QListWidgetItem(style.standardIcon(icon), word)
            item.setToolTip(self.tr("{place} (Ctrl+{number})").format(place=word, number=number))
            self.navigation.addItem(item)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{number}"))
            shortcut.triggered.connect(lambda _=False, place=number - 1: self.go_to(place))
            self.addAction(shortcut)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 24)
        self.navigation.setCurrentRow(MY_SCHOOLS)
        self._set_place_enabled(SCHOOL, False)
        self.navigation.currentRowChanged.connect(self.go_to)
        return self.navigation

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
        self.banner_button = QPushButton(self.tr("&Configurar equipo"))
        self.banner_button.clicked.connect(self.open_setup_dialog)
        row = QHBoxLayout(self.banner)
        row.addWidget(text, 1)
        row.addWidget(self.banner_button)
        return self.banner

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.identity_label = QLabel()
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(separator)
        self.statusBar().addPermanentWidget(self.identity_label)

    def _available_geometry(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to(self, available: QRect) -> None:
        """The preferred size where the screen has room, otherwise the room it has (less the
        window frame), placed inside it; `app.run_gui` then shows the window maximised."""
        frame = self.frameGeometry().size() - self.geometry().size()
        room = available.size() - frame
        self.resize(PREFERRED_SIZE.boundedTo(room))
        self.move(available.topLeft())

    # places -----------------------------------------------------------------------------------

    def _set_place_enabled(self, place: int, enabled: bool) -> None:
        item = self.navigation.item(place)
        flags = item.flags()
        item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled
                      else flags & ~Qt.ItemFlag.ItemIsEnabled)

    def go_to(self, place: int) -> None:
        """Show a place; the school page only once a school was opened."""
        if place == SCHOOL and self.school_page is None:
            self._show_status(self.tr("Abra primero una IE desde «Mis IIEE»."))
            place = MY_SCHOOLS
        if not 0 <= place < self.pages.count():
            return
        self.pages.setCurrentIndex(place)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(place)
        self.navigation.blockSignals(False)
        if place == MY_SCHOOLS:
            self.my_schools.focus_search()

    def find_school(self) -> None:
        self.go_to(MY_SCHOOLS)

    def open_school(self, cod_mod: str, anexo: str) -> None:
        page = self._school_page()
        if not page.show_school(cod_mod, anexo):
            return
        key = (cod_mod, anexo)
        self.opened = [key, *[k for k in self.opened if k != key]][:RECENT_SCHOOLS]
        self._set_place_enabled(SCHOOL, True)
        self.go_to(SCHOOL)
        page.tabs.setFocus()

    def _school_page(self) -> SchoolPage:
        if self.school_page is None:
            from monitor_app.ui.pages.school import SchoolPage

            self.school_page = SchoolPage(lambda: self.ctx, self._lang, self._editing_runner(),
                                          self._dialogs)
            self.school_page.status.connect(self._show_status)
            self.pages.insertWidget(SCHOOL, self.school_page)
        return self.school_page

    def _editing_runner(self) -> TaskRunner | None:
        """The runner for a school page that edits records: a specialist's or a director's;
        the office sees them read-only."""
        identity = self.ctx.identity
        return None if identity is None or identity.role in OFFICE_ROLES else self.runner

    # behaviour --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read everything the window shows (after start-up, setup or an import)."""
        if self._ctx is None:
            return
        total = 0
        try:
            total = count_schools(self.ctx)
        except MonitorError as refusal:
            self._show_status(describe(refusal, self._lang))
        self.count_label.setText(self.tr("%Ln IE(s) en el padrón", "", total))
        self._update_identity()
        self._update_actions()
        self.my_schools.set_directory(total, self.ctx.identity is not None,
                                      self.import_action.isEnabled())
        self.my_schools.run_search()

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
        self.setup_action.setEnabled(not configured)
        self.import_action.setEnabled(configured and not self.importer.is_running())
        self.import_action.setToolTip(
            "" if configured else self.tr("Configure el equipo antes de importar el padrón.")
        )
        self.my_schools.empty_import_button.setEnabled(self.import_action.isEnabled())

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def open_setup_dialog(self) -> SetupDialog:
        # Imported here: enrolment brings the key-generation libraries, seldom needed.
        from monitor_app.ui.setup_dialog import SetupDialog

        if self.setup_dialog is not None:
            self.setup_dialog.deleteLater()
        dialog = SetupDialog(self.ctx.path, self._lang, self)
        dialog.enrolled.connect(lambda _identity: self._reopen())
        self.setup_dialog = dialog
        dialog.open()
        return dialog

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
        self.my_schools.search_timer.stop()
        self.runner.shutdown()
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None
        super().closeEvent(event)
