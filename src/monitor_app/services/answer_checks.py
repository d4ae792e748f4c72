"""An answer must fit its item in the instrument version it names (a level 1–4, an option of
the item, a number in range...): checked with the stored instrument when the answer is put."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from monitor_app.core.instrument import check_answer
from monitor_app.services.context import AppContext
from monitor_app.services.instruments import instrument


def check_answer_record(ctx: AppContext, pk: str, record: Mapping[str, Any],
                        existing: Mapping[str, Any] | None) -> None:
    """INSTRUMENT_NOT_FOUND, ITEM_NOT_FOUND or ANSWER_OUT_OF_SCALE; a deleted answer is not
    checked (deleting one must work even after its instrument went away)."""
    if record.get("_deleted"):
        return
    loaded = instrument(ctx, record["instrument"], record["version"])
    value = record.get("value")
    check_answer(loaded, record["item"], json.loads(value) if isinstance(value, str) else value)
