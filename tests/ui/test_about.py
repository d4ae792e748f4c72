"""The About box says where the data lives, and warns about a stick in portable mode."""

from __future__ import annotations

from pathlib import Path

from monitor_app.storage.paths import AppPaths, DataPlace
from monitor_app.ui.about import about_text


def test_portable_mode_is_named_with_its_warning(qapp, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "logs", DataPlace.PORTABLE)
    text = about_text(paths.default_database, paths)
    assert "Modo portátil" in text and str(tmp_path) in text
    assert "BitLocker To Go" in text
    assert "--db" not in text


def test_the_user_folder_and_a_database_chosen_with_db(qapp, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "logs", DataPlace.USER)
    text = about_text(tmp_path / "elsewhere" / "u.db", paths)
    assert "Instalación normal" in text and "elegida con --db" in text
    assert "Modo portátil" not in text


def test_home_names_the_variable(qapp, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "logs", DataPlace.HOME)
    assert "MONITOR_APP_HOME" in about_text(paths.default_database, paths)
