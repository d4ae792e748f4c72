"""Opens the record editor for a kind and runs its writes on the TaskRunner; tells the page
what changed so it reloads only the tables that show it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from monitor_app.core.errors import MonitorError
from monitor_app.core.kind_spec import FieldType
from monitor_app.core.kinds import kind_named
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.local_records import catalogue_choices, record, return_loan
from monitor_app.services.messages import describe
from monitor_app.services.records import delete_record, put_record
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.editing.record_editor import RecordEditor
from monitor_app.ui.record_labels import field_label, kind_label
from monitor_app.ui.task_runner import RunningTask, TaskRunner
from monitor_app.ui.widgets.photo_strip import PhotoStrip
from monitor_app.ui.widgets.shown import iso_day_text

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class RecordEditing(QObject):
    """`changed(Changes)` after every write; `refused(sentence)` when a write outside an
    editor (a delete, a return) is refused."""

    changed = Signal(object)
    refused = Signal(str)

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, context: Callable[[], AppContext],
                 lang: str, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._dialogs = dialogs
        self._context = context
        self._lang = lang
        self._window = window
        self.editor: RecordEditor | None = None  # the one open, for tests and screenshots

    def add(self, kind: str, fixed: dict[str, Any]) -> RecordEditor:
        title = self.tr("Agregar: {kind}").format(kind=kind_label(kind))
        return self._open(kind, title, fixed, None)

    def edit(self, kind: str, record_id: str) -> RecordEditor | None:
        try:
            current = record(self._context(), kind, record_id)
        except MonitorError as refusal:
            self.refused.emit(self._sentence(refusal))
            return None
        title = self.tr("Editar: {kind}").format(kind=kind_label(kind))
        return self._open(kind, title, {}, current)

    def delete(self, kind: str, record_id: str, what: str) -> None:
        question = self.tr("¿Eliminar {kind} «{what}»? Se puede restaurar volviendo a "
                           "registrarlo.").format(kind=kind_label(kind).lower(), what=what)
        if self._dialogs.confirm(self._window, question):
            self._run(lambda ctx: delete_record(ctx, kind, record_id))

    def return_loan(self, loan_id: str) -> None:
        self._run(lambda ctx: return_loan(ctx, loan_id))

    def _open(self, kind: str, title: str, fixed: dict[str, Any],
              current: dict[str, Any] | None) -> RecordEditor:
        spec = kind_named(kind)
        ctx = self._context()
        catalogues = {f.catalogue: catalogue_choices(ctx, f.catalogue, self._lang)
                      for f in spec.fields if f.type is FieldType.CATALOGUE and f.catalogue}
        if self.editor is not None:
            self.editor.close()
        editor = RecordEditor(spec, title, fixed, current, catalogues, self._window)
        if current is not None:
            self._add_photos(editor, kind, current["id"])
        editor.save_requested.connect(
            lambda values, another: self._save(editor, kind, values, another))
        editor.finished.connect(lambda _result: self._closed(editor))
        self.editor = editor
        editor.open()  # window-modal, and no nested event loop
        return editor

    def _add_photos(self, editor: RecordEditor, kind: str, record_id: str) -> None:
        """Records that evidence can be attached to (a plan, a device) show their photos."""
        link = next((f.name for f in kind_named("evidence").links if f.references == kind), None)
        if link is not None:
            strip = PhotoStrip(self._runner, self._dialogs, self._lang)
            strip.show_photos_of(link, record_id)
            strip.changed.connect(lambda: self.changed.emit(Changes.of("evidence", record_id)))
            editor.add_section(self.tr("Fotos"), strip)

    def _save(self, editor: RecordEditor, kind: str, values: dict[str, Any],
              another: bool) -> None:
        task = self._runner.submit(lambda ctx, _progress, _cancelled:
                                   Changes.of(kind, put_record(ctx, kind, values)))
        task.finished.connect(lambda changes: self._saved(editor, changes, another))
        task.failed.connect(lambda error: editor.show_refusal(
            error.params.get("field") if isinstance(error, MonitorError) else None,
            self._sentence(error)))

    def _saved(self, editor: RecordEditor, changes: Changes, another: bool) -> None:
        editor.saved(another)
        self.changed.emit(changes)

    def _run(self, work: Callable[[AppContext], Changes]) -> RunningTask:
        task = self._runner.submit(lambda ctx, _progress, _cancelled: work(ctx))
        task.finished.connect(self.changed.emit)
        task.failed.connect(lambda error: self.refused.emit(self._sentence(error)))
        return task

    def _sentence(self, error: BaseException) -> str:
        if isinstance(error, MonitorError):
            # Without the line number a file import would name (the user edited one record),
            # the field by its label and days as the window writes them.
            params = {name: _shown(value) for name, value in error.params.items()}
            if "field" in params:
                params["field"] = field_label(str(params["field"]))
            return describe(MonitorError(error.code, **params), self._lang)
        return self.tr("No se pudo guardar: ocurrió un error inesperado (ya quedó en el "
                       "registro de la aplicación). Intente otra vez.")

    def _closed(self, editor: RecordEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()


def _shown(value: object) -> object:
    return iso_day_text(value) if isinstance(value, str) and ISO_DAY.fullmatch(value) else value
