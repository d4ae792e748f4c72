"""The main window: places in a left-hand list, the page of the place chosen, menus and the
status bar. Pages other than the first are imported when first opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.errors import MonitorError
from monitor_app.core.roles import OFFICE_ROLES, Role
from monitor_app.services.context import AppContext, open_context
from monitor_app.services.demo_install import demo_installation, real_database_for
from monitor_app.services.messages import describe
from monitor_app.services.schools import SchoolKey, count_schools
from monitor_app.storage.paths import AppPaths
from monitor_app.ui.about import about_text
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.icons import navigation_icon
from monitor_app.ui.office_places import OfficePlaces
from monitor_app.ui.padron_import import PadronImport
from monitor_app.ui.pages.my_schools import MySchoolsPage
from monitor_app.ui.role_names import identity_label
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.banners import Banner, UnfinishedVisitBanner

if TYPE_CHECKING:
    from monitor_app.ui.pages.new_visit import NewVisitDialog
    from monitor_app.ui.pages.school import SchoolPage
    from monitor_app.ui.pages.sync import SyncPage
    from monitor_app.ui.pages.visit import VisitPage
    from monitor_app.ui.setup_wizard import SetupWizard

STATUS_MESSAGE_MS = 10_000
PREFERRED_SIZE = QSize(1200, 750)  # when the screen has room; never more than it has
RECENT_SCHOOLS = 10
WARM_UP_MS = 400  # after the first paint: the pages' code is loaded while nobody waits for it
# The places, in the navigation list's order (Equipos only at an office).
MY_SCHOOLS, SCHOOL, VISIT, SYNC, INBOX, DEVICES, CONFLICTS, PUBLISH, PANEL, ASSIGNMENTS = range(10)
OFFICE_PLACES = (INBOX, DEVICES, CONFLICTS, PUBLISH, PANEL, ASSIGNMENTS)


class MainWindow(QMainWindow):
    """Owns the GUI thread's (read) context; writes go through its TaskRunner or a service call."""

    def __init__(self, ctx: AppContext, lang: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = ctx
        self._lang = lang
        self._dialogs = dialogs
        self.setup_dialog: SetupWizard | None = None
        self.demo = demo_installation(ctx)
        self.other_window: MainWindow | None = None  # the installation opened in place of this one
        self.school_page: SchoolPage | None = None
        self.visit_page: VisitPage | None = None
        self.new_visit_dialog: NewVisitDialog | None = None
        self.sync_page: SyncPage | None = None
        self.opened: list[SchoolKey] = []  # schools opened in this window, latest first
        self.runner = TaskRunner(ctx.path, self)
        self.importer = PadronImport(self.runner, dialogs, lang, self)
        self.importer.imported.connect(lambda _report: (self.refresh(), self.open_own_school()))
        self.importer.started.connect(self._update_actions)
        self.importer.ended.connect(self._update_actions)
        self.importer.status.connect(self._show_status)

        self.setWindowTitle(self.tr("DEMO (datos inventados) — Monitor de Campo") if self.demo
                            else self.tr("Monitor de Campo"))
        self._build_actions()
        self._build_menus()
        self.setCentralWidget(self._build_central())
        self._build_status_bar()
        self.fit_to(self._available_geometry())
        self.refresh()
        QTimer.singleShot(0, self.open_own_school)
        QTimer.singleShot(WARM_UP_MS, self._after_start)

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
        self.find_action.triggered.connect(self.find_school)
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
        self.my_schools = MySchoolsPage(lambda: self.ctx, self._lang, lambda: self.opened)
        self.my_schools.school_chosen.connect(self.open_school)
        self.my_schools.visit_asked.connect(self.new_visit_at)
        self.my_schools.status.connect(self._show_status)
        self.my_schools.empty_import_button.clicked.connect(self.import_action.trigger)
        self.pages = QStackedWidget()
        self.office = OfficePlaces(self.runner, self._dialogs, self._lang, self.pages,
                                   self._show_status, self.refresh)
        self.pages.addWidget(self.my_schools)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(self._build_banner())
        layout.addWidget(self._build_unfinished_banner())
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
        places = [
            ("my_schools", self.tr("Mis IIEE")),
            ("school", self.tr("Ficha de la IE")),
            ("visit", self.tr("Visita")),
            ("sync", self.tr("Sincronizar")),
            ("inbox", self.tr("Bandeja de entrada")),
            ("devices", self.tr("Equipos")),
            ("conflicts", self.tr("Conflictos")),
            ("publish", self.tr("Publicar")),
            ("panel", self.tr("Panel")),
            ("assignments", self.tr("Asignaciones")),
        ]
        for place, (icon, word) in enumerate(places):
            number = (place + 1) % 10  # the tenth place is Ctrl+0
            item = QListWidgetItem(navigation_icon(icon), word)
            item.setToolTip(self.tr("{place} (Ctrl+{number})").format(place=word, number=number))
            self.navigation.addItem(item)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{number}"))
            shortcut.triggered.connect(lambda _=False, place=place: self.go_to(place))
            self.addAction(shortcut)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 24)
        self.navigation.setCurrentRow(MY_SCHOOLS)
        self._set_place_enabled(SCHOOL, False)
        self._set_place_enabled(VISIT, False)
        self.navigation.currentRowChanged.connect(self.go_to)
        return self.navigation

    def _build_banner(self) -> QFrame:
        self.banner = Banner(self.tr("&Configurar equipo"))
        self.banner.text.setText(self.tr(
            "<b>Este equipo aún no está configurado.</b> Indique su rol, nombre y UGEL para "
            "importar el padrón y registrar sus visitas."
        ))
        self.banner_button = self.banner.button
        self.banner_button.clicked.connect(self.open_setup_dialog)
        return self.banner

    def _build_unfinished_banner(self) -> QFrame:
        self.unfinished_banner = UnfinishedVisitBanner()
        self.unfinished_banner.continue_visit.connect(self._continue_unfinished)
        return self.unfinished_banner

    def _after_start(self) -> None:
        """Once the window is up: load the school and visit pages' code (≈ 50 ms), offer a
        visit left unfinished, check the database and back it up once a day (D38); at an
        office, read the panel's data for its first click."""
        import monitor_app.ui.pages.school  # noqa: F401
        import monitor_app.ui.pages.visit  # noqa: F401
        from monitor_app.ui.backup_flow import BackupFlow

        self.offer_unfinished_visit()
        self.backups = BackupFlow(self, self._lang, self._dialogs)
        self.backups.check_at_start()
        if not self.navigation.item(PANEL).isHidden():
            self.office.panel_page()

    def open_own_school(self) -> None:
        """A director's window is their school: it opens on its page ("Mi IE"), and the list
        of schools, which would hold that one row, is not offered."""
        identity = self.ctx.identity if self._ctx is not None else None
        if identity is None or identity.role is not Role.DIRECTOR:
            return
        from monitor_app.services.school_page import own_school

        self.navigation.item(MY_SCHOOLS).setHidden(True)
        self.navigation.item(SCHOOL).setText(self.tr("Mi IE"))
        if self.school_page is not None and self.school_page.school is not None:
            return  # already there
        school = own_school(self.ctx)
        if school is not None:
            self.open_school(school.cod_mod, school.anexo)

    def offer_unfinished_visit(self) -> None:
        if self._ctx is not None and self.ctx.identity is not None:
            self.unfinished_banner.offer(self.ctx, self._lang)

    def _continue_unfinished(self, visit_id: str) -> None:
        self.unfinished_banner.hide()
        if self.visit_page is not None and self.visit_page.heading is not None \
                and self.visit_page.heading.visit_id == visit_id:
            self.go_to(VISIT)
            return
        from monitor_app.services.visit_start import visit_heading

        heading = visit_heading(self.ctx, visit_id, self._lang)
        self.open_school(heading.cod_mod, heading.anexo)
        self.open_visit(visit_id)  # shown once read

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
        """Show a place; the school page only once a school was opened. A page is built the
        first time its place is shown."""
        if place == MY_SCHOOLS and self.navigation.item(MY_SCHOOLS).isHidden():
            place = SCHOOL  # a director's window has no list of schools
        if place == SCHOOL and self.school_page is None:
            self._show_status(self.tr("Abra primero una IE desde «Mis IIEE»."))
            place = MY_SCHOOLS
        if place == VISIT and self.visit_page is None:
            self._show_status(self.tr("Abra primero una visita desde la ficha de la IE."))
            place = MY_SCHOOLS if self.school_page is None else SCHOOL
        page = {MY_SCHOOLS: lambda: self.my_schools, SCHOOL: lambda: self.school_page,
                VISIT: lambda: self.visit_page, SYNC: self._sync_page,
                INBOX: self.office.inbox_page, DEVICES: self.office.devices_page,
                CONFLICTS: self.office.conflicts_page, PUBLISH: self.office.publish_page,
                PANEL: self.office.panel_page,
                ASSIGNMENTS: self.office.assignments_page}.get(place)
        if place in OFFICE_PLACES and self.navigation.item(place).isHidden():
            page = None  # the merge station's places, at an office only
        widget = page() if page is not None else None
        if widget is None:
            return
        self.pages.setCurrentWidget(widget)
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
            self.school_page.new_visit_requested.connect(self.new_visit)
            self.school_page.visit_chosen.connect(self.open_visit)
            identity = self.ctx.identity
            # Visits are the specialists': the others read them.
            self.school_page.new_visit_button.setVisible(
                identity is not None and identity.role is Role.ESPECIALISTA)
            # The school's report that a commitment was kept: the director's, or the office's
            # on the school's behalf, its one edit on a school's page (D34).
            role = identity.role if identity is not None else None
            self.school_page.allow_reports(role is Role.DIRECTOR or role in OFFICE_ROLES,
                                           self.runner, on_behalf=role in OFFICE_ROLES)
            self.pages.addWidget(self.school_page)
        return self.school_page

    def new_visit_at(self, cod_mod: str, anexo: str) -> None:
        """A new visit at a school chosen in Mis IIEE: its page, then the visit's date and type."""
        self.open_school(cod_mod, anexo)
        self.new_visit()

    def new_visit(self) -> None:
        """Ask for the new visit's date and type at the school shown, then open it."""
        from monitor_app.ui.pages.new_visit import NewVisitDialog

        school = self.school_page.school if self.school_page is not None else None
        if school is None:
            return
        dialog = NewVisitDialog(lambda: self.ctx, self.runner, self._lang, school.cod_mod,
                                school.anexo, school.cen_edu, self)
        dialog.started.connect(self.open_visit)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.new_visit_dialog = dialog
        dialog.open()

    def open_visit(self, visit_id: str) -> None:
        """Read the visit off the GUI thread; the page is shown once it is filled."""
        self._visit_page().show_visit(visit_id)

    def _visit_loaded(self, _visit_id: str) -> None:
        if self.school_page is not None:
            self.school_page.reload_visits()
        self._set_place_enabled(VISIT, True)
        self.go_to(VISIT)

    def _visit_page(self) -> VisitPage:
        if self.visit_page is None:
            from monitor_app.ui.pages.visit import VisitPage

            self.visit_page = VisitPage(lambda: self.ctx, self.runner, self._dialogs,
                                        self._lang)
            self.visit_page.status.connect(self._show_status)
            self.visit_page.loaded.connect(self._visit_loaded)
            self.visit_page.closed_visit.connect(lambda _visit: self._visit_closed())
            self.pages.addWidget(self.visit_page)
        return self.visit_page

    def _visit_closed(self) -> None:
        if self.school_page is not None:
            self.school_page.reload_visits()

    def _sync_page(self) -> SyncPage:
        if self.sync_page is None:
            from monitor_app.ui.pages.sync import SyncPage

            self.sync_page = SyncPage(lambda: self.ctx, self.runner, self._dialogs, self._lang)
            self.sync_page.status.connect(self._show_status)
            self.sync_page.changed.connect(self.refresh)
            self.pages.addWidget(self.sync_page)
        elif self.pages.currentWidget() is not self.sync_page:
            self.sync_page.refresh()  # changes were made since it was last shown
        return self.sync_page

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
        if self.school_page is not None and self.school_page.school is not None:
            self.school_page.reload_all()  # a reply or an import may have changed it

    def _update_identity(self) -> None:
        identity = self.ctx.identity
        role = identity.role if identity is not None else None
        self.my_schools.visits_allowed = role is Role.ESPECIALISTA
        self.navigation.item(VISIT).setHidden(role is not None and role is not Role.ESPECIALISTA)
        for office_place in OFFICE_PLACES:  # the merge station's, at an office only
            self.navigation.item(office_place).setHidden(role not in OFFICE_ROLES)
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
        self.my_schools.empty_import_button.setEnabled(self.import_action.isEnabled())

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
        self.other_window.showMaximized()
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
        self.open_own_school()
        self._show_status(self.tr("Equipo configurado."))

    def show_about(self) -> None:
        text = about_text(self.ctx.path, AppPaths.from_environment())
        self._dialogs.about(self, self.tr("Acerca de Monitor de Campo"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        # An import still running is cancelled (it rolls back) before the connection goes;
        # what was typed in a visit goes to its draft first.
        if self.visit_page is not None:
            self.visit_page.keep_draft()
        self.my_schools.search_timer.stop()
        self.office.shutdown()
        self.runner.shutdown()
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None
        super().closeEvent(event)
