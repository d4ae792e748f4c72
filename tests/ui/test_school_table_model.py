"""The school table model: Qt's model contract, roles and sorting."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from monitor_app.core.directory import School
from monitor_app.core.ids import school_id
from monitor_app.ui import school_table_model as columns
from monitor_app.ui.school_table_model import ID_ROLE, SCHOOL_ROLE, SORT_ROLE, SchoolTableModel
from tests.ui.conftest import SCHOOLS


def test_model_passes_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SchoolTableModel()
    qtmodeltester.check(model)
    model.set_schools(SCHOOLS)
    qtmodeltester.check(model)
    model.set_schools([])
    qtmodeltester.check(model)


def test_display_sort_and_id_roles() -> None:
    model = SchoolTableModel()
    model.set_schools(SCHOOLS)
    second = model.index(1, columns.ANEXO)
    assert model.rowCount() == len(SCHOOLS)
    assert model.columnCount() == columns.COLUMN_COUNT
    assert model.data(model.index(0, columns.COD_MOD)) == "0999001"
    assert model.data(model.index(0, columns.NAME)) == "SAN JUAN BAUTISTA"
    assert model.data(model.index(0, columns.DISTRICT)) == "SAN JUAN DE LURIGANCHO"
    assert model.data(model.index(3, columns.AREA)) == "Rural"
    assert model.data(second) == "1"
    assert model.data(second, SORT_ROLE) == 1
    assert model.data(model.index(2, columns.NAME), SORT_ROLE) == "jardin los pinitos"
    assert model.data(second, ID_ROLE) == school_id("0999001", "1")
    assert model.data(second, SCHOOL_ROLE) is SCHOOLS[1]
    assert model.school_at(2).cen_edu == "JARDÍN LOS PINITOS"


def test_headers_name_every_column() -> None:
    model = SchoolTableModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns.COLUMN_COUNT)]
    assert titles[columns.COD_MOD] == "Cód. modular"
    assert model.headerData(columns.COD_MOD, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "Código modular"
    assert titles[columns.NAME] == "Nombre de la IE"
    assert all(titles) and len(set(titles)) == columns.COLUMN_COUNT


def test_anexo_sorts_as_a_number_and_names_ignore_accents() -> None:
    schools = [School("0000001", str(anexo), "", f"IE {anexo}") for anexo in (10, 2, 1)]
    model = SchoolTableModel()
    model.set_schools(schools + SCHOOLS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(columns.ANEXO)
    anexos = [proxy.index(row, columns.ANEXO).data() for row in range(proxy.rowCount())]
    assert anexos[-3:] == ["1", "2", "10"]
    proxy.sort(columns.NAME)
    names = [proxy.index(row, columns.NAME).data() for row in range(proxy.rowCount())]
    assert names.index("ÁNGELES DE LA GUARDA") < names.index("IE 1")  # not after the Zs
