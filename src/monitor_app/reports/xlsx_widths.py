"""How wide a value shows in a spreadsheet cell, in column-width units (the width of "0" in
Calibri 11, the workbooks' font), so that columns are sized from what they will display."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Calibri's advance widths relative to "0" (measured on Carlito, its metric twin), in classes
# rounded up; a character not listed counts as 1.
_CLASSES = {
    0.5: " 'il.,:;!|íìIÍj",
    0.6: "f-()[]",
    0.7: "Jtr",
    0.85: "/szcxLºª\"",
    0.93: "vykgFSZ",
    1.05: "bdhnopquóúñüòùCKPX",
    1.15: "BRVAÁ",
    1.25: "DGH",
    1.28: "NUÚÑ",
    1.35: "OÓQ&",
    1.45: "w%",
    1.76: "mMW@",
}
_CHAR_WIDTH = {ch: width for width, chars in _CLASSES.items() for ch in chars}
BOLD_FACTOR = 1.03
# A width unit is 7 pixels (Excel rounds the width of "0"), the glyph itself 7.4 at 96 dpi.
UNIT_FACTOR = 1.06
# LibreOffice and Excel keep a few pixels of each cell free: without this margin a number
# that exactly fills its column shows as "###".
PADDING = 1.5
DATE_TEXT = "00/00/0000"
DATETIME_TEXT = "00/00/0000 00:00"
PERCENT_TEXT = "100.0%"
SHORT_HEADER = 10
_WORDS = re.compile(r"(\s*)([^\s-]+-?|-)")


@dataclass(frozen=True)
class Percent:
    """A share between 0 and 1, written as a number shown with a percent format."""

    value: float | None


def text_width(text: str, *, bold: bool = False) -> float:
    width = sum(_CHAR_WIDTH.get(ch, 1.0) for ch in text) * UNIT_FACTOR
    return width * BOLD_FACTOR if bold else width


def shown_text(value: Any) -> str:
    """The text a cell shows for `value` with the workbooks' number formats."""
    if isinstance(value, dt.datetime):
        return DATETIME_TEXT
    if isinstance(value, dt.date):
        return DATE_TEXT
    if isinstance(value, Percent):
        return "" if value.value is None else PERCENT_TEXT
    return "" if value is None else str(value)


def header_width(text: str) -> float:
    """The narrowest a column may be under the bold header `text`: its widest word, or the
    whole of a short header (a two-word header broken in two reads badly)."""
    whole = text_width(text, bold=True)
    if whole <= SHORT_HEADER:
        return whole
    return max((text_width(word, bold=True) for word in text.split()), default=0.0)


def fitted_width(values: Iterable[Any], *, header: str = "", least: float = 5,
                 most: float = 40) -> float:
    """A column's width: its widest value plus padding, at least its header's widest word and
    `least`. Text wraps, so it widens the column up to `most` only; a number or a date cannot
    wrap, so it always fits."""
    text, other = 0.0, 0.0
    for value in values:
        width = text_width(shown_text(value))
        if isinstance(value, str):
            text = max(text, width)
        else:
            other = max(other, width)
    needed = max(min(text + PADDING, most), other + PADDING, header_width(header) + PADDING, least)
    return math.ceil(needed * 10) / 10


def wrapped_lines(text: str, width: float, *, bold: bool = False) -> int:
    """How many lines `text` takes wrapped in a column `width` wide: at spaces and, as both
    programs do, after a hyphen."""
    room = width - PADDING
    space = text_width(" ", bold=bold)
    lines, used = 1, 0.0
    for gap, word in _WORDS.findall(text):
        size = text_width(word, bold=bold)
        if used and used + (space if gap else 0) + size > room:
            lines, used, gap = lines + 1, 0.0, ""
        if size > room:  # a word wider than the column is broken anywhere
            extra = int(size // room)
            lines, size = lines + extra, size - extra * room
        used += (space if gap and used else 0) + size
    return lines
