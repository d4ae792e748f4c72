"""Streaming XLSX sheets (openpyxl write-only): a bold frozen header, column widths, dates and
percentages as real typed cells that Excel and LibreOffice show as such."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
PERCENT_FORMAT = "0.0%"
BOLD = Font(bold=True)


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 12


@dataclass(frozen=True)
class Percent:
    """A share between 0 and 1, written as a number shown with a percent format."""

    value: float | None


class Sheet:
    """A write-only sheet whose first row is its header (frozen, bold)."""

    def __init__(self, book: Workbook, title: str, columns: Sequence[Column] = ()) -> None:
        self.ws: WriteOnlyWorksheet = book.create_sheet(title)
        for index, column in enumerate(columns, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width
        if columns:
            self.ws.freeze_panes = "A2"
            self.append([self.bold(c.header) for c in columns])

    def bold(self, value: Any) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=value)
        cell.font = BOLD
        return cell

    def cell(self, value: Any) -> Any:
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(self.ws, value=value)
            cell.number_format = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
            return cell
        if isinstance(value, Percent):
            cell = WriteOnlyCell(self.ws, value=value.value)
            cell.number_format = PERCENT_FORMAT
            return cell
        return value

    def append(self, values: Sequence[Any]) -> None:
        self.ws.append([self.cell(v) for v in values])

    def widths(self, widths: Sequence[float]) -> None:
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
