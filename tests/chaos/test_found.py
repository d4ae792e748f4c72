"""What the crash harness found, each pinned by a test of its own."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from monitor_app.core.roles import Role
from monitor_app.services.setup import init_device
from monitor_app.sync.leftovers import PREFIX, claim
from tests.chaos.harness import Operation, Site, kill_when_busy, new_file_in
from tests.chaos.operations import DB
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, make_world, put


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "monitor_app", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_a_killed_report_leaves_no_file_the_next_report_keeps(tmp_path: Path) -> None:
    """It left `.cobertura.xlsx.<random>.part` beside the report, for good."""
    init_device(tmp_path / DB, role=Role.UGEL, name="UGEL 05", ugel="150105")
    site = Site(tmp_path, tmp_path / DB, tmp_path / "out")
    site.out.mkdir()
    report = Operation("report", tmp_path, lambda s: ["report", "coverage", "--out",
                                                     str(s.out / "cobertura.xlsx")],
                       busy=lambda s: new_file_in(s.out))
    for _ in range(5):
        if kill_when_busy(report, site) and list(site.out.iterdir()):
            break
    [left] = list(site.out.iterdir())
    assert left.name.startswith(PREFIX) and "xlsx" not in left.name
    assert _run(site.db, "report", "coverage", "--out", str(site.out / "cobertura.xlsx"),
                "--json").returncode == 0
    assert [p.name for p in site.out.iterdir()] == ["cobertura.xlsx"]


def test_importing_a_merged_bundle_again_removes_the_clear_text_a_kill_left(
        tmp_path: Path) -> None:
    """A kill after the merge left the decrypted bundle in `temp`; importing the same bytes
    again answered "ya importado" without looking there, so the clear text stayed."""
    world = make_world(tmp_path, FakeWallClock(int(time.time() * 1000)))
    laptop = world.enrolled_laptop("ana")
    put(laptop, "visits", {**VISIT, "notes": "datos personales"})
    bundle = world.export(laptop, "out")
    office = world.root / "office.db"
    world.office.close()
    assert _run(office, "import", str(bundle)).returncode == 0
    temp = Path(f"{office}.bundles") / "temp"
    left = claim(temp)  # what a killed import leaves: a file nobody claims any more
    left.path.write_bytes(b"clear text of a bundle")
    left.release()
    again = _run(office, "import", str(bundle))
    assert again.returncode == 0 and "ya importado" in again.stdout
    assert list(temp.iterdir()) == []
