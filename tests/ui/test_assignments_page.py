"""Asignaciones at the UGEL: pick a specialist, search the directory, assign schools, end one;
the page is only at an office. On the specialist's laptop, Mis IIEE lists theirs first, marked."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.core.roles import Role
from monitor_app.services.assignments import list_assignments
from monitor_app.services.context import open_initialised
from monitor_app.services.demo_setup import set_up_demo
from monitor_app.ui.models import schools as school_columns
from monitor_app.ui.shell import ASSIGNMENTS
from tests.conftest import FakeWallClock
from tests.services.sync_world import make_world


def _office_with_specialists(tmp_path: Path) -> Path:
    world = make_world(tmp_path, FakeWallClock())
    for name in ("Beto", "Ana"):
        world.enrolled_laptop(name).close()
    world.office.close()
    return world.root / "office.db"


def _select(table, rows) -> None:  # type: ignore[no-untyped-def]
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(
            table.model().index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows)


def test_the_office_assigns_and_ends_schools_in_the_window(
        qtbot: QtBot, qtmodeltester, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = _office_with_specialists(tmp_path)
    window = make_window(office)
    assert not window.navigation.item(ASSIGNMENTS).isHidden()
    window.go_to(ASSIGNMENTS)
    page = window.office.assignments
    qtbot.waitUntil(lambda: page.specialists.rowCount() == 2 and page.candidates.rowCount() > 0)
    assert [page.specialists.row_at(n).name for n in range(2)] == ["Ana", "Beto"]
    assert page.chosen_specialist().name == "Ana"
    assert page.assigned_title.text() == "IIEE asignadas a Ana"
    assert not page.assign_button.isEnabled() and not page.end_button.isEnabled()
    page.search_edit.setText("0336586")
    page.run_search()
    qtbot.waitUntil(lambda: page.candidates.rowCount() == 1)
    _select(page.candidate_table, [0])
    assert page.assign_button.isEnabled() and page.assign_button.text() == "&Asignar a Ana"
    with qtbot.waitSignal(page.changed):
        page.assign_button.click()
    qtbot.waitUntil(lambda: page.assigned.rowCount() == 1)
    assert page.specialists.index(0, 1).data() == "1"
    assert page.assigned.row_at(0).cod_mod == "0336586"
    page.search_edit.setText("")
    page.run_search()
    qtbot.waitUntil(lambda: page.candidates.rowCount() > 3)
    _select(page.candidate_table, [0, 1, 2])
    with qtbot.waitSignal(page.changed):
        page.assign_button.click()
    qtbot.waitUntil(lambda: page.assigned.rowCount() == 4)
    _select(page.assigned_table, [0])
    proxy = page.assigned_table.model()
    ended = page.assigned.row_at(proxy.mapToSource(proxy.index(0, 0)).row())
    with qtbot.waitSignal(page.changed):
        page.end_button.click()
    qtbot.waitUntil(lambda: page.assigned.rowCount() == 3)
    assert ended.cod_mod not in {page.assigned.row_at(n).cod_mod for n in range(3)}
    for model in (page.specialists, page.assigned, page.candidates):
        qtmodeltester.check(model)
    ctx = open_initialised(office)
    try:
        assert {a.specialist for a in list_assignments(ctx)} == {"Ana"}
        assert len(list_assignments(ctx)) == 3
    finally:
        ctx.close()


def test_a_specialists_window_has_no_assignments_page_and_lists_hers_first_marked(
        qtbot: QtBot, qtmodeltester, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo = set_up_demo(tmp_path / "demo" / "monitor.db", role=Role.ESPECIALISTA, name="Ana")
    window = make_window(demo.path)
    assert window.navigation.item(ASSIGNMENTS).isHidden()
    page = window.my_schools
    qtbot.waitUntil(lambda: page.model.rowCount() > 8)
    rows = page.model.rows()
    assert all(m.assigned for m in rows[:8]) and not any(m.assigned for m in rows[8:])
    marks = [page.model.index(n, school_columns.ASSIGNED).data() for n in range(10)]
    assert marks[:8] == ["✓ Asignada"] * 8 and marks[8:] == ["", ""]
    assert page.results_label.text().startswith("Primero, las 8 IIEE que la UGEL le asignó. ")
    qtmodeltester.check(page.model)
