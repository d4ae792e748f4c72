"""How fast could any merge be on a PostgreSQL station? A lower bound for issue 13's ½-of-COPY
target, measured in the same run as its floor.

    python bench/bench_pg_bound.py [--preload 5000000] [--merge 1000000] [--devices 50]

Whatever way a merge takes, it must store what the merged state is made of: every new change in
the log, the winning clock of every field it sets, and every record's visible row. This bench
preloads a station with `bench_pg_import.py`'s laptops (merged by `merge_rows`), then writes
only the rows a merge of the next 1,000,000 changes *adds* — the log rows, the clocks of fields
not yet known, the visible rows of records not yet known — with plain `COPY`, the fastest way
rows enter PostgreSQL, in one transaction, into the station's own tables and their indexes.
Updates (an edit's clock and row), the lookups, our Python and the per-bundle commits are left
out, so a real merge cannot be faster than this sum. The same is measured for a design that
would keep one clock row per record (its fields' clocks in one text) instead of one per field.
Each bound is printed as the highest ratio to the floor it allows (target ½). The floor's
table starts empty, as `bench_pg_import.py`'s does; the same COPY into that table once it holds
as many rows as the station is printed beside it (issue 3's SQLite floor is of that kind).

The laptops of `bench_pg_import.py` start every round of changes at the same moment, so the new
records' ids (UUIDv7, time-ordered) fall among the preloaded ones all over the indexes. With
`--progressing` each round starts a day after the one before, as a station's history grows:
new records then go to the end of the indexes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_merge import START_MS  # noqa: E402
from bench_pg_import import (  # noqa: E402
    bundles,
    copy_database,
    floor_copy_seconds,
    preloaded_station,
)

from monitor_app.core.hlc import order_clock  # noqa: E402
from monitor_app.sync.merge_values import stored_value  # noqa: E402
from tests.pg_server import postgres_server  # noqa: E402

VISIT_COLUMNS = ("id", "cod_mod", "anexo", "date", "type", "status", "notes", "_deleted")


def add_record_clocks(url: str) -> None:
    """The design measured beside: `record_clock (tbl, pk, clocks)`, one row per record, its
    fields' clocks as JSON, filled from the station's `field_clock`."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute('CREATE TABLE record_clock (tbl text COLLATE "C", pk text COLLATE "C", '
                     "clocks text NOT NULL, PRIMARY KEY (tbl, pk))")
        conn.execute("INSERT INTO record_clock SELECT tbl, pk, json_object_agg(col, "
                     "json_build_array(hlc, device_id, seq))::text FROM field_clock "
                     "GROUP BY tbl, pk")
        conn.execute("VACUUM ANALYZE record_clock")


def timed_copy(conn: psycopg.Connection, table: str, columns: Sequence[str],
               rows: Iterable[Sequence[object]]) -> float:
    start = time.perf_counter()
    with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    return time.perf_counter() - start


def added_rows(url: str, log: list[tuple]) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """The clocks of new fields, the visible rows of new records, and the records' clock rows
    of the one-row-per-record design, that merging `log` adds to the station."""
    with psycopg.connect(url) as conn:
        known = {pk for (pk,) in conn.execute("SELECT id FROM visits")}
    best: dict[tuple[str, str], dict[str, tuple]] = {}
    for row in log:
        device, seq, tbl, pk, col, _value, hlc, base = row
        if pk in known:
            continue
        fields = best.setdefault((tbl, pk), {})
        rank = (order_clock(hlc, base), device, seq)
        if col not in fields or rank > fields[col][0]:
            fields[col] = (rank, row)
    clocks = [(tbl, pk, col, *rank) for (tbl, pk), fields in best.items()
              for col, (rank, _row) in fields.items()]
    visible = [(pk, *(stored_value(col, fields[col][1][5]) if col in fields else None
                      for col in VISIT_COLUMNS[1:]))
               for (_tbl, pk), fields in best.items()]
    visible = [(*row[:-1], row[-1] or 0) for row in visible]
    per_record = [(tbl, pk, json.dumps({col: rank for col, (rank, _row) in fields.items()},
                                       separators=(",", ":")))
                  for (tbl, pk), fields in best.items()]
    return clocks, visible, per_record


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preload", type=int, default=5_000_000)
    parser.add_argument("--merge", type=int, default=1_000_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--progressing", action="store_true",
                        help="each round of changes a day after the one before")
    args = parser.parse_args()
    day = 86_400_000 if args.progressing else 0
    with postgres_server(durable=True) as socket:
        preloaded = preloaded_station(socket, args.preload, args.merge, args.devices, day)
        add_record_clocks(preloaded)
        work = bundles(7, args.devices, args.merge, START_MS + args.preload // args.merge * day)
        log = [(device, *row) for device, rows in work for row in rows]
        clocks, visible, per_record = added_rows(preloaded, log)
        url = copy_database(socket, "preloaded", "bound")
        floor = floor_copy_seconds(url, [row[1:] for row in log])
        floor_holding = floor_copy_seconds(url, [row[1:] for row in log], holding=args.preload)
        with psycopg.connect(url) as conn:
            conn.execute("SELECT set_config('monitor.capture_open', '1', false)")  # the merge writes through it
            seconds = {
                "log": timed_copy(conn, "changes", ("device_id", "seq", "tbl", "pk", "col",
                                                    "value", "hlc", "base_hlc"), log),
                "field clocks": timed_copy(conn, "field_clock", ("tbl", "pk", "col", "hlc",
                                                                 "device_id", "seq"),
                                           ((*c[:3], c[3], c[4], c[5]) for c in clocks)),
                "visible rows": timed_copy(conn, "visits", VISIT_COLUMNS, visible),
                "record clocks": timed_copy(conn, "record_clock", ("tbl", "pk", "clocks"),
                                            per_record),
            }
            start = time.perf_counter()
            conn.commit()
            seconds["commit"] = time.perf_counter() - start
    print(f"{args.merge:,} changes into {args.preload:,}"
          f"{', each round a day later' if day else ''}: {len(clocks):,} new field clocks, "
          f"{len(visible):,} new records")
    print(f"floor: COPY of {args.merge:,} rows into a random-UUID key table {floor:.2f} s")
    print(f"  (the same COPY into such a table already holding {args.preload:,} rows: "
          f"{floor_holding:.2f} s)")
    for name, value in seconds.items():
        print(f"  COPY {name}: {value:.2f} s")
    now = seconds["log"] + seconds["field clocks"] + seconds["visible rows"] + seconds["commit"]
    per_record = now - seconds["field clocks"] + seconds["record clocks"]
    print(f"bound, a clock per field (as merged now): {now:.2f} s, ratio <= {floor / now:.2f}")
    print(f"bound, a clock row per record: {per_record:.2f} s, ratio <= {floor / per_record:.2f}")
    print(f"log alone: ratio <= {floor / (seconds['log'] + seconds['commit']):.2f}")
    print(f"against the floor holding {args.preload:,} rows: a clock per field <= "
          f"{floor_holding / now:.2f}, a clock row per record <= {floor_holding / per_record:.2f}")


if __name__ == "__main__":
    main()
