"""Runs long plain functions (progress and cancel hooks) on a worker thread and reports back as signals."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from monitor_app.core.errors import MonitorError
from monitor_app.core.progress import Cancelled, Progress
from monitor_app.services.context import AppContext, open_context

Work = Callable[[AppContext, Progress, Cancelled], Any]
UNKNOWN_TOTAL = -1


class RunningTask(QObject):
    """One submitted operation. Its signals arrive on the GUI thread."""

    progress = Signal(int, int)  # done, total (UNKNOWN_TOTAL when the total is not known)
    finished = Signal(object)  # what the function returned
    failed = Signal(object)  # the exception: a MonitorError, or a bug already sent to sys.excepthook
    _settled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self._cancel = threading.Event()
        self._outcome: tuple[bool, Any] | None = None
        # The worker only leaves the outcome here; the GUI thread emits it. Python objects sent
        # through a queued signal from the worker sometimes arrived as None (PySide6 6.11.3).
        self._settled.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int | None) -> None:
        self.progress.emit(done, UNKNOWN_TOTAL if total is None else total)

    def settle(self, succeeded: bool, value: Any) -> None:
        """Called once by the worker thread."""
        self._outcome = (succeeded, value)
        self._settled.emit()

    @Slot()
    def _deliver(self) -> None:
        assert self._outcome is not None
        succeeded, value = self._outcome
        (self.finished if succeeded else self.failed).emit(value)


class _Job(QRunnable):
    def __init__(self, db_path: Path, task: RunningTask) -> None:
        super().__init__()
        self._db_path = db_path
        self._task = task

    def run(self) -> None:
        settle_with(self._task, self._work)

    def _work(self) -> Any:
        task = self._task
        # A sqlite connection belongs to the thread that opened it: this job opens its own.
        ctx = open_context(self._db_path)
        try:
            return task.work(ctx, task.report_progress, task.is_cancelled)
        finally:
            ctx.close()


def settle_with(task: RunningTask, call: Callable[[], Any]) -> None:
    """Run `call` on the worker thread and settle `task` with its result or its error."""
    try:
        result = call()
    except MonitorError as refusal:
        task.settle(False, refusal)
    except Exception as bug:  # noqa: BLE001 - a worker must always answer the GUI
        sys.excepthook(type(bug), bug, bug.__traceback__)
        task.settle(False, bug)
    else:
        task.settle(True, result)


class TaskRunner(QObject):
    """The one writer: operations on the database run one after another on a single worker
    thread, each with its own connection, so the window never freezes and never writes itself."""

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[RunningTask] = set()

    @property
    def db_path(self) -> Path:
        return self._db_path

    def submit(self, work: Work) -> RunningTask:
        task = RunningTask(work, self)
        self._running.add(task)
        task.finished.connect(lambda _result: self._forget(task))
        task.failed.connect(lambda _error: self._forget(task))
        self._pool.start(_Job(self._db_path, task))
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Ask every task to stop and wait for the worker: used when the window closes."""
        for task in self._running:
            task.cancel()
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, task: RunningTask) -> None:
        self._running.discard(task)
        task.deleteLater()
