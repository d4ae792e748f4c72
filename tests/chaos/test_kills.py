"""Each operation killed (SIGKILL, the real process) at random moments and at the moment it is
in the middle of its work: the database stays sound, the operation happened whole or not at
all, no half-written file is left where its output belongs, and running it again ends exactly
where a run never killed ends. `MONITOR_CHAOS_KILLS` sets the total (the long mode:
`python bench/chaos.py`, docs/reliability.md)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.chaos.harness import Operation, chaos_kills, kills_per_operation, survive
from tests.chaos.operations import NAMES

FAST_KILLS = 30  # at least 30 in CI, shared out among the operations


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_an_operation_killed_at_any_moment_loses_nothing(
        chaos_operations: dict[str, Operation], name: str, tmp_path: Path) -> None:
    kills = kills_per_operation(chaos_kills(FAST_KILLS), len(NAMES))
    figures = survive(chaos_operations[name], kills, tmp_path, random.Random(f"chaos {name}"), chain=3)
    assert figures.kills >= kills and figures.lost == 0
    assert -1.0 in figures.moments  # one kill at least came while it was busy
