"""Recording changes: 100,000 field writes in one transaction vs a plain executemany insert.

Run: python bench/bench_change_capture.py [--fields 100000] [--runs 3]
Target (issue 2): capture rate >= 1/3 of the plain insert rate measured in the same run. The
plain insert uses random text UUIDs (uuid4) as the issue asks; the captured records use UUIDv7
ids, as the app mints them.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from baseline import plain_insert_seconds

from monitor_app.core.ids import uuid7
from monitor_app.core.roles import Role
from monitor_app.services.context import open_initialised
from monitor_app.services.setup import init_device

FIELDS_PER_RECORD = 5


def capture_seconds(folder: Path, fields: int) -> float:
    db = folder / "capture.db"
    init_device(db, role=Role.ESPECIALISTA, name="Bench", ugel="150105")
    ctx = open_initialised(db)
    records = [  # ids as the app mints them (UUIDv7, time-ordered)
        (uuid7(), {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo",
                   "status": "cerrada", "notes": f"nota {n}"})
        for n in range(fields // FIELDS_PER_RECORD)
    ]
    start = time.perf_counter()
    with ctx.recording() as rec:
        for pk, values in records:
            rec.put("visits", pk, values)
    elapsed = time.perf_counter() - start
    written = ctx.store.db.execute("SELECT count(*) FROM changes").fetchone()[0]
    assert written == fields, written
    ctx.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fields", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    plain, capture = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            plain.append(plain_insert_seconds(Path(tmp), args.fields))
            capture.append(capture_seconds(Path(tmp), args.fields))
    plain_rate = args.fields / statistics.median(plain)
    capture_rate = args.fields / statistics.median(capture)
    print(f"plain executemany insert : {plain_rate:,.0f} rows/s (median of {args.runs})")
    print(f"change capture           : {capture_rate:,.0f} field writes/s")
    print(f"ratio                    : {capture_rate / plain_rate:.2f} (target >= 0.33)")


if __name__ == "__main__":
    main()
