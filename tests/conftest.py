"""Shared fixtures: a fresh, enrolled database per test and a wall clock the test controls."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor_app.core.directory import School
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.setup import init_device
from monitor_app.storage.schools import directory_row, upsert_schools

FIXTURES = Path(__file__).parent / "fixtures"
PADRON = FIXTURES / "padron"
START_MS = 1_730_000_000_000  # 2024-10-27, a fixed "now" for tests where time matters


@pytest.fixture(scope="session")
def pg_socket() -> Iterator[str]:
    """A PostgreSQL server for the whole session, started only if a test asks (issue 13)."""
    from tests.pg_server import postgres_server

    with postgres_server() as socket:
        yield socket


def _empty_database(pg_socket: str) -> str:
    """An empty database, as an administrator would create it for a station (docs/national.md)."""
    from tests.pg_server import fresh_database

    return fresh_database(pg_socket)


pg_url = pytest.fixture(_empty_database, name="pg_url")
new_pg_url = pytest.fixture(_empty_database, name="new_pg_url")  # a second station's


@pytest.fixture(params=["sqlite", "postgresql"])
def office_server(request: pytest.FixtureRequest) -> str | None:
    """Where a test's office station lives: None for its SQLite file, or the socket of the
    PostgreSQL server its database is made on (suites that must hold on both engines)."""
    return None if request.param == "sqlite" else request.getfixturevalue("pg_socket")


@pytest.fixture(autouse=True)
def _hermetic_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user folders."""
    monkeypatch.setenv("MONITOR_APP_HOME", str(tmp_path_factory.mktemp("home")))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class FakeWallClock:
    """A wall clock that only moves when the test says so (it may also go back)."""

    now_ms: int = START_MS

    def __call__(self) -> int:
        return self.now_ms


@pytest.fixture
def wall() -> FakeWallClock:
    return FakeWallClock()


def enrol(db: Path, role: Role = Role.ESPECIALISTA, school: str | None = None,
          ugel: str = "150105", wall: FakeWallClock | None = None) -> AppContext:
    kwargs = {"wall_ms": wall} if wall is not None else {}
    init_device(db, role=role, name="Ana Quispe", ugel=ugel, school=school, **kwargs)
    return open_initialised(db, **kwargs)


def add_schools(ctx: AppContext, *schools: School) -> None:
    with ctx.transaction():
        upsert_schools(ctx.store, [directory_row(s.values(), 1) for s in schools])


SCHOOL_A = School(cod_mod="0335273", anexo="0", codlocal="304756", cen_edu="017 CUNA JARDIN",
                  d_dist="EL AGUSTINO", codooii="150105")
SCHOOL_B = School(cod_mod="0335364", anexo="0", codlocal="323750", cen_edu="0015 LAS AZUCENAS",
                  d_dist="SAN JUAN DE LURIGANCHO", codooii="150105")
SCHOOL_OTHER_UGEL = School(cod_mod="1234567", anexo="0", codlocal="111111", cen_edu="IE AJENA",
                           codooii="110001")


@pytest.fixture
def ctx(tmp_path: Path, wall: FakeWallClock) -> Iterator[AppContext]:
    """An enrolled specialist's database holding two schools of UGEL 150105."""
    context = enrol(tmp_path / "monitor.db", wall=wall)
    add_schools(context, SCHOOL_A, SCHOOL_B, SCHOOL_OTHER_UGEL)
    yield context
    context.close()
