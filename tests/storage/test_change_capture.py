"""Every write to a synced table is captured: gap-free seq, monotonic HLC, nothing half-written."""

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core import hlc
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.storage.changes import ChangeRecorder
from tests.conftest import FakeWallClock


def _changes(ctx: AppContext) -> list[tuple]:
    return ctx.store.db.execute("SELECT * FROM changes ORDER BY device_id, seq").fetchall()


def _device(ctx: AppContext) -> str:
    return ctx.require_identity().device_id


def test_one_change_per_field_written_with_the_values_as_json(ctx: AppContext) -> None:
    with ctx.recording() as rec:
        rec.put("visits", "v1", {"cod_mod": "0335273", "date": "2024-05-02", "_deleted": False})
    rows = ctx.store.db.execute("SELECT seq, tbl, pk, col, value, base_hlc FROM changes").fetchall()
    assert rows == [
        (1, "visits", "v1", "cod_mod", '"0335273"', 0),
        (2, "visits", "v1", "date", '"2024-05-02"', 0),
        (3, "visits", "v1", "_deleted", "false", 0),
    ]
    assert ctx.store.db.execute("SELECT cod_mod, date FROM visits").fetchall() == [("0335273", "2024-05-02")]


def test_an_edit_carries_the_clock_of_the_value_it_replaced(ctx: AppContext, wall: FakeWallClock) -> None:
    with ctx.recording() as rec:
        rec.put("visits", "v1", {"notes": "a", "date": "2024-05-02"})
    first = ctx.store.db.execute("SELECT hlc FROM changes WHERE col = 'notes'").fetchone()[0]
    wall.now_ms += 1000
    with ctx.recording() as rec:
        assert rec.put("visits", "v1", {"notes": "b", "date": "2024-05-02"}) == {"notes": "b"}
    last = ctx.store.db.execute("SELECT hlc, base_hlc FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == (hlc.pack(wall.now_ms), first)
    assert ctx.store.db.execute("SELECT hlc FROM field_clock WHERE col = 'notes'").fetchone()[0] == last[0]


def test_writing_the_same_value_again_records_nothing(ctx: AppContext) -> None:
    with ctx.recording() as rec:
        rec.put("visits", "v1", {"notes": "a"})
    with ctx.recording() as rec:
        assert rec.put("visits", "v1", {"notes": "a"}) == {}
    assert len(_changes(ctx)) == 1


def test_the_hlc_stays_monotonic_when_the_wall_clock_goes_back(ctx: AppContext, wall: FakeWallClock) -> None:
    stamps = []
    for step, jump in enumerate([0, -86_400_000, 5, -3_600_000, 0]):
        wall.now_ms += jump
        with ctx.recording() as rec:
            rec.put("visits", "v1", {"notes": f"edit {step}"})
        stamps.append(ctx.store.db.execute("SELECT max(hlc) FROM changes").fetchone()[0])
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_the_clock_survives_a_restart(tmp_path: Path, wall: FakeWallClock) -> None:
    from monitor_app.services.context import open_initialised
    from tests.conftest import enrol

    ctx = enrol(tmp_path / "m.db", wall=wall)
    with ctx.recording() as rec:
        rec.put("visits", "v1", {"notes": "before"})
    before = ctx.store.db.execute("SELECT max(hlc) FROM changes").fetchone()[0]
    ctx.close()
    wall.now_ms -= 10 * 86_400_000  # the laptop's clock was reset to ten days earlier
    again = open_initialised(tmp_path / "m.db", wall_ms=wall)
    with again.recording() as rec:
        rec.put("visits", "v1", {"notes": "after"})
    assert again.store.db.execute("SELECT max(hlc) FROM changes").fetchone()[0] > before
    again.close()


def test_a_failed_transaction_leaves_neither_the_row_nor_its_changes(ctx: AppContext) -> None:
    with pytest.raises(RuntimeError), ctx.recording() as rec:
        rec.put("visits", "v1", {"notes": "a"})
        rec.put("visits", "v2", {"notes": "b"})
        raise RuntimeError("power cut")
    assert _changes(ctx) == []
    assert ctx.store.db.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
    assert ctx.store.db.execute("SELECT count(*) FROM field_clock").fetchone()[0] == 0
    with ctx.recording() as rec:
        rec.put("visits", "v3", {"notes": "c"})
    assert [row[1] for row in _changes(ctx)] == [1]


def test_synced_tables_refuse_writes_that_bypass_capture(ctx: AppContext) -> None:
    db = ctx.store.db
    with pytest.raises(sqlite3.IntegrityError, match="change capture"):
        db.execute("INSERT INTO visits (id, notes) VALUES ('x', 'sneaky')")
    with ctx.recording() as rec:
        rec.put("visits", "v1", {"notes": "a"})
    with pytest.raises(sqlite3.IntegrityError, match="change capture"):
        db.execute("UPDATE visits SET notes = 'sneaky'")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        db.execute("DELETE FROM visits")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM changes")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE changes SET value = '1'")
    with pytest.raises(sqlite3.IntegrityError, match="change capture"):
        db["commitments"].insert({"id": "c1", "description": "x"})
    assert db.execute("SELECT notes FROM visits").fetchall() == [("a",)]


def test_the_recorder_refuses_to_run_outside_a_transaction(ctx: AppContext) -> None:
    with pytest.raises(RuntimeError), ChangeRecorder(ctx.store, _device(ctx)):
        pass


def test_a_full_disk_is_a_clear_refusal_and_changes_nothing(ctx: AppContext) -> None:
    with ctx.recording() as rec:
        rec.put("visits", "v0", {"notes": "kept"})
    before = _changes(ctx)
    pages = ctx.store.db.execute("PRAGMA page_count").fetchone()[0]
    ctx.store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(MonitorError) as refusal, ctx.recording() as rec:
        for n in range(5000):
            rec.put("visits", f"v{n + 1}", {"notes": "x" * 500})
    assert refusal.value.code is ErrorCode.DISK_FULL
    assert _changes(ctx) == before


writes = st.lists(
    st.tuples(
        st.sampled_from(["v1", "v2", "v3"]),
        st.sampled_from(["notes", "date", "type"]),
        st.sampled_from(["a", "b", "c"]),
        st.booleans(),  # does the transaction fail after this write?
        st.integers(min_value=-10_000, max_value=10_000),  # wall clock jump, back or forth
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=writes)
def test_seq_is_gap_free_and_hlc_strictly_increasing_under_any_writes(
    tmp_path_factory: pytest.TempPathFactory, steps: list
) -> None:
    from tests.conftest import enrol

    wall = FakeWallClock()
    ctx = enrol(tmp_path_factory.mktemp("prop") / "m.db", wall=wall)
    model: dict[tuple[str, str], str] = {}
    for pk, column, value, fails, jump in steps:
        wall.now_ms += jump
        try:
            with ctx.recording() as rec:
                rec.put("visits", pk, {column: value})
                if fails:
                    raise RuntimeError("rolled back")
        except RuntimeError:
            continue
        model[(pk, column)] = value
    rows = _changes(ctx)
    assert [row[1] for row in rows] == list(range(1, len(rows) + 1))
    stamps = [row[6] for row in rows]
    assert stamps == sorted(stamps)
    for (pk, column), value in model.items():
        stored = ctx.store.db.execute(f"SELECT [{column}] FROM visits WHERE id = ?", [pk]).fetchone()
        assert stored == (value,)
    ctx.close()


def test_the_gate_is_closed_between_the_recorders_own_writes(ctx: AppContext) -> None:
    with ctx.recording() as rec:
        rec.put("visits", "v1", {"notes": "a"})
        with pytest.raises(sqlite3.IntegrityError, match="change capture"):
            ctx.store.conn.execute("UPDATE visits SET notes = 'sneaky'")
    assert ctx.store.conn.execute("SELECT notes FROM visits").fetchall() == [("a",)]
