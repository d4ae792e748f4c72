"""The red line under a form that says, in the user's words, why a save was refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from monitor_app.core.errors import MonitorError
from monitor_app.services.messages import describe

PROBLEM_STYLE = "color: #a4262c;"


class ProblemLabel(QLabel):
    """Hidden until a refusal is shown; a bug (not a MonitorError) went to the error dialog."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_refusal(self, error: Any) -> None:
        if isinstance(error, MonitorError):
            self.setText(f"✕ {describe(error, self._lang)}")
            self.show()
