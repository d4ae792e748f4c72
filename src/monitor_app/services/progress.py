"""Hooks that long operations call so a face can show progress and ask to stop."""

from __future__ import annotations

from collections.abc import Callable

from monitor_app.core.errors import ErrorCode, MonitorError

Progress = Callable[[int, int | None], None]  # (done, total or None when unknown)
Cancelled = Callable[[], bool]


def no_progress(done: int, total: int | None) -> None:
    """The default hook: report nothing."""


def never_cancelled() -> bool:
    return False


def check_cancelled(cancelled: Cancelled) -> None:
    if cancelled():
        raise MonitorError(ErrorCode.CANCELLED)
