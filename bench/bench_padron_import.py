"""The padrón import as a user runs it (`monitor-app schools import`), beside its SQL floor (issue 12).

Run: python bench/bench_padron_import.py [--rows 180000] [--runs 3]

The synthetic national DBF (bench/make_padron.py: 180 UGELs, ~1,000 rows each) is imported by
`monitor-app --db DB schools import FILE` in a child process, into a fresh database, timed from
outside with the child's peak resident memory:
- national: a DRE installation without a UGEL code keeps every row;
- UGEL: a UGEL installation (150105) keeps its own ~1,000 rows of the same file.
The floor is the SQL part alone, measured in the same run: the national import's rows, already
parsed (read back from its database), inserted into a fresh database by the import's own
statement with the secondary indexes dropped, then the indexes, the full-text index and commit.
Goal (issue 12): national within 1.7x the floor and under 150 MB; UGEL under 3 s.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_padron import write_synthetic_padron  # noqa: E402

from monitor_app.core.directory import SCHOOL_FIELDS  # noqa: E402
from monitor_app.services.context import open_initialised  # noqa: E402
from monitor_app.storage import schools as school_table  # noqa: E402

UGEL = "150105"
BATCH = 5000


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "monitor_app", *args]


def timed_child(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed: {child.stderr.read().decode()}")  # type: ignore[union-attr]
    return elapsed, usage.ru_maxrss / 1024


def fresh_db(folder: Path, name: str, *init: str) -> Path:
    db = folder / name
    subprocess.run(cli("--db", str(db), "init", "--name", "Bench", *init), check=True,
                   capture_output=True)
    return db


def floor_seconds(rows: list[tuple[object, ...]], db: Path) -> float:
    ctx = open_initialised(db)
    start = time.perf_counter()
    with ctx.transaction():
        with school_table.secondary_indexes_deferred(ctx.store, "schools"):
            for at in range(0, len(rows), BATCH):
                school_table.upsert_schools(ctx.store, rows[at: at + BATCH])
        school_table.rebuild_search_index(ctx.store)
    elapsed = time.perf_counter() - start
    ctx.close()
    return elapsed


def floor_in_child(parsed: Path, fresh: Path) -> float:
    """The floor in its own process, so this one stays small (a child forked from a big parent
    would report the parent's resident memory as its own peak)."""
    out = subprocess.run([sys.executable, __file__, "--floor", str(parsed), str(fresh)],
                         check=True, capture_output=True, text=True)
    return float(out.stdout)


def stored_rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    rows = conn.execute(f"SELECT {', '.join(SCHOOL_FIELDS)}, updated_hlc FROM schools "
                        "ORDER BY rowid").fetchall()
    conn.close()
    return rows


def span(values: list[float], fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(min(values))}–{fmt.format(max(values))}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=180_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--floor", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        print(floor_seconds(stored_rows(args.floor[0]), args.floor[1]))
        return
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    dbf = out / f"padron_{args.rows}_ugels.dbf"
    if not dbf.exists():
        write_synthetic_padron(dbf, args.rows, codooii=UGEL)
    national: list[tuple[float, float]] = []
    ugel: list[tuple[float, float]] = []
    floors: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for run in range(args.runs):
            db = fresh_db(folder, f"dre{run}.db", "--role", "dre")
            national.append(timed_child(cli("--db", str(db), "schools", "import", str(dbf))))
            floors.append(floor_in_child(db, fresh_db(folder, f"floor{run}.db", "--role", "dre")))
            db = fresh_db(folder, f"ugel{run}.db", "--role", "ugel", "--ugel", UGEL)
            ugel.append(timed_child(cli("--db", str(db), "schools", "import", str(dbf))))
            kept = sqlite3.connect(db).execute("SELECT count(*) FROM schools").fetchone()[0]
    seconds = [s for s, _ in national]
    ratios = [s / f for s, f in zip(seconds, floors, strict=True)]
    print(f"file     : {dbf.name}, {args.rows:,} rows; {args.runs} runs")
    print(f"national : {span(seconds)} s = {span([args.rows / s for s in seconds], '{:,.0f}')} "
          f"rows/s; peak {span([m for _, m in national], '{:.0f}')} MB")
    print(f"floor    : {span(floors)} s (SQL alone: insert parsed rows, indexes, FTS, commit)")
    print(f"ratio    : {span(ratios)} x the floor, run by run; median "
          f"{statistics.median(ratios):.2f} (goal <= 1.7)")
    print(f"UGEL     : {span([s for s, _ in ugel])} s keeping {kept:,} rows; peak "
          f"{span([m for _, m in ugel], '{:.0f}')} MB (goal < 3 s)")


if __name__ == "__main__":
    main()
