"""Bundle files: write 100,000 realistic changes (fsync, read-back verification), then read and
verify a 1,000,000-change bundle in a fresh process.

Run: python bench/bench_bundle_file.py [--changes 100000] [--big 1000000] [--runs 3]
Targets (issue 3): export of 100,000 changes < 1 s including fsync and read-back; at most 35
compressed bytes per change; a 1,000,000-change bundle read with peak memory < 250 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from monitor_app.core import hlc
from monitor_app.core.ids import uuid7
from monitor_app.core.roles import Role, Scope
from monitor_app.storage.changes import encode_value
from monitor_app.sync.bundle_reader import open_bundle
from monitor_app.sync.bundle_writer import write_bundle

START_MS = 1_714_000_000_000  # 2024-04-25
SCHOOLS = [f"{n:07d}" for n in random.Random(5).sample(range(200_000, 1_800_000), 300)]
NOTES = ["", "Sin novedad", "Docente ausente", "Falta material educativo",
         "Se acompañó la sesión de comunicación", "Aula con filtraciones en el techo",
         "Director en capacitación", "Se verificó el plan de gestión de riesgos"]
OFFICE = X25519PrivateKey.from_private_bytes(bytes([9]) * 32)


def realistic_changes(count: int, seed: int = 1) -> Iterator[tuple]:
    """Visits written field by field as the app records them: one HLC per record write, a new
    record most of the time, sometimes an edit of an earlier one (with its base clock)."""
    rng = random.Random(seed)
    wall, counter, seq, records = START_MS, 0, 0, []
    while seq < count:
        wall += rng.randint(2_000, 600_000)
        stamp = hlc.pack(wall, counter)
        if records and rng.random() < 0.15:
            pk, born = rng.choice(records)
            fields = {"status": rng.choice(["abierta", "cerrada"]), "notes": rng.choice(NOTES)}
            base = born
        else:
            pk, base = uuid7(wall), 0
            records.append((pk, stamp))
            fields = {
                "cod_mod": rng.choice(SCHOOLS), "anexo": "0",
                "date": f"2024-{rng.randint(4, 11):02d}-{rng.randint(1, 28):02d}",
                "type": rng.choice(["monitoreo", "acompañamiento", "simulacro"]),
                "status": "abierta", "notes": rng.choice(NOTES),
                "gps": {"lat": round(-12 - rng.random(), 6), "lon": round(-77 - rng.random(), 6),
                        "acc": rng.randint(3, 40)},
                "_deleted": False,
            }
        for column, value in fields.items():
            seq += 1
            if seq > count:
                return
            yield (seq, "visits", pk, column, encode_value(value), stamp, base)


def write(out: Path, changes: Iterable[tuple], encrypted: bool) -> float:
    """Seconds for the whole export: build, fsync, read-back verification, (encrypt), rename."""
    start = time.perf_counter()
    write_bundle(out, device_id=uuid7(START_MS), role=Role.ESPECIALISTA, scope=Scope("150105"),
                 schema_version=3, app_version="0.1.0", changes=changes,
                 signing_key=Ed25519PrivateKey.generate(),
                 recipients=[OFFICE.public_key()] if encrypted else [], temp_dir=out.parent)
    return time.perf_counter() - start


def _rss_mb() -> float:
    """Peak resident memory of this process. Linux keeps ru_maxrss across exec, so a child
    would report its parent's peak; VmHWM belongs to the new program only."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read(path: Path) -> None:
    """In a fresh process: open (decrypt + verify everything), then iterate every change, as
    `Change` objects and as plain rows."""
    baseline = _rss_mb()
    start = time.perf_counter()
    with open_bundle(path, decryption_keys=[OFFICE], temp_dir=path.parent) as bundle:
        opened = time.perf_counter()
        count = sum(1 for _ in bundle.changes())
        iterated = time.perf_counter()
        rows = sum(1 for _ in bundle.rows())
        done = time.perf_counter()
    assert count == rows
    print(f"  open (decrypt + verify every line): {opened - start:.2f} s")
    print(f"  then iterate {count:,} changes()  : {iterated - opened:.2f} s "
          f"(rows(): {done - iterated:.2f} s)")
    print(f"  read + verify, open + changes()   : {iterated - start:.2f} s")
    print(f"  peak RSS {_rss_mb():.0f} MB (target < 250; {baseline:.0f} MB after imports)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--read", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read:
        read(args.read)
        return
    # Next to the project, on the disk that holds it (not a tmpfs), so fsync does real work.
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as tmp:
        folder = Path(tmp)
        rows = list(realistic_changes(args.changes))  # as read from the database, ready
        for encrypted in (False, True):
            out = folder / "small.mcbundle"
            times = [write(out, rows, encrypted) for _ in range(args.runs)]
            size = out.stat().st_size
            kind = "encrypted" if encrypted else "plain    "
            print(f"write {args.changes:,} changes, {kind}: median {statistics.median(times):.2f} s "
                  f"(min {min(times):.2f}, target < 1 s); {size / args.changes:.1f} bytes/change "
                  f"(target <= 35)")
        big = folder / "big.mcbundle"
        seconds = write(big, realistic_changes(args.big), encrypted=True)
        print(f"write {args.big:,} changes, encrypted, generated on the fly: {seconds:.2f} s, "
              f"{big.stat().st_size / 2**20:.1f} MiB, {big.stat().st_size / args.big:.1f} bytes/change")
        print(f"read {args.big:,} changes (fresh process):")
        subprocess.run([sys.executable, __file__, "--read", str(big)], check=True)


if __name__ == "__main__":
    main()
