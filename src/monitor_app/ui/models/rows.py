"""A read-only table model over a list of plain records, each column described once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from monitor_app.core.search import fold

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a native value (number, date, folded text)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the record itself


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None  # folded text when not given
    tooltip: Callable[[Row], str] | None = None  # the text when not given
    colour: Callable[[Row], str | None] | None = None  # a background, with the text saying it too
    header_tip: str = ""


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows replaced whole by `set_rows`; subclasses give their columns with translated titles."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def column_texts(self, column: int, limit: int) -> set[str]:
        """The distinct texts of a column in the first `limit` rows (for sizing it)."""
        text = self.columns[column].text
        return {text(row) for row in self._rows[:limit]}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip or column.text)(row) or None
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else fold(column.text(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return QBrush(QColor("black")) if column.colour(row) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip or column.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
