"""What the GRD and library editors read: whole records of a local, the records under one
record, catalogue choices, and returning a loan."""

from __future__ import annotations

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.local_records import (
    catalogue_choices,
    record,
    records_of_local,
    records_under,
    return_loan,
)
from monitor_app.services.records import delete_record, put_record
from monitor_app.services.school_page import school_library, school_record
from tests.conftest import SCHOOL_A, SCHOOL_B


def test_records_of_a_local_and_under_a_record(ctx: AppContext) -> None:
    brigade = put_record(ctx, "brigades", {"codlocal": SCHOOL_A.codlocal,
                                           "brigade_type": "primeros_auxilios"})
    put_record(ctx, "brigades", {"codlocal": SCHOOL_B.codlocal,
                                 "brigade_type": "primeros_auxilios"})
    member = put_record(ctx, "brigade_members", {"brigade_id": brigade, "name": "Rosa P.",
                                                 "member_type": "docente", "role": "lider"})
    gone = put_record(ctx, "brigade_members", {"brigade_id": brigade, "name": "Luis R.",
                                               "member_type": "docente", "role": "lider"})
    delete_record(ctx, "brigade_members", gone)
    school = school_record(ctx, SCHOOL_A.cod_mod, "0")
    assert [b["id"] for b in records_of_local(ctx, school, "brigades")] == [brigade]
    [shown] = records_under(ctx, "brigade_members", brigade)
    assert shown["id"] == member and shown["name"] == "Rosa P."
    assert record(ctx, "brigade_members", member)["role"] == "lider"
    with pytest.raises(MonitorError) as refused:
        record(ctx, "brigade_members", gone)
    assert refused.value.code == ErrorCode.RECORD_NOT_FOUND


def test_months_come_back_as_numbers(ctx: AppContext) -> None:
    plan = put_record(ctx, "grd_plans", {"codlocal": SCHOOL_A.codlocal, "year": 2024})
    put_record(ctx, "grd_plan_hazards", {"plan_id": plan, "hazard": "sismo", "months": [3, 1],
                                         "risk_level": "alto"})
    [hazard] = records_under(ctx, "grd_plan_hazards", plan)
    assert hazard["months"] == [1, 3]


def test_catalogue_choices_are_labelled_in_the_language(ctx: AppContext) -> None:
    spanish = dict(catalogue_choices(ctx, "device_types", "es"))
    english = dict(catalogue_choices(ctx, "device_types", "en"))
    assert spanish["extintor"] == "Extintor" and english["extintor"] != "Extintor"


def test_returning_a_loan_puts_the_copy_back(ctx: AppContext) -> None:
    library = put_record(ctx, "libraries", {"codlocal": SCHOOL_A.codlocal,
                                            "library_type": "biblioteca_escolar"})
    copy = put_record(ctx, "library_copies", {"library_id": library,
                                              "registration_number": "BE-1", "title": "Ande"})
    put_record(ctx, "library_movements", {"copy_id": copy, "date": "2024-03-01", "quantity": 1,
                                          "reason": "ingreso"})
    loan = put_record(ctx, "library_loans", {"copy_id": copy, "reader": "Rosa P.",
                                             "out_date": "2024-10-01", "due_date": "2024-10-15"})
    changes = return_loan(ctx, loan)
    assert changes.kinds == {"library_loans"}
    assert record(ctx, "library_loans", loan)["returned_date"] == ctx.today().isoformat()
    [held] = school_library(ctx, school_record(ctx, SCHOOL_A.cod_mod, "0")).copies
    assert held.on_loan == 0
    assert not return_loan(ctx, loan)  # already back: nothing written
