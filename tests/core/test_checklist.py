"""The checklist's rules, item by item, with the day injected; every school gets one status per
item and every sentence renders in both languages."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.checklist import (
    BrigadeFacts,
    BrigadeMemberFacts,
    ChecklistItem,
    Code,
    CommitmentFacts,
    DeviceFacts,
    DrillFacts,
    GrdBodyFacts,
    ItemCode,
    LibraryFacts,
    PlanFacts,
    SchoolFacts,
    Status,
    checklist,
    months_before,
)
from monitor_app.core.checklist_texts import SENTENCES, item_data, render, render_item
from monitor_app.core.grd_kinds import DEVICE_STATES, PLAN_STATUSES
from monitor_app.core.library_kinds import FUNCTIONAL_ITEMS
from monitor_app.core.visit_kinds import COMMITMENT_STATUSES

D = dt.date
TODAY = D(2024, 10, 27)
NATIONAL = (D(2024, 5, 31), D(2024, 8, 15), D(2024, 11, 6), D(2025, 5, 30))


def item(code: ItemCode, facts: SchoolFacts, today: dt.date = TODAY,
         national: tuple[dt.date, ...] = NATIONAL) -> ChecklistItem:
    return next(i for i in checklist(facts, today, national) if i.code is code)


def status(code: ItemCode, facts: SchoolFacts, today: dt.date = TODAY,
           national: tuple[dt.date, ...] = NATIONAL) -> Status:
    return item(code, facts, today, national).status


def test_an_empty_school_has_no_data_for_any_item_but_drills_and_shows_them_in_order() -> None:
    items = checklist(SchoolFacts(), TODAY, NATIONAL)
    assert [i.code for i in items] == list(ItemCode)
    assert {i.code: i.status for i in items} == {
        **{code: Status.SIN_DATO for code in ItemCode},
        ItemCode.DRILLS: Status.VENCIDO,  # a national drill day of 2024 has passed without one
    }


# --- GRD plan


def test_plan_approved_or_updated_for_the_current_year_is_met() -> None:
    approved = SchoolFacts(plans=(PlanFacts(2024, "aprobado", approval_date=D(2024, 3, 15)),))
    found = item(ItemCode.GRD_PLAN, approved)
    assert found.status is Status.CUMPLE
    assert render(found.reason, "es") == "El plan de GRD 2024 está aprobado desde el 15/03/2024."
    updated = SchoolFacts(plans=(PlanFacts(2024, "actualizado", D(2024, 3, 1), D(2024, 9, 2)),))
    assert render(item(ItemCode.GRD_PLAN, updated).reason, "en") == \
        "The 2024 GRD plan is updated since 2024-09-02."
    undated = SchoolFacts(plans=(PlanFacts(2024, "aprobado"),))
    assert item(ItemCode.GRD_PLAN, undated).reason.key == "plan_current"


def test_plan_in_progress_is_pending() -> None:
    facts = SchoolFacts(plans=(PlanFacts(2023, "aprobado"), PlanFacts(2024, "en_elaboracion")))
    assert status(ItemCode.GRD_PLAN, facts) is Status.PENDIENTE


def test_plan_declared_missing_this_year_is_overdue() -> None:
    facts = SchoolFacts(plans=(PlanFacts(2024, "no_tiene"),))
    found = item(ItemCode.GRD_PLAN, facts)
    assert found.status is Status.VENCIDO and found.reason.key == "plan_declared_missing"


def test_only_an_older_approved_plan_is_overdue_and_names_its_year() -> None:
    facts = SchoolFacts(plans=(PlanFacts(2022, "aprobado"), PlanFacts(2023, "en_elaboracion")))
    found = item(ItemCode.GRD_PLAN, facts)
    assert found.status is Status.VENCIDO
    assert render(found.reason, "es") == "El último plan de GRD aprobado es de 2022; no hay plan de 2024."


def test_older_plans_never_approved_are_overdue() -> None:
    facts = SchoolFacts(plans=(PlanFacts(2023, "en_elaboracion"),))
    found = item(ItemCode.GRD_PLAN, facts)
    assert found.status is Status.VENCIDO and found.reason.key == "plan_never_approved"


def test_a_plan_approved_last_year_falls_due_on_the_first_of_january() -> None:
    facts = SchoolFacts(plans=(PlanFacts(2024, "aprobado"),))
    assert status(ItemCode.GRD_PLAN, facts, today=D(2024, 12, 31)) is Status.CUMPLE
    assert status(ItemCode.GRD_PLAN, facts, today=D(2025, 1, 1)) is Status.VENCIDO


def test_a_plan_for_next_year_alone_is_no_data_for_this_one() -> None:
    facts = SchoolFacts(plans=(PlanFacts(2025, "aprobado"),))
    assert status(ItemCode.GRD_PLAN, facts) is Status.SIN_DATO


# --- GRD body


def test_body_with_rd_and_members_is_met() -> None:
    facts = SchoolFacts(grd_body=GrdBodyFacts("comite_condiciones_operativas", "RD 012-2024",
                                              D(2024, 3, 1), members=5))
    found = item(ItemCode.GRD_BODY, facts)
    assert found.status is Status.CUMPLE
    labels = {"comite_condiciones_operativas": "Comité de Gestión de Condiciones Operativas"}
    assert render(found.reason, "es", labels) == (
        "Comité de Gestión de Condiciones Operativas conformado por resolución directoral "
        "(RD 012-2024), con 5 integrantes.")


def test_body_without_rd_number_is_pending_before_its_members() -> None:
    facts = SchoolFacts(grd_body=GrdBodyFacts("comision_grd", members=0))
    assert item(ItemCode.GRD_BODY, facts).reason.key == "body_without_rd"
    facts = SchoolFacts(grd_body=GrdBodyFacts("comision_grd", "RD 5", members=0))
    found = item(ItemCode.GRD_BODY, facts)
    assert found.status is Status.PENDIENTE and found.reason.key == "body_without_members"


# --- Brigades


TRAINED = D(2024, 4, 1)


def _member(role: str = "escolar", trained: dt.date | None = TRAINED) -> BrigadeMemberFacts:
    return BrigadeMemberFacts(role, trained)


def test_brigade_with_a_leader_and_everyone_trained_is_met() -> None:
    facts = SchoolFacts(brigades=(BrigadeFacts("educacion_ambiental_grd",
                                               (_member("lider"), _member(), _member())),))
    found = item(ItemCode.BRIGADE, facts)
    assert found.status is Status.CUMPLE and found.reason.params == {"brigades": 1, "trained": 3}


def test_brigade_without_members_is_pending_and_named() -> None:
    facts = SchoolFacts(brigades=(BrigadeFacts("primeros_auxilios"),
                                  BrigadeFacts("contra_incendios", (_member("lider"),))))
    found = item(ItemCode.BRIGADE, facts)
    assert found.status is Status.PENDIENTE
    assert render(found.reason, "es", {"primeros_auxilios": "primeros auxilios"}) == \
        "Brigadas sin integrantes: primeros auxilios."


def test_brigade_without_a_leader_is_pending() -> None:
    facts = SchoolFacts(brigades=(BrigadeFacts("educacion_ambiental_grd", (_member(),)),))
    assert item(ItemCode.BRIGADE, facts).reason.key == "brigade_without_leader"


def test_untrained_brigadistas_are_counted() -> None:
    facts = SchoolFacts(brigades=(BrigadeFacts("educacion_ambiental_grd",
                                               (_member("lider"), _member(trained=None))),))
    found = item(ItemCode.BRIGADE, facts)
    assert found.status is Status.PENDIENTE
    assert render(found.reason, "en") == "1 of 2 brigade members have no training recorded."


# --- Drills


def _drills(*days: dt.date) -> SchoolFacts:
    return SchoolFacts(drills=tuple(DrillFacts(day) for day in days))


def test_no_drill_this_year_after_a_national_date_is_overdue() -> None:
    found = item(ItemCode.DRILLS, _drills(D(2023, 11, 6)))
    assert found.status is Status.VENCIDO
    assert found.reason.params["national_date"] == D(2024, 8, 15)


def test_drills_this_year_but_not_on_the_last_national_date_are_pending() -> None:
    found = item(ItemCode.DRILLS, _drills(D(2024, 5, 31), D(2024, 8, 20)))
    assert found.status is Status.PENDIENTE
    assert found.action.params["national_date"] == D(2024, 8, 15)


def test_a_drill_on_the_last_national_date_is_met() -> None:
    found = item(ItemCode.DRILLS, _drills(D(2024, 8, 15)))
    assert found.status is Status.CUMPLE
    assert render(found.reason, "es") == "1 simulacro(s) en 2024, incluido el nacional del 15/08/2024."


def test_on_a_national_day_itself_that_day_is_the_one_to_have_done() -> None:
    assert status(ItemCode.DRILLS, _drills(D(2024, 5, 31)), today=D(2024, 8, 15)) is Status.PENDIENTE
    assert status(ItemCode.DRILLS, _drills(D(2024, 5, 31)), today=D(2024, 8, 14)) is Status.CUMPLE


def test_before_the_first_national_date_a_drill_of_the_year_is_met_and_none_is_pending() -> None:
    assert status(ItemCode.DRILLS, _drills(D(2024, 4, 10)), today=D(2024, 5, 1)) is Status.CUMPLE
    found = item(ItemCode.DRILLS, _drills(D(2023, 11, 6)), today=D(2024, 5, 1))
    assert found.status is Status.PENDIENTE and found.reason.params["next_date"] == D(2024, 5, 31)


def test_last_years_drills_do_not_count_on_new_years_day() -> None:
    facts = _drills(D(2024, 5, 31), D(2024, 8, 15), D(2024, 11, 6))
    assert status(ItemCode.DRILLS, facts, today=D(2024, 12, 31)) is Status.CUMPLE
    found = item(ItemCode.DRILLS, facts, today=D(2025, 1, 1))
    assert found.status is Status.PENDIENTE and found.reason.key == "drills_next_national"


def test_a_year_without_national_dates_and_without_drills_has_no_data() -> None:
    found = item(ItemCode.DRILLS, SchoolFacts(), today=D(2027, 3, 1))
    assert found.status is Status.SIN_DATO and found.reason.key == "drills_no_calendar"
    assert status(ItemCode.DRILLS, _drills(D(2027, 2, 1)), today=D(2027, 3, 1)) is Status.CUMPLE


# --- Devices


def _devices(*devices: DeviceFacts) -> SchoolFacts:
    return SchoolFacts(devices=devices)


def test_devices_operative_and_far_from_expiry_are_met() -> None:
    found = item(ItemCode.DEVICES, _devices(DeviceFacts("extintor", 2, expiry_date=D(2025, 6, 1)),
                                            DeviceFacts("botiquin", 1)))
    assert found.status is Status.CUMPLE and found.reason.params["quantity"] == 3


def test_a_device_past_its_expiry_date_or_marked_expired_is_overdue_and_named() -> None:
    found = item(ItemCode.DEVICES, _devices(DeviceFacts("extintor", 1, expiry_date=D(2024, 10, 26)),
                                            DeviceFacts("botiquin", 1, state="vencido")))
    assert found.status is Status.VENCIDO
    assert render(found.reason, "es", {"extintor": "extintor", "botiquin": "botiquín"}) == \
        "Vencidos: extintor (26/10/2024), botiquín."


def test_the_expiry_day_itself_still_counts_as_valid() -> None:
    found = item(ItemCode.DEVICES, _devices(DeviceFacts("extintor", 1, expiry_date=TODAY)))
    assert found.status is Status.PENDIENTE


def test_the_thirty_day_warning_boundary() -> None:
    day_30 = TODAY + dt.timedelta(days=30)
    found = item(ItemCode.DEVICES, _devices(DeviceFacts("extintor", 1, expiry_date=day_30)))
    assert found.status is Status.PENDIENTE
    assert found.reason.params["expiring"] == (Code("extintor", D(2024, 11, 26)),)
    assert render(found.reason, "en") == "Expiring soon: extintor (2024-11-26)."
    day_31 = TODAY + dt.timedelta(days=31)
    assert status(ItemCode.DEVICES, _devices(DeviceFacts("extintor", 1, expiry_date=day_31))) \
        is Status.CUMPLE


def test_devices_to_replace_are_pending_and_expired_ones_come_first() -> None:
    to_replace = DeviceFacts("megafono", 1, state="por_reponer")
    found = item(ItemCode.DEVICES, _devices(to_replace))
    assert found.status is Status.PENDIENTE and found.reason.key == "devices_to_replace"
    both = item(ItemCode.DEVICES, _devices(
        to_replace, DeviceFacts("extintor", 1, expiry_date=D(2024, 11, 1))))
    assert render(both.reason, "es") == "Vencen pronto: extintor (01/11/2024). Por reponer: megafono."
    expired = DeviceFacts("extintor", 1, expiry_date=D(2024, 1, 1))
    assert status(ItemCode.DEVICES, _devices(to_replace, expired)) is Status.VENCIDO


def test_devices_with_zero_units_do_not_count() -> None:
    gone = DeviceFacts("extintor", 0, expiry_date=D(2020, 1, 1))
    assert item(ItemCode.DEVICES, _devices(gone)).reason.key == "devices_none"
    assert status(ItemCode.DEVICES, _devices(gone, DeviceFacts("botiquin", 1))) is Status.CUMPLE


# --- Library


def _library(inventory: dt.date | None, functional: tuple[str, ...] = FUNCTIONAL_ITEMS,
             responsible: str = "Prof. Rosa") -> SchoolFacts:
    return SchoolFacts(library=LibraryFacts(inventory, frozenset(functional), responsible))


@pytest.mark.parametrize(("today", "limit"), [
    (D(2024, 10, 27), D(2024, 4, 27)),
    (D(2024, 8, 31), D(2024, 2, 29)),  # a shorter month: its last day
    (D(2025, 3, 15), D(2024, 9, 15)),  # across the year
])
def test_inventory_six_months_boundary(today: dt.date, limit: dt.date) -> None:
    assert months_before(today, 6) == limit
    assert status(ItemCode.LIBRARY_INVENTORY, _library(limit), today=today) is Status.CUMPLE
    older = limit - dt.timedelta(days=1)
    assert status(ItemCode.LIBRARY_INVENTORY, _library(older), today=today) is Status.VENCIDO


def test_recent_inventory_says_when_the_next_is_due() -> None:
    found = item(ItemCode.LIBRARY_INVENTORY, _library(D(2024, 8, 31)))
    assert found.action.params == {"due": D(2025, 2, 28)}


def test_a_library_without_inventory_date_is_pending() -> None:
    assert item(ItemCode.LIBRARY_INVENTORY, _library(None)).reason.key == "inventory_missing"


def test_functional_library_names_what_is_missing() -> None:
    assert status(ItemCode.LIBRARY_FUNCTIONAL, _library(TODAY)) is Status.CUMPLE
    facts = _library(TODAY, functional=("space_set_up", "collection_organised", "hours_posted",
                                        "plan_lector_activities"), responsible=" ")
    found = item(ItemCode.LIBRARY_FUNCTIONAL, facts)
    assert found.status is Status.PENDIENTE
    assert render(found.reason, "es") == (
        "Falta: registro de préstamos, mobiliario suficiente, responsable designado.")
    assert render(found.reason, "en") == (
        "Missing: loan register, enough furniture, a named person in charge.")


# --- Commitments


def _commitments(*pairs: tuple[str, dt.date | None]) -> SchoolFacts:
    return SchoolFacts(commitments=tuple(CommitmentFacts(s, d) for s, d in pairs))


def test_open_commitments_past_due_are_overdue_with_count_and_oldest_date() -> None:
    facts = _commitments(("pendiente", D(2024, 9, 30)), ("en_proceso", D(2024, 6, 1)),
                         ("cumplido", D(2024, 1, 1)), ("pendiente", D(2025, 3, 1)))
    found = item(ItemCode.COMMITMENTS, facts)
    assert found.status is Status.VENCIDO
    assert render(found.reason, "es") == "2 compromiso(s) vencido(s); el más antiguo venció el 01/06/2024."


def test_a_commitment_due_today_is_not_overdue_yet() -> None:
    assert status(ItemCode.COMMITMENTS, _commitments(("pendiente", TODAY))) is Status.PENDIENTE
    yesterday = TODAY - dt.timedelta(days=1)
    assert status(ItemCode.COMMITMENTS, _commitments(("pendiente", yesterday))) is Status.VENCIDO


def test_commitments_due_within_thirty_days_are_pending_later_ones_met() -> None:
    assert status(ItemCode.COMMITMENTS,
                  _commitments(("pendiente", TODAY + dt.timedelta(days=30)))) is Status.PENDIENTE
    later = item(ItemCode.COMMITMENTS, _commitments(("pendiente", TODAY + dt.timedelta(days=31)),
                                                    ("en_proceso", None)))
    assert later.status is Status.CUMPLE and later.reason.params == {"open": 2}


def test_closed_commitments_only_are_met() -> None:
    facts = _commitments(("cumplido", D(2024, 1, 1)), ("no_cumplido", D(2024, 2, 1)),
                         ("anulado", D(2024, 3, 1)))
    assert status(ItemCode.COMMITMENTS, facts) is Status.CUMPLE


def test_a_commitment_the_school_reports_kept_awaits_the_next_visit() -> None:
    """D34: reported, it is no longer overdue, but stays pending until a visit verifies it."""
    reported = CommitmentFacts("pendiente", D(2024, 6, 1), reported_on=D(2024, 10, 20))
    found = item(ItemCode.COMMITMENTS, SchoolFacts(commitments=(reported,)))
    assert found.status is Status.PENDIENTE
    assert render(found.reason, "es") == (
        "La IE informa que cumplió 1 compromiso(s) (el último informe, el 20/10/2024): por "
        "verificar en la próxima visita.")
    overdue = CommitmentFacts("pendiente", D(2024, 9, 1))
    both = item(ItemCode.COMMITMENTS, SchoolFacts(commitments=(reported, overdue)))
    assert both.status is Status.VENCIDO
    assert render(both.reason, "es") == (
        "1 compromiso(s) vencido(s); el más antiguo venció el 01/09/2024. La IE informa que "
        "cumplió 1 (el último informe, el 20/10/2024): por verificar en la próxima visita.")
    verified = CommitmentFacts("cumplido", D(2024, 6, 1), reported_on=D(2024, 10, 20))
    assert status(ItemCode.COMMITMENTS, SchoolFacts(commitments=(verified,))) is Status.CUMPLE


# --- Every school, every item


dates = st.dates(min_value=D(2019, 1, 1), max_value=D(2027, 12, 31))
codes = st.sampled_from(["sismo", "extintor", "primeros_auxilios", "otro_codigo"])
facts_strategy = st.builds(
    SchoolFacts,
    plans=st.lists(st.builds(PlanFacts, st.integers(2019, 2027), st.sampled_from(PLAN_STATUSES),
                             st.none() | dates, st.none() | dates), max_size=4).map(tuple),
    grd_body=st.none() | st.builds(GrdBodyFacts, codes, st.sampled_from(["", "RD 1"]),
                                   st.none() | dates, st.integers(0, 3)),
    brigades=st.lists(st.builds(BrigadeFacts, codes, st.lists(st.builds(
        BrigadeMemberFacts, st.sampled_from(["lider", "escolar"]), st.none() | dates),
        max_size=3).map(tuple)), max_size=3).map(tuple),
    drills=st.lists(st.builds(DrillFacts, dates, st.booleans()), max_size=5).map(tuple),
    devices=st.lists(st.builds(DeviceFacts, codes, st.integers(0, 3),
                               st.sampled_from(DEVICE_STATES), st.none() | dates),
                     max_size=4).map(tuple),
    library=st.none() | st.builds(LibraryFacts, st.none() | dates,
                                  st.frozensets(st.sampled_from(FUNCTIONAL_ITEMS)),
                                  st.sampled_from(["", "Rosa"])),
    commitments=st.lists(st.builds(CommitmentFacts, st.sampled_from(COMMITMENT_STATUSES),
                                   st.none() | dates), max_size=5).map(tuple),
)


@given(facts=facts_strategy, today=dates, national=st.lists(dates, max_size=6))
def test_every_school_gets_exactly_one_status_per_item_and_sentences_in_both_languages(
        facts: SchoolFacts, today: dt.date, national: list[dt.date]) -> None:
    items = checklist(facts, today, national)
    assert [i.code for i in items] == list(ItemCode)
    for found in items:
        assert isinstance(found.status, Status)
        assert found.reason.key in SENTENCES and found.action.key in SENTENCES
        for lang in ("es", "en"):
            shown = render_item(found, lang)
            assert shown.reason and shown.action and "{" not in shown.reason + shown.action
            assert item_data(found, lang)["status"] == found.status.value
