"""The school directory's search on a PostgreSQL station (D44): the schools SQLite's FTS5 finds,
through the server's full-text index whatever the length of the words typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.directory_import import import_directory
from monitor_app.services.schools import search_schools
from monitor_app.services.setup import init_device
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.schools import server_search
from tests.conftest import PADRON

QUERIES = ("san juan", "12", "ie 30", "ñ", "Mariátegui", "0335273", "304756", "el agustino",
           "breña", "BREÑA", "i.e.p. 2", "cuna-jardín", "zzz", "a", "sagrado corazon de jesus")


def _station(target: Path | PostgresAddress) -> AppContext:
    init_device(target, role=Role.UGEL, name="UGEL 05", ugel="150105")  # type: ignore[arg-type]
    ctx = open_initialised(target)  # type: ignore[arg-type]
    import_directory(ctx, PADRON / "padron_ugel05_lima.dbf")
    return ctx


@pytest.fixture
def stations(tmp_path: Path, pg_url: str) -> Iterator[tuple[AppContext, AppContext]]:
    on_file, on_server = _station(tmp_path / "ugel.db"), _station(PostgresAddress(pg_url))
    yield on_file, on_server
    on_file.close()
    on_server.close()


def _found(ctx: AppContext, text: str) -> list[tuple[str, str]]:
    return sorted((s.cod_mod, s.anexo) for s in search_schools(ctx, text, 1_000))


def test_the_server_finds_the_schools_the_file_finds(
        stations: tuple[AppContext, AppContext]) -> None:
    on_file, on_server = stations
    for text in QUERIES:
        assert _found(on_server, text) == _found(on_file, text), text
    assert len(_found(on_file, "12")) > 5 and _found(on_file, "zzz") == []
    assert search_schools(on_server, "0335273", 5)[0].cod_mod == "0335273"


def test_short_words_are_found_through_the_index(
        stations: tuple[AppContext, AppContext]) -> None:
    """A trigram index cannot serve a word of one or two letters: the search read every row."""
    _, on_server = stations
    on_server.store.conn.raw.execute("SET enable_seqscan = off")  # a small directory here
    sql, parameters = server_search("s.cod_mod", "ie 3", 50)
    plan = "\n".join(row[0] for row in on_server.store.conn.execute("EXPLAIN " + sql, parameters))
    assert "schools_search" in plan, plan
