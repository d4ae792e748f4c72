"""The crash harness's long mode: kills the real process at random and chosen moments of each
operation of tests/chaos/operations.py and prints what it survived (docs/reliability.md).

Run: python bench/chaos.py [--kills 300] [--chain 2] [--seed 12] [--only import,export]

`--kills` is the total, shared out among the operations. Each case is `--chain` kills in a row
on one copy of the scene, then a run to the end compared with a run never killed. Any failure
stops the run with the harness's assertion (exit 1). The suite's fast mode is the same code
(tests/chaos/test_kills.py), with fewer kills.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.chaos.harness import kills_per_operation, survive  # noqa: E402
from tests.chaos.operations import operations  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--chain", type=int, default=2)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--only", default="", help="comma-separated operation names")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    begun = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        table = operations(Path(folder) / "scenes")
        if args.only:
            table = [op for op in table if op.name in args.only.split(",")]
        each = kills_per_operation(args.kills, len(table))
        print(f"{'operation':<12} {'whole run s':>11} {'kills':>6} {'ended first':>11} "
              f"{'cases':>6} {'lost':>5}")
        totals = [0, 0, 0]
        for op in table:
            figures = survive(op, each, Path(folder) / op.name, rng, chain=args.chain)
            totals = [totals[0] + figures.kills, totals[1] + figures.cases,
                      totals[2] + figures.lost]
            print(f"{op.name:<12} {figures.whole_s:>11.2f} {figures.kills:>6} "
                  f"{figures.finished_first:>11} {figures.cases:>6} {figures.lost:>5}",
                  flush=True)
    print(f"{'total':<12} {'':>11} {totals[0]:>6} {'':>11} {totals[1]:>6} {totals[2]:>5}"
          f"   ({time.perf_counter() - begun:.0f} s, seed {args.seed})")


if __name__ == "__main__":
    main()
