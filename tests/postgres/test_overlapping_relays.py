"""Relayed bundles on a PostgreSQL station (D50): a relay may carry as many devices as a region
has, and two relays may carry the same changes at the same moment; the log's own key, not one
lock per device, keeps each change logged once."""

from __future__ import annotations

import threading
import time

import psycopg

from monitor_app.core import hlc
from monitor_app.core.ids import uuid7
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.sync_relay import _through_ugel
from monitor_app.storage.database import Store, atomic, open_store
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.jurisdictions import origin_of, replace_jurisdiction
from monitor_app.storage.turns import retried
from monitor_app.sync.change import Row
from monitor_app.sync.merge import MergeResult, merge_relayed
from tests.cli.conftest import Cli

START_MS = 1_730_000_000_000


def _relayed(devices: int, *, per_device: int = 1, first_device: int = 0) -> list[Row]:
    """`per_device` notes of one new visit from each of `devices` laptops."""
    rows: list[Row] = []
    for n in range(first_device, first_device + devices):
        device, visit = uuid7(START_MS + n), uuid7(START_MS + 10_000_000 + n)
        for seq in range(1, per_device + 1):
            rows.append((device, seq, "visits", visit, "notes", f'"nota {seq}"',
                         hlc.pack(START_MS + n, seq), 0))
    return rows


def _station(url: str) -> Store:
    return open_store(PostgresAddress(url), create=True)


def _merged(store: Store, rows: list[Row]) -> MergeResult:
    def once() -> MergeResult:
        with atomic(store.conn):
            return merge_relayed(store, rows)
    return retried(once)


def _log(url: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT device_id, seq, count(*) FROM changes "
                            "GROUP BY device_id, seq ORDER BY device_id, seq").fetchall()


def test_a_relay_of_more_devices_than_the_server_has_lock_slots_merges(pg_url: str) -> None:
    """The tests' server holds about 10,000 transaction locks in all (64 a connection): a
    lock per relayed device made a region's relay fail with "out of shared memory"."""
    rows = _relayed(20_000)
    store = _station(pg_url)
    try:
        assert _merged(store, rows).applied == 20_000
    finally:
        store.close()
    assert len(_log(pg_url)) == 20_000


def _waiting_for_a_lock(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        waiting = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                               "current_database() AND wait_event_type = 'Lock'").fetchone()
    return bool(waiting and waiting[0])


def _until_waiting(url: str) -> None:
    """Until another connection to the database waits for a lock this one holds."""
    deadline = time.monotonic() + 30
    while not _waiting_for_a_lock(url):
        assert time.monotonic() < deadline, "the second relay never waited"
        time.sleep(0.05)


def test_two_relays_carrying_the_same_changes_at_once_log_them_once(pg_url: str) -> None:
    """The second waits on the log's key for the first to commit, is rolled back, runs again
    and finds the shared changes known; the station ends as after one relay then the other."""
    shared, own = _relayed(300, per_device=3), _relayed(50, first_device=1_000)
    first, second = _station(pg_url), _station(pg_url)
    try:
        with atomic(first.conn):
            merge_relayed(first, shared)
            results: list[MergeResult] = []
            worker = threading.Thread(target=lambda: results.append(_merged(second,
                                                                           shared + own)))
            worker.start()
            _until_waiting(pg_url)
        worker.join(timeout=60)
        assert results, "the second relay did not finish"
        assert (results[0].new, results[0].unchanged, results[0].applied) == (50, 900, 50)
    finally:
        first.close()
        second.close()
    assert _log(pg_url) == sorted((row[0], row[1], 1) for row in shared + own)


def test_two_relays_meeting_a_new_device_at_once_judge_it_through_the_same_ugel(
        cli: Cli, pg_url: str) -> None:
    """At a DRE a device writes where the first UGEL that relayed it holds the place. Two
    relays bringing a new device's changes at once (different changes: nothing makes the
    second wait on the log) must judge them through the UGEL that was recorded first."""
    assert cli("init", "--role", "dre", "--name", "DRE", db=pg_url).code == 0  # type: ignore[arg-type]
    first, second = (open_initialised(PostgresAddress(pg_url)) for _ in range(2))  # type: ignore[arg-type]
    laptop, place = uuid7(START_MS), ("school", "0335273", "0")
    try:
        with first.transaction():
            replace_jurisdiction(first.store.conn, "ugel-a", [("0335273", "0")])
            replace_jurisdiction(first.store.conn, "ugel-b", [("0335364", "0")])

        def judged_through_b(ctx: AppContext) -> str | None:
            with ctx.transaction():
                return _through_ugel(ctx, "ugel-b")(laptop, place)

        judged: list[str | None] = []
        with first.transaction():
            assert _through_ugel(first, "ugel-a")(laptop, place) is None
            worker = threading.Thread(target=lambda: judged.append(judged_through_b(second)))
            worker.start()
            _until_waiting(pg_url)
        worker.join(timeout=60)
        assert judged == [None]  # through UGEL A, which holds the school; B does not
        assert origin_of(second.store.conn, laptop) == "ugel-a"
    finally:
        first.close()
        second.close()
