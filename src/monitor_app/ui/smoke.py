"""A check of the built program from outside: with `MONITOR_APP_SMOKE=FILE.png` set, the window
saves a picture of itself at its first paint (and its About text beside it, FILE.txt), prints
`painted` and closes. The frozen build's tests and the start-up benchmark use it; nothing else
does. It watches the main window alone: a filter on the whole application would run Python for
every event of every widget, and set up a Python type for each kind of object it sees — a cost
the measured start-up would then include and a user never pays."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from monitor_app.storage.paths import AppPaths
from monitor_app.ui.about import about_text

SMOKE_VARIABLE = "MONITOR_APP_SMOKE"


class FirstPaint(QObject):
    """Reports the main window's first paint once, then closes it."""

    def __init__(self, window: QMainWindow, picture: Path) -> None:
        super().__init__(window)
        self._window = window
        self._picture = picture

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if sys.stdout is not None:  # a windowed build on Windows has no stdout
                print("painted", flush=True)
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        window = self._window
        window.grab().save(str(self._picture))
        database = getattr(window, "ctx", None)
        if database is not None:
            text = about_text(database.path, AppPaths.from_environment())
            self._picture.with_suffix(".txt").write_text(text, encoding="utf-8")
        window.close()


def watch_first_paint(window: QMainWindow) -> None:
    """Install the reporter on `window` (before it is shown) when the environment asks for it."""
    picture = os.environ.get(SMOKE_VARIABLE, "").strip()
    if picture:
        window.installEventFilter(FirstPaint(window, Path(picture)))
