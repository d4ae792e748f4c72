"""School directory at national size: import a synthetic 180,000-row Padron_web.dbf, then search it.

Run: python bench/bench_directory.py [--rows 180000] [--postgresql]
Targets (issue 2): import >= 40,000 rows/s with peak memory < 150 MB; search median < 20 ms.
The import runs in a fresh subprocess so its peak resident memory is measured alone.
With --postgresql the station is a database on a throw-away PostgreSQL server (fsync on), as a
DRE or the national station keeps it (issue 13; needs the server programs and psycopg).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = [
    "0335273", "san juan", "jose carlos mariategui", "mariátegui", "IE 30", "lurigancho",
    "santa rosa", "cusco", "maria auxiliadora", "pronoei", "12", "cesar vallejo ate",
    "señor de los milagros", "puno acora", "ñ", "huanta", "ventanilla", "inca garcilaso",
]


def import_in_subprocess(dbf: Path, db: Path | str) -> dict[str, float]:
    target = f"database_argument({str(db)!r})"
    code = f"""
import json, resource, time
from pathlib import Path
from monitor_app.core.roles import Role
from monitor_app.services.setup import init_device
from monitor_app.services.context import open_initialised
from monitor_app.services.directory_import import import_directory
from monitor_app.storage.database_address import database_argument
init_device({target}, role=Role.DRE, name="Bench", ugel=None)  # keeps every UGEL
ctx = open_initialised({target})
start = time.perf_counter()
report = import_directory(ctx, Path({str(dbf)!r}))
elapsed = time.perf_counter() - start
ctx.close()
print(json.dumps({{"rows": report.rows_read, "new": report.new, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def search_timings(db: Path | str, rounds: int = 5) -> list[float]:
    from monitor_app.services.context import open_initialised
    from monitor_app.services.schools import search_schools
    from monitor_app.storage.database_address import database_argument

    ctx = open_initialised(database_argument(str(db)))  # type: ignore[arg-type]
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            search_schools(ctx, query, 50)
            timings.append((time.perf_counter() - start) * 1000)
    ctx.close()
    return timings


def main() -> None:
    from make_padron import write_synthetic_padron

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=180_000)
    parser.add_argument("--postgresql", action="store_true",
                        help="the station on a throw-away PostgreSQL server")
    args = parser.parse_args()
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    dbf = out / f"padron_{args.rows}.dbf"
    if not dbf.exists():
        write_synthetic_padron(dbf, args.rows)
    if args.postgresql:
        sys.path.insert(0, str(HERE.parent))
        from tests.pg_server import fresh_database, postgres_server

        with tempfile.TemporaryDirectory() as home, postgres_server(durable=True) as socket:
            os.environ["MONITOR_APP_HOME"] = home  # the station's keys, not the user's folder
            run(dbf, lambda: fresh_database(socket))
        return
    with tempfile.TemporaryDirectory() as tmp:
        names = iter(("bench.db", "bench2.db"))
        run(dbf, lambda: str(Path(tmp) / next(names)))


def run(dbf: Path, new_database: Callable[[], str]) -> None:
    """Import into a fresh station twice, then search the first."""
    db = new_database()
    result = import_in_subprocess(dbf, db)
    rate = result["rows"] / result["seconds"]
    print(f"import      : {result['rows']:,} rows ({result['new']:,} new) in {result['seconds']:.2f} s"
          f" = {rate:,.0f} rows/s (target >= 40,000)")
    print(f"peak memory : {result['peak_mb']:.0f} MB resident, whole process (target < 150 MB)")
    again = import_in_subprocess(dbf, new_database())
    print(f"import again: {again['rows'] / again['seconds']:,.0f} rows/s (second fresh run)")
    timings = search_timings(db)
    print(f"search      : median {statistics.median(timings):.2f} ms, p95 "
          f"{statistics.quantiles(timings, n=20)[18]:.2f} ms, max {max(timings):.2f} ms over "
          f"{len(timings)} queries, limit 50 (target median < 20 ms)")


if __name__ == "__main__":
    main()
