"""ColumnMap: a column mapped block by block gives what the plain function gives, and remembers
only while the column repeats within its limit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.column_map import ColumnMap

TEXTS = st.text(alphabet=" \t\xa0\x00abÑ1", max_size=4)


@given(st.lists(st.lists(TEXTS, max_size=30), max_size=8), st.integers(0, 12))
def test_blocks_map_as_the_plain_function_does(blocks: list[list[str]], limit: int) -> None:
    mapped = ColumnMap(str.strip, limit)
    assert [mapped(block) for block in blocks] == [[t.strip() for t in block] for block in blocks]


def _counted_upper() -> tuple[Callable[[str], str], Counter[str]]:
    calls: Counter[str] = Counter()

    def upper(text: str) -> str:
        calls[text] += 1
        return text.upper()

    return upper, calls


def test_a_repeating_column_calls_the_function_once_per_text() -> None:
    upper, calls = _counted_upper()
    mapped = ColumnMap(upper, limit=10)
    for _ in range(5):
        assert mapped(["lima", "cusco", "lima"]) == ["LIMA", "CUSCO", "LIMA"]
    assert calls == {"lima": 1, "cusco": 1}


def test_a_column_past_its_limit_is_no_longer_remembered() -> None:
    upper, calls = _counted_upper()
    mapped = ColumnMap(upper, limit=3)
    assert mapped(["a", "b", "c", "d"]) == ["A", "B", "C", "D"]  # 4 texts: past the limit
    assert mapped(["a", "a"]) == ["A", "A"]
    assert calls["a"] == 3  # once remembered, then twice more: the memo is gone
