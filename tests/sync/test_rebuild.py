"""The rebuild check: the tables are the projection of the log, and tampering shows."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from monitor_app.core import hlc
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.database import Store, open_store
from monitor_app.sync.conflicts import list_conflicts
from monitor_app.sync.gaps import gaps
from monitor_app.sync.rebuild import Difference, Problem, check_rebuild
from tests.conftest import START_MS
from tests.sync.strategies import DEVICES, Replicas, Step, merge, run_scenario, steps, synthetic

A, B, _ = DEVICES
T = hlc.pack(START_MS)


@pytest.fixture
def office(replicas: Replicas) -> Store:
    store = replicas.store()
    merge(store, [synthetic(A, 1, "v1", "notes", "a", T),
                  synthetic(A, 2, "v1", "_deleted", False, T),
                  synthetic(B, 1, "v1", "notes", "b", T + 1, T),
                  synthetic(B, 2, "c1", "status", "x", T, tbl="commitments"),
                  synthetic(B, 3, "v1", "colour", "red", T)])
    return store


def with_gate_open(store: Store, sql: str) -> None:
    store.gate.is_open = True
    try:
        store.conn.execute(sql)
    finally:
        store.gate.is_open = False


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(scenario=steps())
def test_laptops_and_offices_stay_projections_of_their_logs(
    tmp_path_factory: pytest.TempPathFactory, scenario: list[Step]
) -> None:
    replicas = Replicas(tmp_path_factory.mktemp("rebuild"))
    fleet = run_scenario(replicas, scenario)
    office = replicas.store()
    for laptop in fleet:
        merge(office, laptop.own_changes())
        assert check_rebuild(laptop.store) == []  # local writes and received ones together
    assert check_rebuild(office) == []
    replicas.close()


def test_a_consistent_database_has_no_differences(office: Store) -> None:
    assert check_rebuild(office) == []


def test_a_value_changed_behind_the_logs_back_is_found(office: Store) -> None:
    with_gate_open(office, "UPDATE visits SET notes = 'tampered' WHERE id = 'v1'")
    assert check_rebuild(office) == [
        Difference("visits", "v1", "notes", Problem.VALUE, "b", "tampered")
    ]


def test_a_wrong_field_clock_is_found(office: Store) -> None:
    office.conn.execute("UPDATE field_clock SET hlc = hlc - 1 WHERE pk = 'c1'")
    assert check_rebuild(office) == [
        Difference("commitments", "c1", "status", Problem.CLOCK, (T, B, 2), (T - 1, B, 2))
    ]


def test_a_row_no_change_made_is_found(office: Store) -> None:
    with_gate_open(office, "INSERT INTO visits (id, notes) VALUES ('ghost', 'boo')")
    [difference] = check_rebuild(office)
    assert (difference.record_id, difference.column, difference.problem) == (
        "ghost", None, Problem.ROW_UNEXPECTED)


def test_a_logged_change_never_applied_is_found(office: Store) -> None:
    office.conn.execute("INSERT INTO changes VALUES (?, 9, 'visits', 'v7', 'notes', '\"x\"', ?, 0)",
                        [A, T])
    assert check_rebuild(office) == [
        Difference("visits", "v7", None, Problem.ROW_MISSING, {"notes": "x"}, None),
        Difference("visits", "v7", "notes", Problem.CLOCK, (T, A, 9), None),
    ]


def test_a_default_column_is_compared_with_its_default(office: Store) -> None:
    with_gate_open(office, "UPDATE commitments SET _deleted = 1")
    assert check_rebuild(office) == [
        Difference("commitments", "c1", "_deleted", Problem.VALUE, 0, 1)
    ]


def test_the_list_stops_at_the_limit(office: Store) -> None:
    with_gate_open(office, "INSERT INTO visits (id) VALUES ('g1'), ('g2'), ('g3')")
    assert len(check_rebuild(office, limit=2)) == 2


def test_long_checks_report_progress_and_can_be_cancelled(replicas: Replicas) -> None:
    store = replicas.store()
    merge(store, [synthetic(A, n, f"v{n:05}", "notes", "x", T) for n in range(1, 25_001)])
    seen: list[int] = []
    assert check_rebuild(store, progress=lambda done, total: seen.append(done)) == []
    assert seen == [10_000, 20_000]
    with pytest.raises(MonitorError) as refusal:
        check_rebuild(store, cancelled=lambda: True)
    assert refusal.value.code is ErrorCode.CANCELLED


def test_checks_work_on_a_read_only_database(office: Store) -> None:
    path = office.path
    office.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    office.close()
    path.chmod(0o444)
    try:
        store = open_store(path)
        assert store.read_only
        assert check_rebuild(store) == []
        assert list_conflicts(store) == []  # B saw A before writing
        assert [g.device_id for g in gaps(store)] == [A, B]
        store.close()
    finally:
        path.chmod(0o644)
