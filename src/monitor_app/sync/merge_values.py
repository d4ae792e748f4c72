"""Which tables and columns a merge may write, and a logged JSON value as its table stores it."""

from __future__ import annotations

import functools
import json
from typing import Any

from monitor_app.core.kinds import KINDS

DELETED = "_deleted"
DELETED_TRUE = "true"  # the one logged value that marks a record deleted
_SCALARS: dict[str, Any] = {"true": True, "false": False, "null": None}


@functools.cache
def synced_columns() -> dict[str, frozenset[str]]:
    """Table -> columns a change may set: the kind's fields and the soft-delete mark.

    A change naming anything else (a kind or field from a newer version) is kept in the log but
    not applied, so an upgraded office can project it later.
    """
    return {kind.table: frozenset((*kind.field_names, DELETED)) for kind in KINDS.values()}


def stored_value(col: str, text: str) -> Any:
    """The value `ChangeRecorder` would have stored for this canonical JSON text.

    Booleans become 0/1 (sqlite3 binds `True` as 1); a composite value (an object or list that
    travels as one field, like a GPS fix) stays as its JSON text; `_deleted` is 1 for `true` and
    0 for anything else, so that no value in a bundle can break its NOT NULL column.
    """
    if col == DELETED:
        return 1 if text == DELETED_TRUE else 0
    if len(text) > 1 and text[0] == '"' == text[-1] and "\\" not in text:
        return text[1:-1]  # canonical JSON escapes only with a backslash: nothing to undo
    scalar = _SCALARS.get(text, _SCALARS)
    if scalar is not _SCALARS:
        return scalar
    value = json.loads(text)
    if isinstance(value, dict | list):
        return text
    return value
