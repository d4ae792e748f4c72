"""What the school finder and the school page read: ranking, why a row matched, a school's
visits, GRD and library records as plain values."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.records import put_record
from monitor_app.services.school_page import (
    school_grd,
    school_library,
    school_record,
    school_visits,
)
from monitor_app.services.schools import find_schools
from monitor_app.storage.schools import rebuild_search_index
from tests.conftest import SCHOOL_A, SCHOOL_B, SCHOOL_OTHER_UGEL, add_schools

SHOWN = ("cod_mod", "anexo", "codlocal", "cen_edu", "d_niv_mod", "d_dist")
TODAY = dt.date(2024, 10, 27)  # the fake wall clock's day


def _visit(ctx: AppContext, school=SCHOOL_B, day: str = "2024-10-01") -> str:  # type: ignore[no-untyped-def]
    return put_record(ctx, "visits", {"cod_mod": school.cod_mod, "date": day, "type": "monitoreo",
                                      "status": "cerrada", "specialist": "Luis Rojas"})


def test_schools_worked_on_come_first(ctx: AppContext) -> None:
    assert [m.school.cen_edu for m in find_schools(ctx, "", 10, shown=SHOWN)][:2] == [
        "0015 LAS AZUCENAS", "017 CUNA JARDIN"]  # by name
    visit = _visit(ctx, SCHOOL_A)
    put_record(ctx, "commitments", {"visit_id": visit, "description": "Colocar señalética",
                                    "due_date": "2024-11-30"})
    [first, *rest] = find_schools(ctx, "", 10, shown=SHOWN)
    assert first.school == SCHOOL_A and first.worked_on and first.open_commitments == 1
    assert first.last_visit == "2024-10-01"
    assert not any(m.worked_on for m in rest)
    opened = find_schools(ctx, "", 10, shown=SHOWN, opened=[(SCHOOL_OTHER_UGEL.cod_mod, "0")])
    assert [m.school for m in opened[:2]] == [SCHOOL_OTHER_UGEL, SCHOOL_A]


def test_a_match_in_a_hidden_field_is_named(ctx: AppContext) -> None:
    hidden = SCHOOL_B.__class__(cod_mod="0777777", anexo="0", codlocal="700001",
                                cen_edu="MI PEQUEÑO ANGELITO", d_dist="EL AGUSTINO",
                                cen_pob="JOSÉ MARÍA ARGUEDAS", codooii="150105")
    add_schools(ctx, hidden)
    with ctx.transaction():
        rebuild_search_index(ctx.store)
    [found] = find_schools(ctx, "arguedas", 10, shown=SHOWN)
    assert found.school == hidden and found.hidden_matches == ("cen_pob",)
    [found] = find_schools(ctx, "angelito", 10, shown=SHOWN)
    assert found.hidden_matches == ()


def test_visits_of_any_specialist_newest_first(ctx: AppContext) -> None:
    _visit(ctx, day="2024-09-01")
    _visit(ctx, day="2024-10-20")
    visits = school_visits(ctx, school_record(ctx, SCHOOL_B.cod_mod, "0"), "es")
    assert [v.date for v in visits] == [dt.date(2024, 10, 20), dt.date(2024, 9, 1)]
    assert visits[0].visit_type == "Monitoreo" and visits[0].specialist == "Luis Rojas"


def test_devices_carry_their_expiry_state(ctx: AppContext) -> None:
    for expiry in ("2024-10-01", "2024-11-10", "2025-06-01"):
        put_record(ctx, "safety_devices", {"codlocal": SCHOOL_A.codlocal, "device_type": "extintor",
                                           "quantity": 1, "expiry_date": expiry})
    grd = school_grd(ctx, school_record(ctx, SCHOOL_A.cod_mod, "0"), "es")
    states = sorted((d.expiry_date.isoformat(), d.expired, d.expiring) for d in grd.devices)
    assert states == [("2024-10-01", True, False), ("2024-11-10", False, True),
                      ("2025-06-01", False, False)]
    assert grd.devices[0].device_type == "Extintor"


def test_library_copies_and_overdue_loans(ctx: AppContext) -> None:
    library = put_record(ctx, "libraries", {"codlocal": SCHOOL_A.codlocal,
                                            "library_type": "biblioteca_escolar"})
    copy = put_record(ctx, "library_copies", {"library_id": library, "registration_number": "BE-1",
                                              "title": "Paco Yunque"})
    put_record(ctx, "library_movements", {"copy_id": copy, "date": "2024-03-01", "quantity": 3,
                                          "reason": "ingreso"})
    put_record(ctx, "library_loans", {"copy_id": copy, "reader": "Rosa P.", "out_date": "2024-10-01",
                                      "due_date": "2024-10-15"})
    shelf = school_library(ctx, school_record(ctx, SCHOOL_A.cod_mod, "0"))
    [held] = shelf.copies
    assert (held.title, held.stock, held.on_loan) == ("Paco Yunque", 3, 1)
    [loan] = shelf.loans
    assert loan.overdue and loan.returned_date is None


def test_a_school_out_of_scope_is_refused(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refused:
        school_record(ctx, SCHOOL_OTHER_UGEL.cod_mod, "0")
    assert refused.value.code == ErrorCode.OUT_OF_SCOPE


def test_a_directors_own_school_is_its_anexo_0(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from monitor_app.core.roles import Role
    from monitor_app.services.school_page import own_school
    from tests.conftest import SCHOOL_A, add_schools, enrol

    director = enrol(tmp_path / "director.db", Role.DIRECTOR, school=SCHOOL_A.cod_mod)
    try:
        assert own_school(director) is None  # the directory does not list it yet
        add_schools(director, SCHOOL_A)
        found = own_school(director)
        assert found is not None and (found.cod_mod, found.anexo) == (SCHOOL_A.cod_mod, "0")
    finally:
        director.close()
    specialist = enrol(tmp_path / "specialist.db")
    try:
        assert own_school(specialist) is None
    finally:
        specialist.close()
