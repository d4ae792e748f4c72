"""The school directory as a Qt table: one row per school service, columns in the padrón's terms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from monitor_app.core.directory import School
from monitor_app.core.ids import school_id
from monitor_app.core.search import fold

Index = QModelIndex | QPersistentModelIndex

COD_MOD = 0
ANEXO = 1
CODLOCAL = 2
NAME = 3
LEVEL = 4
DISTRICT = 5
AREA = 6
MANAGEMENT = 7
COLUMN_COUNT = 8

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the anexo as a number; text folded (accents, case)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the school's record id (same on every installation)
SCHOOL_ROLE = Qt.ItemDataRole.UserRole + 3  # the School record itself

_FIELDS = ("cod_mod", "anexo", "codlocal", "cen_edu", "d_niv_mod", "d_dist", "dareacenso", "d_gestion")


def _sort_value(school: School, column: int) -> Any:
    if column == ANEXO:
        return int(school.anexo) if school.anexo.isdigit() else -1
    # "ÁNGELES" sorts with the As, as a reader expects, whatever the system's locale.
    return fold(getattr(school, _FIELDS[column]))


class SchoolTableModel(QAbstractTableModel):
    """A read-only list of schools, replaced whole by `set_schools` after every search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._schools: list[School] = []
        self._titles = (
            self.tr("Cód. modular"),
            self.tr("Anexo"),
            self.tr("Cód. local"),
            self.tr("Nombre de la IE"),
            self.tr("Nivel / modalidad"),
            self.tr("Distrito"),
            self.tr("Área"),
            self.tr("Gestión"),
        )
        self._tooltips = {
            COD_MOD: self.tr("Código modular"),
            CODLOCAL: self.tr("Código de local"),
            AREA: self.tr("Área censal"),
        }

    def set_schools(self, schools: Sequence[School]) -> None:
        self.beginResetModel()
        self._schools = list(schools)
        self.endResetModel()

    def school_at(self, row: int) -> School:
        return self._schools[row]

    def column_texts(self, column: int, limit: int) -> set[str]:
        """The distinct texts of a column in the first `limit` rows (for sizing it)."""
        name = _FIELDS[column]
        return {getattr(school, name) for school in self._schools[:limit]}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._schools)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._schools):
            return None
        school = self._schools[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(school, _FIELDS[column])
        if role == SORT_ROLE:
            return _sort_value(school, column)
        if role == ID_ROLE:
            return school_id(school.cod_mod, school.anexo)
        if role == SCHOOL_ROLE:
            return school
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips.get(section, self._titles[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
