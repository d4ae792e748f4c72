"""What the GRD and Biblioteca tabs share: panels of a local's records and panels of the
records under the one selected above them, wired to the editor, reloaded by what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from monitor_app.core.directory import School
from monitor_app.core.kinds import kind_named
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.local_records import catalogue_choices, records_under
from monitor_app.ui.editing.record_editing import RecordEditing
from monitor_app.ui.editing.record_panel import RecordPanel, row_id
from monitor_app.ui.models.records import RecordsModel

Loader = Callable[[AppContext, School], list[Any]]
Naming = Callable[[Any], str]


@dataclass
class _Binding:
    panel: RecordPanel
    kind: str
    what: Naming  # a row in words, for the question before deleting it
    load: Loader | None = None  # a panel of the local's records
    master: RecordPanel | None = None  # a panel of the records under the master's selection


class RecordsTab(QTabWidget):
    """Subclasses add pages of panels with `local_panel` and `detail_panel`, and name the
    catalogues their record tables show."""

    catalogues: tuple[str, ...] = ()

    def __init__(self, context: Callable[[], AppContext], lang: str,
                 editing: RecordEditing | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lang = lang
        self.editing = editing
        self.editable = editing is not None
        self.school: School | None = None
        self.bindings: list[_Binding] = []
        self.catalogue_labels: dict[str, dict[str, str]] = {}

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset().union(*(b.panel.kinds for b in self.bindings))

    def page(self, title: str, *panels: tuple[RecordPanel, int]) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        for panel, height in panels:
            layout.addWidget(panel, height)
        self.addTab(page, title)

    def local_panel(self, panel: RecordPanel, kind: str, load: Loader, what: Naming,
                    fixed: Callable[[], dict[str, Any]] | None = None) -> None:
        """A panel of the local's records; a new one gets `fixed()` (the local, by default)."""
        self.bindings.append(_Binding(panel, kind, what, load=load))
        local = fixed or (lambda: {"codlocal": self.school.codlocal})  # type: ignore[union-attr]
        panel.add_clicked.connect(lambda: self._add(kind, local()))
        self._wire(panel, kind, what)

    def detail_panel(self, panel: RecordPanel, kind: str, master: RecordPanel,
                     what: Naming) -> None:
        self.bindings.append(_Binding(panel, kind, what, master=master))
        link = kind_named(kind).links[0].name
        panel.add_clicked.connect(lambda: self._add(kind, {link: row_id(master.selected())}))
        master.current_changed.connect(lambda row: self._load_details(panel, kind, row))
        panel.set_can_add(False)
        self._wire(panel, kind, what)

    def _wire(self, panel: RecordPanel, kind: str, what: Naming) -> None:
        panel.edit_clicked.connect(lambda row: self._edit(kind, row_id(row)))
        panel.delete_clicked.connect(
            lambda row: self.editing and self.editing.delete(kind, row_id(row), what(row)))

    def _add(self, kind: str, fixed: dict[str, Any]) -> None:
        if self.editing is not None and self.school is not None:
            self.editing.add(kind, fixed)

    def _edit(self, kind: str, record_id: str) -> None:
        if self.editing is not None:
            self.editing.edit(kind, record_id)

    # reading ----------------------------------------------------------------------------------

    def load(self, ctx: AppContext, school: School) -> None:
        self.school = school
        self._read(ctx, lambda _binding: True)

    def reload(self, changes: Changes) -> None:
        """Read again the panels that show a kind the write touched."""
        if self.school is not None:
            self._read(self._context(), lambda b: bool(b.panel.kinds & changes.kinds))

    def _read(self, ctx: AppContext, wanted: Callable[[_Binding], bool]) -> None:
        self.read_labels(ctx)
        for binding in self.bindings:
            if binding.load is not None and wanted(binding):
                rows = binding.load(ctx, self.school)  # type: ignore[arg-type]
                binding.panel.set_rows(rows)
                if kind_named(binding.kind).natural_key == ("codlocal",):
                    binding.panel.set_can_add(not rows)  # one per local: edit the one there is
        for binding in self.bindings:
            if binding.master is not None and wanted(binding):
                self._load_details(binding.panel, binding.kind, binding.master.selected(), ctx)

    def read_labels(self, ctx: AppContext) -> None:
        self.catalogue_labels.update({name: dict(catalogue_choices(ctx, name, self._lang))
                                      for name in self.catalogues})
        for binding in self.bindings:
            if isinstance(binding.panel.model, RecordsModel):
                binding.panel.model.catalogues = self.catalogue_labels

    def _load_details(self, panel: RecordPanel, kind: str, master_row: Any,
                      ctx: AppContext | None = None) -> None:
        if master_row is None:
            panel.set_rows([])
        else:
            panel.set_rows(records_under(ctx or self._context(), kind, row_id(master_row)))
        panel.set_can_add(master_row is not None)
