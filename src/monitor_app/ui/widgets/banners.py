"""Strips above the pages that say there is something to do, with the button that does it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from monitor_app.services.context import AppContext
from monitor_app.ui.widgets.shown import iso_day_text

BANNER_COLOUR = "#fff4ce"  # a soft yellow: needs doing, nothing is wrong


class Banner(QFrame):
    """A soft yellow strip: a sentence and its button."""

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BANNER_COLOUR))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
        self.setPalette(palette)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(button_text)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)


class UnfinishedVisitBanner(Banner):
    """After a crash or closing mid-visit: which visit has unsaved typing, and
    `continue_visit(visit_id)` when the user goes on with it."""

    continue_visit = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Con&tinuar la visita"), parent)
        self.visit_id = ""
        self.button.clicked.connect(lambda: self.continue_visit.emit(self.visit_id))
        self.hide()

    def offer(self, ctx: AppContext, lang: str) -> None:
        """Look for such a visit (it reads the instruments' module: run it once the window is
        up) and show the strip when there is one."""
        from monitor_app.services.visit_start import unfinished_visit

        heading = unfinished_visit(ctx, lang)
        self.setVisible(heading is not None)
        if heading is None:
            return
        self.visit_id = heading.visit_id
        self.text.setText(self.tr(
            "<b>Tiene una visita sin terminar:</b> {school}, {date}. Lo que escribió se guardó "
            "como borrador.").format(school=heading.school_name,
                                    date=iso_day_text(heading.date)))
