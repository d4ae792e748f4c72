"""The language chosen in Settings: kept in the data folder, used when --lang is not given."""

from __future__ import annotations

from pathlib import Path

from monitor_app.services.preferences import (
    Preferences,
    load_preferences,
    preferences_file,
    save_preferences,
    window_language,
)
from monitor_app.storage.paths import AppPaths


def test_the_saved_language_is_used_unless_lang_is_given(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")
    assert load_preferences(paths) == Preferences()
    assert window_language([], paths, "es") == "es"
    save_preferences(paths, Preferences(language="en"))
    assert load_preferences(paths).language == "en"
    assert window_language([], paths, "es") == "en"
    assert window_language(["--lang", "es"], paths, "es") == "es"
    assert window_language(["--lang=es"], paths, "es") == "es"


def test_a_damaged_or_foreign_file_counts_as_nothing_saved(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path, log_dir=tmp_path)
    for content in ("{no es json", '["en"]', '{"language": "fr"}'):
        preferences_file(paths).write_text(content, encoding="utf-8")
        assert load_preferences(paths) == Preferences()
