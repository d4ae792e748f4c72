"""Starting a visit from the window: its instruments, the one in use, its heading."""

from __future__ import annotations

from monitor_app.services.context import AppContext
from monitor_app.services.records import put_record
from monitor_app.services.visit_form import answer_field, save_drafts, visit_draft
from monitor_app.services.visit_start import (
    instrument_in_use,
    start_visit,
    visit_heading,
    visit_instruments,
)
from tests.conftest import SCHOOL_A


def test_a_visit_starts_under_way_by_this_specialist(ctx: AppContext) -> None:
    visit = start_visit(ctx, SCHOOL_A.cod_mod, "0", "2024-09-10", "monitoreo")
    heading = visit_heading(ctx, visit)
    assert (heading.school_name, heading.date, heading.type_label, heading.status) == (
        SCHOOL_A.cen_edu, "2024-09-10", "Monitoreo", "en_curso")
    assert visit_heading(ctx, visit, "en").type_label == "Monitoring"
    row = ctx.store.conn.execute("SELECT specialist FROM visits WHERE id = ?", [visit]).fetchone()
    assert row == ("Ana Quispe",)


def test_each_visit_type_offers_its_instruments(ctx: AppContext) -> None:
    assert [c.code for c in visit_instruments(ctx, "monitoreo")] == ["rubricas_aula"]
    assert {c.code for c in visit_instruments(ctx, "supervision")} == {"ficha_grd",
                                                                       "ficha_simulacro"}
    assert len(visit_instruments(ctx, "otro_tipo")) == 4  # a type naming none: all of them


def test_the_instrument_in_use_comes_from_the_draft_then_the_answers(ctx: AppContext) -> None:
    visit = start_visit(ctx, SCHOOL_A.cod_mod, "0", "2024-09-10", "supervision")
    assert instrument_in_use(ctx, visit) is None
    put_record(ctx, "answers", {"visit_id": visit, "instrument": "ficha_grd", "version": 1,
                                "item": "comite_rd", "value": "si"})
    assert instrument_in_use(ctx, visit) == ("ficha_grd", 1)
    save_drafts(ctx, visit, {answer_field("ficha_simulacro", 1, "participantes"): "40",
                             answer_field("ficha_simulacro", 1, "reportado"): "si"})
    assert instrument_in_use(ctx, visit) == ("ficha_simulacro", 1)
    assert len(visit_draft(ctx, visit)) == 2


def test_the_unfinished_visit_is_the_one_typed_into_last(ctx: AppContext) -> None:
    from monitor_app.services.visit_start import unfinished_visit

    assert unfinished_visit(ctx) is None
    visit = start_visit(ctx, SCHOOL_A.cod_mod, "0", "2024-09-10", "monitoreo")
    save_drafts(ctx, visit, {answer_field("rubricas_aula", 1, "d1"): "3"})
    found = unfinished_visit(ctx)
    assert found is not None and found.visit_id == visit
