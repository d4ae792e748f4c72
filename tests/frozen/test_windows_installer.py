"""The Windows installer script compiles (NSIS runs on Linux too; .ci/run installs it). The
Windows workflow (.github/workflows/windows.yml) compiles it over the real build and installs,
upgrades and uninstalls it on a Windows runner."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import monitor_app
from tests.frozen.conftest import REPO


def test_the_nsis_script_compiles_without_warnings(tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    assert makensis, "makensis is missing: apt-get install nsis (Windows: choco install nsis)"
    program = tmp_path / "MonitorDeCampo"  # a stand-in for the build: the script is under test
    (program / "_internal").mkdir(parents=True)
    for name in ("MonitorDeCampo.exe", "monitor-app.exe", "_internal/python311.dll"):
        (program / name).write_bytes(b"MZ stand-in")
    installer = tmp_path / "instalador.exe"
    result = subprocess.run(
        [makensis, "-WX", "-V2", f"-DVERSION={monitor_app.__version__}", f"-DSOURCE={program}",
         f"-DOUTFILE={installer}", str(REPO / "installer" / "monitor_app.nsi")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert installer.read_bytes()[:2] == b"MZ"
