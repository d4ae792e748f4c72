"""Canonical JSON for bundles, and parsing that refuses what a bundle may not contain."""

from __future__ import annotations

import json
import math
from typing import Any

from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_limits import MAX_INT

# The same settings as storage.changes.encode_value, so a value's text is one canonical form.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)


def canonical_bytes(value: Any) -> bytes:
    """UTF-8, no whitespace, keys sorted by code point, non-ASCII written as is."""
    return _ENCODER.encode(value).encode("utf-8")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# scan_once parses one value at an index without the wrappers of json.loads: the change lines
# are parsed a million times, and this is the cheapest strict entry point of the C scanner.
_scan = json.JSONDecoder(parse_constant=_no_constant).scan_once


def parse_text(text: str, what: str) -> Any:
    """One JSON value filling the whole text (no surrounding whitespace), or a refusal."""
    try:
        value, end = _scan(text, 0)
    except RecursionError:
        raise BundleRefused(BundleProblem.TOO_LARGE, f"{what}: nested too deeply") from None
    except (StopIteration, ValueError):
        raise BundleRefused(BundleProblem.CORRUPT, f"{what}: not valid JSON") from None
    if end != len(text):
        raise BundleRefused(BundleProblem.CORRUPT, f"{what}: not valid JSON")
    return value


def has_lone_surrogate(text: str) -> bool:
    """Lone surrogates (from \\ud800 escapes) cannot be stored as UTF-8 later."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_tree(value: Any, what: str, max_depth: int, floats: bool = True) -> None:
    """Refuse nesting deeper than `max_depth`, integers outside 64 bits, non-finite (or any)
    floats, and unencodable strings, without recursion."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        kind = type(node)
        if kind is dict or kind is list:
            if depth >= max_depth:
                raise BundleRefused(BundleProblem.TOO_LARGE, f"{what}: nested too deeply")
            children = [*node, *node.values()] if kind is dict else node
            stack.extend((child, depth + 1) for child in children)
        elif kind is str and has_lone_surrogate(node):
            raise BundleRefused(BundleProblem.CORRUPT, f"{what}: invalid text")
        elif kind is int and not -MAX_INT - 1 <= node <= MAX_INT:
            raise BundleRefused(BundleProblem.CORRUPT, f"{what}: integer out of range")
        elif kind is float and not (floats and math.isfinite(node)):
            raise BundleRefused(BundleProblem.CORRUPT, f"{what}: number not allowed")


def parse_bounded(raw: bytes, what: str, max_depth: int, floats: bool = True) -> Any:
    """Decode strict UTF-8 and parse one JSON value, checked by `check_tree`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRefused(BundleProblem.CORRUPT, f"{what}: not UTF-8") from None
    value = parse_text(text, what)
    check_tree(value, what, max_depth, floats)
    return value
