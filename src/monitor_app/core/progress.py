"""Hooks that long operations call so a face can show progress and ask to stop."""

from __future__ import annotations

from collections.abc import Callable

from monitor_app.core.errors import ErrorCode, MonitorError

Progress = Callable[[int, int | None], None]  # (done, total or None when unknown)
Cancelled = Callable[[], bool]
Check = Callable[[], None]  # raises MonitorError(CANCELLED) when the user asked to stop


def no_progress(done: int, total: int | None) -> None:
    """Report nothing."""


def never_cancelled() -> bool:
    return False


def check_cancelled(cancelled: Cancelled) -> None:
    if cancelled():
        raise MonitorError(ErrorCode.CANCELLED)


def checker(cancelled: Cancelled) -> Check:
    def check() -> None:
        if cancelled():
            raise MonitorError(ErrorCode.CANCELLED)

    return check
