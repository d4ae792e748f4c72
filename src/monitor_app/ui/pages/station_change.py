"""A change made on a merge-station page (approve a device, assign schools…): run on the
writer with the page's buttons off; done, its sentence in the status bar, `changed`, the list
read again; refused, the refusal's sentence, the buttons back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QPushButton

from monitor_app.core.errors import MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.messages import describe
from monitor_app.ui.task_runner import TaskRunner


class StationPage(Protocol):
    status: SignalInstance
    changed: SignalInstance

    def reload(self) -> None: ...

    def update_buttons(self) -> None: ...


def run_change(page: StationPage, runner: TaskRunner, lang: str,
               work: Callable[[AppContext], Any], said: Callable[[Any], str],
               buttons: Sequence[QPushButton]) -> None:
    """Run `work` on the writer; `said` turns what it returned into the sentence shown."""
    for button in buttons:
        button.setEnabled(False)
    task = runner.submit(lambda ctx, _p, _c: work(ctx))
    task.finished.connect(lambda result: _done(page, said(result)))
    task.failed.connect(lambda error: refused(page, lang, error))


def _done(page: StationPage, sentence: str) -> None:
    page.status.emit(sentence)
    page.changed.emit()
    page.reload()


def refused(page: StationPage, lang: str, error: object) -> None:
    """A refusal (reading or changing) said in the status bar; a bug was already shown."""
    page.update_buttons()
    if isinstance(error, MonitorError):
        page.status.emit(describe(error, lang))
