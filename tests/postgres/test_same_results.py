"""The same bundles, imported into one office station kept in SQLite and in PostgreSQL, give
the same answers byte for byte (issue 13 "Same results, proven"): several specialists and a
director, records of every kind, photos, a conflict, a gap, a rejected change, a held device."""

from __future__ import annotations

import json
import random
from pathlib import Path

from monitor_app.core.kinds import KINDS
from monitor_app.storage.database import open_store
from monitor_app.storage.database_address import PostgresAddress
from tests.cli.conftest import Cli
from tests.postgres.fleet import SCHOOL, Fleet, build_fleet, ok
from tests.postgres.twins import twin_on_server

def _answers(cli: Cli, db: str | Path) -> dict[str, str]:
    asked = {f"records {kind}": ("records", "list", kind, "--json") for kind in sorted(KINDS)}
    asked |= {
        "conflicts": ("conflicts", "list", "--json"),
        "rejected": ("rejected", "list", "--json"),
        "gaps": ("gaps", "--json"),
        "checklist": ("checklist", SCHOOL, "--date", "2024-10-27", "--json"),
        "rebuild": ("rebuild", "--check"),
        "commitments": ("commitments", "list", SCHOOL, "--json"),
        "evidence": ("evidence", "list", "--json"),
    }
    return {name: ok(cli(*args, db=db), name) for name, args in asked.items()}


def _stored(db: Path | str) -> dict[str, list[str]]:
    """Every row a merge writes, each as its exact repr (1, 1.0 and '1' differ)."""
    target = PostgresAddress(db) if isinstance(db, str) else db
    store = open_store(target)
    try:
        tables = {kind.table: "id" for kind in KINDS.values()}
        tables |= {"changes": "device_id, seq", "field_clock": "tbl, pk, col",
                   "change_verdicts": "device_id, seq", "record_places": "tbl, pk",
                   "evidence_files": "sha256",
                   "change_replaces": "device_id, seq, replaced_device, replaced_seq"}
        return {table: [repr(row) for row in store.conn.execute(
                    f"SELECT * FROM [{table}] ORDER BY {order}")]
                for table, order in tables.items()}
    finally:
        store.close()


def _merge(cli: Cli, db: str | Path, fleet: Fleet, order: list[str]) -> None:
    for bundle in order:
        cli("import", bundle, db=db)  # the first from each device is held until approved
    for device in fleet.devices:
        ok(cli("devices", "approve", device, db=db), device)
    for bundle in order:
        cli("import", bundle, db=db)


def test_the_same_bundles_give_the_same_answers_on_both_engines(
        cli: Cli, tmp_path: Path, pg_url: str, new_pg_url: str) -> None:
    fleet = build_fleet(cli, tmp_path)
    on_server = twin_on_server(fleet.office, pg_url)
    shuffled = twin_on_server(fleet.office, new_pg_url)
    in_order = [fleet.bundles[i] for i in (1, 2, 3)]  # Ana's first is missing: a gap
    _merge(cli, fleet.office, fleet, in_order)
    _merge(cli, on_server, fleet, in_order)
    mixed = in_order[::-1]
    random.Random(13).shuffle(mixed)
    _merge(cli, shuffled, fleet, mixed + in_order)
    sqlite, postgres, other_order = (_answers(cli, db) for db in (fleet.office, on_server,
                                                                   shuffled))
    assert json.loads(sqlite["conflicts"]) and json.loads(sqlite["gaps"])  # the scenario bites
    assert json.loads(sqlite["records grd_plans"])
    for name in sqlite:
        assert postgres[name] == sqlite[name], (name, postgres[name], sqlite[name])
        assert other_order[name] == sqlite[name], name
    stored = _stored(fleet.office)
    assert any("-12.0, -77.0" in row for row in stored["visits"])  # whole, but numbers (D23)
    assert _stored(on_server) == stored
    assert _stored(shuffled) == stored
    # the gap filled on both engines, then still the same
    for db in (fleet.office, on_server):
        ok(cli("import", fleet.bundles[0], db=db))
    assert _answers(cli, on_server) == _answers(cli, fleet.office)


def test_moving_a_station_keeps_every_answer(cli: Cli, tmp_path: Path, pg_url: str) -> None:
    fleet = build_fleet(cli, tmp_path)
    _merge(cli, fleet.office, fleet, fleet.bundles)
    before = _answers(cli, fleet.office)
    moved = ok(cli("move", str(fleet.office), db=pg_url))
    assert "moved-to-postgresql" in moved
    assert not fleet.office.exists()
    assert _answers(cli, pg_url) == before
    again = cli("import", fleet.bundles[0], db=pg_url)
    assert again.code == 0 and "ya importado" in again.out
