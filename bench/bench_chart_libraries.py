"""The chart library candidates for the panel (D36): install size and start-up cost.

    python bench/bench_chart_libraries.py [--runs 3]

Makes two venvs under bench/out/charts/ (PySide6-Essentials plus PySide6-Addons for QtCharts;
plus pyqtgraph with NumPy), prints what each adds to site-packages, then in fresh processes
offscreen: the import time after QtWidgets is up, and the time to build and grab a first bar
chart of 12 bars.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "charts"
ESSENTIALS = "PySide6-Essentials==6.11.3"
CANDIDATES = {"qtcharts": ["PySide6-Addons==6.11.3"], "pyqtgraph": ["pyqtgraph"]}

PROBE = """
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
start = time.perf_counter()
if {library!r} == "qtcharts":
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
    from PySide6.QtCore import Qt
    imported = time.perf_counter()
    chart, series, bars = QChart(), QBarSeries(), QBarSet("visitas")
    bars.append([float(n) for n in range(12)]); series.append(bars); chart.addSeries(series)
    axis = QBarCategoryAxis(); axis.append([str(n) for n in range(12)])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom); series.attachAxis(axis)
    view = QChartView(chart)
else:
    import pyqtgraph
    imported = time.perf_counter()
    view = pyqtgraph.PlotWidget()
    view.addItem(pyqtgraph.BarGraphItem(x=list(range(12)), height=list(range(12)), width=0.6))
view.resize(600, 400); view.grab()
print(f"{{1000 * (imported - start):.0f}} {{1000 * (time.perf_counter() - imported):.0f}}")
"""


def _site_mb(env: Path) -> float:
    [site] = env.glob("lib/python*/site-packages")
    return sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for library, packages in CANDIDATES.items():
        env = OUT / library
        python = env / "bin" / "python"
        if not python.exists():
            venv.create(env, with_pip=True)
            subprocess.run([python, "-m", "pip", "install", "-q", ESSENTIALS], check=True)
            before = _site_mb(env)
            subprocess.run([python, "-m", "pip", "install", "-q", *packages], check=True)
            (env / "essentials_mb").write_text(f"{before:.0f}")
        added = _site_mb(env) - float((env / "essentials_mb").read_text())
        timings = [subprocess.run([python, "-c", PROBE.format(library=library)], check=True,
                                  capture_output=True, text=True).stdout.split()
                   for _ in range(args.runs)]
        imports = ", ".join(t[0] for t in timings)
        charts = ", ".join(t[1] for t in timings)
        print(f"{library:9}: +{added:.0f} MB in site-packages; import {imports} ms; "
              f"first chart {charts} ms")


if __name__ == "__main__":
    sys.exit(main())
