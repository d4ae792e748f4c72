"""What the user chose in the window and keeps between sessions (the language), in the data folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from monitor_app.services.messages import LANGUAGES
from monitor_app.storage.paths import AppPaths

PREFERENCES_NAME = "preferences.json"


@dataclass(frozen=True)
class Preferences:
    language: str | None = None  # None: the default (Spanish), or --lang


def preferences_file(paths: AppPaths) -> Path:
    """Beside the data, so a portable copy (MONITOR_APP_HOME) carries its own."""
    return paths.data_dir / PREFERENCES_NAME


def load_preferences(paths: AppPaths) -> Preferences:
    """The saved preferences; a missing, damaged or foreign file counts as none saved."""
    try:
        saved = json.loads(preferences_file(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    language = saved.get("language") if isinstance(saved, dict) else None
    return Preferences(language=language if language in LANGUAGES else None)


def save_preferences(paths: AppPaths, preferences: Preferences) -> None:
    """Written whole or not at all (a temporary file renamed over the old one)."""
    target = preferences_file(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(json.dumps(asdict(preferences), indent=2), encoding="utf-8")
    os.replace(temporary, target)


def window_language(argv: list[str], paths: AppPaths, parsed: str) -> str:
    """The window's language: `parsed` when `--lang` was given, else the one saved in
    Settings, else `parsed` (Spanish by default)."""
    if any(arg == "--lang" or arg.startswith("--lang=") for arg in argv):
        return parsed
    return load_preferences(paths).language or parsed
