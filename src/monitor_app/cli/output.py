"""How the command line writes: data to stdout (plain or JSON), progress and refusals to stderr."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

from monitor_app.cli.texts import text


@dataclass(frozen=True)
class Output:
    lang: str
    as_json: bool = False

    def say(self, key: str, **values: object) -> None:
        print(text(key, self.lang, **values))

    def line(self, value: str) -> None:
        print(value)

    def data(self, value: Any) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=2))

    def progress(self, done: int, total: int | None) -> None:
        if not sys.stderr.isatty():
            return
        shown_total = "?" if total is None else f"{total:,}"
        sys.stderr.write(text("progress", self.lang, done=f"{done:,}", total=shown_total))
        if total is not None and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
