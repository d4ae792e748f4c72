"""Records written through the services: validation, links between records, scope, one transaction."""

import json
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.identity import id_matches, mint_id
from monitor_app.core.jsonlines import parse_json_lines
from monitor_app.core.visit_kinds import VISITS
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext
from monitor_app.services.records import delete_record, list_records, put_records
from tests.conftest import SCHOOL_A, SCHOOL_B, SCHOOL_OTHER_UGEL, add_schools, enrol

VISIT = {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02", "type": "monitoreo"}


def _put(ctx: AppContext, kind: str, *items: dict) -> list[str]:
    report = put_records(ctx, kind, enumerate(items, start=1))
    return report.created + report.updated


def _count_changes(ctx: AppContext) -> int:
    return ctx.store.db.execute("SELECT count(*) FROM changes").fetchone()[0]


def test_put_creates_then_updates_only_the_named_fields(ctx: AppContext) -> None:
    [visit_id] = _put(ctx, "visits", VISIT)
    report = put_records(ctx, "visits", [(1, {"id": visit_id, "status": "cerrada"})])
    assert report.updated == [visit_id] and report.fields_written == 1
    [record] = list_records(ctx, "visits")
    assert record == {"id": visit_id, "cod_mod": SCHOOL_A.cod_mod, "anexo": "0", "date": "2024-05-02",
                      "type": "monitoreo", "status": "cerrada", "notes": "", "specialist": "",
                      "start_time": None, "end_time": None, "modality": "presencial",
                      "latitude": None, "longitude": None, "acta_signed": False}


def test_a_new_record_gets_an_id_that_vouches_for_its_place(ctx: AppContext) -> None:
    [visit_id] = _put(ctx, "visits", VISIT)
    assert id_matches(VISITS, visit_id, {"cod_mod": SCHOOL_A.cod_mod, "anexo": "0"})
    assert not id_matches(VISITS, visit_id, {"cod_mod": SCHOOL_B.cod_mod, "anexo": "0"})


def test_a_put_with_an_id_minted_for_that_place_creates_that_record(ctx: AppContext) -> None:
    chosen = mint_id(VISITS, {"cod_mod": SCHOOL_A.cod_mod, "anexo": "0"})
    _put(ctx, "visits", {**VISIT, "id": chosen})
    assert [r["id"] for r in list_records(ctx, "visits")] == [chosen]


def test_a_new_record_under_an_id_of_another_place_or_made_up_is_refused(ctx: AppContext) -> None:
    elsewhere = mint_id(VISITS, {"cod_mod": SCHOOL_B.cod_mod, "anexo": "0"})
    for pk in (elsewhere, "visita-001"):
        with pytest.raises(MonitorError) as refusal:
            _put(ctx, "visits", {**VISIT, "id": pk})
        assert refusal.value.code is ErrorCode.ID_NOT_FOR_NEW_RECORD
    assert list_records(ctx, "visits") == [] and _count_changes(ctx) == 0


def test_a_place_field_never_changes(ctx: AppContext) -> None:
    [visit_id] = _put(ctx, "visits", VISIT)
    for field, value in (("cod_mod", SCHOOL_B.cod_mod), ("anexo", "1")):
        with pytest.raises(MonitorError) as refusal:
            _put(ctx, "visits", {"id": visit_id, field: value})
        assert (refusal.value.code, refusal.value.params["field"]) == (
            ErrorCode.KEY_FIELD_CHANGED, field)


def test_ids_with_control_characters_and_text_that_is_not_text_are_refused(
        ctx: AppContext) -> None:
    for pk in ("a\x01b", "a\x7fb"):
        with pytest.raises(MonitorError) as refusal:
            put_records(ctx, "visits", parse_json_lines([json.dumps({"id": pk, "notes": "x"})]))
        assert refusal.value.code is ErrorCode.INVALID_VALUE and refusal.value.line == 1
    with pytest.raises(MonitorError) as refusal:
        put_records(ctx, "visits", parse_json_lines([json.dumps({**VISIT, "notes": "x\ud800y"})]))
    assert refusal.value.code is ErrorCode.TEXT_NOT_ENCODABLE
    assert _count_changes(ctx) == 0


def test_listing_is_sorted_by_id(ctx: AppContext) -> None:
    made = [_put(ctx, "visits", VISIT)[0] for _ in range(3)]
    assert [r["id"] for r in list_records(ctx, "visits")] == sorted(made)


def test_a_refusal_on_any_line_writes_nothing_and_names_the_line(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        _put(ctx, "visits", VISIT, {**VISIT, "notes": "otra"}, {**VISIT, "date": "2024-02-31"})
    assert refusal.value.line == 3 and refusal.value.params["field"] == "date"
    assert list_records(ctx, "visits") == [] and _count_changes(ctx) == 0


def test_a_commitment_needs_an_existing_visit(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        _put(ctx, "commitments", {"visit_id": "nope", "description": "Actualizar el plan de GRD"})
    assert refusal.value.code is ErrorCode.REFERENCE_NOT_FOUND
    [visit_id] = _put(ctx, "visits", VISIT)
    [commitment_id] = _put(ctx, "commitments", {"visit_id": visit_id, "description": "Plan de GRD",
                                                  "due_date": "2024-06-30"})
    [record] = list_records(ctx, "commitments")
    assert record["id"] == commitment_id and record["status"] == "pendiente"


def test_a_visit_to_a_school_missing_from_the_directory_is_refused(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        _put(ctx, "visits", {**VISIT, "cod_mod": "7654321"})
    assert refusal.value.code is ErrorCode.SCHOOL_NOT_FOUND


def test_a_specialist_cannot_record_at_another_ugels_school(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        _put(ctx, "visits", {**VISIT, "cod_mod": SCHOOL_OTHER_UGEL.cod_mod})
    assert refusal.value.code is ErrorCode.OUT_OF_SCOPE


def test_a_director_records_only_for_their_own_school(tmp_path: Path) -> None:
    ctx = enrol(tmp_path / "d.db", role=Role.DIRECTOR, school=SCHOOL_A.cod_mod)
    add_schools(ctx, SCHOOL_A, SCHOOL_B)
    _put(ctx, "visits", VISIT)
    with pytest.raises(MonitorError) as refusal:
        _put(ctx, "visits", {**VISIT, "cod_mod": SCHOOL_B.cod_mod})
    assert refusal.value.code is ErrorCode.OUT_OF_SCOPE
    ctx.close()


def test_delete_marks_the_record_and_a_later_put_restores_it(ctx: AppContext) -> None:
    [visit_id] = _put(ctx, "visits", VISIT)
    delete_record(ctx, "visits", visit_id)
    assert list_records(ctx, "visits") == []
    [deleted] = list_records(ctx, "visits", include_deleted=True)
    assert deleted["_deleted"] is True
    with pytest.raises(MonitorError) as twice:
        delete_record(ctx, "visits", visit_id)
    assert twice.value.code is ErrorCode.RECORD_NOT_FOUND
    _put(ctx, "visits", {"id": visit_id, "notes": "restaurada"})
    assert [r["notes"] for r in list_records(ctx, "visits")] == ["restaurada"]


def test_deleting_an_unknown_record_is_refused(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        delete_record(ctx, "visits", "nope")
    assert refusal.value.code is ErrorCode.RECORD_NOT_FOUND


def test_unknown_kind_is_refused_before_anything_is_read(ctx: AppContext) -> None:
    with pytest.raises(MonitorError) as refusal:
        put_records(ctx, "visitas", [(1, VISIT)])
    assert refusal.value.code is ErrorCode.UNKNOWN_KIND


def test_a_commitment_of_a_deleted_visit_can_still_be_deleted(ctx: AppContext) -> None:
    [visit_id] = _put(ctx, "visits", VISIT)
    [commitment_id] = _put(ctx, "commitments", {"visit_id": visit_id, "description": "Plan de GRD"})
    delete_record(ctx, "visits", visit_id)
    delete_record(ctx, "commitments", commitment_id)
    assert list_records(ctx, "commitments") == []


def test_a_director_cannot_delete_another_schools_commitment(tmp_path: Path) -> None:
    office = enrol(tmp_path / "d.db", role=Role.DIRECTOR, school=SCHOOL_A.cod_mod)
    add_schools(office, SCHOOL_A, SCHOOL_B)
    with office.recording() as rec:  # as if merged from elsewhere: a visit to another school
        rec.put("visits", "v-b", {"cod_mod": SCHOOL_B.cod_mod, "anexo": "0", "date": "2024-05-02",
                                  "type": "monitoreo", "_deleted": False})
        rec.put("commitments", "c-b", {"visit_id": "v-b", "description": "x", "_deleted": False})
    with pytest.raises(MonitorError) as refusal:
        delete_record(office, "commitments", "c-b")
    assert refusal.value.code is ErrorCode.OUT_OF_SCOPE
    office.close()
