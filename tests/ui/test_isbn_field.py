"""ISBN entry with a USB barcode scanner: a burst of keys ending in Enter fills the field and
empties it for the next copy; a wrong code stays with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor_app.ui.widgets.isbn_field import IsbnField


class StepClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.step = 0.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def _field(qtbot: QtBot) -> tuple[IsbnField, StepClock, list[tuple[str, bool]]]:
    clock = StepClock()
    field = IsbnField(clock=clock)
    qtbot.addWidget(field)
    got: list[tuple[str, bool]] = []
    field.scanned.connect(lambda code, by_scanner: got.append((code, by_scanner)))
    return field, clock, got


def test_a_scanner_burst_ending_in_enter_gives_the_isbn_and_clears(qtbot: QtBot) -> None:
    field, clock, got = _field(qtbot)
    clock.step = 0.01  # a key every 10 ms
    qtbot.keyClicks(field.edit, "9789972405211")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(field.edit, "978-9972-40-521-1")  # the next copy, hyphenated
    qtbot.keyClick(field.edit, Qt.Key.Key_Enter)
    assert got == [("9789972405211", True), ("9789972405211", True)]
    assert field.edit.text() == "" and field.problem.isHidden()


def test_a_person_typing_an_isbn_10_gets_it_as_isbn_13(qtbot: QtBot) -> None:
    field, clock, got = _field(qtbot)
    clock.step = 0.3
    qtbot.keyClicks(field.edit, "84-376-0494-X")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert got == [("9788437604947", False)]


def test_a_wrong_check_digit_stays_with_the_reason(qtbot: QtBot) -> None:
    field, clock, got = _field(qtbot)
    clock.step = 0.01
    qtbot.keyClicks(field.edit, "9789972405218")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert got == []
    assert field.edit.text() == "9789972405218"
    assert not field.problem.isHidden() and "9789972405218" in field.problem.text()
