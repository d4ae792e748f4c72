"""What a backup costs on a large installation (D38): the SQLite backup API, the photos taken
out (kept once by hash), the copy's quick check; and a restore.

Run: python bench/bench_backup.py [--commitments 140000] [--photos 200] [--runs 3]

A laptop records `--commitments` commitments (≈ 7 changes each: 140,000 ≈ 1,000,000 changes)
and keeps `--photos` photo files of 300 KB; then `make_backup` is timed `--runs` times (the
first stores the photos, the later ones find them stored), and one restore.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_sync_cli import recorded_laptop  # noqa: E402

from monitor_app.services.backups import make_backup, restore  # noqa: E402
from monitor_app.storage.evidence_files import store_file  # noqa: E402

PHOTO_BYTES = 300_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=140_000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        _world, laptop = recorded_laptop(Path(tmp), args.commitments)
        with laptop.transaction():
            for n in range(args.photos):
                data = os.urandom(PHOTO_BYTES)
                store_file(laptop.store, hashlib.sha256(data).hexdigest(), "image/jpeg",
                           len(data), [data])
        laptop.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = laptop.path.stat().st_size
        changes = laptop.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        print(f"database     : {size / 1e6:.0f} MB, {changes:,} changes, "
              f"{args.photos} photos of {PHOTO_BYTES // 1000} KB")
        infos = []
        for run in range(args.runs):
            laptop.wall_ms = lambda run=run: 1_700_000_000_000 + run * 1000  # type: ignore[misc]
            start = time.perf_counter()
            infos.append(make_backup(laptop))
            print(f"backup {run + 1}     : {time.perf_counter() - start:.2f} s "
                  f"(copy {infos[-1].size / 1e6:.0f} MB without photos, good={infos[-1].good})")
        photos = sum(p.stat().st_size for p in (laptop.path.with_name(
            laptop.path.name + ".backups") / "photos").iterdir())
        print(f"photos kept  : {photos / 1e6:.0f} MB once for {args.runs} backups")
        path = laptop.path
        laptop.close()
        start = time.perf_counter()
        restore(path, infos[0].backup_id)
        print(f"restore      : {time.perf_counter() - start:.2f} s (new identity included)")


if __name__ == "__main__":
    main()
