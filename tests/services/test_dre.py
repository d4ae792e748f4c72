"""Laptops → UGELs → a DRE, and replies back down (issue 9 §2)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core.identity import mint_id
from monitor_app.core.kinds import KINDS
from monitor_app.core.roles import Role
from monitor_app.core.visit_kinds import VISITS
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.directory_import import import_directory
from monitor_app.services.records import list_records
from monitor_app.services.setup import init_device
from monitor_app.services.sync_admin import approve_device
from monitor_app.services.sync_export import export_bundle
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_publish import publish_bundle
from monitor_app.services.sync_reference import enrol_with_office, join_later
from monitor_app.services.sync_reply import reply_to
from monitor_app.storage.change_verdicts import list_verdicts
from monitor_app.storage.database_address import DatabaseTarget, PostgresAddress
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import PADRON, FakeWallClock
from tests.pg_server import fresh_database
from tests.services.sync_world import put

A_SCHOOLS = ("0335273", "0335364")
B_SCHOOLS = ("0999001", "0999002")
B_PADRON = ("COD_MOD,ANEXO,CEN_EDU,CODLOCAL,CODOOII,D_DIST\n"
            "0999001,0,IE UNO DE LA OTRA UGEL,999001,150106,ATE\n"
            "0999002,0,IE DOS DE LA OTRA UGEL,999002,150106,ATE\n")


@dataclass
class Region:
    root: Path
    wall: FakeWallClock
    dre: AppContext
    ugels: dict[str, AppContext]
    laptops: dict[str, AppContext]

    def send(self, source: AppContext, target: AppContext, name: str) -> Path:
        folder = self.root / name
        folder.mkdir(exist_ok=True)
        bundle = export_bundle(source, folder).path
        outcome = import_bundle(target, bundle)
        if outcome.outcome is Outcome.HELD:
            approve_device(target, source.require_identity().device_id)
        return bundle

    def reply(self, source: AppContext, target: AppContext, name: str) -> None:
        folder = self.root / name
        folder.mkdir(exist_ok=True)
        made = reply_to(source, target.require_identity().device_id, folder)
        assert import_bundle(target, made.info.path).ok


def _region(root: Path, server: str | None = None) -> Region:
    """Two UGELs of two laptops each, and their DRE; the offices on PostgreSQL when `server`
    (the socket of a test server) is given (issue 13: the same three levels on both engines)."""
    def office(name: str) -> DatabaseTarget:
        return root / f"{name}.db" if server is None else PostgresAddress(fresh_database(server))

    wall = FakeWallClock()
    dre_db = office("dre")
    init_device(dre_db, role=Role.DRE, name="DRE Lima", ugel=None, wall_ms=wall)
    dre = open_initialised(dre_db, wall_ms=wall)
    dre_ref = publish_bundle(dre, root / "dre.mcbundle").path
    (root / "b.csv").write_text(B_PADRON, encoding="utf-8")
    ugels, laptops = {}, {}
    for name, code, padron in (("A", "150105", PADRON / "padron_ugel05_lima.dbf"),
                               ("B", "150106", root / "b.csv")):
        db = office(f"ugel-{name}")
        init_device(db, role=Role.UGEL, name=f"UGEL {name}", ugel=code, wall_ms=wall)
        ugel = ugels[name] = open_initialised(db, wall_ms=wall)
        import_directory(ugel, padron)
        join_later(ugel, dre_ref)
        ref = publish_bundle(ugel, root / f"ref-{name}.mcbundle").path
        for n in (1, 2):
            laptop_db = root / f"{name}{n}.db"
            enrol_with_office(laptop_db, role=Role.ESPECIALISTA, name=f"{name}{n}",
                              office_file=ref, wall_ms=wall)
            laptops[f"{name}{n}"] = open_initialised(laptop_db, wall_ms=wall)
    return Region(root, wall, dre, ugels, laptops)


@pytest.fixture
def region(tmp_path: Path, office_server: str | None) -> Region:
    return _region(tmp_path, office_server)


def _visits(ctx: AppContext) -> list[dict]:
    return list_records(ctx, "visits")


def test_the_dre_holds_the_union_and_each_ugel_gets_back_its_own_schools(region: Region) -> None:
    for name, laptop in region.laptops.items():
        school = (A_SCHOOLS if name[0] == "A" else B_SCHOOLS)[int(name[1]) - 1]
        put(laptop, "visits", {"cod_mod": school, "date": "2024-05-02", "type": "monitoreo",
                               "notes": name})
        region.send(laptop, region.ugels[name[0]], f"up-{name}")
    for name, ugel in region.ugels.items():
        region.send(ugel, region.dre, f"relay-{name}")
    union = sorted((v for u in region.ugels.values() for v in _visits(u)), key=lambda v: v["id"])
    assert _visits(region.dre) == union and len(union) == 4
    # the DRE edits a visit of UGEL A's; the reply carries it to A only
    [a_visit] = [v["id"] for v in union if v["notes"] == "A1"]
    put(region.dre, "visits", {"id": a_visit, "notes": "revisada en la DRE"})
    for name, ugel in region.ugels.items():
        region.reply(region.dre, ugel, f"down-{name}")
    assert [v["notes"] for v in _visits(region.ugels["A"]) if v["id"] == a_visit] == [
        "revisada en la DRE"]
    assert {v["notes"] for v in _visits(region.ugels["B"])} == {"B1", "B2"}
    # and on to UGEL A's laptops, through its own replies
    region.reply(region.ugels["A"], region.laptops["A2"], "to-A2")
    assert "revisada en la DRE" in {v["notes"] for v in _visits(region.laptops["A2"])}


def test_a_change_from_one_ugel_to_anothers_school_is_rejected_at_the_dre(
        region: Region) -> None:
    laptop = region.laptops["B1"]
    other = mint_id(VISITS, {"cod_mod": A_SCHOOLS[0], "anexo": "0"})
    with laptop.recording() as rec:  # a tampered laptop of UGEL B writes at UGEL A's school
        rec.put("visits", other, {"cod_mod": A_SCHOOLS[0], "anexo": "0", "date": "2024-05-02",
                                  "type": "monitoreo", "_deleted": False})
    region.send(laptop, region.ugels["B"], "up")
    region.send(region.ugels["B"], region.dre, "relay")
    assert _visits(region.dre) == []
    assert {v.reason for v, _ in list_verdicts(region.dre.store.conn)} <= {
        "out_of_scope", "not_in_directory"}
    assert list_verdicts(region.dre.store.conn)


def test_a_laptop_bundle_sent_straight_to_the_dre_is_refused(region: Region) -> None:
    laptop = region.laptops["A1"]
    put(laptop, "visits", {"cod_mod": A_SCHOOLS[0], "date": "2024-05-02", "type": "monitoreo"})
    folder = region.root / "direct"
    folder.mkdir()
    bundle = export_bundle(laptop, folder).path  # encrypted to UGEL A: the DRE cannot open it
    assert import_bundle(region.dre, bundle).outcome is Outcome.REFUSED
    assert _visits(region.dre) == []


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(6)), repeat=st.booleans(), data=st.data())
def test_three_levels_in_any_order_with_repeats(tmp_path_factory: pytest.TempPathFactory,
                                                office_server: str | None,
                                                order: list[int], repeat: bool,
                                                data: st.DataObject) -> None:
    region = _region(tmp_path_factory.mktemp("region"), office_server)
    for name, laptop in region.laptops.items():
        school = (A_SCHOOLS if name[0] == "A" else B_SCHOOLS)[int(name[1]) - 1]
        for n in range(data.draw(st.integers(1, 3))):
            put(laptop, "visits", {"cod_mod": school, "date": "2024-05-02", "type": "monitoreo",
                                   "notes": f"{name}-{n}"})
    steps = [("lap", name) for name in region.laptops] + [("ugel", "A"), ("ugel", "B")]
    for index in order + (order if repeat else []):
        kind, name = steps[index]
        if kind == "lap":
            region.send(region.laptops[name], region.ugels[name[0]], f"s{index}-{name}")
        else:
            region.send(region.ugels[name], region.dre, f"r{index}-{name}")
    for name in region.ugels:  # one more relay each: what arrived after its first
        region.send(region.ugels[name], region.dre, f"last-{name}")
    for name, ugel in region.ugels.items():
        laptops = [l for n, l in region.laptops.items() if n[0] == name]
        mine = sorted((v for l in laptops for v in _visits(l)), key=lambda v: v["id"])
        assert _visits(ugel) == mine
    union = sorted((v for u in region.ugels.values() for v in _visits(u)), key=lambda v: v["id"])
    for kind in KINDS:
        assert list_records(region.dre, kind) == sorted(
            (r for u in region.ugels.values() for r in list_records(u, kind)),
            key=lambda r: r["id"]), kind
    assert _visits(region.dre) == union
    for name, ugel in region.ugels.items():
        region.reply(region.dre, ugel, f"down-{name}")
        assert json.dumps(_visits(ugel)) == json.dumps(
            [v for v in union if v["cod_mod"] in (A_SCHOOLS if name == "A" else B_SCHOOLS)])
