import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kinds import KINDS, kind_named
from monitor_app.core.validation import prepare_put, stored_to_record
from monitor_app.core.visit_kinds import COMMITMENTS, VISITS

VISIT = {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}


def test_a_new_record_gets_an_id_and_defaults() -> None:
    pk, values = prepare_put(VISITS, VISIT, None)
    assert len(pk) == 36
    assert values["anexo"] == "0" and values["status"] == "planificada" and values["notes"] == ""
    assert values["_deleted"] is False


def test_an_update_writes_only_the_fields_named() -> None:
    pk, values = prepare_put(VISITS, {"id": "v1", "notes": " ok "}, {"id": "v1", "_deleted": 0})
    assert (pk, values) == ("v1", {"notes": "ok"})


def test_an_update_of_a_deleted_record_restores_it() -> None:
    _, values = prepare_put(VISITS, {"id": "v1", "notes": "x"}, {"id": "v1", "_deleted": 1})
    assert values["_deleted"] is False


@pytest.mark.parametrize(
    ("incoming", "code", "field"),
    [
        ({**VISIT, "colour": "red"}, ErrorCode.UNKNOWN_FIELD, "colour"),
        ({**VISIT, "date": "02/05/2024"}, ErrorCode.INVALID_VALUE, "date"),
        ({**VISIT, "date": "2024-02-30"}, ErrorCode.INVALID_VALUE, "date"),
        ({**VISIT, "date": 20240502}, ErrorCode.WRONG_TYPE, "date"),
        ({**VISIT, "status": "paseo"}, ErrorCode.INVALID_VALUE, "status"),
        ({**VISIT, "cod_mod": "12"}, ErrorCode.INVALID_VALUE, "cod_mod"),
        ({"date": "2024-05-02", "type": "monitoreo"}, ErrorCode.REQUIRED_FIELD, "cod_mod"),
        ({**VISIT, "cod_mod": None}, ErrorCode.REQUIRED_FIELD, "cod_mod"),
        ({**VISIT, "id": 7}, ErrorCode.WRONG_TYPE, "id"),
        ({**VISIT, "id": "a b"}, ErrorCode.INVALID_VALUE, "id"),
        ({**VISIT, "_deleted": True}, ErrorCode.UNKNOWN_FIELD, "_deleted"),
    ],
)
def test_bad_values_are_refused_naming_the_field(incoming: dict, code: ErrorCode, field: str) -> None:
    with pytest.raises(MonitorError) as refusal:
        prepare_put(VISITS, incoming, None)
    assert refusal.value.code is code
    assert refusal.value.params["field"] == field


def test_a_non_object_is_refused() -> None:
    with pytest.raises(MonitorError) as refusal:
        prepare_put(COMMITMENTS, ["x"], None)
    assert refusal.value.code is ErrorCode.NOT_AN_OBJECT


def test_unknown_kind() -> None:
    with pytest.raises(MonitorError) as refusal:
        kind_named("visitas")
    assert refusal.value.code is ErrorCode.UNKNOWN_KIND


def test_kinds_required_by_the_foundation_exist_with_their_fields() -> None:
    assert set(KINDS["visits"].field_names) >= {"cod_mod", "anexo", "date", "type", "status", "notes"}
    assert set(KINDS["commitments"].field_names) >= {
        "visit_id", "description", "responsible", "due_date", "status"}


def test_stored_rows_are_shown_in_declared_order() -> None:
    row = {"_deleted": 0, "notes": "", "id": "v1", "cod_mod": "0335273", "anexo": "0",
           "date": "2024-05-02", "type": "monitoreo", "status": "cerrada"}
    assert list(stored_to_record(VISITS, row)) == ["id", *VISITS.field_names]
