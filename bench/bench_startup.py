"""Start-up time: process start to a painted window, bare PySide6 QMainWindow versus ours.

    python bench/bench_startup.py [--runs 5] [--built dist/MonitorDeCampo]

Each measurement is a fresh subprocess (offscreen, not frozen); the clock runs from just before
the process is started until it reports the first paint of its main window. Ours starts through
the real entry point (`monitor-app --db DB`) on a database holding the 457-service UGEL 05
fixture, so it includes argument parsing, opening the database and the first query; the same
without the launcher (`run_gui` called directly) shows the GUI's own share. With `--built`, the
built program (`python installer/build.py`) is timed in the same run, the same way.

Ours report their first paint themselves when MONITOR_APP_SMOKE is set (ui/smoke.py); the bare
window has the same reporter. Both watch the main window alone: a filter on the whole
application would run Python for every event of every widget and set up a Python type for each
kind of object it sees (≈ 25 ms for our window's table, nothing for an empty window), a cost no
user pays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PADRON = REPO / "tests" / "fixtures" / "padron" / "padron_ugel05_lima.dbf"

# The bare window reports its own first paint, watched on the window alone, as ours is.
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            watched.removeEventFilter(self)
            watched.close()
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
reporter = FirstPaint(window)
window.installEventFilter(reporter)
window.resize(1200, 750)
window.show()
app.exec()
"""

# Ours report their first paint themselves (MONITOR_APP_SMOKE, ui/smoke.py), as the build does.
# Through the real entry point: argument parsing included.
LAUNCHER = """
import sys
from monitor_app.launcher import main
sys.exit(main(["--db", sys.argv[1]]))
"""

# The GUI's own share: run_gui called directly.
RUN_GUI = """
import sys
from pathlib import Path
from monitor_app.ui.app import run_gui
sys.exit(run_gui(Path(sys.argv[1]), "es"))
"""


def time_to_paint(code: str, *args: str, env: dict[str, str]) -> float:
    """`code` is Python source, or the path of a built program (then `args` are its own)."""
    built = "\n" not in code  # a program path, not Python source
    command = [code, *args] if built else [sys.executable, "-c", code, *args]
    if code is not BARE:
        env = {**env, "MONITOR_APP_SMOKE": str(Path(env["MONITOR_APP_HOME"]) / "window.png")}
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"the child did not paint a window (exit code {child.returncode})")
    return elapsed


def prepare_database(folder: Path) -> Path:
    from monitor_app.core.roles import Role
    from monitor_app.services.context import open_context
    from monitor_app.services.directory_import import import_directory
    from monitor_app.services.setup import init_device

    db = folder / "bench.db"
    init_device(db, role=Role.ESPECIALISTA, name="Bench", ugel="150105")
    ctx = open_context(db)
    try:
        report = import_directory(ctx, PADRON)
    finally:
        ctx.close()
    print(f"database: {report.new} school services imported from {PADRON.name}")
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--built", type=Path, help="the built program's folder, timed too")
    options = parser.parse_args()
    runs = options.runs
    with tempfile.TemporaryDirectory() as temp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MONITOR_APP_HOME": temp}
        os.environ["MONITOR_APP_HOME"] = temp
        db = prepare_database(Path(temp))
        variants = {"bare QMainWindow": (BARE,), "run_gui directly": (RUN_GUI, str(db)),
                    "monitor-app --db": (LAUNCHER, str(db))}
        if options.built is not None:
            exe = ".exe" if sys.platform == "win32" else ""
            variants["built, --db"] = (str(options.built.resolve() / f"monitor-app{exe}"), "--db", str(db))
        for code_and_args in variants.values():  # warm the file cache for all
            time_to_paint(*code_and_args, env=env)
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(runs):  # interleaved, so a busy moment hurts all alike
            for name, code_and_args in variants.items():
                times[name].append(time_to_paint(*code_and_args, env=env))
    bare = statistics.median(times["bare QMainWindow"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:18}: median {median * 1000:5.0f} ms, {median / bare:4.2f}x bare  "
              f"({_spread(values)})")
    print("budget: 2x bare")
    return 0


def _spread(values: list[float]) -> str:
    return "runs: " + ", ".join(f"{v * 1000:.0f}" for v in values) + " ms"


if __name__ == "__main__":
    sys.exit(main())
