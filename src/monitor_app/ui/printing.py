"""Printing to PDF from the window (*Imprimir acta*): the file is written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from monitor_app.reports.acta import Acta
from monitor_app.services.reports import written_whole
from monitor_app.ui.acta_pdf import ActaPrinter


def print_acta(acta: Acta, out: Path) -> Path:
    """The acta as an A4 PDF at `out` (REPORT_FOLDER_NOT_FOUND, REPORT_NOT_WRITTEN,
    DISK_FULL when it cannot be). Needs the Qt application (fonts)."""
    out = Path(out)
    with written_whole(out) as part:
        ActaPrinter().write_pdf(acta, part)
        if not part.is_file() or part.stat().st_size == 0:  # QPdfWriter does not raise
            raise OSError(f"Qt's PDF writer wrote nothing to {part}")
    return out
