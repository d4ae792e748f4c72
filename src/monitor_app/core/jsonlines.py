"""Parsing JSON Lines typed by people: every failure names its line; sizes and depth bounded."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError

MAX_LINE_CHARS = 1_000_000
MAX_DEPTH = 32


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def parse_json_lines(lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line."""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        if len(text) > MAX_LINE_CHARS:
            raise MonitorError(ErrorCode.MALFORMED_JSON, line=number, detail="línea demasiado larga")
        try:
            value = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            detail = exc.msg if isinstance(exc, json.JSONDecodeError) else "anidación excesiva"
            raise MonitorError(ErrorCode.MALFORMED_JSON, line=number, detail=detail) from None
        if _depth(value) > MAX_DEPTH:
            raise MonitorError(ErrorCode.MALFORMED_JSON, line=number, detail="anidación excesiva")
        yield number, value
