"""A function over a column of texts at C speed, remembering its answers while the column repeats."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

Answer = TypeVar("Answer")
MEMO_LIMIT = 4096  # answers kept per column by default: about 1 MB for 200-character texts


class _Memo(dict[str, Answer]):
    __slots__ = ("_function",)

    def __init__(self, function: Callable[[str], Answer]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, text: str) -> Answer:
        answer = self[text] = self._function(text)
        return answer


class ColumnMap(Generic[Answer]):
    """`function` (pure: the same text, the same answer) over one column of a file, a block of
    rows at a time. A padrón's levels, districts, UGELs and dates repeat: a dictionary look-up
    answers them without a Python call, and rows then share one text object, which SQLite binds
    faster. A column with more than `limit` different texts (names, coordinates) is no longer
    remembered once it has shown it, so memory stays bounded; until then a new text costs one
    look-up more than the plain call."""

    def __init__(self, function: Callable[[str], Answer], limit: int = MEMO_LIMIT) -> None:
        self._function = function
        self._limit = limit
        self._memo: _Memo[Answer] | None = _Memo(function)

    def __call__(self, texts: Iterable[str]) -> list[Answer]:
        memo = self._memo
        if memo is None:
            return list(map(self._function, texts))
        answers = list(map(memo.__getitem__, texts))
        if len(memo) > self._limit:
            self._memo = None
        return answers
