"""A design not taken, measured: one clock row per record instead of one per field, on a
PostgreSQL station, against the merge as it is (issue 13's ½-of-COPY target; D49).

    python bench/bench_pg_record_clocks.py [--preload 5000000] [--merge 1000000] [--rounds 2]

`bench_pg_bound.py` shows that no merge storing a clock row per field can reach ½ of the
floor; this measures how far the alternative gets with the merge's own Python around it. The
station is preloaded as `bench_pg_import.py` does, a `record_clock (tbl, pk, clocks)` table is
filled from its `field_clock`, and the same 1,000,000 changes are merged by one importer with
`merge._upsert_clocks` as it is, then replaced by a version that locks and reads the chunk's
records' clock rows, compares in Python and upserts them whole. Timing only: the replacement
does not keep `field_clock`, so what the merge then reads of it for a losing change is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pg_import as pg_import  # noqa: E402
from bench_pg_bound import add_record_clocks  # noqa: E402

from monitor_app.sync import merge  # noqa: E402
from tests.pg_server import postgres_server  # noqa: E402

UPSERT = ("INSERT INTO record_clock (tbl, pk, clocks) VALUES (?, ?, ?) "
          "ON CONFLICT (tbl, pk) DO UPDATE SET clocks = excluded.clocks")


def upsert_record_clocks(conn: Any, clocks: list[merge.Clock]) -> tuple[list[merge.Clock], int]:
    """`merge._upsert_clocks`'s contract over one clock row per record."""
    by_record: dict[tuple[str, str], list[merge.Clock]] = {}
    for clock in clocks:
        by_record.setdefault((clock[0], clock[1]), []).append(clock)
    raw = conn.raw
    raw.execute('CREATE TEMP TABLE IF NOT EXISTS record_keys (tbl text COLLATE "C", '
                'pk text COLLATE "C")')
    raw.execute("TRUNCATE record_keys")
    with raw.cursor().copy("COPY record_keys FROM STDIN") as copy:
        for key in by_record:
            copy.write_row(key)
    held = raw.execute("SELECT r.tbl, r.pk, r.clocks FROM record_clock r JOIN record_keys k "
                       "USING (tbl, pk) ORDER BY r.tbl, r.pk FOR UPDATE OF r").fetchall()
    maps = {(tbl, pk): json.loads(text) for tbl, pk, text in held}
    lost: list[merge.Clock] = []
    rows = []
    for key, record_clocks in by_record.items():
        fields = maps.get(key, {})
        for clock in record_clocks:
            current = fields.get(clock[2])
            if current is None or clock[3:] > tuple(current):
                fields[clock[2]] = list(clock[3:])
            else:
                lost.append(clock)
        rows.append((*key, json.dumps(fields, separators=(",", ":"))))
    conn.bulk_write(UPSERT, rows)
    return lost, len(clocks) - len(lost)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preload", type=int, default=5_000_000)
    parser.add_argument("--merge", type=int, default=1_000_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with postgres_server(durable=True) as socket:
        preloaded = pg_import.preloaded_station(socket, args.preload, args.merge, args.devices)
        add_record_clocks(preloaded)
        work = pg_import.bundles(7, args.devices, args.merge)
        rows = [row for _, part in work for row in part]
        as_it_is = merge._upsert_clocks
        for _ in range(args.rounds):
            for name, upsert in (("a clock row per field (as it is)", as_it_is),
                                 ("a clock row per record", upsert_record_clocks)):
                merge._upsert_clocks = upsert  # type: ignore[assignment]
                url = pg_import.copy_database(socket, "preloaded", "run")
                floor = pg_import.floor_copy_seconds(url, rows)
                seconds = pg_import.timed_importers(url, work, 1)
                print(f"{name}: {args.merge / seconds:,.0f} changes/s ({seconds:.1f} s); "
                      f"floor {floor:.2f} s; ratio {floor / seconds:.2f} (target >= 0.5)",
                      flush=True)


if __name__ == "__main__":
    main()
