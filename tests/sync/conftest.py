"""Fixtures the sync tests share: sample bundles and a set of replica databases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sync.strategies import Replicas
from tests.sync.test_bundle_support import richer_bundle, small_bundle


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """Six changes and one blob, plain."""
    return small_bundle(tmp_path)


@pytest.fixture
def richer(tmp_path: Path) -> Path:
    """Five hundred changes and three blobs, plain."""
    return richer_bundle(tmp_path)


@pytest.fixture
def replicas(tmp_path: Path) -> Iterator[Replicas]:
    made = Replicas(tmp_path)
    yield made
    made.close()


@pytest.fixture
def folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Replicas]]:
    """A fresh set of replicas for each hypothesis example (closed at the end of the test)."""
    made: list[Replicas] = []

    def fresh() -> Replicas:
        made.append(Replicas(tmp_path_factory.mktemp("replicas")))
        return made[-1]

    yield fresh
    for replicas in made:
        replicas.close()
