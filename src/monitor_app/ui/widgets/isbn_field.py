"""An ISBN field that works with a USB barcode scanner.

A scanner types the code as a burst of keys, a few milliseconds apart, and ends it with Enter.
When Enter closes a burst (or a person types a code and presses Enter), a valid code is sent
as ISBN-13 through `scanned` and the field empties for the next copy; an invalid one stays,
marked, with the reason under it. Keys typed at a person's pace are an ordinary entry.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from monitor_app.core.isbn import isbn13

BURST_GAP_S = 0.05  # scanners type a key every 5–30 ms; people rarely under 80 ms
Clock = Callable[[], float]


class IsbnField(QWidget):
    """`scanned(isbn13, by_scanner)` for each valid code entered."""

    scanned = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_key = 0.0
        self._burst = True  # the current text came in one burst so far
        self.edit = _ScannerEdit(self)
        self.edit.setPlaceholderText(self.tr("Escanee o escriba el ISBN"))
        self.edit.setAccessibleName(self.tr("ISBN"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)

    def key_typed(self) -> None:
        now = self._clock()
        if self.edit.text():
            self._burst = self._burst and now - self._last_key <= BURST_GAP_S
        else:
            self._burst = True
        self._last_key = now

    def entered(self) -> None:
        typed = self.edit.text()
        if not typed.strip():
            return
        code = isbn13(typed)
        if code is None:
            self.problem.setText(self.tr("«%1» no es un ISBN válido: revise los dígitos o "
                                         "escanee otra vez.").replace("%1", typed.strip()))
            self.problem.show()
            self.edit.selectAll()
            return
        self.problem.hide()
        by_scanner = self._burst
        self.edit.clear()
        self.scanned.emit(code, by_scanner)


class _ScannerEdit(QLineEdit):
    def __init__(self, field: IsbnField) -> None:
        super().__init__(field)
        self._field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._field.entered()
            return
        if event.text():
            self._field.key_typed()
        super().keyPressEvent(event)
