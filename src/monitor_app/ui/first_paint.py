"""Work that waits until a window has been painted once, so that nobody waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work = work

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._work)  # once this paint is on the screen
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """Run `work` in the turn of the event loop after `window` is first painted."""
    window.installEventFilter(_AfterFirstPaint(window, work))
