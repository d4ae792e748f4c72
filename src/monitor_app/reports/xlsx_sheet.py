"""Streaming XLSX sheets (openpyxl write-only): a bold frozen header, columns as wide as what
they show, dates and percentages as real typed cells, text from data never read as a formula,
and a page setup that prints each sheet on A4 landscape."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from monitor_app.reports.xlsx_widths import (
    Percent,
    fitted_width,
    wrapped_lines,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["Column", "Percent", "PrintLayout", "Sheet", "fitted_columns", "unsaved_discarded"]

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
PERCENT_FORMAT = "0.0%"
FONT = "Calibri"  # openpyxl's default font: a font-less style would fall back to a serif
BOLD = Font(name=FONT, size=11, bold=True)
TITLE = Font(name=FONT, size=14, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAPPED = Alignment(vertical="top", wrap_text=True)
TOP = Alignment(vertical="top")
# Spreadsheets (and CSV readers) take text starting with these as a formula; openpyxl itself
# turns a string starting with "=" into one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LINE_SPACING = 1.3  # a line of Calibri is 1.22 times its size; a little more than that
A4 = "9"  # ECMA-376 paper size code
MARGINS = PageMargins(left=0.4, right=0.4, top=0.75, bottom=0.6, header=0.3, footer=0.3)


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 12


def fitted_columns(headers: Sequence[str], rows: Sequence[Sequence[Any]], *,
                   most: float = 40) -> list[Column]:
    """Columns as wide as the values `rows` hold under each header."""
    return [Column(header, fitted_width((row[i] for row in rows if i < len(row)),
                                        header=header, most=most))
            for i, header in enumerate(headers)]


@dataclass(frozen=True)
class PrintLayout:
    """How a sheet prints: A4 landscape, `pages_wide` pages across (1 for most sheets), the
    header row and `repeat_columns` (e.g. "A:C") on every page, `title` in the page header."""

    title: str = ""
    pages_wide: int = 1
    repeat_columns: str | None = None


def header_text(text: str) -> str:
    """`text` for a page header or footer, where "&" starts a code."""
    return text.replace("&", "&&")


def _set_up_printing(ws: WriteOnlyWorksheet, layout: PrintLayout) -> None:
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = layout.pages_wide
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.page_setup.pageOrder = "overThenDown"  # a wide row's pages follow each other
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = MARGINS
    ws.print_options.gridLines = True
    ws.oddHeader.left.text = header_text(layout.title)
    ws.oddHeader.right.text = "&A"  # the sheet's name
    ws.oddFooter.center.text = "Página &P de &N"
    if layout.repeat_columns:
        ws.print_title_cols = layout.repeat_columns


class Sheet:
    """A write-only sheet whose first row is its header (frozen, bold, repeated on each printed
    page). Column widths are set before the first row: a streamed sheet writes them first."""

    def __init__(self, book: Workbook, title: str, columns: Sequence[Column] = (), *,
                 layout: PrintLayout = PrintLayout()) -> None:
        self.ws: WriteOnlyWorksheet = book.create_sheet(title)
        self._widths: list[float] = []
        self._rows = 0
        _set_up_printing(self.ws, layout)
        self.widths([c.width for c in columns])
        if columns:
            self.ws.freeze_panes = "A2"
            self.ws.print_title_rows = "1:1"
            self.append([self.header(c.header) for c in columns])

    def bold(self, value: Any) -> Cell:
        cell = self._typed(value)
        cell.font = BOLD
        return cell

    def title_cell(self, value: str) -> Cell:
        cell = self._typed(value)
        cell.font = TITLE
        return cell

    def header(self, value: str) -> Cell:
        cell = self.bold(value)
        cell.fill, cell.alignment = HEADER_FILL, HEADER_ALIGNMENT
        return cell

    def _typed(self, value: Any) -> Cell:
        cell = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value in ERROR_CODES):
            cell.data_type = "s"  # openpyxl made it a formula or an error: it is text
            cell.quotePrefix = True  # and stays text when someone edits the cell
        return cell

    def cell(self, value: Any, width: float | None = None) -> Any:
        """`value` as a cell: typed, formatted, and wrapped if it is text wider than `width`."""
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(self.ws, value=value)
            cell.number_format = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
            return cell
        if isinstance(value, Percent):
            cell = WriteOnlyCell(self.ws, value=value.value)
            cell.number_format = PERCENT_FORMAT
            return cell
        if not isinstance(value, str):
            return value
        wraps = width is not None and wrapped_lines(value, width) > 1
        if not wraps and not value.startswith(FORMULA_STARTS) and value not in ERROR_CODES:
            return value
        cell = self._typed(value)
        if wraps:
            cell.alignment = WRAPPED
        return cell

    def append(self, values: Sequence[Any]) -> None:
        widths = self._widths
        cells = [v if isinstance(v, Cell) else self.cell(v, widths[i] if i < len(widths) else None)
                 for i, v in enumerate(values)]
        self._rows += 1
        height = self._height(cells)
        if height is None:
            self.ws.append(cells)
            return
        # Neither Excel nor LibreOffice grows a row for wrapped text on opening a file.
        self.ws.row_dimensions[self._rows].height = height
        self.ws.append([self._on_top(c) for c in cells])
        del self.ws.row_dimensions[self._rows]  # written: keep memory flat

    def _on_top(self, value: Any) -> Any:
        """`value` aligned to the top of its cell, as a wrapped neighbour's first line is."""
        cell = value if isinstance(value, Cell) else self._typed(value)
        if value is not None and not cell.alignment.wrap_text and cell.alignment.vertical is None:
            cell.alignment = TOP
        return cell

    def _height(self, cells: Sequence[Any]) -> float | None:
        """The height (points) of a row holding `cells`, or None for the default one line."""
        lines, size = 1, 11.0
        for cell, width in zip(cells, self._widths):
            if not isinstance(cell, Cell) or not isinstance(cell.value, str):
                continue
            size = max(size, cell.font.sz or size)
            if cell.alignment.wrap_text:
                lines = max(lines, wrapped_lines(cell.value, width, bold=bool(cell.font.b)))
        if lines == 1 and size == 11.0:
            return None
        return round(lines * size * LINE_SPACING + 2, 1)

    def widths(self, widths: Sequence[float]) -> None:
        self._widths = list(widths)
        for index, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = width


@contextmanager
def unsaved_discarded(book: Workbook) -> Iterator[Workbook]:
    """A write-only workbook whose sheets' temporary files are closed and removed if the block
    fails before it is saved (openpyxl would otherwise leave them open until exit)."""
    try:
        yield book
    except BaseException:
        for ws in book.worksheets:
            writer = ws._writer  # openpyxl keeps each streamed sheet in a temporary file
            if writer is None:
                continue
            with suppress(Exception):  # the first failure is the one to report
                if not ws.closed:
                    ws.close()
            with suppress(OSError, ValueError):
                writer.cleanup()
        raise
