from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core import hlc


def test_tick_follows_the_wall_clock_when_it_moves_on() -> None:
    assert hlc.tick(hlc.pack(1000, 5), 2000) == hlc.pack(2000, 0)


def test_tick_counts_when_the_wall_clock_stands_still_or_goes_back() -> None:
    last = hlc.pack(5000, 3)
    assert hlc.tick(last, 5000) == hlc.pack(5000, 4)
    assert hlc.tick(last, 10) == hlc.pack(5000, 4)


def test_receive_lifts_past_a_remote_clock_far_ahead() -> None:
    remote = hlc.pack(9_000_000, 7)
    after = hlc.receive(hlc.pack(1000), remote, 1000)
    assert after > remote
    assert hlc.wall_ms_of(after) == 9_000_000


def test_receive_can_refuse_to_follow_a_clock_far_ahead() -> None:
    wall, hour = 1_000_000, 3600 * 1000
    year_ahead = hlc.pack(wall + 365 * 24 * hour)
    after = hlc.receive(hlc.pack(wall), year_ahead, wall, follow_ahead_ms=hour)
    assert hlc.wall_ms_of(after) == wall + hour


def test_a_writer_that_saw_a_value_stands_above_it_whatever_its_own_clock() -> None:
    future = hlc.pack(9_000_000)
    assert hlc.order_clock(hlc.pack(1000), future) == future + 1
    assert hlc.order_clock(hlc.pack(1000), hlc.pack(10)) == hlc.pack(1000)


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=200))
def test_ticks_strictly_increase_whatever_the_wall_clock_does(walls: list[int]) -> None:
    last = 0
    for wall in walls:
        nxt = hlc.tick(last, wall)
        assert nxt > last
        last = nxt


@given(st.lists(st.tuples(st.booleans(), st.integers(min_value=0, max_value=2**40)), max_size=100))
def test_receive_and_tick_stay_monotonic_and_ahead_of_everything_seen(events: list[tuple[bool, int]]) -> None:
    last, seen = 0, 0
    for is_remote, value in events:
        if is_remote:
            seen = max(seen, value)
            nxt = hlc.receive(last, value, 0)
        else:
            nxt = hlc.tick(last, value >> 16)
        assert nxt > last and nxt > seen
        last = nxt
