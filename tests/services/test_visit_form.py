"""A visit on the form: drafts as typed (local, unsynced), sections saved through validation,
closing that says exactly what is missing."""

from __future__ import annotations

from pathlib import Path

from monitor_app.core.errors import ErrorCode
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.records import put_record
from monitor_app.services.visit_form import (
    answer_field,
    close_visit,
    closing_gaps,
    discard_draft,
    save_draft,
    save_section,
    visit_draft,
    visit_field,
    visit_form,
    visits_with_drafts,
)
from tests.conftest import SCHOOL_A, add_schools, enrol

RUBRIC = ("rubricas_aula", 1)


def _visit(ctx: AppContext) -> str:
    return put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-09-10",
                                      "type": "monitoreo", "status": "en_curso"})


def _log_size(ctx: AppContext) -> int:
    return ctx.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def _type(ctx: AppContext, visit: str, item: str, value: object, part: str = "value") -> None:
    save_draft(ctx, visit, answer_field(*RUBRIC, item, part), value)


def _type_section_sesion(ctx: AppContext, visit: str) -> None:
    for item, value in {"grado_seccion": "3.º B", "area": "matematica",
                        "estudiantes_presentes": "24", "duracion_minutos": "90"}.items():
        _type(ctx, visit, item, value)


def _type_everything(ctx: AppContext, visit: str) -> None:
    _type_section_sesion(ctx, visit)
    for item in ("d1", "d2", "d3", "d4", "d5"):
        _type(ctx, visit, item, "3")
        _type(ctx, visit, item, "Lo observado", "evidence_text")
    _type(ctx, visit, "fortalezas", "Buen clima")
    _type(ctx, visit, "aspectos_mejora", "Cierre de la sesión")


def test_typing_keeps_a_draft_and_never_writes_the_change_log(ctx: AppContext) -> None:
    visit = _visit(ctx)
    before = _log_size(ctx)
    for typed in ("2", "24", "24,"):  # keystrokes, one of them not a number yet
        _type(ctx, visit, "estudiantes_presentes", typed)
    save_draft(ctx, visit, visit_field("notes"), "Llegué a las 8")
    assert _log_size(ctx) == before
    assert visit_draft(ctx, visit)[answer_field(*RUBRIC, "estudiantes_presentes")] == "24,"
    form = visit_form(ctx, visit, *RUBRIC)
    assert form.answers["estudiantes_presentes"].value == "24,"
    assert form.answers["estudiantes_presentes"].drafted == {"value"}
    assert form.visit["notes"] == "Llegué a las 8" and form.drafted == {"notes"}


def test_a_draft_survives_closing_the_database(tmp_path: Path) -> None:
    path = tmp_path / "laptop.db"
    ctx = enrol(path)
    add_schools(ctx, SCHOOL_A)
    visit = _visit(ctx)
    _type(ctx, visit, "grado_seccion", "3.º")
    ctx.close()  # the window closed, or the power went out after the last save
    reopened = open_initialised(path)
    try:
        [drafted] = visits_with_drafts(reopened)
        assert drafted.visit_id == visit and drafted.fields == 1
        assert visit_form(reopened, visit, *RUBRIC).answers["grado_seccion"].value == "3.º"
    finally:
        reopened.close()


def test_saving_a_section_validates_and_writes_only_that_section(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _type_section_sesion(ctx, visit)
    _type(ctx, visit, "d1", "3")  # another section: stays a draft
    saved = save_section(ctx, visit, *RUBRIC, "sesion")
    assert saved.ok and saved.written == 4
    assert saved.changes.kinds == {"answers"}
    form = visit_form(ctx, visit, *RUBRIC)
    assert form.answers["estudiantes_presentes"].value == 24  # typed text became a number
    assert form.answers["estudiantes_presentes"].drafted == frozenset()
    assert list(visit_draft(ctx, visit)) == [answer_field(*RUBRIC, "d1")]


def test_a_refused_value_writes_nothing_and_names_its_field(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _type_section_sesion(ctx, visit)
    _type(ctx, visit, "area", "astronomia")  # not an option of the item
    before = _log_size(ctx)
    saved = save_section(ctx, visit, *RUBRIC, "sesion")
    assert not saved.ok and saved.written == 0
    [problem] = saved.problems
    assert problem.draft_field == answer_field(*RUBRIC, "area")
    assert problem.error.code is ErrorCode.ANSWER_OUT_OF_SCALE
    assert _log_size(ctx) == before
    assert len(visit_draft(ctx, visit)) == 4  # the draft is kept to be corrected


def test_a_decimal_comma_is_a_number_and_a_word_is_refused(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _type(ctx, visit, "duracion_minutos", "45,5")
    _type(ctx, visit, "estudiantes_presentes", "veinte")
    saved = save_section(ctx, visit, *RUBRIC, "sesion")
    assert [p.draft_field for p in saved.problems] == [
        answer_field(*RUBRIC, "estudiantes_presentes")]
    _type(ctx, visit, "estudiantes_presentes", " 20 ")
    assert save_section(ctx, visit, *RUBRIC, "sesion").ok
    form = visit_form(ctx, visit, *RUBRIC)
    assert (form.answers["duracion_minutos"].value, form.answers["estudiantes_presentes"].value) \
        == (45.5, 20)


def test_closing_names_every_gap_and_writes_nothing(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _type_section_sesion(ctx, visit)
    before = _log_size(ctx)
    closing = close_visit(ctx, visit, [RUBRIC])
    assert not closing.closed
    gaps = {(gap.item, gap.reason) for gap in closing.gaps}
    assert ("d3", "required") in gaps and ("fortalezas", "required") in gaps
    assert all(gap.section and gap.text for gap in closing.gaps)
    assert _log_size(ctx) == before and len(visit_draft(ctx, visit)) == 4


def test_an_answer_without_its_evidence_is_a_gap(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _type_everything(ctx, visit)
    _type(ctx, visit, "d5", "", "evidence_text")
    closing = close_visit(ctx, visit, [RUBRIC])
    assert [(gap.item, gap.reason) for gap in closing.gaps] == [("d5", "evidence")]


def test_a_complete_visit_closes_in_one_save_and_leaves_no_draft(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _type_everything(ctx, visit)
    save_draft(ctx, visit, visit_field("notes"), "Sesión completa")
    closing = close_visit(ctx, visit, [RUBRIC])
    assert closing.closed and not closing.gaps and not closing.problems
    assert {"answers", "visits"} <= closing.changes.kinds
    assert visit_draft(ctx, visit) == {} and visits_with_drafts(ctx) == []
    row = ctx.store.conn.execute("SELECT status, notes FROM visits WHERE id = ?",
                                 [visit]).fetchone()
    assert row == ("cerrada", "Sesión completa")
    assert closing_gaps(ctx, visit, [RUBRIC]) == []


def test_an_instrument_chosen_but_not_answered_is_not_complete(ctx: AppContext) -> None:
    visit = _visit(ctx)
    closing = close_visit(ctx, visit, [RUBRIC])
    assert not closing.closed and len(closing.gaps) == 11  # every required item


def test_a_refused_visit_field_is_named(ctx: AppContext) -> None:
    visit = _visit(ctx)
    save_draft(ctx, visit, visit_field("start_time"), "10:00")
    save_draft(ctx, visit, visit_field("end_time"), "09:00")  # ends before it starts
    saved = save_section(ctx, visit, *RUBRIC, "sesion")
    [problem] = saved.problems
    assert problem.draft_field == visit_field("end_time")
    assert visit_form(ctx, visit, *RUBRIC).visit["end_time"] == "09:00"  # kept to correct


def test_discarding_a_draft_keeps_what_was_saved(ctx: AppContext) -> None:
    visit = _visit(ctx)
    _type_section_sesion(ctx, visit)
    assert save_section(ctx, visit, *RUBRIC, "sesion").ok
    _type(ctx, visit, "grado_seccion", "4.º A")
    discard_draft(ctx, visit)
    assert visit_form(ctx, visit, *RUBRIC).answers["grado_seccion"].value == "3.º B"


def test_drafts_never_travel_in_a_bundle(ctx: AppContext) -> None:
    from monitor_app.sync.merge_values import synced_columns

    assert "visit_drafts" not in synced_columns()


def test_a_date_typed_the_peruvian_way_is_saved_as_a_date(ctx: AppContext) -> None:
    from monitor_app.core.instrument import Item
    from monitor_app.services.visit_form import typed_answer

    item = Item("fecha", "Fecha", "date")
    assert typed_answer(item, "5/3/2024") == "2024-03-05"
    assert typed_answer(item, "05/13/2024") == "2024-13-05"  # refused later, by the item's check
    assert typed_answer(item, "ayer") == "ayer"
