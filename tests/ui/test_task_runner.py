"""The worker: plain functions run off the GUI thread, each with its own database connection."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import open_context
from monitor_app.ui.task_runner import UNKNOWN_TOTAL, TaskRunner


@pytest.fixture
def runner(qtbot, enrolled_db: Path):  # type: ignore[no-untyped-def]
    runner = TaskRunner(enrolled_db)
    yield runner
    assert runner.shutdown()


def test_work_runs_on_another_thread_with_its_own_context(qtbot, runner, enrolled_db: Path) -> None:
    gui_ctx = open_context(enrolled_db)
    seen: dict[str, object] = {}

    def work(ctx, progress, cancelled):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.get_ident()
        seen["same_context"] = ctx is gui_ctx
        progress(1, 2)
        progress(2, None)
        return ctx.store.db.execute("SELECT count(*) FROM schools").fetchone()[0]

    task = runner.submit(work)
    progress: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.finished) as finished:
        pass
    gui_ctx.close()
    assert finished.args == [5]
    assert seen["thread"] != threading.get_ident() and seen["same_context"] is False
    assert progress == [(1, 2), (2, UNKNOWN_TOTAL)]
    assert not runner.busy()


def test_a_refusal_arrives_as_failed(qtbot, runner) -> None:
    def work(ctx, progress, cancelled):  # type: ignore[no-untyped-def]
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path="x.dbf")

    task = runner.submit(work)
    with qtbot.waitSignal(task.failed) as failed:
        pass
    assert failed.args[0].code is ErrorCode.FILE_NOT_FOUND


def test_cancel_is_seen_by_the_work(qtbot, runner) -> None:
    release = threading.Event()

    def work(ctx, progress, cancelled):  # type: ignore[no-untyped-def]
        release.wait(10)
        if cancelled():
            raise MonitorError(ErrorCode.CANCELLED)
        return "done"

    task = runner.submit(work)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.failed) as failed:
        pass
    assert failed.args[0].code is ErrorCode.CANCELLED


def test_a_bug_goes_to_the_error_path_and_the_task_still_ends(
    qtbot, runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(error))

    def work(ctx, progress, cancelled):  # type: ignore[no-untyped-def]
        return 1 / 0

    task = runner.submit(work)
    with qtbot.waitSignal(task.failed) as failed:
        pass
    assert isinstance(failed.args[0], ZeroDivisionError)
    assert reported == [failed.args[0]]


def test_tasks_run_one_at_a_time_in_order(qtbot, runner) -> None:
    order: list[int] = []
    tasks = [runner.submit(lambda ctx, p, c, n=n: order.append(n) or n) for n in range(5)]
    with qtbot.waitSignal(tasks[-1].finished):
        pass
    assert order == [0, 1, 2, 3, 4]
