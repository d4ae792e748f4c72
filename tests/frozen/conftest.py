"""The built program, made once per session from the current source (installer/build.py), so
that a green run cannot hide a file the build forgot. `MONITOR_APP_FROZEN=DIR` tests a build
made elsewhere (the Windows workflow builds first, then runs these tests on its folder)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FROZEN_VARIABLE = "MONITOR_APP_FROZEN"
EXE = ".exe" if sys.platform == "win32" else ""


@dataclass(frozen=True)
class BuiltApp:
    folder: Path
    build_seconds: float

    @property
    def console(self) -> Path:
        return self.folder / f"monitor-app{EXE}"

    @property
    def window(self) -> Path:
        return self.folder / f"MonitorDeCampo{EXE}"


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> BuiltApp:
    given = os.environ.get(FROZEN_VARIABLE, "").strip()
    if given:
        return BuiltApp(Path(given), 0.0)
    work = tmp_path_factory.mktemp("build")
    started = time.perf_counter()
    subprocess.run([sys.executable, str(REPO / "installer" / "build.py"), "--dist",
                    str(work / "dist"), "--work", str(work / "work")], check=True,
                   stdout=subprocess.DEVNULL)
    return BuiltApp(work / "dist" / "MonitorDeCampo", time.perf_counter() - started)


Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_app(built_app: BuiltApp, tmp_path: Path) -> Run:
    """Runs the built command line in `tmp_path` with its own MONITOR_APP_HOME."""
    home = tmp_path / "home"

    def run(*args: str, program: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        environ = {**os.environ, "MONITOR_APP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        environ.pop("MONITOR_APP_PASSPHRASE", None)
        environ.update(env or {})
        return subprocess.run([str(program or built_app.console), *args], cwd=tmp_path,
                              env=environ, capture_output=True, text=True, timeout=timeout,
                              encoding="utf-8")

    return run


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"{result.args} gave {result.returncode}: {result.stderr}"
    return result.stdout
