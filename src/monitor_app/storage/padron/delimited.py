"""Streams a CSV extract of the padrón: ',' ';' tab or '|' separated, UTF-8 or Windows-1252.

Each physical line is decoded as UTF-8 (a leading BOM is dropped) and, only if that fails, as
Windows-1252 (a superset of Latin-1 for printable text). Deciding per line rather than per file
means an export that is UTF-8 except for one hand-edited line still imports with every line read
right, instead of failing or turning 'Ñ' into mojibake 150,000 rows in. A valid UTF-8 multibyte
sequence is practically never a meaningful Windows-1252 text, so the guess is safe.

Row numbers are physical line numbers (header line 1, first data line 2), where a text editor
shows them; a quoted field spanning lines makes the next row's number jump accordingly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import repeat
from pathlib import Path
from typing import BinaryIO

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron.rows import ClosingReader, Record, column_names, unreadable

DELIMITERS = ",;\t|"  # preference order when the header has none or a tie
BLANKS = " \t\r\n\x00"
BOM = "\ufeff"
COUNT_BLOCK = 1 << 20


class DelimitedReader(ClosingReader):
    """Rows of a delimited text file; `total_rows` estimates from the count of newlines."""

    format = "csv"

    def __init__(self, path: Path, stream: BinaryIO) -> None:
        self.path = path
        self._stream = stream
        self._delimiter = max(DELIMITERS, key=self._first_line().count)
        header_line, header = next(self._text_records(), (0, []))
        names = column_names(header, lambda detail: self._invalid(detail, header_line))
        if not any(names):
            raise self._invalid("no header row", header_line or 1)
        self._names = names
        self.columns = tuple(name for name in names if name)
        self.total_rows: int | None = max(self._count_lines() - header_line, 0)

    def _records(self) -> Iterator[Record]:
        records = self._text_records()
        next(records)  # the header, checked on open
        width = len(self._names)
        named = [index for index, name in enumerate(self._names) if name]
        for number, fields in records:
            if len(fields) > width:
                if any(field.strip(BLANKS) for field in fields[width:]):
                    raise self._invalid(f"{len(fields)} fields but {width} columns", number)
                del fields[width:]
            elif len(fields) < width:
                fields.extend(repeat("", width - len(fields)))
            values = list(map(str.strip, fields, repeat(BLANKS)))
            if not any(values):
                continue
            if len(named) < width:
                values = [values[index] for index in named]
            yield number, tuple(values)

    def close(self) -> None:
        self._stream.close()

    def _text_records(self) -> Iterator[tuple[int, list[str]]]:
        """Non-empty records with the line each starts on."""
        lines = self._lines()
        reader = csv.reader(lines, delimiter=self._delimiter, strict=True)
        while True:
            start = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self._invalid(str(exc), start) from exc
            except OSError as exc:
                raise unreadable(self.path, exc) from exc
            if fields:
                yield start, fields

    def _lines(self) -> Iterator[str]:
        self._stream.seek(0)
        for number, raw in enumerate(self._stream, 1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", "replace")
            yield text.removeprefix(BOM) if number == 1 else text

    def _first_line(self) -> str:
        for line in self._lines():
            if line.strip():
                return line
        return ""

    def _count_lines(self) -> int:
        self._stream.seek(0)
        count = 0
        last = b"\n"
        for block in iter(lambda: self._stream.read(COUNT_BLOCK), b""):
            count += block.count(b"\n")
            last = block[-1:]
        return count + (last != b"\n")

    def _invalid(self, detail: str, line: int) -> MonitorError:
        return MonitorError(ErrorCode.CSV_INVALID, line=line, path=str(self.path), detail=detail)
