import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.jsonlines import MAX_DEPTH, parse_json_lines


def test_blank_lines_are_skipped_and_numbers_kept() -> None:
    assert list(parse_json_lines(['{"a": 1}\n', "\n", '{"b": 2}'])) == [(1, {"a": 1}), (3, {"b": 2})]


def test_a_malformed_line_names_its_number() -> None:
    with pytest.raises(MonitorError) as refusal:
        list(parse_json_lines(['{"a": 1}', '{"b": }']))
    assert refusal.value.code is ErrorCode.MALFORMED_JSON
    assert refusal.value.line == 2


def test_deep_nesting_is_refused() -> None:
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    with pytest.raises(MonitorError) as refusal:
        list(parse_json_lines([deep]))
    assert refusal.value.line == 1
    very_deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(MonitorError):
        list(parse_json_lines([very_deep]))
