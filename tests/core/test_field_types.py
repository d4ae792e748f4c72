"""Field types added for the field records: times, codes of a local, ISBNs, months, JSON,
SHA-256, bounds, and natural keys."""

import datetime as dt

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.grd_kinds import BRIGADE_MEMBERS, DRILLS, GRD_PLAN_HAZARDS, GRD_PLANS
from monitor_app.core.library_kinds import LIBRARY_COPIES, LIBRARY_LOANS
from monitor_app.core.record_rules import check_record
from monitor_app.core.identity import natural_key_id
from monitor_app.core.validation import prepare_put, record_key, stored_to_record
from monitor_app.core.visit_kinds import ANSWERS, EVIDENCE, VISITS

TODAY = dt.date(2024, 10, 27)
PLAN = {"codlocal": "304756", "year": 2024}


def _refusal(kind, incoming) -> MonitorError:  # type: ignore[no-untyped-def]
    with pytest.raises(MonitorError) as refused:
        prepare_put(kind, incoming, None)
    return refused.value


@pytest.mark.parametrize(
    ("kind", "incoming", "code", "field"),
    [
        (DRILLS, {"codlocal": "304756", "date": "2024-05-31", "shift": "manana",
                  "hazard": "sismo", "time": "25:00"}, ErrorCode.INVALID_VALUE, "time"),
        (GRD_PLANS, {"codlocal": "30475X", "year": 2024}, ErrorCode.INVALID_VALUE, "codlocal"),
        (GRD_PLANS, {"codlocal": "304756", "year": 1999}, ErrorCode.OUT_OF_RANGE, "year"),
        (GRD_PLANS, {"codlocal": "304756", "year": "2024"}, ErrorCode.WRONG_TYPE, "year"),
        (LIBRARY_COPIES, {"library_id": "l1", "registration_number": "1", "title": "Paco Yunque",
                          "isbn": "978-84-376-0494-8"}, ErrorCode.INVALID_ISBN, "isbn"),
        (GRD_PLAN_HAZARDS, {"plan_id": "p1", "hazard": "sismo", "risk_level": "alto",
                            "months": [1, 13]}, ErrorCode.INVALID_VALUE, "months"),
        (GRD_PLAN_HAZARDS, {"plan_id": "p1", "hazard": "sismo", "risk_level": "altisimo"},
         ErrorCode.INVALID_VALUE, "risk_level"),
        (EVIDENCE, {"sha256": "abc", "visit_id": "v1"}, ErrorCode.INVALID_VALUE, "sha256"),
        (VISITS, {"cod_mod": "0335273", "date": "2024-05-02", "type": "con espacio"},
         ErrorCode.INVALID_VALUE, "type"),
        (VISITS, {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo",
                  "latitude": -91}, ErrorCode.OUT_OF_RANGE, "latitude"),
    ],
)
def test_bad_values_are_refused_naming_the_field(kind, incoming, code, field) -> None:  # type: ignore[no-untyped-def]
    refusal = _refusal(kind, incoming)
    assert (refusal.code, refusal.params["field"]) == (code, field)


def test_values_are_normalised_to_their_stored_form() -> None:
    _, copy = prepare_put(LIBRARY_COPIES, {"library_id": "l1", "registration_number": "7",
                                           "title": "Paco Yunque", "isbn": "84-376-0494-x\n"},
                          None)
    assert copy["isbn"] == "9788437604947"
    _, hazard = prepare_put(GRD_PLAN_HAZARDS, {"plan_id": "p1", "hazard": "sismo",
                                               "risk_level": "alto", "months": [3, 1, 3]}, None)
    assert hazard["months"] == "[1, 3]"
    _, plan = prepare_put(GRD_PLANS, {"codlocal": "4756", "year": 2024}, None)
    assert plan["codlocal"] == "004756"


def test_json_values_round_trip_through_their_stored_text() -> None:
    incoming = {"visit_id": "v1", "instrument": "rubricas", "version": 1, "item": "d1",
                "value": ["b", "a"]}
    pk, values = prepare_put(ANSWERS, incoming, None)
    shown = stored_to_record(ANSWERS, {"id": pk, **values})
    assert shown["value"] == ["b", "a"]


def test_a_natural_key_gives_every_device_the_same_id() -> None:
    first = record_key(GRD_PLANS, PLAN)
    assert first == record_key(GRD_PLANS, {"codlocal": "304756", "year": 2024, "status": "aprobado"})
    assert first == natural_key_id(GRD_PLANS, PLAN)
    assert first != record_key(GRD_PLANS, {"codlocal": "304756", "year": 2025})
    pk, _ = prepare_put(GRD_PLANS, PLAN, None)
    assert pk == first


def test_a_record_without_a_natural_key_gets_a_new_id_each_time() -> None:
    assert record_key(BRIGADE_MEMBERS, {"brigade_id": "b1", "name": "J. P."}) is None


def test_the_fields_of_a_natural_key_never_change() -> None:
    pk = record_key(GRD_PLANS, PLAN)
    existing = {"id": pk, **PLAN, "_deleted": 0}
    with pytest.raises(MonitorError) as refused:
        prepare_put(GRD_PLANS, {"id": pk, "year": 2025}, existing)
    assert refused.value.code is ErrorCode.KEY_FIELD_CHANGED
    with pytest.raises(MonitorError) as mismatched:
        prepare_put(GRD_PLANS, {"id": "another-id", **PLAN}, None)
    assert mismatched.value.code is ErrorCode.KEY_FIELD_CHANGED


def test_a_new_record_writes_no_empty_fields() -> None:
    _, values = prepare_put(GRD_PLANS, PLAN, None)
    assert None not in values.values()
    assert values["status"] == "en_elaboracion" and values["_deleted"] is False


@pytest.mark.parametrize(
    ("kind", "record", "code", "field"),
    [
        (DRILLS, {"date": "2024-10-28"}, ErrorCode.DATE_IN_FUTURE, "date"),
        (VISITS, {"date": "2024-11-02", "status": "cerrada"}, ErrorCode.DATE_IN_FUTURE, "date"),
        (VISITS, {"start_time": "10:00", "end_time": "09:30"}, ErrorCode.DATE_BEFORE, "end_time"),
        (LIBRARY_LOANS, {"reader": "A. R.", "out_date": "2024-10-01", "due_date": "2024-09-30"},
         ErrorCode.DATE_BEFORE, "due_date"),
        (LIBRARY_LOANS, {"reader": "A. R.", "out_date": "2024-10-01", "due_date": "2024-10-08",
                         "returned_date": "2024-09-01"}, ErrorCode.DATE_BEFORE, "returned_date"),
        (BRIGADE_MEMBERS, {"name": "Juan 45879632"}, ErrorCode.LOOKS_LIKE_DNI, "name"),
        (EVIDENCE, {"visit_id": "v1", "answer_id": "a1"}, ErrorCode.ATTACH_EXACTLY_ONE, None),
        (EVIDENCE, {}, ErrorCode.ATTACH_EXACTLY_ONE, None),
    ],
)
def test_record_rules_refuse_naming_the_field(kind, record, code, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MonitorError) as refused:
        check_record(kind.rules, record, TODAY)
    assert refused.value.code is code
    assert refused.value.params.get("field") == field


def test_record_rules_accept_what_is_allowed() -> None:
    check_record(DRILLS.rules, {"date": "2024-10-27"}, TODAY)
    check_record(VISITS.rules, {"date": "2024-12-02", "status": "planificada"}, TODAY)
    check_record(BRIGADE_MEMBERS.rules, {"name": "J. P. (3.º B)"}, TODAY)
    check_record(EVIDENCE.rules, {"grd_plan_id": "p1"}, TODAY)
