"""The one error path of the GUI: any uncaught exception is logged, then shown in a friendly box."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from monitor_app.core.errors import MonitorError
from monitor_app.services.logs import configure_logging
from monitor_app.services.messages import describe
from monitor_app.ui.dialogs import Dialogs

log = logging.getLogger("monitor_app.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class ErrorHooks(QObject):
    """Installs `sys.excepthook` and `threading.excepthook`. Exceptions may arrive on any thread;
    the box is always opened later by the GUI thread's event loop."""

    _reported = Signal(str, str)

    def __init__(self, dialogs: Dialogs, lang: str, log_file: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._lang = lang
        self._log_file = log_file
        self._previous: tuple[ExceptHook, Callable[[threading.ExceptHookArgs], Any]] | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle(self, kind: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self._open_log()
        log.error("Error inesperado", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        self._reported.emit(self._summary(error), details)

    def report_fatal(self, error: BaseException) -> None:
        """An error that stops the app before its event loop runs: logged, then shown and waited for."""
        self._open_log()
        log.critical("Error inesperado al iniciar", exc_info=error)
        details = "".join(traceback.format_exception(error))
        self._dialogs.show_fatal_error(self._summary(error), details)

    def _open_log(self) -> None:
        """The app opens its log file after the first paint; an earlier error opens it here."""
        if self._log_file is not None:
            configure_logging(self._log_file.parent)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _summary(self, error: BaseException) -> str:
        if isinstance(error, MonitorError):
            return describe(error, self._lang)
        where = str(self._log_file) if self._log_file else self.tr("el registro de la aplicación")
        return self.tr(
            "Ocurrió un error inesperado. Lo que ya estaba guardado no se perdió. Los detalles "
            "quedaron en {log}; si el problema se repite, cópielos y envíelos a soporte."
        ).format(log=where)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        self._dialogs.show_error(summary, details)
