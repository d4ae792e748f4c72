"""Replies from an office holding many changes (issue 9 §5).

Run: python bench/bench_replies.py [--records 200000] [--devices 50] [--lacking 20000]

An office merges `--records` visits of 5 fields from one laptop (1,000,000 changes for 200,000),
then, for `--devices` approved specialists that each acknowledged all but the last `--lacking`
changes, writes their replies with `publish --for all` (in-process, timed), and writes the
first reply to a new laptop that has nothing. Devices are enrolled through the registry, with
real X25519 keys, to keep the set-up short; the replies are the real ones.
Targets (issue 9): 50 replies lacking 20,000 each ≤ 10 s in all; the first reply carrying the
whole UGEL's 1,000,000 changes ≤ 12 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_sync_import import _write_visits  # noqa: E402

from monitor_app.core.ids import uuid7  # noqa: E402
from monitor_app.core.roles import Role, Scope  # noqa: E402
from monitor_app.services.sync_export import export_bundle  # noqa: E402
from monitor_app.services.sync_import import import_bundle  # noqa: E402
from monitor_app.services.sync_reply import reply_to, reply_to_all  # noqa: E402
from monitor_app.storage.replies import (  # noqa: E402
    ReplyState,
    acknowledge_reply,
    last_arrival,
    learn_encryption_key,
)
from monitor_app.storage.sync_registry import (  # noqa: E402
    Device,
    DeviceStatus,
    hold_device,
    set_device_status,
)
from tests.conftest import FakeWallClock  # noqa: E402
from tests.services.sync_world import make_world  # noqa: E402


def _enrol(office, position: int) -> str:  # type: ignore[no-untyped-def]
    """An approved specialist that has the office's replies up to `position`."""
    device_id = uuid7()
    key = X25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    with office.transaction():
        hold_device(office.store, Device(device_id, Role.ESPECIALISTA, f"esp {device_id[-4:]}",
                                         Scope("150105"), "00" * 32, DeviceStatus.HELD,
                                         office.now_iso(), office.now_iso()))
        set_device_status(office.store, device_id, DeviceStatus.APPROVED, office.now_iso())
        learn_encryption_key(office.store.conn, device_id, key)
        acknowledge_reply(office.store.conn, device_id, ReplyState(position, 0))
    return device_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--lacking", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        world = make_world(root, FakeWallClock(int(time.time() * 1000)))
        laptop = world.enrolled_laptop("ana")
        _write_visits(laptop, args.records)
        out = root / "out"
        out.mkdir()
        assert import_bundle(world.office, export_bundle(laptop, out).path).ok
        office = world.office
        held = last_arrival(office.store.conn)
        for _ in range(args.devices):
            _enrol(office, max(held - args.lacking, 0))
        replies = root / "replies"
        replies.mkdir()
        start = time.perf_counter()
        written = reply_to_all(office, replies)
        many = time.perf_counter() - start
        newcomer = _enrol(office, 0)
        start = time.perf_counter()
        first = reply_to(office, newcomer, root / "first.mcbundle")
        whole = time.perf_counter() - start
        sizes = sum(r.info.size for r in written)
        print(f"office holds : {held:,} applied changes")
        print(f"{len(written)} replies : {many:.2f} s in all, {sum(r.changes for r in written):,} "
              f"changes, {sizes / 2**20:.1f} MiB (target <= 10 s)")
        print(f"first reply  : {whole:.2f} s, {first.changes:,} changes, "
              f"{first.info.size / 2**20:.1f} MiB (target <= 12 s)")


if __name__ == "__main__":
    main()
