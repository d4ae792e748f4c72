"""What every padrón reader yields, and the small pieces the DBF, CSV and XLSX readers share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

from monitor_app.core.errors import ErrorCode, MonitorError


@dataclass(frozen=True)
class PadronRow:
    """One data row: the number a user sees for it and its values by upper-case column name."""

    number: int
    values: dict[str, str]


Record = tuple[int, tuple[str, ...]]  # (row number a user sees, field texts in column order)
CHUNK_ROWS = 1000


@dataclass(frozen=True)
class Chunk:
    """A block of rows by column: the row whose texts are `columns[field][i]` is the one a user
    sees as `numbers[i]`. The import works a block at a time (see `padron_rows`)."""

    numbers: Sequence[int]
    columns: list[Sequence[str]]


@dataclass(frozen=True)
class RowScreen:
    """A test each row passes before the rest of it is read: `test` gets the row's number and
    the texts of `columns`; a row it answers False for is skipped. A national file holds ~180
    UGELs' rows and an installation keeps one UGEL's: the others cost only this test."""

    columns: tuple[str, ...]
    test: Callable[[int, tuple[str, ...]], bool]


class PadronReader(Protocol):
    path: Path
    format: str
    columns: tuple[str, ...]
    total_rows: int | None

    def records(self, wanted: Sequence[str | None] | None = None,
                screen: RowScreen | None = None) -> Iterator[Record]:
        """Field texts aligned with `wanted` ('' for a column the file lacks, and for None: a
        column not read), or with `columns` when not given, of the rows `screen` lets through;
        no per-row dict."""
        ...

    def chunks(self, wanted: Sequence[str | None],
               screen: RowScreen | None = None) -> Iterator[Chunk]:
        """The same rows as `records(wanted, screen)`, a block at a time, by column: the
        import's path."""
        ...

    def rows(self) -> Iterator[PadronRow]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class ClosingReader:
    """Context-manager behaviour for readers that define `close()`, and `rows()` over `records()`."""

    columns: tuple[str, ...]

    def records(self, wanted: Sequence[str | None] | None = None,
                screen: RowScreen | None = None) -> Iterator[Record]:
        if wanted is None and screen is None:
            yield from self._records()
            return
        pick = column_picker(self.columns, self.columns if wanted is None else wanted)
        if screen is None:
            for number, fields in self._records():
                yield number, pick((*fields, ""))
            return
        screened, test = column_picker(self.columns, screen.columns), screen.test
        for number, fields in self._records():
            padded = (*fields, "")
            if test(number, screened(padded)):
                yield number, pick(padded)

    def _records(self) -> Iterator[Record]:
        raise NotImplementedError

    def chunks(self, wanted: Sequence[str | None],
               screen: RowScreen | None = None) -> Iterator[Chunk]:
        records = self.records(wanted, screen)
        while block := list(islice(records, CHUNK_ROWS)):
            numbers, rows = zip(*block, strict=True)
            yield Chunk(numbers, list(zip(*rows, strict=True)))

    def rows(self) -> Iterator[PadronRow]:
        columns = self.columns
        for number, fields in self.records():
            yield PadronRow(number, dict(zip(columns, fields)))

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def column_picker(columns: Sequence[str], wanted: Sequence[str | None]
                  ) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """Picks `wanted` columns out of a row of `columns` passed with one extra '' at its end,
    which stands for every wanted column the file lacks (and for None)."""
    position = {column: index for index, column in enumerate(columns)}
    absent = len(columns)
    return tuple_getter([position.get(name, absent) for name in wanted])


def tuple_getter(items: Sequence[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """`operator.itemgetter(*items)`, but a tuple even of one item."""
    if len(items) == 1:
        only = items[0]
        return lambda sequence: (sequence[only],)
    return itemgetter(*items)


def column_names(raw: Iterable[str], refuse: Callable[[str], MonitorError]) -> tuple[str, ...]:
    """Header cells as upper-case stripped names; a repeated name is refused (which one wins?)."""
    names = tuple(name.strip(" \x00\t\r\n\ufeff").upper() for name in raw)
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            raise refuse(f"duplicate column {name}")
        seen.add(name)
    return names


def unreadable(path: Path, exc: OSError) -> MonitorError:
    """An OS failure while opening or reading a padrón file, as the user's refusal."""
    if isinstance(exc, FileNotFoundError):
        return MonitorError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    if isinstance(exc, IsADirectoryError):
        return MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path), detail="is a directory")
    return MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=exc.strerror or str(exc))
