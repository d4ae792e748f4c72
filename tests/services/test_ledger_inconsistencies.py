"""The library ledger stays at or above zero through every local write (put or delete); what a
merge of several devices' writes leaves below zero is listed for review."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.inconsistencies import (
    Problem,
    count_inconsistencies,
    inconsistencies,
    problem_of,
)
from monitor_app.services.records import delete_record, list_records, put_record, put_records
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.library import copy_quantity
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import SCHOOL_A, FakeWallClock
from tests.services.sync_world import World, make_world, put

LOAN = {"reader": "M. T. (5.º A)", "out_date": "2024-10-01", "due_date": "2024-10-15"}


def _copy(ctx: AppContext, codlocal: str = SCHOOL_A.codlocal) -> str:
    [library] = put(ctx, "libraries", {"codlocal": codlocal, "library_type": "biblioteca_escolar"})
    [copy_id] = put(ctx, "library_copies", {"library_id": library, "registration_number": "0001",
                                            "title": "Paco Yunque"})
    return copy_id


def _move(ctx: AppContext, copy_id: str, quantity: int, reason: str = "ingreso") -> str:
    [movement] = put(ctx, "library_movements", {"copy_id": copy_id, "date": "2024-09-30",
                                                "quantity": quantity, "reason": reason})
    return movement


def _changes(ctx: AppContext) -> int:
    return ctx.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def _refused_delete(ctx: AppContext, kind: str, record_id: str) -> MonitorError:
    before = _changes(ctx)
    with pytest.raises(MonitorError) as refusal:
        delete_record(ctx, kind, record_id)
    assert _changes(ctx) == before  # the database is unchanged
    return refusal.value


def test_deleting_an_entry_that_would_take_the_stock_below_zero_is_refused(
        ctx: AppContext) -> None:
    copy_id = _copy(ctx)
    added, taken = _move(ctx, copy_id, 5), _move(ctx, copy_id, -4, "baja")
    refusal = _refused_delete(ctx, "library_movements", added)
    assert (refusal.code, refusal.params["quantity"]) == (ErrorCode.QUANTITY_BELOW_ZERO, -4)
    assert copy_quantity(ctx.store, copy_id) == 1
    assert {m["id"] for m in list_records(ctx, "library_movements")} == {added, taken}
    delete_record(ctx, "library_movements", taken)  # the order that keeps it at or above zero
    delete_record(ctx, "library_movements", added)
    assert copy_quantity(ctx.store, copy_id) == 0


def test_restoring_a_deleted_entry_is_checked_like_any_put(ctx: AppContext) -> None:
    copy_id = _copy(ctx)
    _move(ctx, copy_id, 2)
    taken = _move(ctx, copy_id, -2, "baja")
    delete_record(ctx, "library_movements", taken)
    _move(ctx, copy_id, -1, "baja")
    with pytest.raises(MonitorError) as refusal:
        put_records(ctx, "library_movements", [(1, {"id": taken})])
    assert (refusal.value.code, refusal.value.params["quantity"]) == (
        ErrorCode.QUANTITY_BELOW_ZERO, -1)
    assert copy_quantity(ctx.store, copy_id) == 1


def test_a_loan_going_out_again_needs_a_copy_on_the_shelf(ctx: AppContext) -> None:
    copy_id = _copy(ctx)
    _move(ctx, copy_id, 1)
    first = put_record(ctx, "library_loans", {"copy_id": copy_id, **LOAN})
    delete_record(ctx, "library_loans", first)  # deleting a loan only frees the copy
    second = put_record(ctx, "library_loans", {"copy_id": copy_id, **LOAN})
    with pytest.raises(MonitorError) as restored:
        put_records(ctx, "library_loans", [(1, {"id": first})])
    assert restored.value.code is ErrorCode.COPY_NOT_AVAILABLE
    put_records(ctx, "library_loans", [(1, {"id": second, "returned_date": "2024-10-10"})])
    put_record(ctx, "library_loans", {"copy_id": copy_id, **LOAN})
    with pytest.raises(MonitorError) as unreturned:
        put_records(ctx, "library_loans", [(1, {"id": second, "returned_date": None})])
    assert unreturned.value.code is ErrorCode.COPY_NOT_AVAILABLE


@pytest.fixture
def world(tmp_path: Path, wall: FakeWallClock) -> World:
    return make_world(tmp_path, wall)


def _shared_copy(world: World) -> tuple[AppContext, str]:
    """A copy Ana recorded with one book, already merged at the office. Laptops never receive
    each other's records, so the other writer who knows that book is the office itself."""
    ana = world.laptop("ana")
    world.enrol(ana)
    copy_id = _copy(ana)
    _move(ana, copy_id, 1)
    assert import_bundle(world.office, world.export(ana, "a1")).outcome is Outcome.MERGED
    return ana, copy_id


def test_two_devices_taking_out_the_last_copy_offline_leave_it_for_review(world: World) -> None:
    ana, copy_id = _shared_copy(world)
    _move(world.office, copy_id, -1, "baja")  # each device saw one book on the shelf
    _move(ana, copy_id, -1, "extravio")
    assert count_inconsistencies(world.office) == 0
    merged = import_bundle(world.office, world.export(ana, "a2"))
    assert merged.outcome is Outcome.MERGED
    [found] = inconsistencies(world.office)
    assert (found.copy_id, found.codlocal, found.title, found.registration_number,
            found.balance, found.on_loan) == (copy_id, SCHOOL_A.codlocal, "Paco Yunque", "0001",
                                              -1, 0)
    assert problem_of(found) is Problem.STOCK_BELOW_ZERO
    assert count_inconsistencies(world.office) == 1


def test_a_merged_stock_below_zero_can_be_put_right_but_not_made_worse(world: World) -> None:
    ana, copy_id = _shared_copy(world)
    taken = _move(world.office, copy_id, -1, "baja")
    _move(ana, copy_id, -1, "extravio")
    import_bundle(world.office, world.export(ana, "a2"))
    put_records(world.office, "library_movements", [(1, {"id": taken, "note": "revisar"})])
    with pytest.raises(MonitorError) as worse:
        _move(world.office, copy_id, -1, "baja")
    assert (worse.value.code, worse.value.params["quantity"]) == (ErrorCode.QUANTITY_BELOW_ZERO,
                                                                  -2)
    delete_record(world.office, "library_movements", taken)  # the book was counted twice
    assert count_inconsistencies(world.office) == 0


def test_two_devices_lending_the_last_copy_offline_leave_it_for_review(world: World) -> None:
    ana, copy_id = _shared_copy(world)
    for device in (world.office, ana):
        put(device, "library_loans", {"copy_id": copy_id, **LOAN})
    import_bundle(world.office, world.export(ana, "a2"))
    [found] = inconsistencies(world.office)
    assert (found.copy_id, found.balance, found.on_loan) == (copy_id, 1, 2)
    assert problem_of(found) is Problem.LOANS_BEYOND_STOCK
