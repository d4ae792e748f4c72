"""The scenes of the crash harness, built once per session (they take a few seconds)."""

from __future__ import annotations

import pytest

from tests.chaos.harness import Operation
from tests.chaos.operations import operations


@pytest.fixture(scope="session")
def chaos_operations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Operation]:
    return {op.name: op for op in operations(tmp_path_factory.mktemp("scenes"))}
