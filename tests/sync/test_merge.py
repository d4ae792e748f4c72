"""Merging changes: set union of the log, last-writer-wins per field, counts, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core import hlc
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.records import delete_record, put_records
from monitor_app.storage.database import Store, atomic
from monitor_app.sync.change import Change, read_changes
from monitor_app.sync.merge import MAX_TOUCHED_IDS, ClonedDevice, merge_changes, merge_rows
from monitor_app.sync.rebuild import check_rebuild
from tests.conftest import SCHOOL_A, START_MS, FakeWallClock, add_schools, enrol
from tests.sync.strategies import DEVICES, Replicas, merge, projected_rows, snapshot, synthetic

A, B, C = DEVICES
T = hlc.pack(START_MS)


@pytest.fixture
def office(replicas: Replicas) -> Store:
    return replicas.store()


def visits(store: Store) -> list[tuple]:
    """The visit columns these tests write: id, the first six fields, _deleted."""
    return [(*row[:7], row[-1]) for row in projected_rows(store, "visits")]


def test_laptop_records_written_through_the_services_arrive_as_they_were(tmp_path: Path) -> None:
    wall = FakeWallClock()
    laptop = enrol(tmp_path / "laptop.db", wall=wall)
    office = enrol(tmp_path / "office.db", wall=wall)
    add_schools(laptop, SCHOOL_A)
    report = put_records(laptop, "visits", [(1, {"cod_mod": SCHOOL_A.cod_mod,
                                                  "date": "2024-05-02", "type": "monitoreo"})])
    [visit_id] = report.created
    [commitment_id] = put_records(laptop, "commitments", [(1, {
        "visit_id": visit_id, "description": "Reponer libros"})]).created
    delete_record(laptop, "commitments", commitment_id)
    with office.transaction():
        result = merge_changes(office.store, read_changes(laptop.store))
    for table in ("visits", "commitments"):
        query = f"SELECT * FROM {table} ORDER BY id"
        rows = laptop.store.conn.execute(query).fetchall()
        assert office.store.conn.execute(query).fetchall() == rows
    assert result.new == len(list(read_changes(laptop.store)))
    assert (result.lost, result.applied) == (1, result.new - 1)  # _deleted: false, then true
    assert result.touched == {"visits": frozenset(report.created),
                              "commitments": frozenset({commitment_id})}
    assert check_rebuild(office.store) == []
    laptop.close()
    office.close()


def test_the_highest_hlc_wins_whatever_the_arrival_order(replicas: Replicas) -> None:
    older = synthetic(A, 1, "v1", "notes", "older", T + 5)
    newer = synthetic(B, 1, "v1", "notes", "newer", T + 9)
    for order in ([older, newer], [newer, older]):
        store = replicas.store()
        for change in order:
            merge(store, [change])
        assert store.conn.execute("SELECT notes FROM visits").fetchall() == [("newer",)]
        assert store.conn.execute("SELECT hlc, device_id, seq FROM field_clock").fetchall() == [
            (T + 9, B, 1)
        ]


def test_equal_clocks_are_decided_by_device_then_seq(replicas: Replicas) -> None:
    changes = [synthetic(A, 7, "v1", "notes", "a", T), synthetic(B, 1, "v1", "notes", "b", T),
               synthetic(B, 2, "v1", "status", "b", T), synthetic(B, 3, "v1", "status", "b2", T)]
    for order in (changes, changes[::-1]):
        store = replicas.store()
        result = merge(store, order)
        assert store.conn.execute("SELECT notes, status FROM visits").fetchall() == [("b", "b2")]
        assert (result.applied, result.lost) == (2, 2)


def test_counts_say_what_happened(office: Store) -> None:
    first = merge(office, [synthetic(A, 1, "v1", "notes", "a", T + 2),
                           synthetic(A, 2, "v2", "notes", "a", T + 2)])
    assert (first.new, first.unchanged, first.applied, first.lost, first.unknown) == (2, 0, 2, 0, 0)
    again = merge(office, [
        synthetic(A, 1, "v1", "notes", "a", T + 2),  # known
        synthetic(B, 1, "v1", "notes", "b", T + 1),  # older: loses
        synthetic(B, 2, "v2", "notes", "b", T + 3),  # newer: wins
        synthetic(B, 3, "v2", "notes", "c", T + 4),  # newer still, same batch: wins over B:2
        synthetic(B, 4, "v9", "colour", "red", T + 4),  # unknown column
        synthetic(B, 5, "x1", "notes", "?", T + 4, tbl="future_kind"),  # unknown table
    ])
    assert (again.new, again.unchanged, again.applied, again.lost, again.unknown) == (5, 1, 1, 2, 2)
    assert again.max_hlc == T + 4
    assert again.touched == {"visits": frozenset({"v2"})}
    assert visits(office) == [("v1", None, None, None, None, None, "a", 0),
                              ("v2", None, None, None, None, None, "c", 0)]


def test_unknown_tables_and_columns_stay_in_the_log_only(office: Store) -> None:
    unknown = [synthetic(A, 1, "v1", "colour", "red", T), synthetic(A, 2, "g1", "plan", {"a": [1]},
                                                                      T, tbl="grd_plans")]
    result = merge(office, unknown)
    assert result.unknown == 2 and result.touched == {}
    assert list(read_changes(office)) == unknown
    assert visits(office) == []
    assert office.conn.execute("SELECT count(*) FROM field_clock").fetchone() == (0,)


def test_values_are_stored_as_the_recorder_stores_them(office: Store) -> None:
    merge(office, [synthetic(A, 1, "v1", "_deleted", True, T),
                   synthetic(A, 2, "v1", "notes", "a\"b\\c", T),
                   synthetic(A, 3, "v1", "date", None, T), synthetic(A, 4, "v1", "status", 3, T),
                   synthetic(A, 5, "v1", "type", {"lat": -12.0, "lon": -77.1}, T),
                   synthetic(A, 6, "v1", "anexo", "ñandú ✓", T)])
    assert visits(office) == [
        ("v1", None, "ñandú ✓", None, '{"lat":-12.0,"lon":-77.1}', "3", 'a"b\\c', 1)
    ]
    assert check_rebuild(office) == []


def test_a_record_is_created_with_only_the_fields_that_arrived(office: Store) -> None:
    merge(office, [synthetic(A, 1, "v1", "notes", "solo", T)])
    assert visits(office) == [("v1", None, None, None, None, None, "solo", 0)]


def test_merged_rows_are_not_captured_again(office: Store) -> None:
    merge(office, [synthetic(A, 1, "v1", "notes", "a", T)])
    assert office.conn.execute("SELECT count(*) FROM changes").fetchone() == (1,)
    assert office.gate.is_open is False


def test_the_gate_is_restored_as_it_was(office: Store) -> None:
    office.gate.is_open = True
    merge(office, [synthetic(A, 1, "v1", "notes", "a", T)])
    assert office.gate.is_open is True
    office.gate.is_open = False


def test_repeats_change_nothing(office: Store) -> None:
    changes = [synthetic(A, n, f"v{n}", "notes", n, T + n) for n in range(1, 30)]
    merge(office, changes)
    before = snapshot(office)
    result = merge(office, changes + changes)
    assert (result.new, result.unchanged, result.applied) == (0, 58, 0)
    assert snapshot(office) == before


def test_same_device_and_seq_with_other_content_is_a_cloned_device(office: Store) -> None:
    merge(office, [synthetic(A, 1, "v1", "notes", "a", T), synthetic(B, 1, "v1", "status", "x", T)])
    before = snapshot(office)
    clone = synthetic(A, 1, "v1", "notes", "different", T)
    with pytest.raises(ClonedDevice) as refusal:
        merge(office, [synthetic(C, 1, "v2", "notes", "fine", T), clone])
    assert (refusal.value.device_id, refusal.value.seq) == (A, 1)
    assert snapshot(office) == before


def test_a_clone_inside_one_batch_is_refused_too(office: Store) -> None:
    with pytest.raises(ClonedDevice):
        merge(office, [synthetic(A, 1, "v1", "notes", "a", T),
                       synthetic(A, 1, "v1", "notes", "a", T + 1)])
    assert snapshot(office)["changes"] == []


def test_a_failed_merge_leaves_the_callers_transaction_usable(office: Store) -> None:
    with atomic(office.conn):
        merge_changes(office, [synthetic(A, 1, "v1", "notes", "kept", T)])
        with pytest.raises(ClonedDevice):
            merge_changes(office, [synthetic(B, 1, "v2", "notes", "dropped", T),
                                   synthetic(A, 1, "v1", "notes", "other", T)])
    assert visits(office) == [("v1", None, None, None, None, None, "kept", 0)]
    assert [c.pk for c in read_changes(office)] == ["v1"]


def test_merging_must_happen_inside_a_transaction(office: Store) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        merge_changes(office, [synthetic(A, 1, "v1", "notes", "a", T)])


def test_cancelling_between_chunks_keeps_nothing(office: Store) -> None:
    changes = [synthetic(A, n, f"v{n}", "notes", "x", T + n) for n in range(1, 25_001)]
    seen: list[int] = []
    with pytest.raises(MonitorError) as refusal, atomic(office.conn):
        merge_changes(office, changes, progress=lambda done, total: seen.append(done),
                      cancelled=lambda: bool(seen))
    assert refusal.value.code is ErrorCode.CANCELLED
    assert seen == [20_000]
    assert office.conn.execute("SELECT count(*) FROM changes").fetchone() == (0,)


def test_progress_counts_changes_read(office: Store) -> None:
    seen: list[tuple[int, int | None]] = []
    with atomic(office.conn):
        merge_changes(office, (synthetic(A, n, "v1", "notes", n, T + n) for n in range(1, 45_001)),
                      progress=lambda done, total: seen.append((done, total)))
    assert seen == [(20_000, None), (40_000, None), (45_000, None)]
    assert visits(office)[0][6] == "45000"  # a TEXT column keeps numbers as text


def test_bundle_rows_merge_like_changes(replicas: Replicas) -> None:
    changes = [synthetic(A, 1, "v1", "notes", "a", T), synthetic(A, 2, "v1", "status", "b", T)]
    by_changes, by_rows = replicas.store(), replicas.store()
    merge(by_changes, changes)
    with atomic(by_rows.conn):
        result = merge_rows(by_rows, A, [c.as_row()[1:] for c in changes])
    assert result.new == 2
    assert snapshot(by_rows) == snapshot(by_changes)


def test_many_records_touched_mean_refresh_the_whole_kind(office: Store) -> None:
    count = MAX_TOUCHED_IDS + 1
    result = merge(office, [synthetic(A, n, f"v{n:05}", "notes", "x", T)
                            for n in range(1, count + 1)])
    assert result.touched == {} and result.touched_overflow == {"visits"}


def test_a_later_local_edit_after_receiving_wins_everywhere(replicas: Replicas) -> None:
    """The laptop lifts its clock on import, so its next edit sorts after what it saw."""
    ahead = replicas.laptop(A, FakeWallClock(START_MS + 3_600_000))  # an hour fast
    behind = replicas.laptop(B, FakeWallClock(START_MS - 86_400_000))  # a day slow
    ahead.put("v1", {"notes": "seen"})
    behind.receive(ahead.own_changes())
    behind.put("v1", {"notes": "after seeing"})
    for order in ((ahead, behind), (behind, ahead)):
        office = replicas.store()
        for laptop in order:
            merge(office, laptop.own_changes())
        assert office.conn.execute("SELECT notes FROM visits").fetchall() == [("after seeing",)]


def test_change_records_compare_and_read_back_by_value(office: Store) -> None:
    change = Change(A, 1, "visits", "v1", "notes", '"a"', T, 0)
    merge(office, [change])
    assert list(read_changes(office)) == [change]
    assert list(read_changes(office, A, after_seq=1)) == []
    assert change.order == (T, A, 1)


scalars = st.one_of(
    st.text(st.characters(blacklist_categories=["Cs"])), st.none(), st.booleans(),
    st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=scalars, deleted=st.booleans())
def test_any_value_arrives_as_the_recorder_stored_it(
    tmp_path_factory: pytest.TempPathFactory, value: object, deleted: bool
) -> None:
    replicas = Replicas(tmp_path_factory.mktemp("values"))
    laptop = replicas.laptop(A)
    laptop.put("v1", {"notes": value, "date": "2024-05-02"})
    if deleted:
        laptop.delete("v1")
    office = replicas.store()
    merge(office, laptop.own_changes())
    assert visits(office) == visits(laptop.store)
    replicas.close()
