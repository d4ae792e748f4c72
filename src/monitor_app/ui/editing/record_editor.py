"""One dialog for adding or editing a record of any kind, built from the kind's fields: labels
above the inputs, required marks, and each refusal shown under the field it names."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monitor_app.core.kind_spec import FieldSpec, FieldType, KindSpec
from monitor_app.ui.editing.field_editors import InputProblem, IsbnEditor, editor_for
from monitor_app.ui.record_labels import field_label

HIDDEN = (FieldType.REFERENCE, FieldType.CODLOCAL, FieldType.COD_MOD, FieldType.ANEXO)
PROBLEM_STYLE = "color: #a4262c;"
WIDTH = 560
SCREEN_MARGIN = 80  # title bar and taskbar


def next_number(number: str) -> str:
    """The registration number after this one ("BE-009" → "BE-010"), to type less in a row."""
    match = re.search(r"(\d+)$", number)
    if not match:
        return ""
    digits = match.group(1)
    return number[:match.start()] + str(int(digits) + 1).zfill(len(digits))


class RecordEditor(QDialog):
    """`save_requested(values, another)`: the record to put (fixed values, and its id when
    editing); `another` asks for an empty form for the next record once it is saved."""

    save_requested = Signal(dict, bool)

    def __init__(self, kind: KindSpec, title: str, fixed: dict[str, Any],
                 record: dict[str, Any] | None, catalogues: dict[str, list[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._fixed = fixed
        self._record = record
        self.setWindowTitle(title)
        self.fields = [f for f in kind.fields if f.type not in HIDDEN]
        self.editors: dict[str, Any] = {}
        self.problems: dict[str, QLabel] = {}
        form = QWidget()
        self._column = column = QVBoxLayout(form)
        for spec in self.fields:
            self._add_field(column, spec, catalogues.get(spec.catalogue or "", []))
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(form)
        self.general = self._problem_label()
        self.save_button = QPushButton(self.tr("&Guardar"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.submit(False))
        self.another_button = QPushButton(self.tr("Guardar y &agregar otro"))
        self.another_button.clicked.connect(lambda: self.submit(True))
        self.another_button.setVisible(record is None)
        cancel = QPushButton(self.tr("&Cancelar"))
        cancel.clicked.connect(self.reject)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in (self.another_button, self.save_button, cancel):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(QLabel(self.tr("* dato obligatorio")))
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self._fill(record)
        self._fit_screen()

    def _add_field(self, column: QVBoxLayout, spec: FieldSpec,
                   catalogue: list[tuple[str, str]]) -> None:
        editor = editor_for(spec, catalogue)
        if spec.type is not FieldType.BOOLEAN:
            label = QLabel(field_label(spec.name) + (" *" if spec.required else ""))
            label.setWordWrap(True)
            label.setBuddy(editor)
            column.addWidget(label)
        column.addWidget(editor)
        problem = self._problem_label()
        column.addWidget(problem)
        if self._record is not None and spec.name in self.kind.natural_key:
            editor.setEnabled(False)  # a key never changes: a different one is another record
        if isinstance(editor, IsbnEditor) and self._record is None:
            # A scanned code closes the copy: saved, and the form is ready for the next one.
            editor.scanned.connect(lambda _code, _by_scanner: self.submit(True))
        self.editors[spec.name] = editor
        self.problems[spec.name] = problem

    def add_section(self, title: str, widget: QWidget) -> None:
        """A further part of the record under its fields (its photos)."""
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self._column.insertWidget(self._column.count() - 1, heading)
        self._column.insertWidget(self._column.count() - 1, widget)
        self._fit_screen()

    @staticmethod
    def _problem_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(PROBLEM_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _fit_screen(self) -> None:
        screen = (self.parentWidget() or self).screen().availableGeometry()
        wanted = self.scroll.widget().sizeHint().height() + 160
        self.resize(min(WIDTH, screen.width() - 40),
                    max(240, min(wanted, screen.height() - SCREEN_MARGIN)))

    def _fill(self, record: dict[str, Any] | None) -> None:
        for spec in self.fields:
            value = spec.default if record is None else record.get(spec.name)
            self.editors[spec.name].set_value(value)

    # behaviour --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any] | None:
        """What to put, or None (and the problems shown) when something cannot be read."""
        self._clear_problems()
        values: dict[str, Any] = dict(self._fixed)
        if self._record is not None:
            values["id"] = self._record["id"]
        ok = True
        for spec in self.fields:
            editor = self.editors[spec.name]
            if not editor.isEnabled():
                continue
            try:
                value = editor.value()
            except InputProblem as problem:
                self._show(spec.name, str(problem))
                ok = False
                continue
            if value is None and spec.required:
                self._show(spec.name, self.tr("Este dato es obligatorio."))
                ok = False
            elif value is None and spec.default is not None:
                values[spec.name] = spec.default
            elif value is not None or self._record is not None:
                values[spec.name] = value
        return values if ok else None

    def submit(self, another: bool) -> None:
        values = self.values()
        if values is None:
            return
        self._set_busy(True)
        self.save_requested.emit(values, another)

    def show_refusal(self, field: str | None, text: str) -> None:
        """The service refused: the sentence goes under the field it names."""
        self._set_busy(False)
        self._show(field if field in self.problems else None, text)

    def saved(self, another: bool) -> None:
        self._set_busy(False)
        if another:
            self._ready_for_next()
        else:
            self.accept()

    def _ready_for_next(self) -> None:
        """An empty form for the next record; lists keep their choice (a series of copies
        shares its type, language and origin) and a numbered registration goes up by one."""
        self._clear_problems()
        kept = {n: e.value() for n, e in self.editors.items()
                if self.kind.field(n).type in (FieldType.CHOICE, FieldType.CATALOGUE)}
        number = self.editors.get("registration_number")
        following = next_number(number.value() or "") if number is not None else ""
        self._fill(None)
        for name, value in kept.items():
            self.editors[name].set_value(value)
        if number is not None:
            number.set_value(following)
        first = next(e for e in self.editors.values() if e.isEnabled())
        (self.editors.get("title") if following else first).setFocus()

    def _show(self, field: str | None, text: str) -> None:
        label = self.problems[field] if field is not None else self.general
        label.setText(text)
        label.show()
        if field is not None:
            self.scroll.ensureWidgetVisible(self.editors[field])
            self.editors[field].setFocus()

    def _clear_problems(self) -> None:
        for label in (*self.problems.values(), self.general):
            label.hide()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
