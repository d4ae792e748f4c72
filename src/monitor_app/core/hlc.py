"""Hybrid logical clock: 64-bit `(wall_ms << 16) | counter`, monotonic whatever the wall clock does."""

from __future__ import annotations

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int = 0) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms_of(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def tick(last: int, wall_ms: int) -> int:
    """The next local timestamp: ahead of `last`, and of the wall clock when it moved on."""
    candidate = pack(wall_ms)
    if candidate > last:
        return candidate
    return last + 1


def receive(last: int, remote: int, wall_ms: int) -> int:
    """The clock after seeing a remote timestamp: later than both, so later edits sort after it."""
    return tick(max(last, remote), wall_ms)
