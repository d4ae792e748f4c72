"""The demo UGEL: written through the services, the same for the same seed, complete enough
for every checklist status, and a bundle the office merges."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from monitor_app.core.checklist import ItemCode, Status
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.isbn import isbn13
from monitor_app.core.kinds import KINDS
from monitor_app.core.roles import Role
from monitor_app.core.visit_kinds import COMMITMENT_STATUSES
from monitor_app.services.checklist import all_checklists
from monitor_app.services.context import AppContext
from monitor_app.services.demo import DemoSummary, fill_demo
from monitor_app.services.evidence import evidence_for
from monitor_app.services.records import list_records
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import SCHOOL_A, FakeWallClock, add_schools, enrol
from tests.services.sync_world import make_world

SMALL = 40  # services: enough locals for every situation, quick to write


def _office(path: Path, wall: FakeWallClock | None = None) -> AppContext:
    return enrol(path, role=Role.UGEL, wall=wall or FakeWallClock())


def _tables(ctx: AppContext) -> dict[str, list[dict]]:
    return {kind: list_records(ctx, kind) for kind in KINDS}


def _changes(ctx: AppContext) -> int:
    return ctx.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[AppContext, DemoSummary]:
    """One full-size demo (150 services) on an office, shared by the read-only tests."""
    ctx = _office(tmp_path_factory.mktemp("demo") / "office.db")
    summary = fill_demo(ctx, seed=1)
    yield ctx, summary
    ctx.close()


def test_an_empty_directory_gets_the_shipped_padron_and_the_cap(demo) -> None:
    _, summary = demo
    assert summary.directory_rows == 448
    assert summary.services_in_scope == 443  # five services of the padrón are inactive
    assert 150 <= summary.services < 160 and summary.capped  # whole locals, up to the cap
    assert summary.locals == len(set(summary.codlocals)) > 50


def test_every_kind_has_rows(demo) -> None:
    ctx, summary = demo
    tables = _tables(ctx)
    assert {kind for kind, rows in tables.items() if not rows} == set()
    assert {kind: counts["created"] for kind, counts in summary.counts().items()} == {
        kind: len(rows) for kind, rows in tables.items()}


def test_commitments_in_every_status_some_overdue_some_verified(demo) -> None:
    ctx, _ = demo
    commitments = list_records(ctx, "commitments")
    assert {c["status"] for c in commitments} == set(COMMITMENT_STATUSES)
    today = ctx.today().isoformat()
    assert any(c["status"] in ("pendiente", "en_proceso") and c["due_date"] < today
               for c in commitments)
    visits = {v["id"]: v for v in list_records(ctx, "visits")}
    verified = [c for c in commitments if c["verified_visit_id"]]
    assert verified
    for commitment in verified:
        agreed, later = visits[commitment["visit_id"]], visits[commitment["verified_visit_id"]]
        assert agreed["date"] < later["date"] == commitment["verified_on"] <= today
        assert (agreed["cod_mod"], agreed["anexo"]) == (later["cod_mod"], later["anexo"])


def test_devices_expired_expiring_and_to_replace(demo) -> None:
    ctx, _ = demo
    today = ctx.today()
    expiries = [dt.date.fromisoformat(d["expiry_date"])
                for d in list_records(ctx, "safety_devices") if d["expiry_date"]]
    assert any(day < today for day in expiries)
    assert any(today <= day <= today + dt.timedelta(days=30) for day in expiries)
    assert any(day > today + dt.timedelta(days=30) for day in expiries)
    assert {d["state"] for d in list_records(ctx, "safety_devices")} == {
        "operativo", "por_reponer", "vencido"}


def test_visits_plans_drills_and_loans_cover_their_states(demo) -> None:
    ctx, _ = demo
    today = ctx.today()
    visits = list_records(ctx, "visits")
    assert {v["status"] for v in visits} == {"planificada", "en_curso", "cerrada", "anulada"}
    assert {v["type"] for v in visits} >= {"monitoreo", "verificacion_compromisos"}
    assert any(v["latitude"] is not None for v in visits)
    plans = list_records(ctx, "grd_plans")
    assert {p["status"] for p in plans} == {"no_tiene", "en_elaboracion", "aprobado",
                                            "actualizado"}
    assert {p["year"] for p in plans} == {today.year - 1, today.year}
    hazards = list_records(ctx, "grd_plan_hazards")
    assert all(h["months"] and set(h["months"]) <= set(range(1, 13)) for h in hazards)
    national = {r["date"] for r in list_records(ctx, "drills") if r["national"]}
    calendar = {d for (d,) in ctx.store.conn.execute("SELECT date FROM national_drills")}
    assert national and national <= calendar
    loans = list_records(ctx, "library_loans")
    assert any(loan["returned_date"] for loan in loans)
    out = [loan for loan in loans if not loan["returned_date"]]
    assert any(loan["due_date"] < today.isoformat() for loan in out)
    assert any(loan["due_date"] >= today.isoformat() for loan in out)


def test_library_copies_have_valid_isbns_and_unique_numbers(demo) -> None:
    ctx, _ = demo
    copies = list_records(ctx, "library_copies")
    assert all(isbn13(c["isbn"]) == c["isbn"] for c in copies if c["isbn"])
    numbers = Counter((c["library_id"], c["registration_number"]) for c in copies)
    assert max(numbers.values()) == 1
    reasons = {m["reason"] for m in list_records(ctx, "library_movements")}
    assert {"ingreso", "baja"} <= reasons


def test_people_carry_no_dni(demo) -> None:
    ctx, _ = demo
    names = [m["name"] for m in list_records(ctx, "brigade_members")]
    names += [loan["reader"] for loan in list_records(ctx, "library_loans")]
    assert names and not [n for n in names if re.search(r"\d{8}", n)]
    students = [m for m in list_records(ctx, "brigade_members") if m["member_type"] == "estudiante"]
    assert students and all(m["name"].startswith("Est. ") for m in students)


def test_answers_fill_every_shipped_instrument(demo) -> None:
    ctx, _ = demo
    answers = list_records(ctx, "answers")
    assert {a["instrument"] for a in answers} == {
        "rubricas_aula", "ficha_grd", "ficha_simulacro", "ficha_biblioteca"}
    photo_answers = [a for a in answers if a["item"].startswith("foto_")]
    assert photo_answers
    photos = {e.target_id: e.sha256 for e in evidence_for(ctx) if e.attached_to == "answer_id"}
    assert all(photos[a["id"]] == a["value"] for a in photo_answers)


def test_photos_are_attached_and_kept(demo) -> None:
    ctx, _ = demo
    evidence = evidence_for(ctx)
    assert {e.attached_to for e in evidence} == {"visit_id", "answer_id", "grd_plan_id",
                                                  "safety_device_id"}
    assert all(e.has_file and e.media_type == "image/jpeg" for e in evidence)


def test_every_status_the_checklist_can_give_appears(demo) -> None:
    ctx, summary = demo
    seen: dict[ItemCode, set[Status]] = {}
    for school in all_checklists(ctx):
        if school.school.codlocal in summary.codlocals:
            for item in school.items:
                seen.setdefault(item.code, set()).add(item.status)
    everything = set(Status)
    # Items whose rules have no "vencido" (a body or a brigade does not expire, a library's
    # functional items are there or not), and drills, which are "sin dato" only in a year
    # without a national calendar (2024 has one).
    expected = {
        ItemCode.GRD_PLAN: everything,
        ItemCode.GRD_BODY: everything - {Status.VENCIDO},
        ItemCode.BRIGADE: everything - {Status.VENCIDO},
        ItemCode.DRILLS: everything - {Status.SIN_DATO},
        ItemCode.DEVICES: everything,
        ItemCode.LIBRARY_INVENTORY: everything,
        ItemCode.LIBRARY_FUNCTIONAL: everything - {Status.VENCIDO},
        ItemCode.COMMITMENTS: everything,
    }
    assert seen == expected


def test_the_same_seed_gives_the_same_records_and_a_second_run_changes_nothing(
        tmp_path: Path) -> None:
    first, second = _office(tmp_path / "one.db"), _office(tmp_path / "two.db")
    fill_demo(first, seed=5, max_services=SMALL)
    fill_demo(second, seed=5, max_services=SMALL)
    assert _tables(first) == _tables(second)
    before = _changes(first)
    again = fill_demo(first, seed=5, max_services=SMALL)
    assert again.unchanged and again.directory_rows == 0
    assert sum(c["unchanged"] for c in again.counts().values()) > 1000
    assert _changes(first) == before


def test_another_seed_adds_another_set(tmp_path: Path) -> None:
    ctx = _office(tmp_path / "office.db")
    one = fill_demo(ctx, seed=1, max_services=SMALL)
    visits = {v["id"] for v in list_records(ctx, "visits")}
    two = fill_demo(ctx, seed=2, max_services=SMALL)
    assert not two.unchanged and one.codlocals != two.codlocals
    assert len(two.report("visits").created) > 0
    assert visits < {v["id"] for v in list_records(ctx, "visits")}


def test_with_schools_present_it_fills_only_those_in_scope(tmp_path: Path) -> None:
    ctx = _office(tmp_path / "office.db")
    add_schools(ctx, SCHOOL_A)
    summary = fill_demo(ctx, seed=1)
    assert summary.directory_rows == 0
    assert (summary.services, summary.codlocals) == (1, [SCHOOL_A.codlocal])
    assert {v["cod_mod"] for v in list_records(ctx, "visits")} <= {SCHOOL_A.cod_mod}


def test_a_cancel_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    ctx = _office(tmp_path / "office.db")
    calls = iter(range(1000))
    with pytest.raises(MonitorError) as stopped:
        fill_demo(ctx, seed=1, max_services=SMALL, cancelled=lambda: next(calls) > 5)
    assert stopped.value.code is ErrorCode.CANCELLED
    assert _changes(ctx) == 0
    assert ctx.store.conn.execute("SELECT count(*) FROM schools").fetchone()[0] == 0
    assert all(not rows for rows in _tables(ctx).values())


def test_a_demo_laptop_bundle_merges_at_the_office(tmp_path: Path, wall: FakeWallClock) -> None:
    world = make_world(tmp_path, wall)
    laptop = world.laptop("ana")
    world.enrol(laptop)
    summary = fill_demo(laptop, seed=3, max_services=SMALL)
    assert summary.directory_rows == 0  # the laptop's directory came from the office
    outcome = import_bundle(world.office, world.export(laptop, "demo"))
    assert outcome.outcome is Outcome.MERGED, outcome
    assert _tables(world.office) == _tables(laptop)
    assert [e.has_file for e in evidence_for(world.office)] == [True] * len(evidence_for(laptop))


def test_a_director_demo_stays_in_their_school_and_merges(tmp_path: Path,
                                                          wall: FakeWallClock) -> None:
    world = make_world(tmp_path, wall)
    director = world.laptop("rosa", role=Role.DIRECTOR, school=SCHOOL_A.cod_mod)
    world.enrol(director)
    summary = fill_demo(director, seed=1)
    assert (summary.services, summary.codlocals) == (1, [SCHOOL_A.codlocal])
    outcome = import_bundle(world.office, world.export(director, "demo"))
    assert outcome.outcome is Outcome.MERGED, outcome
    assert _tables(world.office) == _tables(director)
