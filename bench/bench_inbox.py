"""Many bundles dropped on the merge station's inbox at once (issue 11): the longest event-loop
stall while they import, and the time beside the command line importing the same files.

Run: python bench/bench_inbox.py [--bundles 50] [--commitments 2850]

`--bundles` approved laptops each record `--commitments` commitments under 20 visits (7 fields
each: 2,850 commitments ≈ 20,000 changes a bundle, the issue's figure) and export one bundle.
Into two copies of the office, in fresh processes' worth of work:
- `monitor-app import` of every file in one command, process start included;
- the real window offscreen, *Bandeja de entrada*, the folder dropped on it, until the import
  is done, with a 5 ms heartbeat on the GUI thread recording its longest gap.
Targets (issue 11): no stall over 100 ms; the inbox within 1.5× of the command line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from bench_sync_cli import _record  # noqa: E402
from bench_ui_stall import Heartbeat  # noqa: E402

from tests.conftest import FakeWallClock  # noqa: E402
from tests.services.sync_world import make_world  # noqa: E402

VISITS_PER_LAPTOP = 20


def _copy_office(template: Path, target: Path) -> Path:
    shutil.copy(template, target)
    shutil.copytree(template.with_name(template.name + ".keys"),
                    target.with_name(target.name + ".keys"))
    return target


def _gui_import(office: Path, folder: Path) -> tuple[float, float]:
    """(seconds until the inbox is done, longest event-loop gap in ms)."""
    from PySide6.QtCore import QCoreApplication

    from monitor_app.services.context import open_context
    from monitor_app.ui.app import application
    from monitor_app.ui.dialogs import Dialogs
    from monitor_app.ui.shell import INBOX, MainWindow

    app = application()
    window = MainWindow(open_context(office), "es", Dialogs())
    window.resize(1366, 728)
    window.show()
    window.go_to(INBOX)
    page = window.office.inbox
    assert page is not None
    while window.runner.busy():
        app.processEvents()
    beat = Heartbeat()
    beat.run_until(lambda: True)
    beat.reset()
    started = time.perf_counter()
    page.import_paths([folder])
    beat.run_until(lambda: not page.is_running(), timeout_s=3_600)
    took = time.perf_counter() - started
    beat.timer.stop()
    window.close()
    QCoreApplication.processEvents()
    return took, beat.longest * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--commitments", type=int, default=2_850)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["MONITOR_APP_HOME"] = str(root / "home")
        started = time.perf_counter()
        world = make_world(root, FakeWallClock(int(time.time() * 1000)))
        stick = root / "USB"
        stick.mkdir()
        changes = 0
        for n in range(args.bundles):
            laptop = world.enrolled_laptop(f"laptop{n:02d}")
            _record(laptop, args.commitments, VISITS_PER_LAPTOP, f"l{n} ")
            bundle = world.export(laptop, f"b{n}")
            shutil.copy(bundle, stick / bundle.name)
            changes += laptop.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
            laptop.close()
        world.office.close()
        print(f"{args.bundles} bundles, {changes:,} changes, built in "
              f"{time.perf_counter() - started:.0f} s")
        template = world.root / "office.db"
        cli_office = _copy_office(template, root / "cli-office.db")
        files = sorted(str(p) for p in stick.glob("*.mcbundle"))
        began = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "monitor_app", "--db", str(cli_office),
                               "import", *files], capture_output=True, text=True)
        cli_seconds = time.perf_counter() - began
        if done.returncode != 0:
            raise SystemExit(done.stdout[-2000:] + done.stderr[-2000:])
        gui_seconds, stall_ms = _gui_import(_copy_office(template, root / "gui-office.db"),
                                            stick)
    print(f"command line : {cli_seconds:.1f} s (one `monitor-app import` of every file)")
    print(f"inbox        : {gui_seconds:.1f} s = {gui_seconds / cli_seconds:.2f}x the command "
          "line (target <= 1.5x)")
    print(f"longest event-loop stall while importing: {stall_ms:.0f} ms (target <= 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
