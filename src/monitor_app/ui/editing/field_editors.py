"""One input widget per field type of a record: text, dates as dd/mm/aaaa, numbers, yes/no,
choices and catalogue entries as lists of words, the months of the year, an ISBN."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from monitor_app.core.kind_spec import FieldSpec, FieldType
from monitor_app.ui.record_labels import field_label, month_names
from monitor_app.ui.widgets.isbn_field import IsbnField
from monitor_app.ui.widgets.shown import code_word

LONG_TEXT = 4000  # the default max_length: free notes get a box of a few lines


class InputProblem(Exception):
    """What was typed cannot be read as the field's type; the message is for the user."""


class FieldEditor(Protocol):
    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


class TextEditor(QLineEdit):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(spec.max_length)
        if spec.type is FieldType.TIME:
            self.setPlaceholderText("HH:MM")
            self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NotesEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class DateEditor(QLineEdit):
    """dd/mm/aaaa in the window; the records hold AAAA-MM-DD."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/aaaa"))
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)

    def value(self) -> str | None:
        typed = self.text().strip()
        if not typed:
            return None
        try:
            return dt.datetime.strptime(typed, "%d/%m/%Y").date().isoformat()
        except ValueError:
            raise InputProblem(self.tr("Escriba la fecha como dd/mm/aaaa, por ejemplo "
                                       "15/03/2024.")) from None

    def set_value(self, value: Any) -> None:
        self.setText(dt.date.fromisoformat(value).strftime("%d/%m/%Y") if value else "")


class NumberEditor(QLineEdit):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._integer = spec.type is FieldType.INTEGER
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)

    def value(self) -> int | float | None:
        typed = self.text().strip().replace(" ", "")
        if not typed:
            return None
        try:
            return int(typed.replace(",", "")) if self._integer else float(typed.replace(",", "."))
        except ValueError:
            raise InputProblem(self.tr("Escriba un número entero.") if self._integer
                               else self.tr("Escriba un número.")) from None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class FlagEditor(QCheckBox):
    """A yes/no field: the box carries the field's label."""

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ListEditor(QComboBox):
    """A choice or a catalogue code, shown by its word; "—" when the field may stay empty."""

    def __init__(self, items: list[tuple[str, str]], optional: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if optional:
            self.addItem("—", None)
        for code, text in items:
            self.addItem(text, code)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value is not None:  # a code the catalogue no longer lists
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class MonthsEditor(QWidget):
    """Twelve boxes, January to December, in two rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes = [QCheckBox(name, self) for name in month_names()]
        for n, box in enumerate(self.boxes):
            grid.addWidget(box, n // 6, n % 6)

    def value(self) -> list[int]:
        return [n + 1 for n, box in enumerate(self.boxes) if box.isChecked()]

    def set_value(self, value: Any) -> None:
        for n, box in enumerate(self.boxes):
            box.setChecked(n + 1 in (value or []))


class IsbnEditor(IsbnField):
    """The scanner field; what it sent stays shown as the copy's ISBN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scanned.connect(lambda code, _by_scanner: self.edit.setText(code))

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")


def editor_for(spec: FieldSpec, catalogue: list[tuple[str, str]]) -> QWidget:
    """The input for a shown field (`catalogue`: its entries, when it is a catalogue field)."""
    optional = not spec.required and spec.default is None
    match spec.type:
        case FieldType.DATE:
            return DateEditor()
        case FieldType.INTEGER | FieldType.NUMBER:
            return NumberEditor(spec)
        case FieldType.BOOLEAN:
            return FlagEditor(field_label(spec.name))
        case FieldType.CHOICE:
            return ListEditor([(c, code_word(c)) for c in spec.choices], optional)
        case FieldType.CATALOGUE:
            return ListEditor(catalogue, optional)
        case FieldType.MONTHS:
            return MonthsEditor()
        case FieldType.ISBN:
            return IsbnEditor()
        case FieldType.TEXT if spec.max_length >= LONG_TEXT:
            return NotesEditor()
        case _:
            return TextEditor(spec)
