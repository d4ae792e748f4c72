"""Property 5: withheld ranges are reported exactly as gaps; a cumulative bundle heals them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core import hlc
from monitor_app.sync.gaps import DeviceGaps, device_gaps, gaps
from tests.conftest import START_MS
from tests.sync.strategies import DEVICES, Replicas, cut, merge, synthetic

A, B, C = DEVICES
T = hlc.pack(START_MS)


def ranges(seqs: set[int]) -> tuple[tuple[int, int], ...]:
    """Consecutive runs of `seqs` as inclusive ranges."""
    runs: list[list[int]] = []
    for seq in sorted(seqs):
        if runs and runs[-1][1] == seq - 1:
            runs[-1][1] = seq
        else:
            runs.append([seq, seq])
    return tuple((first, last) for first, last in runs)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(writes=st.lists(st.sampled_from(["notes", "status", "date"]), min_size=1, max_size=30),
       points=st.lists(st.integers(0, 40), max_size=6), data=st.data())
def test_5_withheld_ranges_are_the_gaps_until_a_cumulative_bundle_heals_them(
    tmp_path_factory: pytest.TempPathFactory, writes: list[str], points: list[int],
    data: st.DataObject,
) -> None:
    replicas = Replicas(tmp_path_factory.mktemp("gaps"))
    laptop = replicas.laptop(A)
    for n, column in enumerate(writes):
        laptop.wall.now_ms += n % 2
        laptop.put(f"v{n % 4}", {column: f"valor {n}"})
    bundles = cut(laptop.own_changes(), points)
    sent = data.draw(st.lists(st.sampled_from(bundles), max_size=len(bundles)))
    office = replicas.store()
    for bundle in sent:
        merge(office, bundle)
    arrived = {c.seq for bundle in sent for c in bundle}
    if arrived:
        last = max(arrived)
        missing = ranges(set(range(1, last + 1)) - arrived)
        high_water = missing[0][0] - 1 if missing else last
        assert gaps(office) == [DeviceGaps(A, high_water, last, missing)]
    else:
        assert gaps(office) == []
    merge(office, laptop.own_changes())  # the next bundle holds everything not acknowledged
    total = len(laptop.own_changes())
    assert gaps(office) == [DeviceGaps(A, total, total, ())]
    assert device_gaps(office, A).complete
    replicas.close()


def test_each_device_is_reported_on_its_own(tmp_path: Path) -> None:
    replicas = Replicas(tmp_path)
    office = replicas.store()
    merge(office, [synthetic(A, seq, "v1", "notes", seq, T + seq) for seq in (1, 2, 5, 6, 9)])
    merge(office, [synthetic(B, seq, "v2", "notes", seq, T + seq) for seq in (2, 3)])
    merge(office, [synthetic(C, seq, "v3", "notes", seq, T + seq) for seq in (1, 2, 3)])
    assert gaps(office) == [
        DeviceGaps(A, 2, 9, ((3, 4), (7, 8))),
        DeviceGaps(B, 0, 3, ((1, 1),)),
        DeviceGaps(C, 3, 3, ()),
    ]
    assert device_gaps(office, B) == DeviceGaps(B, 0, 3, ((1, 1),))
    assert not device_gaps(office, A).complete
    replicas.close()


def test_a_device_never_heard_from_has_nothing(tmp_path: Path) -> None:
    replicas = Replicas(tmp_path)
    office = replicas.store()
    assert gaps(office) == []
    assert device_gaps(office, A) == DeviceGaps(A, 0, 0, ())
    replicas.close()
