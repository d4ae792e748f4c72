"""A check of the built program from outside: with `MONITOR_APP_SMOKE=FILE.png` set, the window
saves a picture of itself at its first paint (and its About text beside it, FILE.txt), prints
`painted` and closes. The frozen build's
tests and the start-up benchmark use it; nothing else does."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from monitor_app.storage.paths import AppPaths
from monitor_app.ui.about import about_text

SMOKE_VARIABLE = "MONITOR_APP_SMOKE"


class FirstPaint(QObject):
    """Reports the main window's first paint once, then closes it."""

    def __init__(self, app: QApplication, picture: Path) -> None:
        super().__init__(app)
        self._picture = picture

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            if sys.stdout is not None:  # a windowed build on Windows has no stdout
                print("painted", flush=True)
            QTimer.singleShot(0, lambda: self._finish(watched))
        return False

    def _finish(self, window: QMainWindow) -> None:
        window.grab().save(str(self._picture))
        database = getattr(window, "ctx", None)
        if database is not None:
            text = about_text(database.path, AppPaths.from_environment())
            self._picture.with_suffix(".txt").write_text(text, encoding="utf-8")
        window.close()


def watch_first_paint(app: QApplication) -> FirstPaint | None:
    """Install the reporter when the environment asks for it (before the window exists)."""
    picture = os.environ.get(SMOKE_VARIABLE, "").strip()
    if not picture:
        return None
    reporter = FirstPaint(app, Path(picture))
    app.installEventFilter(reporter)
    return reporter
