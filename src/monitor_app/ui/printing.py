"""Printing to PDF for both faces: the window's *Imprimir acta* and `monitor-app acta --pdf`.

The command line has no Qt application: one is made here, offscreen (a PDF needs fonts, not a
screen), speaking the command's language.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from monitor_app.reports.acta import Acta
from monitor_app.services.reports import written_whole
from monitor_app.ui.acta_pdf import ActaPrinter
from monitor_app.ui.translations import install_translations


def _application(lang: str) -> QCoreApplication:
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["monitor-app"])
    install_translations(app, lang)
    return app


def print_acta(acta: Acta, out: Path, lang: str = "es") -> Path:
    """The acta as an A4 PDF at `out`, written whole or not at all (REPORT_FOLDER_NOT_FOUND,
    REPORT_NOT_WRITTEN, DISK_FULL)."""
    _application(lang)
    out = Path(out)
    with written_whole(out) as part:
        ActaPrinter().write_pdf(acta, part)
        if not part.is_file() or part.stat().st_size == 0:  # QPdfWriter does not raise
            raise OSError(f"Qt's PDF writer wrote nothing to {part}")
    return out
