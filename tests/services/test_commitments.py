"""Follow-up of commitments: the next visit lists the open ones and records their verification."""

from __future__ import annotations

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.commitments import open_commitments, verify_commitment
from monitor_app.services.context import AppContext
from monitor_app.services.records import list_records, put_record
from tests.conftest import SCHOOL_A, SCHOOL_B, SCHOOL_OTHER_UGEL


def _visit(ctx: AppContext, date: str, school: str = SCHOOL_A.cod_mod) -> str:
    return put_record(ctx, "visits", {"cod_mod": school, "date": date, "type": "monitoreo",
                                      "status": "cerrada"})


def _commitment(ctx: AppContext, visit: str, due: str | None, status: str = "pendiente") -> str:
    return put_record(ctx, "commitments", {"visit_id": visit, "description": f"Tarea {due}",
                                           "due_date": due, "status": status})


def test_a_school_lists_its_open_commitments_due_first(ctx: AppContext) -> None:
    first = _visit(ctx, "2024-04-10")
    later = _commitment(ctx, first, "2024-09-30")
    sooner = _commitment(ctx, first, "2024-06-30", status="en_proceso")
    undated = _commitment(ctx, first, None)
    _commitment(ctx, first, "2024-05-30", status="cumplido")
    _commitment(ctx, _visit(ctx, "2024-04-11", SCHOOL_B.cod_mod), "2024-05-01")
    assert [c.id for c in open_commitments(ctx, SCHOOL_A.cod_mod)] == [sooner, later, undated]


def test_a_later_visit_records_the_verification(ctx: AppContext) -> None:
    agreed = _visit(ctx, "2024-04-10")
    commitment = _commitment(ctx, agreed, "2024-06-30")
    follow_up = _visit(ctx, "2024-07-02")
    verify_commitment(ctx, commitment, visit_id=follow_up, status="cumplido", note="Botiquín repuesto")
    [stored] = [c for c in list_records(ctx, "commitments") if c["id"] == commitment]
    assert (stored["status"], stored["verified_visit_id"], stored["verified_on"],
            stored["verification_note"]) == ("cumplido", follow_up, "2024-07-02", "Botiquín repuesto")
    assert open_commitments(ctx, SCHOOL_A.cod_mod) == []


def test_a_visit_to_another_school_or_an_earlier_one_cannot_verify(ctx: AppContext) -> None:
    agreed = _visit(ctx, "2024-04-10")
    commitment = _commitment(ctx, agreed, "2024-06-30")
    for visit in (_visit(ctx, "2024-07-02", SCHOOL_B.cod_mod), _visit(ctx, "2024-03-01")):
        with pytest.raises(MonitorError) as refused:
            verify_commitment(ctx, commitment, visit_id=visit, status="cumplido")
        assert refused.value.params["field"] == "verified_visit_id"
    with pytest.raises(MonitorError) as bad_status:
        verify_commitment(ctx, commitment, visit_id=agreed, status="hecho")
    assert bad_status.value.params["field"] == "status"
    assert open_commitments(ctx, SCHOOL_A.cod_mod)[0].status == "pendiente"


def test_a_school_out_of_scope_is_refused(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refused:
        open_commitments(ctx, SCHOOL_OTHER_UGEL.cod_mod)
    assert refused.value.code is ErrorCode.OUT_OF_SCOPE
