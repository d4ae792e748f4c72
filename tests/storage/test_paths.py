"""Where the data goes: MONITOR_APP_HOME, then the portable marker, then the user folder."""

from __future__ import annotations

from pathlib import Path

from monitor_app.storage.paths import PORTABLE_MARKER, AppPaths, DataPlace, program_folder


def test_the_user_folder_without_home_nor_marker(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({}, program_dir=tmp_path)
    assert paths.place is DataPlace.USER
    assert not paths.data_dir.is_relative_to(tmp_path)


def test_the_marker_keeps_everything_beside_the_program(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).write_bytes(b"")
    paths = AppPaths.from_environment({}, program_dir=tmp_path)
    assert paths == AppPaths(tmp_path / "data", tmp_path / "logs", DataPlace.PORTABLE)
    assert paths.portable and paths.default_database == tmp_path / "data" / "monitor.db"


def test_home_comes_before_the_marker(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).write_bytes(b"")
    paths = AppPaths.from_environment({"MONITOR_APP_HOME": str(tmp_path / "h")}, program_dir=tmp_path)
    assert paths == AppPaths(tmp_path / "h" / "data", tmp_path / "h" / "logs", DataPlace.HOME)


def test_a_folder_named_like_the_marker_is_not_one(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).mkdir()
    assert AppPaths.from_environment({}, program_dir=tmp_path).place is DataPlace.USER


def test_run_from_python_no_program_folder_holds_a_marker() -> None:
    assert program_folder() is None  # tests/frozen checks the built program's
