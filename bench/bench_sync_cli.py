"""Sync through the command line, as the office uses it, process start included (issue 9 §5).

Run: python bench/bench_sync_cli.py [--commitments 20000] [--runs 3]

A laptop records `--commitments` commitments (7 fields each, under 200 visits: ≈ 140,000 changes
for 20,000), then, each in a fresh `monitor-app` process: `export`, `import` into a fresh
office, `import` of the same bytes again, and `monitor-app --version` for the process start.
Prints the best of `--runs` and the ratio of the import to a plain `executemany` of as many rows
into an empty random-UUID table, measured in the same run.
Targets (issue 9): import ≥ ½ of the plain insert; export of 100,000 changes ≤ 1 s with
process start; re-import ≤ 0.1 s beyond the process start.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from baseline import plain_insert_seconds  # noqa: E402

from monitor_app.core.identity import mint_id  # noqa: E402
from monitor_app.core.visit_kinds import COMMITMENTS, VISITS  # noqa: E402
from tests.conftest import FakeWallClock  # noqa: E402
from tests.services.sync_world import make_world  # noqa: E402

VISITS_MADE = 200


def _record(laptop, commitments: int, visits_made: int = VISITS_MADE,  # type: ignore[no-untyped-def]
            name: str = "") -> None:
    """Through the change recorder, with ids minted as the app mints them: `visits_made`
    visits, then `commitments` commitments spread over them (`name` marks whose they are)."""
    with laptop.recording() as rec:
        visits = []
        for n in range(visits_made):
            place = {"cod_mod": "0335273", "anexo": "0"}
            visit = mint_id(VISITS, place)
            rec.put("visits", visit, {**place, "date": "2024-05-02", "type": "monitoreo",
                                      "status": "cerrada", "notes": f"visita {name}{n}",
                                      "_deleted": False})
            visits.append(visit)
        for n in range(commitments):
            visit = visits[n % visits_made]
            rec.put("commitments", mint_id(COMMITMENTS, {"visit_id": visit}), {
                "visit_id": visit, "description": f"Compromiso {name}{n}",
                "responsible": "Dirección", "due_date": "2024-12-20", "status": "pendiente",
                "cge": "cge1", "_deleted": False})


def recorded_laptop(root: Path, commitments: int):  # type: ignore[no-untyped-def]
    """An office and Ana's approved laptop holding `commitments` commitments (and the visits)."""
    world = make_world(root, FakeWallClock(int(time.time() * 1000)))
    laptop = world.enrolled_laptop("ana")
    _record(laptop, commitments)
    return world, laptop


def _timed(*args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "monitor_app", *args], capture_output=True,
                          text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:  # every step must succeed (an import: merged or already imported)
        raise SystemExit(f"{args}: {done.stdout}{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        world, laptop = recorded_laptop(root, args.commitments)
        changes = laptop.store.conn.execute(
            "SELECT count(*) FROM changes WHERE device_id = ?",
            [laptop.require_identity().device_id]).fetchone()[0]
        laptop_db, office_db = laptop.path, world.office.path
        laptop.close()
        world.office.close()
        template = root / "office-template.db"
        shutil.copy(office_db, template)
        shutil.copytree(office_db.with_name(office_db.name + ".keys"),
                        template.with_name(template.name + ".keys"))
        best: dict[str, float] = {}
        for run in range(args.runs):
            out = root / f"out-{run}"
            out.mkdir()
            office = root / f"office-{run}.db"
            shutil.copy(template, office)
            shutil.copytree(template.with_name(template.name + ".keys"),
                            office.with_name(office.name + ".keys"))
            figures = {
                "start": _timed("--version"),
                "export": _timed("--db", str(laptop_db), "export", "--out", str(out)),
            }
            [bundle] = out.glob("*.mcbundle")
            figures["import"] = _timed("--db", str(office), "import", str(bundle))
            figures["re-import"] = _timed("--db", str(office), "import", str(bundle))
            for name, seconds in figures.items():
                best[name] = min(best.get(name, seconds), seconds)
        plain = changes / plain_insert_seconds(root, changes)
        rate = changes / best["import"]
        print(f"changes      : {changes:,} ({args.commitments:,} commitments)")
        print(f"process start: {best['start']:.2f} s (monitor-app --version)")
        print(f"export       : {best['export']:.2f} s with process start "
              f"({best['export'] * 100_000 / changes:.2f} s per 100,000; target <= 1 s)")
        print(f"import       : {best['import']:.2f} s = {rate:,.0f} changes/s with process start")
        print(f"re-import    : {best['re-import'] - best['start']:.3f} s beyond the process start "
              "(target <= 0.1 s)")
        print(f"plain insert : {plain:,.0f} rows/s into an empty table; import/plain = "
              f"{rate / plain:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
