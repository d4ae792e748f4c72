"""Streams the records of a padrón DBF (dBASE III / FoxBASE+) in large chunks, as text."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from monitor_app.core.column_map import ColumnMap
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron.dbf_header import DbfField, DbfHeader, read_header
from monitor_app.storage.padron.rows import (
    Chunk,
    ClosingReader,
    Record,
    RowScreen,
    tuple_getter,
    unreadable,
)

CHUNK_RECORDS = 500
DELETED = "*"
END_OF_FILE = "\x1a"
LOGICAL = {"T": "T", "t": "T", "Y": "T", "y": "T", "F": "F", "f": "F", "N": "F", "n": "F"}


class DbfReader(ClosingReader):
    """Rows of a DBF; `total_rows` is the header's record count (deleted records included).

    `rows()` reads from the shared stream position: run one pass at a time.
    """

    format = "dbf"

    def __init__(self, path: Path, stream: BinaryIO) -> None:
        self.path = path
        self._stream = stream
        self._header = read_header(path, stream)
        self.columns = tuple(field.name for field in self._header.fields)
        self.total_rows: int | None = self._header.record_count
        size = os.fstat(stream.fileno()).st_size
        if size < self._header.data_end:
            complete = (size - self._header.header_length) // self._header.record_length
            raise self._truncated(complete + 1)

    def records(self, wanted: Sequence[str | None] | None = None,
                screen: RowScreen | None = None) -> Iterator[Record]:
        for chunk in self.chunks(wanted, screen):
            yield from zip(chunk.numbers, zip(*chunk.columns, strict=True))

    def chunks(self, wanted: Sequence[str | None] | None = None,
               screen: RowScreen | None = None) -> Iterator[Chunk]:
        """Cuts only the wanted fields out of each block of records, column by column, and only
        out of the records `screen` lets through (it sees its few fields first): the import's
        hot loop."""
        try:
            yield from self._cut_chunks(wanted, screen)
        except OSError as exc:
            raise unreadable(self.path, exc) from exc

    def close(self) -> None:
        self._stream.close()

    def _cut_chunks(self, wanted: Sequence[str | None] | None,
                    screen: RowScreen | None) -> Iterator[Chunk]:
        header = self._header
        size = header.record_length
        table = _decoding_table(header.encoding)
        cut = _Cutter(_chosen_fields(header, wanted), size)
        screened = _Cutter(_chosen_fields(header, screen.columns), size) if screen else None
        self._stream.seek(header.header_length)
        first = 1  # the number of the block's first record
        remaining = header.record_count
        while remaining:
            asked = min(CHUNK_RECORDS, remaining)
            data = self._stream.read(asked * size)
            whole = len(data) // size
            text = codecs.charmap_decode(data, "strict", table)[0]
            rows, ended = _live(text[: whole * size : size])
            if screen is not None and rows:
                test = screen.test
                texts = zip(*screened(text, rows), strict=True)  # type: ignore[misc]
                rows = [row for row, fields in zip(rows, texts) if test(first + row, fields)]
            if rows:
                yield Chunk([first + row for row in rows] if isinstance(rows, list) else
                            range(first, first + len(rows)), cut(text, rows))
            if ended:
                return
            if whole < asked:
                raise self._truncated(first + whole)
            first += asked
            remaining -= asked

    def _truncated(self, row: int) -> MonitorError:
        return MonitorError(ErrorCode.DBF_TRUNCATED, path=str(self.path), row=row)


def _live(flags: str) -> tuple[range | list[int], bool]:
    """From the flag characters of a block's records: the indexes of its live records (a range
    from 0 when none is deleted), and whether the end-of-file mark ended the data. Any flag but
    '*' is a live record: dBASE only ever looks for '*'."""
    end = flags.find(END_OF_FILE)
    if end >= 0:
        flags = flags[:end]
    if DELETED not in flags:
        return range(len(flags)), end >= 0
    return [row for row, flag in enumerate(flags) if flag != DELETED], end >= 0


class _Cutter:
    """Cuts chosen fields out of a block of decoded records: one column of stripped texts per
    field ('' for a field the file lacks; a logical field as 'T', 'F' or '')."""

    def __init__(self, fields: Sequence[DbfField | None], size: int) -> None:
        self._fields = fields
        self._size = size
        self._texts = [ColumnMap(_logical if field.type == "L" else str.strip) if field else None
                       for field in fields]
        self._whole: dict[int, list[Callable[[str], tuple[str, ...]] | None]] = {}

    def __call__(self, text: str, rows: Sequence[int]) -> list[Sequence[str]]:
        """The columns of `rows` (not empty): a range for whole blocks, else a list."""
        return [texts(getter(text)) if getter and texts else [""] * len(rows)
                for getter, texts in zip(self._getters(rows), self._texts, strict=True)]

    def _getters(self, rows: Sequence[int]) -> list[Callable[[str], tuple[str, ...]] | None]:
        """Per field, the slicing of its text out of every row: the same for every whole block."""
        whole = isinstance(rows, range)
        if whole and len(rows) in self._whole:
            return self._whole[len(rows)]
        starts = [row * self._size for row in rows]
        getters = [tuple_getter([slice(start + field.offset, start + field.offset + field.length)
                                 for start in starts]) if field else None
                   for field in self._fields]
        if whole:
            self._whole[len(rows)] = getters
        return getters


def _logical(raw: str) -> str:
    return LOGICAL.get(raw.strip(), "")


def _decoding_table(encoding: str) -> str:
    """One character per byte, so decoded records keep their byte offsets; NUL reads as a blank.

    A table-driven charmap decode is several times faster than the stock cp850 codec, and mapping
    NUL padding to spaces here lets a plain strip() clear both.
    """
    return bytes(range(256)).decode(encoding, "replace").replace("\x00", " ")


def _chosen_fields(header: DbfHeader,
                   wanted: Sequence[str | None] | None) -> list[DbfField | None]:
    if wanted is None:
        return list(header.fields)
    by_name = {field.name: field for field in header.fields}
    return [by_name.get(name) if name else None for name in wanted]
