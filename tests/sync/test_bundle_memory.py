"""Bundles stream: writing and reading 200,000 changes never holds the changes member in memory."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor_app.core import hlc
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_changes import ChangeRow
from monitor_app.sync.bundle_reader import open_bundle
from tests.conftest import START_MS
from tests.sync.test_bundle_support import OFFICE, write

COUNT = 200_000


def _changes() -> Iterator[ChangeRow]:
    """Generated on the fly from shared strings, so the test's own data takes no memory and
    tracing stays affordable."""
    pk, value, base = "0192a1b2-0000-7000-8000-00000000abcd", '"observación número 1"', hlc.pack(START_MS)
    return ((seq, "visits", pk, "notes", value, base + seq, 0) for seq in range(1, COUNT + 1))


def _peak(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _read(path: Path, keys: list) -> None:
    with open_bundle(path, decryption_keys=keys, temp_dir=path.parent) as bundle:
        count = sum(1 for _ in bundle.changes())
    assert count == COUNT


@pytest.mark.slow
def test_writing_and_reading_keep_memory_far_below_the_member_size(tmp_path: Path) -> None:
    out = tmp_path / "big.mcbundle"
    peak_write = _peak(lambda: write(out, _changes(), recipients=[OFFICE.public_key()]))
    with open_bundle(out, decryption_keys=[OFFICE], temp_dir=tmp_path) as bundle:
        member_size = bundle.manifest.members[lim.CHANGES].size
    peak_read = _peak(lambda: _read(out, [OFFICE]))
    assert member_size > 15_000_000
    assert peak_write < member_size / 4, (peak_write, member_size)
    assert peak_read < member_size / 4, (peak_read, member_size)
