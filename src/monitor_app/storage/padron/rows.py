"""What every padrón reader yields, and the small pieces the DBF, CSV and XLSX readers share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from monitor_app.core.errors import ErrorCode, MonitorError


@dataclass(frozen=True)
class PadronRow:
    """One data row: the number a user sees for it and its values by upper-case column name."""

    number: int
    values: dict[str, str]


class PadronReader(Protocol):
    path: Path
    format: str
    columns: tuple[str, ...]
    total_rows: int | None

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
    """Context-manager behaviour for readers that define `close()`."""

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
