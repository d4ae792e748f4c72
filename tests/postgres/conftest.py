"""A PostgreSQL server for the whole session, and a fresh database per test (issue 13)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from tests.cli.conftest import cli  # noqa: F401  (the command line, for the stations here)
from tests.pg_server import database_url, postgres_server

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_socket() -> Iterator[str]:
    with postgres_server() as socket:
        yield socket


@pytest.fixture
def pg_url(pg_socket: str) -> str:
    """An empty database, as an administrator would create it for a station (docs/national.md)."""
    name = f"station_{next(_names)}"
    with psycopg.connect(database_url(pg_socket, "postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return database_url(pg_socket, name)


@pytest.fixture
def new_pg_url(pg_socket: str) -> Iterator[str]:
    """Another empty database, for a second station in the same test."""
    name = f"station_{next(_names)}"
    with psycopg.connect(database_url(pg_socket, "postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield database_url(pg_socket, name)
