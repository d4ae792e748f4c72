"""Portable mode on the built program: a `portable` file beside it keeps everything beside it,
and the keys on the stick under a passphrase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.frozen.conftest import EXE, BuiltApp, Run, ok

pytestmark = pytest.mark.slow


@pytest.fixture
def stick(built_app: BuiltApp, tmp_path: Path) -> Path:
    """The built folder copied onto a "stick", with the marker beside the program."""
    folder = tmp_path / "USB" / "MonitorDeCampo"
    shutil.copytree(built_app.folder, folder, symlinks=True)
    (folder / "portable").write_bytes(b"")
    return folder


def test_everything_lives_beside_the_program(run_app: Run, stick: Path, tmp_path: Path) -> None:
    user = str(tmp_path / "user")
    env = {"MONITOR_APP_HOME": "", "HOME": user, "XDG_DATA_HOME": user, "XDG_STATE_HOME": user,
           "MONITOR_APP_PASSPHRASE": "una frase larga"}
    ok(run_app("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105",
               program=stick / f"monitor-app{EXE}", env=env))
    assert (stick / "data" / "monitor.db").is_file()
    [signing] = (stick / "data" / "monitor.db.keys").glob("*/signing_ed25519.protected.json")
    assert not list(signing.parent.glob("*.pem"))  # the keys on the stick are encrypted
    assert (stick / "logs" / "monitor-app.log").is_file()
    assert not (tmp_path / "user").exists()  # nothing in the user's folders
    locked = run_app("publish", "--out", "ugel.mcbundle", program=stick / f"monitor-app{EXE}",
                     env={**env, "MONITOR_APP_PASSPHRASE": ""})
    assert locked.returncode == 1 and "MONITOR_APP_PASSPHRASE" in locked.stderr
    ok(run_app("publish", "--out", "ugel.mcbundle", program=stick / f"monitor-app{EXE}", env=env))
    picture = tmp_path / "w.png"
    ok(run_app(program=stick / f"MonitorDeCampo{EXE}", env={**env, "MONITOR_APP_SMOKE": str(picture)}))
    about = picture.with_suffix(".txt").read_text(encoding="utf-8")
    assert "Modo portátil" in about and str(stick) in about


def test_home_comes_before_the_marker(run_app: Run, stick: Path, tmp_path: Path) -> None:
    env = {"MONITOR_APP_HOME": str(tmp_path / "elsewhere")}
    ok(run_app("init", "--role", "especialista", "--name", "Ana", "--ugel", "150105",
               program=stick / f"monitor-app{EXE}", env=env))
    assert (tmp_path / "elsewhere" / "data" / "monitor.db").is_file()
    assert not (stick / "data").exists()
