"""A school's checklist: status (colour and icon), item, reason with its dates, what to do."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from monitor_app.core.checklist import ChecklistItem
from monitor_app.core.checklist_texts import render_item
from monitor_app.ui.models.rows import Column, RowsModel
from monitor_app.ui.widgets.status_badge import COLOURS, badge_text

STATUS, ITEM, REASON, ACTION = range(4)
_STATUS_ORDER = ("vencido", "pendiente", "sin_dato", "cumple")  # what needs doing sorts first


class ChecklistModel(RowsModel[ChecklistItem]):
    """Sentences come from the core's texts in the window's language; catalogue codes in
    them are named with `labels`."""

    def __init__(self, lang: str, labels: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        self.lang = lang
        self.labels: Mapping[str, str] = labels or {}
        super().__init__([
            Column(self.tr("Estado"), lambda i: badge_text(i.status),
                   sort=lambda i: _STATUS_ORDER.index(i.status.value),
                   colour=lambda i: COLOURS[i.status]),
            Column(self.tr("Aspecto"), lambda i: self._shown(i).title),
            Column(self.tr("Situación"), lambda i: self._shown(i).reason),
            Column(self.tr("Qué hacer"), lambda i: self._shown(i).action),
        ], parent)

    def _shown(self, item: ChecklistItem):  # type: ignore[no-untyped-def]
        return render_item(item, self.lang, self.labels)
