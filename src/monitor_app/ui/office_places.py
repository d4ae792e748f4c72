"""The merge station's places in the shell (Bandeja de entrada, Equipos, Conflictos, Publicar,
Panel, Asignaciones): each built when first opened, the lists read again each time they are shown. The shell offers
them only at an office."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget

from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from monitor_app.ui.pages.assignments import AssignmentsPage
    from monitor_app.ui.pages.conflicts import ConflictsPage
    from monitor_app.ui.pages.devices import DevicesPage
    from monitor_app.ui.pages.inbox import InboxPage
    from monitor_app.ui.pages.panel import PanelPage
    from monitor_app.ui.pages.publish import PublishPage


class OfficePlaces:
    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str, pages: QStackedWidget,
                 status: Callable[[str], None], changed: Callable[[], None]) -> None:
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self._pages = pages
        self._status = status
        self._changed = changed
        self.inbox: InboxPage | None = None
        self.devices: DevicesPage | None = None
        self.conflicts: ConflictsPage | None = None
        self.publish: PublishPage | None = None
        self.panel: PanelPage | None = None
        self.assignments: AssignmentsPage | None = None

    def inbox_page(self) -> InboxPage:
        if self.inbox is None:
            from monitor_app.ui.pages.inbox import InboxPage

            self.inbox = InboxPage(self._runner, self._dialogs, self._lang)
            self.inbox.status.connect(self._status)
            self.inbox.changed.connect(self._changed)
            self._pages.addWidget(self.inbox)
        if not self.inbox.is_running():
            self.inbox.reload()
        return self.inbox

    def devices_page(self) -> DevicesPage:
        if self.devices is None:
            from monitor_app.ui.pages.devices import DevicesPage

            self.devices = DevicesPage(self._runner, self._dialogs, self._lang)
            self.devices.status.connect(self._status)
            self.devices.changed.connect(self._changed)
            self._pages.addWidget(self.devices)
        self.devices.reload()
        return self.devices

    def conflicts_page(self) -> ConflictsPage:
        if self.conflicts is None:
            from monitor_app.ui.pages.conflicts import ConflictsPage

            self.conflicts = ConflictsPage(self._runner, self._lang)
            self.conflicts.status.connect(self._status)
            self.conflicts.changed.connect(self._changed)
            self._pages.addWidget(self.conflicts)
        self.conflicts.reload()
        return self.conflicts

    def publish_page(self) -> PublishPage:
        if self.publish is None:
            from monitor_app.ui.pages.publish import PublishPage

            self.publish = PublishPage(self._runner, self._dialogs, self._lang)
            self.publish.status.connect(self._status)
            self._pages.addWidget(self.publish)
        return self.publish

    def assignments_page(self) -> AssignmentsPage:
        if self.assignments is None:
            from monitor_app.ui.pages.assignments import AssignmentsPage

            self.assignments = AssignmentsPage(self._runner, self._lang)
            self.assignments.status.connect(self._status)
            self.assignments.changed.connect(self._changed)
            self._pages.addWidget(self.assignments)
        self.assignments.reload()
        return self.assignments

    def panel_page(self) -> PanelPage:
        if self.panel is None:
            from monitor_app.ui.pages.panel import PanelPage

            self.panel = PanelPage(self._runner, self._dialogs, self._lang)
            self.panel.status.connect(self._status)
            self._pages.addWidget(self.panel)
        self.panel.reload()
        return self.panel

    def shutdown(self) -> None:
        """Stop the panel's reading, which runs beside the writer."""
        if self.panel is not None:
            self.panel.shutdown()
