"""Relayed bundles on a PostgreSQL station (D50): a relay may carry as many devices as a region
has, and two relays may carry the same changes at the same moment; the log's own key, not one
lock per device, keeps each change logged once."""

from __future__ import annotations

import threading
import time

import psycopg

from monitor_app.core import hlc
from monitor_app.core.ids import uuid7
from monitor_app.storage.database import Store, atomic, open_store
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.turns import retried
from monitor_app.sync.change import Row
from monitor_app.sync.merge import MergeResult, merge_relayed

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
            deadline = time.monotonic() + 30
            while not _waiting_for_a_lock(pg_url):
                assert time.monotonic() < deadline, "the second relay never waited"
                time.sleep(0.05)
        worker.join(timeout=60)
        assert results, "the second relay did not finish"
        assert (results[0].new, results[0].unchanged, results[0].applied) == (50, 900, 50)
    finally:
        first.close()
        second.close()
    assert _log(pg_url) == sorted((row[0], row[1], 1) for row in shared + own)
