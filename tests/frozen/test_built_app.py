"""The built one-folder program, run as a user runs it: the command line and the window."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import monitor_app
from tests.frozen.conftest import BuiltApp, Run, ok

pytestmark = pytest.mark.slow


def test_version_comes_from_the_package(run_app: Run) -> None:
    assert ok(run_app("--version")).strip() == f"monitor-app {monitor_app.__version__}"


def test_init_with_a_relative_database_path(run_app: Run, tmp_path: Path) -> None:
    """Regression: the build carried only the translations of `monitor_app.resources`, so
    `init` could not install the shipped catalogues and instruments and failed with
    "No se pudo leer u.db"."""
    out = ok(run_app("--db", "u.db", "init", "--role", "ugel", "--name", "U", "--ugel", "150105"))
    assert "Equipo configurado" in out
    assert (tmp_path / "u.db").is_file()
    assert "rubricas_aula" in ok(run_app("--db", "u.db", "instruments", "list"))


def test_a_day_of_work_between_two_installations(run_app: Run, tmp_path: Path) -> None:
    """demo (the shipped padrón), checklist, publish, a laptop that joins, its export, the
    office's import and the coverage workbook: every data file the build must carry."""
    ok(run_app("--db", "ugel.db", "init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105"))
    assert "Padrón de demostración" in ok(run_app("--db", "ugel.db", "demo"))
    assert "Lista de verificación de la IE 0335273" in ok(run_app("--db", "ugel.db", "checklist", "0335273"))
    ok(run_app("--db", "ugel.db", "publish", "--out", "ugel05.mcbundle"))
    joined = ok(run_app("--db", "ana.db", "init", "--role", "especialista", "--name", "Ana",
                        "--office", "ugel05.mcbundle"))
    device = joined.split("Dispositivo: ")[1].split()[0]
    (tmp_path / "usb").mkdir()
    ok(run_app("--db", "ana.db", "export", "--out", "usb"))
    bundles = sorted((tmp_path / "usb").glob("*.mcbundle"))
    assert len(bundles) == 1
    held = run_app("--db", "ugel.db", "import", str(bundles[0]))
    assert held.returncode == 1 and "retenido" in held.stdout  # until the office approves Ana
    ok(run_app("--db", "ugel.db", "devices", "approve", device))
    assert "Ana" in ok(run_app("--db", "ugel.db", "devices", "list"))
    ok(run_app("--db", "ugel.db", "report", "coverage", "--out", "cobertura.xlsx"))
    with zipfile.ZipFile(tmp_path / "cobertura.xlsx") as workbook:
        assert "xl/workbook.xml" in workbook.namelist()


def test_the_window_opens_offscreen(run_app: Run, built_app: BuiltApp, tmp_path: Path) -> None:
    ok(run_app("--db", "u.db", "init", "--role", "ugel", "--name", "U", "--ugel", "150105"))
    ok(run_app("--db", "u.db", "demo"))
    picture = tmp_path / "window.png"
    result = run_app("--db", "u.db", program=built_app.window, env={"MONITOR_APP_SMOKE": str(picture)})
    assert ok(result).strip() in ("painted", "")  # the windowed program has no stdout on Windows
    assert picture.stat().st_size > 10_000
    from PIL import Image

    with Image.open(picture) as image:
        assert image.width >= 600 and image.height >= 400  # the offscreen screen is 800 × 800
        assert len(image.convert("L").getcolors(256) or ()) > 20  # drawn, not one flat colour


def test_every_qt_library_a_kept_file_needs_is_in_the_folder(built_app: BuiltApp) -> None:
    """installer/bundle_filter.py drops Qt libraries and plugins: none that stays may need one."""
    from PyInstaller.depend.bindepend import get_imports

    files = [path for path in built_app.folder.rglob("*") if path.is_file()
             and (path.suffix in (".so", ".dll", ".pyd") or ".so." in path.name)]
    present = {path.name.lower() for path in files}
    missing = {
        (path.name, name)
        for path in files
        for name, _ in get_imports(str(path))
        if "qt6" in name.lower() and name.lower() not in present
    }
    assert not missing


def test_the_build_leaves_out_what_the_app_never_uses(built_app: BuiltApp) -> None:
    names = {path.name.lower() for path in built_app.folder.rglob("*")}
    assert any("qt6charts" in name for name in names)  # the panel's charts
    assert not [name for name in names if any(
        unused in name for unused in ("qt6quick", "qt6qml", "qt6pdf", "qt6webengine", "qt63d",
                                      "qt6multimedia", "qt6network", "qt6virtualkeyboard"))]
    size = sum(path.stat().st_size for path in built_app.folder.rglob("*")
               if path.is_file() and not path.is_symlink())
    assert size <= 150 * 2**20, f"{size / 2**20:.1f} MB"


def test_a_file_missing_from_the_program_is_named_not_the_database(
        run_app: Run, built_app: BuiltApp, tmp_path: Path) -> None:
    """Regression: a shipped file missing (an antivirus quarantine, a bad copy) made `init` say
    "No se pudo leer u.db": the database was blamed for the program's own file."""
    import shutil

    copy = tmp_path / "MonitorDeCampo"
    shutil.copytree(built_app.folder, copy, symlinks=True)
    [catalogue] = copy.rglob("defaults.json")
    catalogue.unlink()
    result = run_app("--db", "u.db", "init", "--role", "ugel", "--name", "U", "--ugel", "150105",
                     program=copy / built_app.console.name)
    assert result.returncode == 1
    assert result.stderr.startswith("Falta un archivo del programa (") and "defaults.json" in result.stderr
    assert "u.db" not in result.stderr
