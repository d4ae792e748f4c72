"""Whether a field value that arrives in a change is one a local put could have written.

The same rules as `validation.field_value` (one definition for both paths), applied to a
logged value: canonical JSON text of the value in its stored form. Context-free only: type,
format, bounds, a date that exists, printable ids. What depends on other records or on the day
(references, "not in the future", the ledger, catalogue membership) is not decided here.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from monitor_app.core.errors import MonitorError
from monitor_app.core.kind_spec import FieldType
from monitor_app.core.kinds import KINDS
from monitor_app.core.validation import DELETED, field_value, record_id

_JSON_TEXT = (FieldType.MONTHS, FieldType.JSON)  # stored as JSON text, logged as a JSON string
_BOOLEAN_TEXTS = ("true", "false")


@dataclass(frozen=True)
class ValueProblem:
    """Why a value cannot be applied: a refusal code (as `MonitorError` has) and its values."""

    reason: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def detail(self) -> str:
        """The values as a JSON object (what a verdict stores)."""
        return json.dumps(dict(self.params), ensure_ascii=False, sort_keys=True)


def _problem(error: MonitorError) -> ValueProblem:
    return ValueProblem(error.code.value, tuple((k, str(v)) for k, v in error.params.items()))


@functools.lru_cache(maxsize=1 << 12)
def id_problem(pk: str) -> ValueProblem | None:
    try:
        record_id(pk)
    except MonitorError as error:
        return _problem(error)
    return None


@functools.lru_cache(maxsize=1 << 16)
def value_problem(table: str, column: str, text: str) -> ValueProblem | None:
    """None when `text` is a value of `table.column` in the form a put stores it.

    Values repeat a lot (booleans, codes, dates), so answers are cached."""
    if column == DELETED:
        return None if text in _BOOLEAN_TEXTS else ValueProblem("invalid_value",
                                                                (("field", DELETED),))
    spec = KINDS[table].field(column)
    if spec is None:
        raise KeyError(f"{table}.{column}")
    try:
        value = json.loads(text)
        if spec.type in _JSON_TEXT and isinstance(value, str):
            value = json.loads(value)
            stored: Any = field_value(spec, value)
            canonical = stored == json.loads(text)
        else:
            stored = field_value(spec, value)
            canonical = stored == value and type(stored) is type(value) or (
                spec.type is FieldType.NUMBER and isinstance(value, int)
                and not isinstance(value, bool) and stored == value)
    except MonitorError as error:
        return _problem(error)
    except (ValueError, RecursionError):
        return ValueProblem("malformed_json", (("field", column),))
    if not canonical:
        return ValueProblem("not_canonical", (("field", column), ("value", text[:60])))
    return None
