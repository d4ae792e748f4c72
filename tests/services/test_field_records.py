"""Records of a local (GRD, library) and their rules, written through the records service."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext
from monitor_app.services.records import list_records, put_record, put_records
from monitor_app.storage.catalogues import CatalogueEntry, upsert_catalogue_entries
from tests.conftest import SCHOOL_A, SCHOOL_B, SCHOOL_OTHER_UGEL, FakeWallClock, add_schools, enrol

LOCAL_A = SCHOOL_A.codlocal
VISIT = {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02", "type": "monitoreo"}


def _refused(ctx: AppContext, kind: str, record: dict) -> MonitorError:
    before = _change_count(ctx)
    with pytest.raises(MonitorError) as refusal:
        put_records(ctx, kind, [(1, record)])
    assert _change_count(ctx) == before  # nothing half-written
    return refusal.value


def _change_count(ctx: AppContext) -> int:
    return ctx.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def _library_copy(ctx: AppContext, number: str = "0001") -> str:
    library = put_record(ctx, "libraries", {"codlocal": LOCAL_A,
                                            "library_type": "biblioteca_escolar"})
    return put_record(ctx, "library_copies", {"library_id": library, "registration_number": number,
                                              "title": "Paco Yunque", "isbn": "9788437604947"})


def test_a_plan_put_twice_for_the_same_local_and_year_is_one_record(ctx: AppContext) -> None:
    first = put_record(ctx, "grd_plans", {"codlocal": LOCAL_A, "year": 2024})
    again = put_record(ctx, "grd_plans", {"codlocal": LOCAL_A, "year": 2024, "status": "aprobado",
                                          "approval_rd": "RD 012-2024"})
    assert first == again
    [plan] = list_records(ctx, "grd_plans")
    assert (plan["status"], plan["approval_rd"], plan["has_isie"]) == ("aprobado", "RD 012-2024",
                                                                       False)


def test_a_local_must_be_in_the_directory_and_in_scope(ctx: AppContext) -> None:
    unknown = _refused(ctx, "brigades", {"codlocal": "999999",
                                         "brigade_type": "primeros_auxilios"})
    assert unknown.code is ErrorCode.LOCAL_NOT_FOUND
    foreign = _refused(ctx, "brigades", {"codlocal": SCHOOL_OTHER_UGEL.codlocal,
                                         "brigade_type": "primeros_auxilios"})
    assert foreign.code is ErrorCode.OUT_OF_SCOPE


def test_a_director_holds_only_the_local_of_their_school(tmp_path: Path, wall: FakeWallClock) -> None:
    director = enrol(tmp_path / "d.db", role=Role.DIRECTOR, school=SCHOOL_A.cod_mod, wall=wall)
    add_schools(director, SCHOOL_A, SCHOOL_B)
    put_record(director, "safety_devices", {"codlocal": LOCAL_A, "device_type": "extintor",
                                            "quantity": 2, "expiry_date": "2025-03-01"})
    refusal = _refused(director, "safety_devices", {"codlocal": SCHOOL_B.codlocal,
                                                    "device_type": "extintor", "quantity": 1})
    assert refusal.code is ErrorCode.OUT_OF_SCOPE
    director.close()


def test_a_code_outside_its_catalogue_is_refused_until_the_ugel_adds_it(ctx: AppContext) -> None:
    drill = {"codlocal": LOCAL_A, "date": "2024-08-15", "shift": "manana", "hazard": "volcan"}
    refusal = _refused(ctx, "drills", drill)
    assert (refusal.code, refusal.params["field"]) == (ErrorCode.NOT_IN_CATALOGUE, "hazard")
    assert "sismo" in refusal.params["allowed"]
    with ctx.transaction():
        upsert_catalogue_entries(ctx.store.conn, [CatalogueEntry("hazards", "volcan",
                                                                 "Erupción volcánica",
                                                                 "Volcanic eruption", 99)])
    put_record(ctx, "drills", drill)
    assert [d["hazard"] for d in list_records(ctx, "drills")] == ["volcan"]


def test_a_drill_in_the_future_is_refused(ctx: AppContext) -> None:
    refusal = _refused(ctx, "drills", {"codlocal": LOCAL_A, "date": "2024-11-06",
                                       "shift": "manana", "hazard": "sismo"})
    assert (refusal.code, refusal.params["field"]) == (ErrorCode.DATE_IN_FUTURE, "date")


def test_an_invalid_date_is_refused_naming_the_field(ctx: AppContext) -> None:
    refusal = _refused(ctx, "grd_plans", {"codlocal": LOCAL_A, "year": 2024,
                                          "approval_date": "2024-02-30"})
    assert (refusal.code, refusal.params["field"]) == (ErrorCode.INVALID_VALUE, "approval_date")


def test_a_commitment_needs_an_existing_visit(ctx: AppContext) -> None:
    missing = _refused(ctx, "commitments", {"description": "Reponer el botiquín"})
    assert (missing.code, missing.params["field"]) == (ErrorCode.REQUIRED_FIELD, "visit_id")
    dangling = _refused(ctx, "commitments", {"visit_id": "no-such-visit",
                                             "description": "Reponer el botiquín"})
    assert (dangling.code, dangling.params["field"]) == (ErrorCode.REFERENCE_NOT_FOUND, "visit_id")


def test_a_student_brigade_member_is_never_recorded_with_a_dni(ctx: AppContext) -> None:
    brigade = put_record(ctx, "brigades", {"codlocal": LOCAL_A, "brigade_type": "primeros_auxilios"})
    refusal = _refused(ctx, "brigade_members", {"brigade_id": brigade, "name": "72145896",
                                                "member_type": "estudiante", "role": "escolar"})
    assert refusal.code is ErrorCode.LOOKS_LIKE_DNI


def test_a_registration_number_is_unique_within_its_library(ctx: AppContext) -> None:
    copy_id = _library_copy(ctx)
    library = list_records(ctx, "libraries")[0]["id"]
    refusal = _refused(ctx, "library_copies", {"library_id": library, "registration_number": "0001",
                                               "title": "Otro libro"})
    assert (refusal.code, refusal.params["field"]) == (ErrorCode.DUPLICATE_RECORD,
                                                       "registration_number")
    assert refusal.params["id"] == copy_id
    put_records(ctx, "library_copies", [(1, {"id": copy_id, "condition": "regular"})])


def test_a_wrong_isbn_check_digit_is_refused(ctx: AppContext) -> None:
    library = put_record(ctx, "libraries", {"codlocal": LOCAL_A,
                                            "library_type": "biblioteca_escolar"})
    refusal = _refused(ctx, "library_copies", {"library_id": library, "registration_number": "9",
                                               "title": "Paco Yunque", "isbn": "9788437604940"})
    assert (refusal.code, refusal.params["field"]) == (ErrorCode.INVALID_ISBN, "isbn")


def test_quantities_are_a_ledger_that_never_goes_below_zero(ctx: AppContext) -> None:
    copy_id = _library_copy(ctx)
    put_record(ctx, "library_movements", {"copy_id": copy_id, "date": "2024-03-01",
                                          "quantity": 3, "reason": "ingreso"})
    put_record(ctx, "library_movements", {"copy_id": copy_id, "date": "2024-06-01",
                                          "quantity": -2, "reason": "baja"})
    refusal = _refused(ctx, "library_movements", {"copy_id": copy_id, "date": "2024-07-01",
                                                  "quantity": -2, "reason": "extravio"})
    assert (refusal.code, refusal.params["quantity"]) == (ErrorCode.QUANTITY_BELOW_ZERO, -1)
    assert sum(m["quantity"] for m in list_records(ctx, "library_movements")) == 1


def test_a_loan_needs_a_copy_on_the_shelf(ctx: AppContext) -> None:
    copy_id = _library_copy(ctx)
    put_record(ctx, "library_movements", {"copy_id": copy_id, "date": "2024-03-01",
                                          "quantity": 1, "reason": "ingreso"})
    loan = {"copy_id": copy_id, "reader": "M. T. (5.º A)", "out_date": "2024-10-01",
            "due_date": "2024-10-15"}
    first = put_record(ctx, "library_loans", loan)
    refusal = _refused(ctx, "library_loans", loan)
    assert refusal.code is ErrorCode.COPY_NOT_AVAILABLE
    put_records(ctx, "library_loans", [(1, {"id": first, "returned_date": "2024-10-10"})])
    put_record(ctx, "library_loans", loan)
    assert len(list_records(ctx, "library_loans")) == 2
