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


def receive(last: int, remote: int, wall_ms: int, *, follow_ahead_ms: int | None = None) -> int:
    """The clock after seeing a remote timestamp: later than both, so later edits sort after it.

    With `follow_ahead_ms`, a remote clock further than that ahead of the wall clock is
    followed only that far. The office merges so: one laptop whose clock ran a year ahead,
    accepted by a person, must not carry the office (and, through its bundles, every laptop) a
    year ahead, where they would all be quarantined. An edit made after seeing such a value
    still beats it, by `order_clock`."""
    if follow_ahead_ms is not None:
        remote = min(remote, pack(wall_ms + follow_ahead_ms))
    return tick(max(last, remote), wall_ms)


def order_clock(stamp: int, base_hlc: int) -> int:
    """Where a change stands in last-writer-wins: its clock, or just above the value it replaced
    when that value's clock was ahead of its own (a writer that saw it always beats it)."""
    return stamp if stamp > base_hlc else base_hlc + 1
