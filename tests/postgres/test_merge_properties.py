"""The merge's properties (tests/sync/test_merge_properties.py) with the offices on PostgreSQL,
each compared with an office on SQLite given the same bundles: the same visible rows, log,
field clocks and conflicts, whatever the order (issue 13 "Same results, proven")."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.storage.database import Store, open_store
from monitor_app.storage.database_address import PostgresAddress
from tests.conftest import FakeWallClock
from tests.pg_server import database_name, drop_database, fresh_database
from tests.sync.strategies import DEVICES, Replicas, merge, snapshot, steps
from tests.sync.test_merge_properties import (
    any_order_gives_the_same_office,
    parts_then_exchanging_equal_all,
    skews,
)

ON_SERVER = settings(max_examples=15, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


@dataclass
class Servers:
    """Office stores on the test server, each a copy of one migrated empty station."""

    socket: str
    template: str
    made: list[Store]

    def store(self) -> Store:
        address = PostgresAddress(fresh_database(self.socket, template=self.template))
        store = open_store(address)
        self.made.append(store)
        return store

    def close(self) -> None:
        for store in self.made:
            store.close()
            drop_database(self.socket, store.server.url)  # type: ignore[union-attr]
        self.made.clear()


@pytest.fixture
def servers(pg_socket: str) -> Iterator[Servers]:
    address = PostgresAddress(fresh_database(pg_socket))
    open_store(address, create=True).close()
    made = Servers(pg_socket, database_name(address.url), [])
    yield made
    made.close()
    drop_database(pg_socket, address.url)


@ON_SERVER
@given(scenario=steps(), skew=skews, data=st.data())
def test_any_order_on_postgresql_equals_sqlite_in_order(
        tmp_path_factory: pytest.TempPathFactory, servers: Servers, scenario: list,
        skew: list[int], data: st.DataObject) -> None:
    replicas = Replicas(tmp_path_factory.mktemp("replicas"))
    try:
        any_order_gives_the_same_office(replicas, servers.store, scenario, skew, data)
    finally:
        replicas.close()
        servers.close()


@ON_SERVER
@given(scenario=steps(), data=st.data())
def test_offices_on_both_engines_exchanging_equal_one_given_all(
        tmp_path_factory: pytest.TempPathFactory, servers: Servers, scenario: list,
        data: st.DataObject) -> None:
    replicas = Replicas(tmp_path_factory.mktemp("replicas"))
    try:
        parts_then_exchanging_equal_all(replicas, servers.store, scenario, data)
    finally:
        replicas.close()
        servers.close()


def test_equal_clocks_resolve_the_same_on_both_engines(tmp_path: Path, servers: Servers) -> None:
    replicas = Replicas(tmp_path)
    fleet = [replicas.laptop(device, FakeWallClock()) for device in DEVICES]
    for laptop, value in zip(fleet, ("a", "b", "c"), strict=True):
        laptop.put("v1", {"notes": value})
    sqlite = replicas.store()
    for laptop in fleet:
        merge(sqlite, laptop.own_changes())
    for order in itertools.permutations(fleet):
        office = servers.store()
        for laptop in order:
            merge(office, laptop.own_changes())
        assert snapshot(office) == snapshot(sqlite)
    replicas.close()
