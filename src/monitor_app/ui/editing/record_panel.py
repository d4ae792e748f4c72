"""A headed table of records with a filter box over it and the buttons that change them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from monitor_app.ui.models.rows import ROW_ROLE, RowsModel
from monitor_app.ui.widgets.school_sections import Section
from monitor_app.ui.widgets.table_view import FilterProxy, fit_columns, sorted_table

FILTER_WIDTH_CHARS = 28


def row_id(row: Any) -> str:
    """The id of a shown row: a service row (dataclass) or a whole record (dict)."""
    return row["id"] if isinstance(row, dict) else row.id


class RecordPanel(QWidget):
    """`add_clicked()`, `edit_clicked(row)`, `delete_clicked(row)`; `current_changed(row or
    None)` when the selection moves. Without `editable` it only shows."""

    add_clicked = Signal()
    edit_clicked = Signal(object)
    delete_clicked = Signal(object)
    current_changed = Signal(object)

    def __init__(self, heading: str, model: RowsModel, kinds: set[str], *, stretch: int,
                 editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._stretch = stretch
        self.kinds = frozenset(kinds)  # what it shows: a write to these reloads it
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrar…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filtrar {heading}").format(heading=heading))
        self.filter.setMaximumWidth(self.filter.fontMetrics().averageCharWidth()
                                    * FILTER_WIDTH_CHARS)
        self.table = sorted_table(model, self, stretch=stretch)
        self.proxy: FilterProxy = self.table.model()  # type: ignore[assignment]
        self.filter.textChanged.connect(self.proxy.set_filter)
        self.add_button = QPushButton(self.tr("&Agregar"))
        self.edit_button = QPushButton(self.tr("&Editar"))
        self.delete_button = QPushButton(self.tr("E&liminar"))
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
            button.setVisible(editable)
        self.buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_clicked)
        self.edit_button.clicked.connect(lambda: self._with_row(self.edit_clicked))
        self.delete_button.clicked.connect(lambda: self._with_row(self.delete_clicked))
        self.table.doubleClicked.connect(lambda _index: self._with_row(self.edit_clicked))
        self.table.installEventFilter(self)  # Enter edits, Delete deletes
        self.table.selectionModel().currentRowChanged.connect(self._moved)
        self.model.modelReset.connect(lambda: self._moved())
        self.editable = editable
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(Section(heading), 1)
        head.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self._moved()

    def add_button_for(self, text: str) -> QPushButton:
        """A further action on the selected row (return a loan, lend a copy)."""
        button = QPushButton(text)
        button.setVisible(self.editable)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        button.setEnabled(False)
        self.current_changed.connect(lambda row: button.setEnabled(row is not None))
        return button

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def set_rows(self, rows: list[Any]) -> None:
        """New rows, keeping the selected record selected when it is still there."""
        kept = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.table, self.model, skip=(self._stretch,))
        ids = [row_id(row) for row in rows]
        if kept is not None and row_id(kept) in ids:
            self.select(ids.index(row_id(kept)))

    def select(self, source_row: int) -> None:
        """Select a row given by its place in the model (not in the sorted, filtered view)."""
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def set_can_add(self, can: bool) -> None:
        self.add_button.setEnabled(can)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            signal = {Qt.Key.Key_Return: self.edit_clicked, Qt.Key.Key_Enter: self.edit_clicked,
                      Qt.Key.Key_Delete: self.delete_clicked}.get(Qt.Key(event.key()))
            if signal is not None and self.selected() is not None:
                self._with_row(signal)
                return True
        return super().eventFilter(watched, event)

    def _with_row(self, signal: Signal) -> None:
        row = self.selected()
        if row is not None and self.editable:
            signal.emit(row)  # type: ignore[attr-defined]

    def _moved(self, *_indexes: Any) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.current_changed.emit(row)
