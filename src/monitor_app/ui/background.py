"""Runs a long plain function that needs no open installation (checking a bundle, setting one
up) on a worker thread, reporting back through a RunningTask's signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRunnable, QThreadPool

from monitor_app.core.progress import Cancelled, Progress
from monitor_app.ui.task_runner import RunningTask, settle_with

PlainWork = Callable[[Progress, Cancelled], Any]


class _PlainJob(QRunnable):
    def __init__(self, work: PlainWork, task: RunningTask) -> None:
        super().__init__()
        self._work = work
        self._task = task

    def run(self) -> None:
        task = self._task
        settle_with(task, lambda: self._work(task.report_progress, task.is_cancelled))


# Tasks under way, kept here rather than by a dialog: one closed meanwhile must not delete the
# task under the worker that still has to settle it. Released on the GUI thread when it has.
_running: set[RunningTask] = set()


def run_in_background(work: PlainWork) -> RunningTask:
    """Start `work(progress, cancelled)`; the task's signals arrive on the GUI thread."""
    task = RunningTask(lambda _ctx, progress, cancelled: work(progress, cancelled))
    _running.add(task)
    task.finished.connect(lambda _result: _running.discard(task))
    task.failed.connect(lambda _error: _running.discard(task))
    QThreadPool.globalInstance().start(_PlainJob(work, task))
    return task
