"""Conflictos at the merge station: the competing values side by side with their authors;
keeping one closes the conflict, as the command line then lists."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.cli.main import main as cli_main
from monitor_app.ui.shell import CONFLICTS
from tests.services.test_conflict_review import two_plans


def _open(qtbot: QtBot, make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    world = two_plans(tmp_path)
    world.office.close()
    office = world.root / "office.db"
    window = make_window(office)
    window.go_to(CONFLICTS)
    page = window.office.conflicts
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    return office, window, page


def test_keeping_a_value_resolves_the_conflict(qtbot: QtBot, qtmodeltester, make_window,  # type: ignore[no-untyped-def]
                                               tmp_path: Path, capsys) -> None:
    office, window, page = _open(qtbot, make_window, tmp_path)
    qtmodeltester.check(page.model)
    assert page.model.index(0, 2).data() and page.model.index(0, 3).data() == "2"
    cards = [page.sides_row.itemAt(i).widget() for i in range(page.sides_row.count())]
    texts = [card.findChildren(type(page.none_open))[0].text() for card in cards]
    assert "Actualizado" in texts[0] and "beto" in texts[0] and "se muestra" in texts[0]
    assert "Aprobado" in texts[1] and "ana" in texts[1]
    keep_ana = [b for b in cards[1].findChildren(type(page.other_button))][0]
    keep_ana.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert page.none_open.isVisible()
    window.close()
    capsys.readouterr()
    assert cli_main(["--db", str(office), "conflicts", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_typed_value_is_checked_like_any_write(qtbot: QtBot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _office, _window, page = _open(qtbot, make_window, tmp_path)
    page.other_value.setText("quemado")  # not a plan status
    page.other_button.click()
    qtbot.waitUntil(page.problem.isVisible, timeout=10_000)
    assert "quemado" in page.problem.text() and page.model.rowCount() == 1
    page.other_value.setText("en_elaboracion")
    page.other_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
