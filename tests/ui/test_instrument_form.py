"""The visit form built from an instrument's definition: every shipped instrument, edits as
draft fields, saved values shown back, problems under their field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from monitor_app.core.instrument import Instrument, parse_instrument
from monitor_app.services.visit_form import AnswerFields, answer_field
from monitor_app.storage.reference_defaults import instrument_schema
from monitor_app.ui.widgets.instrument_form import InstrumentForm

SHIPPED = sorted((Path(__file__).resolve().parents[2] / "resources" / "instruments")
                 .glob("*-v*.json"))


def _instrument(path: Path) -> Instrument:
    return parse_instrument(json.loads(path.read_text("utf-8")), path.name, instrument_schema())


def _form(qtbot: QtBot, name: str = "rubricas_aula-v1.json") -> InstrumentForm:
    form = InstrumentForm(_instrument(next(p for p in SHIPPED if p.name == name)))
    qtbot.addWidget(form)
    return form


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_instrument_builds_a_form(qtbot: QtBot, path: Path) -> None:
    instrument = _instrument(path)
    form = InstrumentForm(instrument)
    qtbot.addWidget(form)
    for item in instrument.items():
        if item.response == "photo":
            assert form.photo_slot(item.code) is not None
        else:
            assert form.editor(answer_field(instrument.code, instrument.version, item.code))
    assert set(form.save_buttons) == {section.code for section in instrument.sections}


def test_a_level_shows_its_descriptors_and_reports_the_value(qtbot: QtBot) -> None:
    form = _form(qtbot)
    d1 = answer_field("rubricas_aula", 1, "d1")
    radios = form.editor(d1).findChildren(QRadioButton)
    assert [radio.text() for radio in radios] == ["I", "II", "III", "IV"]
    assert all(radio.accessibleDescription() for radio in radios)  # the descriptors
    with qtbot.waitSignal(form.edited) as edited:
        radios[2].click()
    assert edited.args == [d1, 3]


def test_typing_reports_text_as_typed_and_the_evidence_separately(qtbot: QtBot) -> None:
    form = _form(qtbot)
    count = answer_field("rubricas_aula", 1, "estudiantes_presentes")
    seen: list[tuple[str, object]] = []
    form.edited.connect(lambda field, value: seen.append((field, value)))
    qtbot.keyClicks(form.editor(count), "24,")
    assert seen[-1] == (count, "24,")
    evidence = answer_field("rubricas_aula", 1, "d5", "evidence_text")
    editor = form.editor(evidence)
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClicks(editor, "Lo observado")
    assert seen[-1] == (evidence, "Lo observado")


def test_saved_answers_show_without_reporting_edits(qtbot: QtBot) -> None:
    form = _form(qtbot)
    seen: list[object] = []
    form.edited.connect(lambda *args: seen.append(args))
    form.set_answers({"d1": AnswerFields(2, "Pregunta abierta"),
                      "area": AnswerFields("matematica"),
                      "grado_seccion": AnswerFields("3.º B")})
    assert seen == []
    assert form.value(answer_field("rubricas_aula", 1, "d1")) == 2
    assert form.value(answer_field("rubricas_aula", 1, "area")) == "matematica"
    grade = form.editor(answer_field("rubricas_aula", 1, "grado_seccion"))
    assert isinstance(grade, QLineEdit) and grade.text() == "3.º B"


def test_a_problem_shows_under_its_field_and_clears(qtbot: QtBot) -> None:
    form = _form(qtbot)
    form.show()
    d1 = answer_field("rubricas_aula", 1, "d1")
    form.show_problems({d1: "Respuesta no válida"})
    assert form.problem_text(d1) == "✕ Respuesta no válida"
    form.show_problems({})
    assert form.problem_text(d1) == ""


def test_the_save_button_names_its_section(qtbot: QtBot) -> None:
    form = _form(qtbot)
    with qtbot.waitSignal(form.save_requested) as saved:
        qtbot.mouseClick(form.save_buttons["desempenos"], Qt.MouseButton.LeftButton)
    assert saved.args == ["desempenos"]
