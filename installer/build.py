"""Builds the one-folder app into dist/MonitorDeCampo/: `python installer/build.py`.

It installs the package the way pip installs it for a user (not the source tree, not an
editable install) into a staging folder, then runs PyInstaller over installer/monitor_app.spec.
Needs the `build` extra: pip install -e ".[build]".
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "monitor_app.spec"
APP_FOLDER = "MonitorDeCampo"


def package_version(site: Path) -> str:
    """The version the installed package declares (monitor_app.__version__)."""
    source = (site / "monitor_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', source, re.MULTILINE)
    if found is None:
        raise SystemExit("monitor_app/__init__.py declares no __version__")
    return found.group(1)


def windows_version_file(version: str, folder: Path) -> Path:
    """The version resource Windows shows in the file's Properties (and SmartScreen)."""
    numbers = tuple(int(part) for part in re.findall(r"\d+", version)[:4])
    numbers = numbers + (0,) * (4 - len(numbers))
    strings = {
        "CompanyName": "Monitor de Campo", "FileDescription": "Monitor de Campo",
        "FileVersion": version, "ProductName": "Monitor de Campo", "ProductVersion": version,
        "InternalName": "MonitorDeCampo", "OriginalFilename": "MonitorDeCampo.exe",
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{entries}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = folder / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def stage_package(site: Path) -> None:
    """`pip install --no-deps --target`: the package exactly as a user's pip lays it out."""
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(site), str(ROOT)], check=True)


def folder_size(folder: Path) -> int:
    """Bytes of the files in `folder` (symbolic links count as their own few bytes)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir() or path.is_symlink())


def build(dist: Path, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    site = work / "site"
    stage_package(site)
    env = dict(os.environ, MONITOR_APP_SITE=str(site))
    if sys.platform == "win32":
        env["MONITOR_APP_VERSION_FILE"] = str(windows_version_file(package_version(site), work))
    subprocess.run([sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level",
                    "WARN", "--distpath", str(dist), "--workpath", str(work / "pyinstaller")],
                   check=True, env=env)
    return dist / APP_FOLDER


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "app",
                        help="staging and PyInstaller's work folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = build(args.dist.resolve(), args.work.resolve())
    print(f"{folder}: {folder_size(folder) / 2**20:.1f} MB, "
          f"built in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
