"""Merging 1,000,000 changes into an office database already holding 1,000,000, vs a plain insert.

Run: python bench/bench_merge.py [--preload 1000000] [--merge 1000000] [--devices 40]
Target (issue 3): merge rate >= 85,000 changes/s and >= half of a plain `executemany` of the same
number of rows into a table with a random text-UUID primary key, measured in the same run.

The changes are what laptops make: visits of 7 fields (one HLC per visit, ids minted as UUIDv7),
and, in the measured merges, one change in five is an edit of an older record (its base_hlc is
the clock it replaced) landing at a random place in the tables. They are produced lazily, one
bundle per device in seq order, as a bundle reader hands them over. Two measured merges start
from copies of the same preloaded database:
- `merge_rows`: the bundle path, `(seq, tbl, pk, col, value, hlc, base_hlc)` tuples per device;
- `merge_changes`: the same changes as `Change` objects, made while merging (that costs too).
Peak memory is the process's peak resident size before the plain insert runs, and the peak of
Python allocations traced during a smaller merge. `--checks` also times the conflict list,
the gaps and the rebuild check on the merged database.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from baseline import plain_insert_seconds

from monitor_app.core import hlc
from monitor_app.core.ids import uuid7
from monitor_app.storage.database import Store, atomic, open_store
from monitor_app.sync.change import Change
from monitor_app.sync.merge import merge_changes, merge_rows

START_MS = 1_730_000_000_000
FIELDS = ("cod_mod", "anexo", "date", "type", "status", "notes", "_deleted")
VALUES = ('"0335273"', '"0"', '"2024-05-02"', '"monitoreo"', '"cerrada"', None, "false")
Row = tuple[int, str, str, str, str, int, int]


class Laptops:
    """Devices that create visits and edit older ones; remembers a sample of record clocks."""

    def __init__(self, devices: int, seed: int = 7, start_ms: int = START_MS) -> None:
        self.random = random.Random(seed)
        self.devices = sorted(uuid7(start_ms - n) for n in range(devices))
        self.seq = dict.fromkeys(self.devices, 0)
        self.wall = dict.fromkeys(self.devices, start_ms)
        self.records: list[tuple[str, int]] = []  # (pk, hlc of its notes) for later edits

    def bundle(self, device: str, count: int, edit_share: float) -> Iterator[Row]:
        made = 0
        while made < count:
            self.wall[device] += self.random.randint(1, 5_000)
            stamp = hlc.pack(self.wall[device])
            if self.records and self.random.random() < edit_share:
                pk, base = self.random.choice(self.records)
                self.seq[device] += 1
                made += 1
                yield (self.seq[device], "visits", pk, "notes", f'"revisado {made}"',
                       max(stamp, base + 1), base)
                continue
            pk = uuid7(self.wall[device])
            for column, value in list(zip(FIELDS, VALUES, strict=True))[:count - made]:
                self.seq[device] += 1
                made += 1
                yield (self.seq[device], "visits", pk, column, value or f'"nota {made}"', stamp, 0)
            if len(self.records) < 200_000:
                self.records.append((pk, stamp))
            else:
                self.records[self.random.randrange(len(self.records))] = (pk, stamp)

    def bundles(self, total: int, edit_share: float) -> Iterator[tuple[str, Iterator[Row]]]:
        share = total // len(self.devices)
        for index, device in enumerate(self.devices):
            count = share if index < len(self.devices) - 1 else total - share * index
            yield device, self.bundle(device, count, edit_share)


def merge_by_rows(store: Store, laptops: Laptops, total: int, edit_share: float) -> int:
    new = 0
    for device, rows in laptops.bundles(total, edit_share):
        new += merge_rows(store, device, rows).new
    return new


def merge_by_changes(store: Store, laptops: Laptops, total: int, edit_share: float) -> int:
    changes = (Change(device, *row) for device, rows in laptops.bundles(total, edit_share)
               for row in rows)
    return merge_changes(store, changes).new


def timed_merge(store: Store, how: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    with atomic(store.conn):
        new = how()
    return time.perf_counter() - start, new


def traced_peak_mb(folder: Path, changes: int) -> float:
    """Peak Python allocations while merging `changes` into an empty database."""
    store = open_store(folder / "traced.db", create=True)
    laptops = Laptops(4, seed=11)
    tracemalloc.start()
    with atomic(store.conn):
        merge_by_rows(store, laptops, changes, 0.2)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    store.close()
    return peak / 1e6


def copy_database(source: Path, target: Path) -> Store:
    shutil.copyfile(source, target)
    return open_store(target)


def report(label: str, value: str) -> None:
    print(f"{label:<44}: {value}")


def run_checks(store: Store) -> None:
    from monitor_app.sync.conflicts import list_conflicts
    from monitor_app.sync.gaps import gaps
    from monitor_app.sync.rebuild import check_rebuild

    for label, action in (("list_conflicts", lambda: f"{len(list_conflicts(store))} conflicts"),
                          ("gaps", lambda: f"{len(gaps(store))} devices"),
                          ("check_rebuild", lambda: f"{len(check_rebuild(store))} differences")):
        start = time.perf_counter()
        outcome = action()
        seconds = time.perf_counter() - start
        report(f"{label} on the merged database", f"{seconds:.1f} s ({outcome})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preload", type=int, default=1_000_000)
    parser.add_argument("--merge", type=int, default=1_000_000)
    parser.add_argument("--devices", type=int, default=40)
    parser.add_argument("--checks", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        preloaded = folder / "preloaded.db"
        store = open_store(preloaded, create=True)
        laptops = Laptops(args.devices)
        seconds, new = timed_merge(store, partial(merge_by_rows, store, laptops, args.preload, 0))
        report("preload into an empty database",
               f"{new / seconds:,.0f} changes/s ({seconds:.1f} s)")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        state = (laptops.random.getstate(), dict(laptops.seq), dict(laptops.wall),
                 list(laptops.records))

        def restore() -> None:
            laptops.random.setstate(state[0])
            laptops.seq, laptops.wall = dict(state[1]), dict(state[2])
            laptops.records = list(state[3])

        restore()
        start = time.perf_counter()
        made = sum(1 for _, rows in laptops.bundles(args.merge, 0.2) for _ in rows)
        producing = time.perf_counter() - start
        report(f"producing the {made:,} rows alone (no merge)", f"{producing:.1f} s")
        rates = {}
        for label, how in (("merge_rows", merge_by_rows), ("merge_changes", merge_by_changes)):
            restore()
            store = copy_database(preloaded, folder / f"{label}.db")
            seconds, new = timed_merge(store, partial(how, store, laptops, args.merge, 0.2))
            assert new == args.merge, new
            rates[label] = new / seconds
            report(f"{label}: {args.merge:,} into {args.preload:,}",
                   f"{rates[label]:,.0f} changes/s ({seconds:.1f} s; "
                   f"{new / (seconds - producing):,.0f}/s without producing the rows)")
            if label == "merge_rows":
                known = min(200_000, args.preload + args.merge)
                start = time.perf_counter()
                with atomic(store.conn):
                    repeated = merge_changes(store, known_changes(store, known))
                assert repeated.unchanged == known
                report(f"re-merge of {known:,} known changes",
                       f"{known / (time.perf_counter() - start):,.0f} changes/s")
                if args.checks:
                    run_checks(store)
            store.close()
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        plain = args.merge / plain_insert_seconds(folder, args.merge)
        report("plain executemany insert (uuid4 key)", f"{plain:,.0f} rows/s")
        for label, rate in rates.items():
            report(f"ratio {label} / plain", f"{rate / plain:.2f} (target >= 0.5)")
        report("peak resident memory (before plain insert)", f"{peak_rss:,.0f} MB")
        report("peak traced Python memory, 200k merge", f"{traced_peak_mb(folder, 200_000):.1f} MB")


def known_changes(store: Store, count: int) -> Iterator[Change]:
    """The first `count` changes of the log again, as a repeated cumulative bundle brings them."""
    rows = store.conn.execute(
        "SELECT device_id, seq, tbl, pk, col, value, hlc, base_hlc FROM changes "
        "ORDER BY device_id, seq LIMIT ?", [count]
    )
    return (Change(*row) for row in rows)


if __name__ == "__main__":
    main()
