"""Reading one JSON document a person hands over (an instrument, a catalogue file)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError

MAX_BYTES = 5 * 1024 * 1024  # far above any instrument or catalogue; refuses a wrong file fast

# Builds the refusal for a file that is not JSON: (problem, where) -> error.
Refuse = Callable[[str, str], MonitorError]


def read_json_file(path: Path, refuse: Refuse) -> Any:
    """The decoded document; a missing or unreadable file, or text that is not JSON, is refused
    naming the line and column."""
    path = Path(path)
    if not path.is_file():
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path),
                               detail=f"más de {MAX_BYTES // (1024 * 1024)} MB")
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path),
                           detail="no es texto UTF-8") from None
    except OSError as exc:
        raise MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path),
                           detail=exc.strerror or type(exc).__name__) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise refuse(f"JSON mal formado ({exc.msg})",
                     f"línea {exc.lineno}, columna {exc.colno}") from None
    except RecursionError:
        raise refuse("JSON con anidación excesiva", "documento") from None
