"""The visit form, built from an instrument's definition: no code per instrument or version.

One column that scrolls vertically: per section its title, a *Guardar sección* button and its
items; per item its text (a * when it is required) above its editor, the help and means of
verification in small type, written evidence when the item asks for it, and a line under it
for the problem the last save found. Levels show their descriptors. Editors report every change
as the draft field it belongs to (`services/visit_form.py`) and the value as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.instrument import Instrument, Item, Section
from monitor_app.services.visit_form import AnswerFields, answer_field

PROBLEM_STYLE = "color: #a4262c;"
HELP_STYLE = "color: #505050; font-size: 9pt;"
EVIDENCE_LINES = 3


class _Editor:
    """One item's answer editor: reads and shows the value as typed."""

    def __init__(self, widget: QWidget, get: Any, put: Any) -> None:
        self.widget = widget
        self.get = get
        self.put = put


class InstrumentForm(QWidget):
    """`edited(draft_field, value)` on every change; `save_requested(section_code)`."""

    edited = Signal(str, object)
    save_requested = Signal(str)

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self._editors: dict[str, _Editor] = {}  # draft field -> editor
        self._problems: dict[str, QLabel] = {}  # draft field -> the line under it
        self._photo_slots: dict[str, QVBoxLayout] = {}
        self._filling = False
        self.save_buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        for section in instrument.sections:
            layout.addWidget(self._section(section))
        layout.addStretch(1)

    # -- building ---------------------------------------------------------------------------

    def _field(self, item: Item, part: str = "value") -> str:
        return answer_field(self.instrument.code, self.instrument.version, item.code, part)

    def _section(self, section: Section) -> QGroupBox:
        box = QGroupBox(section.title)
        layout = QVBoxLayout(box)
        if section.description:
            layout.addWidget(self._small(section.description))
        for item in section.items:
            layout.addWidget(self._item(item))
        save = QPushButton(self.tr("Guardar sección"))
        save.setAccessibleName(self.tr("Guardar sección %1").replace("%1", section.title))
        save.clicked.connect(lambda _=False, code=section.code: self.save_requested.emit(code))
        self.save_buttons[section.code] = save
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        return box

    def _small(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(HELP_STYLE)
        return label

    def _item(self, item: Item) -> QWidget:
        holder = QWidget()
        holder.setObjectName(f"item-{item.code}")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 6, 0, 6)
        title = QLabel(f"<b>{item.text}</b>{' *' if item.required else ''}")
        title.setWordWrap(True)
        if item.required:
            title.setToolTip(self.tr("Obligatorio para cerrar la visita"))
        layout.addWidget(title)
        for extra in (item.help, item.means_of_verification and
                      self.tr("Medio de verificación: %1").replace("%1",
                                                                  item.means_of_verification)):
            if extra:
                layout.addWidget(self._small(extra))
        if item.response == "photo":
            slot = QVBoxLayout()
            self._photo_slots[item.code] = slot
            layout.addLayout(slot)
        else:
            editor = self._editor(item)
            title.setBuddy(editor.widget)
            self._add(self._field(item), editor, layout)
        if item.evidence_required:
            evidence = QPlainTextEdit()
            evidence.setPlaceholderText(self.tr("Evidencia observada (obligatoria)"))
            evidence.setFixedHeight(evidence.fontMetrics().lineSpacing() * EVIDENCE_LINES + 12)
            editor = _Editor(evidence, evidence.toPlainText, evidence.setPlainText)
            self._add(self._field(item, "evidence_text"), editor, layout)
            evidence.textChanged.connect(
                lambda f=self._field(item, "evidence_text"): self._changed(f))
        return holder

    def _add(self, draft_field: str, editor: _Editor, layout: QVBoxLayout) -> None:
        self._editors[draft_field] = editor
        layout.addWidget(editor.widget)
        problem = QLabel()
        problem.setWordWrap(True)
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.hide()
        self._problems[draft_field] = problem
        layout.addWidget(problem)

    def _changed(self, draft_field: str) -> None:
        if not self._filling:
            self.edited.emit(draft_field, self._editors[draft_field].get())

    def _editor(self, item: Item) -> _Editor:
        field = self._field(item)
        match item.response:
            case "level":
                return self._choices(field, [(level.value, f"{level.label} — {level.descriptor}")
                                             for level in item.levels])
            case "yes_no" | "yes_no_na":
                words = [("si", self.tr("Sí")), ("no", self.tr("No"))]
                if item.response == "yes_no_na":
                    words.append(("na", self.tr("No aplica")))
                return self._choices(field, words)
            case "single_choice":
                return self._choices(field, [(o.code, o.label) for o in item.options])
            case "multiple_choice":
                return self._checks(field, [(o.code, o.label) for o in item.options])
        edit = QLineEdit()
        if item.response == "date":
            edit.setPlaceholderText(self.tr("dd/mm/aaaa"))
        elif item.response == "number":
            edit.setPlaceholderText(self.tr("número"))
        edit.textEdited.connect(lambda _text, f=field: self._changed(f))
        return _Editor(edit, edit.text, lambda value: edit.setText("" if value is None
                                                                    else str(value)))

    def _choices(self, field: str, choices: list[tuple[Any, str]]) -> _Editor:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 0, 0, 0)
        group = QButtonGroup(box)
        group.setExclusive(True)
        values = []
        for index, (value, text) in enumerate(choices):
            # A radio button does not wrap its text: a long descriptor goes in a label beside.
            short, _, long_text = text.partition(" — ")
            radio = QRadioButton(short)
            group.addButton(radio, index)
            values.append(value)
            if not long_text:
                layout.addWidget(radio)
                continue
            radio.setAccessibleDescription(long_text)
            row = QHBoxLayout()
            row.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(_ClickLabel(long_text, radio), 1)
            layout.addLayout(row)
        group.idClicked.connect(lambda _id, f=field: self._changed(f))

        def get() -> Any:
            checked = group.checkedId()
            return values[checked] if checked >= 0 else None

        def put(value: Any) -> None:
            group.setExclusive(False)
            for index, button in enumerate(group.buttons()):
                button.setChecked(value is not None and values[index] == value)
            group.setExclusive(True)

        box.setFocusProxy(group.buttons()[0] if group.buttons() else None)
        return _Editor(box, get, put)

    def _checks(self, field: str, choices: list[tuple[str, str]]) -> _Editor:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 0, 0, 0)
        checks = []
        for code, text in choices:
            check = QCheckBox(text)
            check.toggled.connect(lambda _on, f=field: self._changed(f))
            layout.addWidget(check)
            checks.append((code, check))

        def get() -> list[str]:
            return [code for code, check in checks if check.isChecked()]

        def put(value: Any) -> None:
            chosen = set(value or [])
            for code, check in checks:
                check.setChecked(code in chosen)

        return _Editor(box, get, put)

    # -- what the page asks --------------------------------------------------------------

    def photo_slot(self, item_code: str) -> QVBoxLayout | None:
        """Where the page puts a photo item's strip."""
        return self._photo_slots.get(item_code)

    def focus_first_field(self) -> None:
        """Put the keyboard in the form's first field (after the form opens)."""
        first = next(iter(self._editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    def editor(self, draft_field: str) -> QWidget:
        return self._editors[draft_field].widget

    def value(self, draft_field: str) -> Any:
        return self._editors[draft_field].get()

    def set_answers(self, answers: Mapping[str, AnswerFields]) -> None:
        """Show saved answers with drafted values over them, without reporting edits."""
        self._filling = True
        try:
            for item in self.instrument.items():
                shown = answers.get(item.code)
                if shown is None:
                    continue
                for part, value in (("value", shown.value),
                                    ("evidence_text", shown.evidence_text)):
                    editor = self._editors.get(self._field(item, part))
                    if editor is not None:
                        editor.put(_display(item, value) if part == "value" else value)
        finally:
            self._filling = False

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """The message under each field named; every other problem line is cleared."""
        for draft_field, label in self._problems.items():
            message = problems.get(draft_field)
            label.setText(f"✕ {message}" if message else "")
            label.setVisible(bool(message))

    def problem_text(self, draft_field: str) -> str:
        label = self._problems[draft_field]
        return label.text() if label.isVisibleTo(self) else ""


class _ClickLabel(QLabel):
    """A level's descriptor, wrapped; clicking it chooses the level."""

    def __init__(self, text: str, radio: QRadioButton) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._radio = radio

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._radio.click()
        event.accept()


def _display(item: Item, value: Any) -> Any:
    """A stored value as its editor shows it: a date as dd/mm/aaaa."""
    if item.response == "date" and isinstance(value, str) and len(value) == 10 \
            and value[4] == "-":
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
    return value
