"""A table of whole records of one kind (committee, members, hazards, the ledger...), its
columns chosen from the kind's fields and shown as the editor shows them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from monitor_app.core.kind_spec import FieldSpec, FieldType
from monitor_app.core.kinds import kind_named
from monitor_app.core.search import fold
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.record_labels import field_label, month_names
from monitor_app.ui.widgets.shown import code_word, iso_day_text, number_text

Record = dict[str, Any]


class RecordsModel(RowsModel[Record]):
    """`catalogues` (catalogue → code → label) names the catalogue codes."""

    def __init__(self, kind: str, fields: Sequence[str], parent: QObject | None = None) -> None:
        self.kind = kind_named(kind)
        self.catalogues: dict[str, dict[str, str]] = {}
        specs = [self.kind.field(name) for name in fields]
        super().__init__([self._column(spec) for spec in specs if spec is not None], parent)

    def _column(self, spec: FieldSpec) -> Column[Record]:
        return Column(field_label(spec.name), lambda r: self.text(spec, r.get(spec.name)),
                      sort=lambda r: self._sort(spec, r.get(spec.name)))

    def text(self, spec: FieldSpec, value: Any) -> str:
        if value is None:
            return ""
        match spec.type:
            case FieldType.DATE:
                return iso_day_text(value)
            case FieldType.BOOLEAN:
                return self.tr("Sí") if value else self.tr("No")
            case FieldType.CHOICE:
                return code_word(value)
            case FieldType.CATALOGUE:
                return self.catalogues.get(spec.catalogue or "", {}).get(value, value)
            case FieldType.MONTHS:
                names = month_names()
                return ", ".join(names[m - 1] for m in value)
            case FieldType.INTEGER if spec.minimum is not None and spec.minimum < 0:
                return ("+" if value > 0 else "") + number_text(value)  # a ledger's in and out
            case FieldType.INTEGER:
                return number_text(value)
        return str(value)

    def _sort(self, spec: FieldSpec, value: Any) -> Any:
        if spec.type in (FieldType.INTEGER, FieldType.NUMBER):
            return value if value is not None else -1
        if spec.type is FieldType.MONTHS:
            return min(value) if value else 0
        return fold(self.text(spec, value))
