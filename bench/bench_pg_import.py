"""Issue 13's speed targets on a PostgreSQL station: 1,000,000 changes from 50 devices merged into
a station already holding 5,000,000, with one importer and with four, beside a plain COPY of as
many rows into a random-UUID key table in the same run; and the longest stall a reader of
`reporting.checklist` sees meanwhile.

    python bench/bench_pg_import.py [--preload 5000000] [--merge 1000000] [--devices 50]
                                    [--reader-query SQL]

The changes are `bench_merge.py`'s laptops (visits of 7 fields, one change in five an edit of an
older record), merged by `merge_rows` as an import does after reading a bundle: one transaction
per device's bundle, the device's lock and the commit turn taken (`storage/turns.py`), without
admission (trusted changes: decryption and the trust rules are the same Python on both engines
and are not what this measures). The preload is merged the same way, so the station holds the
rows the merge makes. Four importers are four processes, each merging every fourth bundle.
The reader runs its query in a loop on its own connection; without `--reader-query` it reads
`reporting.checklist` when the view exists, and otherwise a stand-in over `field_clock` (said
in the output). Needs PostgreSQL's server programs; starts its own server (fsync on).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_merge import START_MS, Laptops  # noqa: E402

from monitor_app.storage.database import Store, atomic, open_store  # noqa: E402
from monitor_app.storage.database_address import PostgresAddress  # noqa: E402
from monitor_app.storage.turns import lock_devices, retried  # noqa: E402
from monitor_app.sync.merge import merge_rows  # noqa: E402
from tests.pg_server import database_url, postgres_server  # noqa: E402

CHECKLIST = "SELECT count(*) FROM reporting.checklist"
STAND_IN = ("SELECT col, count(*), max(hlc) FROM (SELECT col, hlc FROM field_clock "
            "WHERE tbl = 'visits' AND pk >= %s ORDER BY tbl, pk LIMIT 2000) s "
            "GROUP BY col ORDER BY col")  # what one school's page reads, about


def bundles(seed: int, devices: int, total: int,
            start_ms: int = START_MS) -> list[tuple[str, list[tuple]]]:
    laptops = Laptops(devices, seed=seed, start_ms=start_ms)
    return [(device, list(rows)) for device, rows in laptops.bundles(total, 0.2)]


def preloaded_station(socket: str, preload: int, merge: int, devices: int,
                      round_ms: int = 0) -> str:
    """A station database, `preloaded`, holding `preload` changes merged `merge` at a time as
    an import merges them, each round of laptops `round_ms` later than the one before."""
    with psycopg.connect(database_url(socket, "postgres"), autocommit=True) as admin:
        admin.execute("CREATE DATABASE preloaded")
    url = database_url(socket, "preloaded")
    open_store(PostgresAddress(url), create=True).close()
    for share in range(0, preload, merge):
        merge_bundles(url, bundles(100 + share, devices, min(merge, preload - share),
                                   START_MS + share // merge * round_ms))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return url


def merge_bundles(url: str, work: list[tuple[str, list[tuple]]]) -> None:
    store = open_store(PostgresAddress(url))
    try:
        for device, rows in work:
            retried(lambda: _merge_one(store, device, rows))
    finally:
        store.close()


def _merge_one(store: Store, device: str, rows: list[tuple]) -> None:
    with atomic(store.conn):
        lock_devices(store.conn, [device])
        merge_rows(store, device, rows)


def _merge_share(args: tuple[str, list[tuple[str, list[tuple]]]]) -> None:
    merge_bundles(*args)


def timed_importers(url: str, work: list[tuple[str, list[tuple]]], importers: int) -> float:
    shares = [(url, work[n::importers]) for n in range(importers)]
    with multiprocessing.get_context("fork").Pool(importers) as pool:
        start = time.perf_counter()
        pool.map(_merge_share, shares, chunksize=1)
        return time.perf_counter() - start


def floor_copy_seconds(url: str, rows: list[tuple], holding: int = 0) -> float:
    """A plain COPY of as many rows into a table with a random-UUID primary key (that already
    holds `holding` rows, the same ones again under other ids, copied before the clock starts)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS floor_rows")
        conn.execute("CREATE TABLE floor_rows (id uuid PRIMARY KEY, seq bigint, tbl text, "
                     "pk text, col text, value text, hlc bigint, base_hlc bigint)")
        if holding:
            with conn.transaction(), conn.cursor().copy("COPY floor_rows FROM STDIN") as copy:
                for n in range(holding):
                    copy.write_row((uuid.uuid4(), *rows[n % len(rows)]))
            conn.execute("VACUUM ANALYZE floor_rows")
            conn.execute("CHECKPOINT")
        start = time.perf_counter()
        with conn.transaction(), conn.cursor().copy("COPY floor_rows FROM STDIN") as copy:
            for row in rows:
                copy.write_row((uuid.uuid4(), *row))
        seconds = time.perf_counter() - start
        conn.execute("DROP TABLE floor_rows")
    return seconds


class Reader(threading.Thread):
    """Runs the reader's query over and over; keeps each run's time."""

    def __init__(self, url: str, query: str) -> None:
        super().__init__(daemon=True)
        self.url, self.query = url, query
        self.times: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            rnd = random.Random(5)
            starts = [pk for (pk,) in conn.execute(
                "SELECT pk FROM field_clock TABLESAMPLE SYSTEM (0.1) LIMIT 500")] or [""]
            while not self.stop.is_set():
                params = [rnd.choice(starts)] if "%s" in self.query else None
                start = time.perf_counter()
                conn.execute(self.query, params).fetchall()
                self.times.append(time.perf_counter() - start)
                time.sleep(0.01)


def reader_query(url: str, given: str | None) -> tuple[str, str]:
    if given:
        return given, "given"
    with psycopg.connect(url) as conn:
        exists = conn.execute("SELECT to_regclass('reporting.checklist') IS NOT NULL").fetchone()
    if exists and exists[0]:
        return CHECKLIST, "reporting.checklist"
    return STAND_IN, "STAND-IN over field_clock (reporting.checklist does not exist here)"


def copy_database(socket: str, template: str, name: str) -> str:
    with psycopg.connect(database_url(socket, "postgres"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    return database_url(socket, name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preload", type=int, default=5_000_000)
    parser.add_argument("--merge", type=int, default=1_000_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--reader-query")
    parser.add_argument("--server-setting", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting the server starts with (as docs/national.md suggests)")
    args = parser.parse_args()
    if args.server_setting:
        print("server settings:", ", ".join(args.server_setting))
    with postgres_server(durable=True, settings=args.server_setting) as socket:
        start = time.perf_counter()
        preloaded = preloaded_station(socket, args.preload, args.merge, args.devices)
        print(f"preload {args.preload:,} changes: {time.perf_counter() - start:.0f} s")
        work = bundles(7, args.devices, args.merge)
        rows = [row for _, part in work for row in part]
        query, what = reader_query(preloaded, args.reader_query)
        results = {}
        for importers in (1, 4):
            url = copy_database(socket, "preloaded", f"run{importers}")
            floor = floor_copy_seconds(url, rows)
            reader = Reader(url, query)
            reader.start()
            seconds = timed_importers(url, work, importers)
            reader.stop.set()
            reader.join()
            results[importers] = seconds
            print(f"{importers} importer(s): {args.merge / seconds:,.0f} changes/s "
                  f"({seconds:.1f} s); COPY floor {args.merge / floor:,.0f} rows/s; "
                  f"ratio {floor / seconds:.2f} (target >= 0.5 with one)")
            print(f"   reader ({what}): {len(reader.times)} runs, median "
                  f"{statistics.median(reader.times) * 1000:.0f} ms, longest "
                  f"{max(reader.times) * 1000:.0f} ms")
        print(f"4 importers / 1: {results[1] / results[4]:.2f}x (target > 1)")


if __name__ == "__main__":
    main()
