"""A school's checklist through the service: statuses from stored records, scope, refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from monitor_app.core.checklist import ItemCode, Status
from monitor_app.core.checklist_texts import render_item
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.checklist import all_checklists, checklist_labels, school_checklist
from monitor_app.services.context import AppContext
from tests.checklist_records import put, record_school
from tests.conftest import SCHOOL_A, SCHOOL_B, SCHOOL_OTHER_UGEL, FakeWallClock, add_schools, enrol


def _statuses(items) -> dict[ItemCode, Status]:  # type: ignore[no-untyped-def]
    return {i.code: i.status for i in items}


def test_a_recorded_school_meets_all_but_its_devices_and_library(ctx: AppContext) -> None:
    record_school(ctx, SCHOOL_A)
    statuses = _statuses(school_checklist(ctx, SCHOOL_A.cod_mod))
    assert statuses == {
        ItemCode.GRD_PLAN: Status.CUMPLE,
        ItemCode.GRD_BODY: Status.CUMPLE,
        ItemCode.BRIGADE: Status.CUMPLE,
        ItemCode.DRILLS: Status.CUMPLE,
        ItemCode.DEVICES: Status.PENDIENTE,  # the extinguisher expires on 2024-11-20
        ItemCode.LIBRARY_INVENTORY: Status.CUMPLE,
        ItemCode.LIBRARY_FUNCTIONAL: Status.PENDIENTE,  # no loan register
        ItemCode.COMMITMENTS: Status.CUMPLE,
    }


def test_the_day_can_be_given(ctx: AppContext) -> None:
    record_school(ctx, SCHOOL_A)
    later = _statuses(school_checklist(ctx, SCHOOL_A.cod_mod, today=dt.date(2025, 2, 1)))
    assert later[ItemCode.GRD_PLAN] is Status.VENCIDO
    assert later[ItemCode.DEVICES] is Status.VENCIDO
    assert later[ItemCode.LIBRARY_INVENTORY] is Status.VENCIDO
    assert later[ItemCode.COMMITMENTS] is Status.VENCIDO  # due 2025-01-15, still pendiente


def test_sentences_name_catalogue_codes_by_their_labels(ctx: AppContext) -> None:
    record_school(ctx, SCHOOL_A)
    items = school_checklist(ctx, SCHOOL_A.cod_mod)
    devices = next(i for i in items if i.code is ItemCode.DEVICES)
    shown = render_item(devices, "es", checklist_labels(ctx, "es"))
    assert shown.status_word == "Pendiente"
    assert shown.reason == "Vencen pronto: Extintor (20/11/2024)."


def test_a_school_missing_from_the_directory_is_refused(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        school_checklist(ctx, "7654321")
    assert refusal.value.code is ErrorCode.SCHOOL_NOT_FOUND
    with pytest.raises(MonitorError) as refusal:
        school_checklist(ctx, SCHOOL_A.cod_mod, anexo="3")
    assert refusal.value.code is ErrorCode.SCHOOL_NOT_FOUND


def test_a_malformed_code_is_refused(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        school_checklist(ctx, "12AB")
    assert refusal.value.code is ErrorCode.INVALID_COD_MOD


def test_another_ugels_school_is_out_of_scope(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        school_checklist(ctx, SCHOOL_OTHER_UGEL.cod_mod)
    assert refusal.value.code is ErrorCode.OUT_OF_SCOPE


def test_a_director_may_only_ask_for_their_own_school(tmp_path: Path) -> None:
    ctx = enrol(tmp_path / "d.db", role=Role.DIRECTOR, school=SCHOOL_A.cod_mod, wall=FakeWallClock())
    add_schools(ctx, SCHOOL_A, SCHOOL_B)
    assert len(school_checklist(ctx, SCHOOL_A.cod_mod)) == len(ItemCode)
    with pytest.raises(MonitorError) as refusal:
        school_checklist(ctx, SCHOOL_B.cod_mod)
    assert refusal.value.code is ErrorCode.OUT_OF_SCOPE
    assert [c.school.cod_mod for c in all_checklists(ctx)] == [SCHOOL_A.cod_mod]
    ctx.close()


def test_all_checklists_cover_the_schools_in_scope_like_one_by_one(ctx: AppContext) -> None:
    record_school(ctx, SCHOOL_A)
    put(ctx, "drills", {"codlocal": SCHOOL_B.codlocal, "date": "2024-10-01", "shift": "tarde",
                        "hazard": "sismo"})
    every = all_checklists(ctx)
    assert [c.school.cod_mod for c in every] == [SCHOOL_A.cod_mod, SCHOOL_B.cod_mod]
    for one in every:
        assert one.items == school_checklist(ctx, one.school.cod_mod)
    assert _statuses(every[1].items)[ItemCode.DRILLS] is Status.PENDIENTE  # not on 15 Aug


def test_a_plan_a_merge_left_without_its_year_is_no_years_plan(ctx: AppContext) -> None:
    """A hostile creation can leave a plan whose year the merge refused (issue 13's security
    runs on PostgreSQL found the checklist stopping on it): the checklist ignores that plan."""
    from monitor_app.storage.changes import ChangeRecorder

    record_school(ctx, SCHOOL_A)
    identity = ctx.require_identity()
    with ctx.transaction(), ChangeRecorder(ctx.store, identity.device_id, ctx.wall_ms) as rec:
        rec.put("grd_plans", "a-plan-without-year", {"codlocal": SCHOOL_A.codlocal,
                                                     "status": "aprobado", "_deleted": False})
    statuses = _statuses(school_checklist(ctx, SCHOOL_A.cod_mod))
    assert statuses[ItemCode.GRD_PLAN] is Status.CUMPLE  # this year's real plan still counts
