"""How the command line writes: data to stdout (plain or JSON), progress and refusals to stderr.
Values may come from other devices (a name, a note): every character that is not printable
is shown as an escape, so nothing a device chose can drive the terminal."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

from monitor_app.cli.texts import text
from monitor_app.core.printable import printable


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def safe_json_line(line: str) -> str:
    """One line of JSON text with what json.dumps(ensure_ascii=False) leaves raw (DEL, C1
    controls such as U+009B, bidi overrides, U+2028) as JSON escapes: the same value for a
    reader, inert on a terminal. Outside strings a JSON line holds only printable characters."""
    if line.isprintable():
        return line
    return "".join(ch if ch.isprintable() else _json_escape(ch) for ch in line)


@dataclass(frozen=True)
class Output:
    lang: str
    as_json: bool = False

    def say(self, key: str, **values: object) -> None:
        shown = {k: printable(v) if isinstance(v, str) else v for k, v in values.items()}
        print(text(key, self.lang, **shown))

    def line(self, value: str) -> None:
        print(printable(value))

    def data(self, value: Any) -> None:
        dumped = json.dumps(value, ensure_ascii=False, indent=2)
        print("\n".join(safe_json_line(line) for line in dumped.split("\n")))

    def progress(self, done: int, total: int | None) -> None:
        if not sys.stderr.isatty():
            return
        shown_total = "?" if total is None else f"{total:,}"
        sys.stderr.write(text("progress", self.lang, done=f"{done:,}", total=shown_total))
        if total is not None and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
