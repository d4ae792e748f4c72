"""An import killed at any moment leaves the office database as it was; importing again works."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from monitor_app.core.identity import mint_id
from monitor_app.core.visit_kinds import VISITS
from monitor_app.services.context import open_initialised
from monitor_app.services.sync_import import import_bundle
from tests.conftest import FakeWallClock
from tests.services.sync_world import make_world

RECORDS = 12_000  # 60,000 changes: an import that takes long enough to be cut at many points


def _visits(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    finally:
        conn.close()


def _copy(template: Path, db: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{template}{suffix}").exists():
            shutil.copy(f"{template}{suffix}", f"{db}{suffix}")
    shutil.copytree(f"{template}.keys", f"{db}.keys")
    return db


PLACE = {"cod_mod": "0335273", "anexo": "0"}


def _import_in_a_process(db: Path, bundle: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "monitor_app", "--db", str(db), "import",
                             str(bundle)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_killing_an_import_at_random_moments_leaves_the_database_whole(tmp_path: Path) -> None:
    wall = FakeWallClock(int(time.time() * 1000))
    world = make_world(tmp_path, wall)
    laptop = world.laptop("ana")
    world.enrol(laptop)
    with laptop.recording() as rec:
        for n in range(RECORDS):
            rec.put("visits", mint_id(VISITS, PLACE), {"cod_mod": "0335273", "anexo": "0", "date": "2024-05-02",
                                        "type": "monitoreo", "notes": f"visita {n}"})
    bundle = world.export(laptop, "big")
    world.office.close()
    template = tmp_path / "office.db"
    rng = random.Random(20261123)
    start = time.perf_counter()
    _import_in_a_process(_copy(template, tmp_path / "calibration.db"), bundle).wait(timeout=300)
    whole = time.perf_counter() - start  # process start to commit, on this machine, now
    killed = 0
    for attempt in range(6):
        db = _copy(template, tmp_path / f"office-{attempt}.db")
        child = _import_in_a_process(db, bundle)
        time.sleep(rng.uniform(0.1, 0.9) * whole)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            killed += 1
        child.wait(timeout=60)
        assert _visits(db) in (0, RECORDS)  # all or nothing, and the file is sound
        office = open_initialised(db)
        try:
            outcome = import_bundle(office, bundle)
            assert outcome.ok, outcome
        finally:
            office.close()
        assert _visits(db) == RECORDS
    assert killed >= 3  # most attempts were cut short, at different moments
