"""Panel at the merge station: the figures the window shows are those the command line prints,
for every school and under a filter; each chart has its table; the workbook exported from the
panel holds the schools the filter keeps."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from monitor_app.cli.main import main as cli_main
from monitor_app.ui.pages.panel import PanelPage
from monitor_app.ui.shell import PANEL
from tests.conftest import FakeWallClock
from tests.reports.test_panel import LURIGANCHO, panel_world
from tests.ui.conftest import RecordingDialogs


@pytest.fixture
def office(tmp_path: Path) -> Path:
    world = panel_world(tmp_path, FakeWallClock(int(time.time() * 1000)))
    world.office.close()
    return world.root / "office.db"


def _panel(qtbot: QtBot, make_window, office: Path) -> PanelPage:  # type: ignore[no-untyped-def]
    window = make_window(office)
    window.go_to(PANEL)
    page = window.office.panel
    assert page is not None and window.pages.currentWidget() is page
    qtbot.waitUntil(page.is_drawn, timeout=20_000)
    return page


def _cli_panel(office: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert cli_main(["--db", str(office), "report", "panel", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def _shown(page: PanelPage) -> dict[str, list[tuple[str, ...]]]:
    """Each card's table as text, the way a user reads it."""
    return {key: [tuple(card.model.index(r, c).data() for c in range(card.model.columnCount()))
                  for r in range(card.model.rowCount())]
            for key, card in page.cards.items()}


def test_the_panel_shows_what_the_command_line_prints_and_filters(  # type: ignore[no-untyped-def]
        qtbot: QtBot, qtmodeltester, make_window, office: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    page = _panel(qtbot, make_window, office)
    every = _cli_panel(office, capsys)
    assert page.headlines["schools"].number.text().replace(" ", "") == str(every["schools"])
    assert page.headlines["visits"].number.text() == str(every["visits"]) == "4"
    assert _shown(page)["visits_by_specialist"] == [("ana", "3"), ("beto", "1")]
    for card in page.cards.values():
        qtmodeltester.check(card.model)
    qtmodeltester.check(page.expiring_model)

    district = next(s.row.school.district for s in page.data.schools  # type: ignore[union-attr]
                    if s.row.school.cod_mod == LURIGANCHO)
    combo = page.combos["district"]
    combo.setCurrentIndex(combo.findData(district))
    qtbot.waitUntil(page.is_drawn, timeout=5_000)
    kept = _cli_panel(office, capsys, "--district", district)
    assert page.headlines["schools"].number.text().replace(" ", "") == str(kept["schools"])
    assert int(page.headlines["schools"].number.text().replace(" ", "")) < every["schools"]
    assert _shown(page)["visits_by_specialist"] == [("ana", "1"), ("beto", "1")]
    checklist = page.cards["checklist"]
    assert [int(checklist.model.index(r, 1).data()) for r in range(checklist.model.rowCount())
            ] == [row["counts"][0] for row in kept["figures"]["checklist"]["rows"]]

    page.clear_button.click()
    qtbot.waitUntil(page.is_drawn, timeout=5_000)
    assert page.headlines["schools"].number.text().replace(" ", "") == str(every["schools"])


def test_each_chart_has_its_table_one_click_away(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                 office: Path) -> None:
    page = _panel(qtbot, make_window, office)
    card = page.cards["visits_by_month"]
    assert card.stack.currentWidget() is card.chart_view
    assert len(card.chart_view.chart().series()) == 1
    card.table_button.click()
    assert card.stack.currentWidget() is card.table and card.table_button.text() == "Ver gráfico"
    assert card.model.rowCount() == 12
    card.table_button.click()
    assert card.stack.currentWidget() is card.chart_view


def test_the_panel_exports_the_workbook_of_the_schools_it_shows(  # type: ignore[no-untyped-def]
        qtbot: QtBot, make_window, office: Path, dialogs: RecordingDialogs,
        tmp_path: Path) -> None:
    from openpyxl import load_workbook

    page = _panel(qtbot, make_window, office)
    district = next(s.row.school.district for s in page.data.schools  # type: ignore[union-attr]
                    if s.row.school.cod_mod == LURIGANCHO)
    page.combos["district"].setCurrentIndex(page.combos["district"].findData(district))
    dialogs.workbook_target = tmp_path / "panel.xlsx"
    page.export_button.click()
    qtbot.waitUntil(lambda: page.result.isVisible(), timeout=20_000)
    assert "panel.xlsx" in page.result.text()
    rows = [row for row in load_workbook(dialogs.workbook_target, read_only=True)["IIEE"]
            .iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(rows) == page.figures.headline.schools  # type: ignore[union-attr]
    assert {row[4] for row in rows} == {district}


def test_the_office_is_offered_its_places_and_not_visits(make_window, office: Path,  # type: ignore[no-untyped-def]
                                                          enrolled_db: Path) -> None:
    from monitor_app.ui.shell import INBOX, VISIT

    station = make_window(office)
    assert not station.navigation.item(PANEL).isHidden()
    assert not station.navigation.item(INBOX).isHidden()
    assert station.navigation.item(VISIT).isHidden()  # visits stay the specialists'
    laptop = make_window(enrolled_db)
    assert laptop.navigation.item(PANEL).isHidden() and not laptop.navigation.item(VISIT).isHidden()
    laptop.go_to(PANEL)
    assert laptop.office.panel is None


@pytest.mark.parametrize("highest", [0, 1, 2, 3, 7, 60, 74, 407, 1234, 20_000])
def test_a_count_axis_has_whole_ticks_and_room_above_the_longest_bar(highest: int) -> None:
    from monitor_app.ui.widgets.figure_chart import HEADROOM, MAX_TICKS, whole_ticks

    top, step = whole_ticks(highest)
    assert top % step == 0 and 1 <= top // step <= MAX_TICKS + 1
    assert top >= highest * HEADROOM and step >= 1


def test_a_station_reads_the_panel_before_its_first_click(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                          office: Path) -> None:
    window = make_window(office)
    assert window.office.panel is None  # nothing of it before the window is up
    qtbot.waitUntil(lambda: window.office.panel is not None
                    and window.office.panel.is_drawn(), timeout=20_000)
    assert window.pages.currentWidget() is not window.office.panel  # read, not shown
    window.go_to(PANEL)
    assert window.pages.currentWidget() is window.office.panel
