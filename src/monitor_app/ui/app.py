"""Starting the desktop app: the Qt application, translations, the error path and the first window."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

import monitor_app
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import open_context
from monitor_app.services.key_passphrase import use_key_passphrase
from monitor_app.services.logs import configure_logging, log_file_in
from monitor_app.services.messages import describe
from monitor_app.storage.database_address import DatabaseTarget, PostgresAddress
from monitor_app.storage.paths import AppPaths
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.error_hooks import ErrorHooks
from monitor_app.ui.first_paint import after_first_paint
from monitor_app.ui.icons import app_icon
from monitor_app.ui.key_unlock import ask_at_start
from monitor_app.ui.shell import MainWindow
from monitor_app.ui.smoke import watch_first_paint
from monitor_app.ui.translations import install_translations, remove_translations

EXIT_REFUSED = 1
EXIT_UNEXPECTED = 3  # as the command line
log = logging.getLogger("monitor_app.ui")


def application() -> QApplication:
    """The process's QApplication, created once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])  # the user's arguments are ours, not Qt's
    app.setOrganizationName("MonitorDeCampo")
    app.setApplicationName("MonitorDeCampo")
    app.setApplicationDisplayName("Monitor de Campo")
    app.setApplicationVersion(monitor_app.__version__)
    app.setWindowIcon(app_icon())
    return app


def run_gui(db: DatabaseTarget, lang: str, *, dialogs: Dialogs | None = None) -> int:
    """Show the main window on `db` and run until it closes. A database that cannot be opened
    is explained in a message box and gives exit code 1."""
    app = application()
    log_dir = AppPaths.from_environment().log_dir
    log_file = log_file_in(log_dir)
    translators = install_translations(app, lang)
    dialogs = dialogs or Dialogs()
    hooks = ErrorHooks(dialogs, lang, log_file)
    hooks.install()
    try:
        window = open_main_window(db, lang, dialogs)
        if window is None:
            return EXIT_REFUSED
        watch_first_paint(window)
        use_key_passphrase(ask_at_start(AppPaths.from_environment(), window.ctx.path,
                                        window.ctx.identity, dialogs, lang))
        window.showMaximized()  # within the screen's available area, above the taskbar
        if window.ctx.identity is None:
            window.open_setup_dialog()  # the first run: the wizard, over the window
        after_first_paint(window, lambda: _after_first_paint(log_dir, db, lang))
        return app.exec()
    except Exception as bug:  # noqa: BLE001 - a windowed build has no console to print to
        hooks.report_fatal(bug)
        return EXIT_UNEXPECTED
    finally:
        gc.enable()
        hooks.uninstall()
        remove_translations(app, translators)


def _after_first_paint(log_dir: Path, db: DatabaseTarget, lang: str) -> None:
    """What waits until the window is on the screen (D41): the garbage collector, which the
    launcher turned off, and the log file (logging.handlers' imports, ≈ 8 ms); the error hooks
    open the log themselves should anything fail before then."""
    gc.enable()
    configure_logging(log_dir)
    log.info("Interfaz gráfica: base %s, idioma %s", db, lang)


def open_main_window(db: DatabaseTarget, lang: str, dialogs: Dialogs) -> MainWindow | None:
    """The window on `db`, or None after telling the user why the database cannot be opened."""
    if isinstance(db, PostgresAddress):  # a server station is run from the command line (D44)
        dialogs.warn(None, describe(MonitorError(ErrorCode.PG_NOT_IN_WINDOW, address=str(db)),
                                    lang))
        return None
    try:
        ctx = open_context(db, create=True)
    except MonitorError as refusal:
        configure_logging(AppPaths.from_environment().log_dir)
        log.warning("No se abrió la base %s: %r", db, refusal)
        from monitor_app.ui.backup_flow import restore_at_open  # a damaged file (D38)

        if restore_at_open(db, lang, dialogs, refusal):
            return open_main_window(db, lang, dialogs)
        dialogs.warn(None, describe(refusal, lang))
        return None
    try:
        return MainWindow(ctx, lang, dialogs)
    except BaseException:
        ctx.close()
        raise
