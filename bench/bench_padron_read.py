"""Reading a national-size padrón DBF: rows/s of open_padron(...).chunks(...), the import's read path (blocks of rows by column, contacts not cut), and peak memory.

Run: python bench/bench_padron_read.py [--rows 180000] [--runs 3] [--file PATH]
The synthetic file is written once to bench/out/ (git-ignored) and reused by later runs.
Target (issue brief): the whole import >= 40,000 rows/s, so the reader alone well above that.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_padron import write_synthetic_padron

from monitor_app.core.padron_rows import school_columns_read
from monitor_app.storage.padron import open_padron

OUT = Path(__file__).resolve().parent / "out"
READ = school_columns_read(keep_contacts=False)  # what the import asks for by default


def synthetic_file(rows: int) -> Path:
    path = OUT / f"padron_{rows}.dbf"
    if path.exists():
        with open_padron(path) as reader:
            if reader.total_rows == rows:
                return path
    OUT.mkdir(exist_ok=True)
    start = time.perf_counter()
    write_synthetic_padron(path, rows)
    print(f"wrote {path} in {time.perf_counter() - start:.1f} s")
    return path


def read_seconds(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    count = 0
    with open_padron(path) as reader:
        for chunk in reader.chunks(READ):
            count += len(chunk.numbers)
    return time.perf_counter() - start, count


def traced_peak_bytes(path: Path) -> int:
    tracemalloc.start()
    with open_padron(path) as reader:
        for _ in reader.chunks(READ):
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def dbfread_rates(path: Path, rows: int = 30_000) -> tuple[float, float] | None:
    """The same machine's speed for dbfread, parsed and raw, when it happens to be installed."""
    try:
        import dbfread  # optional: only to calibrate the machine
    except ImportError:
        return None
    rates = []
    for raw in (False, True):
        table = dbfread.DBF(str(path), encoding="cp850", char_decode_errors="replace", raw=raw)
        start = time.perf_counter()
        for count, _ in enumerate(table, 1):
            if count == rows:
                break
        rates.append(rows / (time.perf_counter() - start))
    return rates[0], rates[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=180_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, help="an existing DBF to read instead")
    args = parser.parse_args()
    path = args.file or synthetic_file(args.rows)
    size_mb = path.stat().st_size / 1e6
    runs = [read_seconds(path) for _ in range(args.runs)]
    seconds = statistics.median(elapsed for elapsed, _ in runs)
    count = runs[0][1]
    peak = traced_peak_bytes(path)
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"file                   : {path.name}, {count:,} rows, {size_mb:.0f} MB")
    print(f"open_padron().chunks() : {count / seconds:,.0f} rows/s, {size_mb / seconds:.0f} MB/s "
          f"(median of {args.runs}: {', '.join(f'{e:.2f}' for e, _ in runs)} s)")  # fmt: skip
    print(f"peak traced allocation : {peak / 1e6:.1f} MB (tracemalloc, one full pass)")
    print(f"process max RSS        : {max_rss:.0f} MiB (interpreter and imports included)")
    reference = dbfread_rates(path)
    if reference:
        print(f"dbfread, same machine  : {reference[0]:,.0f} rows/s parsed, "
              f"{reference[1]:,.0f} rows/s raw bytes (first 30,000 rows)")  # fmt: skip


if __name__ == "__main__":
    main()
