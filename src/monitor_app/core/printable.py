"""Text that another device chose, made safe to show: control characters as visible escapes."""

from __future__ import annotations

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_char(ch: str) -> str:
    """One character as a Python-style escape (`\\n`, `\\x1b`, `\\u202e`, `\\U000e0001`)."""
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str) -> str:
    """The text with every character `str.isprintable()` rejects escaped: line breaks, escape
    sequences, bidi overrides (U+202A–U+202E, U+2066–U+2069), other format characters. A name
    chosen on another device then cannot move the cursor, erase a line or reorder what follows.
    Backslashes stay as they are: Windows paths pass through these lines too."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else escape_char(ch) for ch in text)
