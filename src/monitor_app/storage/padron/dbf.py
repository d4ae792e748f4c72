"""Streams the records of a padrón DBF (dBASE III / FoxBASE+) in large chunks, as text."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron.dbf_header import DbfField, DbfHeader, read_header
from monitor_app.storage.padron.rows import ClosingReader, Record, RowScreen, unreadable

CHUNK_RECORDS = 1000
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

    def records(self, wanted: Sequence[str] | None = None,
                screen: RowScreen | None = None) -> Iterator[Record]:
        """Cuts only the wanted fields out of each record, and only out of the records `screen`
        lets through (it sees its few fields first): the import's hot loop."""
        try:
            yield from self._cut_records(wanted, screen)
        except OSError as exc:
            raise unreadable(self.path, exc) from exc

    def close(self) -> None:
        self._stream.close()

    def _cut_records(self, wanted: Sequence[str] | None,
                     screen: RowScreen | None) -> Iterator[Record]:
        header = self._header
        size = header.record_length
        table = _decoding_table(header.encoding)
        chosen = _chosen_fields(header, wanted)
        cut, logical = _cutter(chosen), _logical(chosen)
        screened = _texts(_chosen_fields(header, screen.columns)) if screen else None
        test = screen.test if screen else None
        self._stream.seek(header.header_length)
        number = 0
        remaining = header.record_count
        while remaining:
            wanted = min(CHUNK_RECORDS, remaining)
            data = self._stream.read(wanted * size)
            text = codecs.charmap_decode(data, "strict", table)[0]
            for start in range(0, len(data) - size + 1, size):
                record = text[start : start + size]
                number += 1
                flag = record[0]
                if flag == DELETED:
                    continue
                if flag == END_OF_FILE:
                    return
                # any other flag byte is a live record: dBASE only ever looks for '*'
                if screened is None or test(number, screened(record)):  # type: ignore[misc]
                    fields = tuple(map(str.strip, cut(record)))  # inline: the hot loop
                    yield number, _normalise_logical(fields, logical) if logical else fields
            if len(data) < wanted * size:
                raise self._truncated(number + 1)
            remaining -= wanted

    def _truncated(self, row: int) -> MonitorError:
        return MonitorError(ErrorCode.DBF_TRUNCATED, path=str(self.path), row=row)


def _texts(fields: Sequence[DbfField | None]) -> Callable[[str], tuple[str, ...]]:
    """A function from one decoded record to the stripped texts of `fields` ('' for None),
    logical fields as 'T', 'F' or ''."""
    cut, logical = _cutter(fields), _logical(fields)

    def texts(record: str) -> tuple[str, ...]:
        fields = tuple(map(str.strip, cut(record)))
        return _normalise_logical(fields, logical) if logical else fields

    return texts


def _logical(fields: Sequence[DbfField | None]) -> list[int]:
    return [index for index, field in enumerate(fields) if field is not None and field.type == "L"]


def _normalise_logical(fields: tuple[str, ...], positions: list[int]) -> tuple[str, ...]:
    changed = list(fields)
    for position in positions:
        changed[position] = LOGICAL.get(changed[position], "")
    return tuple(changed)


def _decoding_table(encoding: str) -> str:
    """One character per byte, so decoded records keep their byte offsets; NUL reads as a blank.

    A table-driven charmap decode is several times faster than the stock cp850 codec, and mapping
    NUL padding to spaces here lets a plain strip() clear both.
    """
    return bytes(range(256)).decode(encoding, "replace").replace("\x00", " ")


def _chosen_fields(header: DbfHeader, wanted: Sequence[str] | None) -> list[DbfField | None]:
    if wanted is None:
        return list(header.fields)
    by_name = {field.name: field for field in header.fields}
    return [by_name.get(name) for name in wanted]


def _cutter(fields: Sequence[DbfField | None]) -> Callable[[str], tuple[str, ...]]:
    """A function from one decoded record to the raw texts of `fields` ('' for None)."""
    slices = [
        slice(field.offset, field.offset + field.length) if field else slice(0, 0)
        for field in fields
    ]
    if len(slices) == 1:
        only = slices[0]
        return lambda record: (record[only],)
    return itemgetter(*slices)
