"""A laptop's bundle end to end: export (with fsync and read-back), first import at the office,
re-import of the same file, and compressed bytes per change.

Run: python bench/bench_sync_import.py [--records 20000] [--preload 0]
(5 fields a record: 20,000 records are 100,000 changes; `--preload` records come first from
another laptop, so the measured import lands in a database already holding them.)
Targets (issue 3): export of 100,000 changes < 1 s; re-import < 5 % of the first import;
at most 35 bytes per change; import (verify + merge + commit) at least half the rate of a plain
`executemany` of as many rows into a table with a random text-UUID key, holding as many rows as
the office's log, measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from baseline import plain_insert_seconds  # noqa: E402

from monitor_app.core.identity import mint_id  # noqa: E402
from monitor_app.core.visit_kinds import VISITS  # noqa: E402
from monitor_app.services.sync_export import export_bundle  # noqa: E402
from monitor_app.services.sync_import import import_bundle  # noqa: E402
from tests.conftest import FakeWallClock  # noqa: E402
from tests.services.sync_world import make_world  # noqa: E402


PLACE = {"cod_mod": "0335273"}  # the place these visits are written with (anexo left out)


def _write_visits(laptop, records: int) -> None:  # type: ignore[no-untyped-def]
    with laptop.recording() as rec:
        for n in range(records):
            rec.put("visits", mint_id(VISITS, PLACE), {"cod_mod": "0335273", "date": "2024-05-02",
                                        "type": "monitoreo", "status": "cerrada",
                                        "notes": f"Aula {n % 40}: se observó la sesión"})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--preload", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        world = make_world(Path(tmp), FakeWallClock(int(time.time() * 1000)))
        out = Path(tmp) / "out"
        out.mkdir()
        if args.preload:
            other = world.enrolled_laptop("beto")
            _write_visits(other, args.preload)
            import_bundle(world.office, export_bundle(other, out).path)
        laptop = world.enrolled_laptop("ana")
        _write_visits(laptop, args.records)
        start = time.perf_counter()
        info = export_bundle(laptop, out)
        exported = time.perf_counter() - start
        start = time.perf_counter()
        first = import_bundle(world.office, info.path)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        again = import_bundle(world.office, info.path)
        reimported = time.perf_counter() - start
        assert first.outcome.value == "merged" and again.outcome.value == "already_imported"
        assert first.counts["rejected"] == first.counts["pending"] == 0, first.counts
        changes = info.change_count
        print(f"changes      : {changes:,} ({args.records:,} visits), encrypted {info.encrypted}")
        print(f"export       : {exported:.2f} s incl. fsync and read-back (target < 1 s for 100,000)")
        print(f"size         : {info.size / changes:.1f} bytes/change (target <= 35)")
        print(f"first import : {imported:.2f} s = {changes / imported:,.0f} changes/s "
              "(decrypt, verify, validate, place, scope, merge, commit)")
        print(f"re-import    : {reimported * 1000:.1f} ms = {100 * reimported / imported:.2f} % "
              "of the first (target < 5 %)")
        log = world.office.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        plain = changes / plain_insert_seconds(Path(tmp), changes, preload=log - changes)
        print(f"plain insert : {plain:,.0f} rows/s into {log - changes:,} rows; import/plain = "
              f"{changes / imported / plain:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
