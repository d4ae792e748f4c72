"""Streams the padrón sheet of an XLSX workbook through openpyxl's read-only mode, as text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron.rows import ClosingReader, Record, column_names, unreadable

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

CODE_COLUMNS = frozenset({"COD_MOD", "CODLOCAL"})
BLANKS = " \t\r\n\x00"
EXACT_FLOAT_INTEGERS = 2**53  # beyond this a float's integer text would be invented digits


class XlsxReader(ClosingReader):
    """Rows of the first sheet with COD_MOD or CODLOCAL in its header, else of the first sheet."""

    format = "xlsx"

    def __init__(self, path: Path, stream: BinaryIO) -> None:
        self.path = path
        self._stream = stream
        self._book: Any = None
        try:
            with self._translated():
                import openpyxl  # ~75 ms of imports: only when a workbook is opened

                self._book = openpyxl.load_workbook(
                    stream, read_only=True, data_only=True, keep_links=False
                )
                found = self._pick_sheet()
        except MonitorError:
            self.close()
            raise
        self._sheet = found.sheet
        self._header_row = found.row
        self._names = column_names(found.header, self._invalid)
        self.columns = tuple(name for name in self._names if name)
        self.total_rows: int | None = None
        if found.declared_rows is not None:  # the sheet's <dimension>: a hint, not a promise
            self.total_rows = max(found.declared_rows - found.row, 0)

    def _records(self) -> Iterator[Record]:
        width = len(self._names)
        named = [index for index, name in enumerate(self._names) if name]
        with self._translated():
            self._sheet.reset_dimensions()  # a stale <dimension> would cut rows off
            cells = self._sheet.iter_rows(min_row=self._header_row + 1, values_only=True)
            for number, row in enumerate(cells, self._header_row + 1):
                values = [cell_text(value) for value in row[:width]]
                if not any(values):
                    continue
                values.extend("" for _ in range(width - len(values)))
                yield number, tuple(values[i] for i in named)

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
        self._stream.close()

    def _pick_sheet(self) -> _Header:
        first: _Header | None = None
        for sheet in self._book.worksheets:
            found = _header(sheet)
            if found is None:
                continue
            if CODE_COLUMNS & {name.upper() for name in found.header}:
                return found
            first = first or found
        if first is None:
            raise self._invalid("no worksheet with a header row")
        return first

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """openpyxl raises whatever its parsers raise on a damaged workbook; name them all one way."""
        try:
            yield
        except MonitorError:
            raise
        except OSError as exc:
            raise unreadable(self.path, exc) from exc
        except Exception as exc:
            raise self._invalid(f"{type(exc).__name__}: {exc}") from exc

    def _invalid(self, detail: str) -> MonitorError:
        return MonitorError(ErrorCode.XLSX_INVALID, path=str(self.path), detail=detail)


@dataclass(frozen=True)
class _Header:
    sheet: ReadOnlyWorksheet
    row: int
    header: list[str]
    declared_rows: int | None


def _header(sheet: ReadOnlyWorksheet) -> _Header | None:
    """The first non-empty row of a sheet, its cells as text."""
    declared_rows = sheet.max_row
    sheet.reset_dimensions()
    for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
        header = [cell_text(value) for value in row]
        if any(header):
            return _Header(sheet, number, header, declared_rows)
    return None


def cell_text(value: object) -> str:
    """A cell as the text a user typed: codes without '.0', dates as ISO 'YYYY-MM-DD'."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip(BLANKS)
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < EXACT_FLOAT_INTEGERS:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip(BLANKS)
