"""The director reports a commitment kept (D34): the report travels to the office with its
photos, stays beside the specialist's verification, and only the school or the office write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.checklist import school_checklist
from monitor_app.services.commitment_reports import report_commitment, school_commitments
from monitor_app.services.commitments import open_commitments, verify_commitment
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import evidence_for, photo_bytes
from monitor_app.services.records import list_records
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_reply import reply_to
from tests.conftest import SCHOOL_A, FakeWallClock, add_schools, enrol
from tests.services.sync_world import VISIT, World, make_world, put
from tests.storage.photo_files import jpeg

DORA_SCHOOL = "0335273"
TODAY = "2024-10-27"  # tests/conftest.py START_MS


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, FakeWallClock())


def _reply(world: World, laptop: AppContext, name: str) -> None:
    target = world.root / name
    target.mkdir()
    reply = reply_to(world.office, laptop.require_identity().device_id, target)
    assert import_bundle(laptop, reply.info.path).ok


def _agreed(world: World) -> tuple[AppContext, AppContext, str]:
    """Ana agrees a commitment at Dora's school; both laptops get it from the office."""
    ana = world.enrolled_laptop("ana")
    dora = world.laptop("dora", role=Role.DIRECTOR, school=DORA_SCHOOL)
    world.enrol(dora)
    [visit] = put(ana, "visits", {**VISIT, "cod_mod": DORA_SCHOOL, "status": "cerrada"})
    [commitment] = put(ana, "commitments", {"visit_id": visit, "description": "Botiquín",
                                            "due_date": "2024-06-30"})
    assert import_bundle(world.office, world.export(ana, "ida")).ok
    _reply(world, dora, "a-dora")
    return ana, dora, commitment


def test_the_report_reaches_the_office_with_its_photo_and_survives_verification(
        world: World, tmp_path: Path) -> None:
    ana, dora, commitment = _agreed(world)
    photo = tmp_path / "botiquin.jpg"
    photo.write_bytes(jpeg(800, 600))
    report_commitment(dora, commitment, reported_on="2024-10-20", note="Botiquín repuesto",
                      photos=[photo])
    assert import_bundle(world.office, world.export(dora, "informe")).ok

    [seen] = open_commitments(world.office, DORA_SCHOOL)
    assert (seen.status, seen.reported_on, seen.report_note, seen.reporter,
            seen.report_photos) == ("pendiente", "2024-10-20", "Botiquín repuesto", "dora", 1)
    assert seen.awaits_verification
    [evidence] = evidence_for(world.office, commitment_id=commitment)
    assert photo_bytes(world.office, evidence.sha256) == photo_bytes(dora, evidence.sha256)
    [item] = [i for i in school_checklist(world.office, DORA_SCHOOL) if i.code == "commitments"]
    assert (item.status, item.reason.key) == ("pendiente", "commitments_reported")

    [later] = put(ana, "visits", {**VISIT, "cod_mod": DORA_SCHOOL, "date": TODAY})
    verify_commitment(ana, commitment, visit_id=later, status="cumplido", note="Verificado")
    assert import_bundle(world.office, world.export(ana, "vuelta")).ok
    [done] = school_commitments(world.office, DORA_SCHOOL)
    assert (done.status, done.verified_on, done.verification_note) == ("cumplido", TODAY,
                                                                       "Verificado")
    assert (done.reported_on, done.report_note, done.report_photos) == (
        "2024-10-20", "Botiquín repuesto", 1)
    assert not done.awaits_verification
    _reply(world, dora, "b-dora")  # the director sees the verification beside her report
    [home] = school_commitments(dora, DORA_SCHOOL)
    assert (home.status, home.reported_on) == ("cumplido", "2024-10-20")


def test_reporting_again_replaces_the_date_and_note(world: World) -> None:
    _ana, dora, commitment = _agreed(world)
    report_commitment(dora, commitment, reported_on="2024-10-01", note="Primero")
    report_commitment(dora, commitment, reported_on="2024-10-02", note="Después")
    [report] = list_records(dora, "commitment_reports")
    assert (report["reported_on"], report["note"]) == ("2024-10-02", "Después")


def test_a_specialist_may_not_report_it(world: World) -> None:
    ana, _dora, commitment = _agreed(world)
    with pytest.raises(MonitorError) as refused:
        report_commitment(ana, commitment, reported_on="2024-10-20")
    assert refused.value.code is ErrorCode.REPORT_BY_SCHOOL_OR_OFFICE
    assert list_records(ana, "commitment_reports") == []


def test_the_office_may_report_on_the_schools_behalf(world: World) -> None:
    _ana, _dora, commitment = _agreed(world)
    report_commitment(world.office, commitment, reported_on="2024-10-20", reporter="Dora (tel.)")
    [seen] = open_commitments(world.office, DORA_SCHOOL)
    assert seen.reporter == "Dora (tel.)"


def test_a_future_date_a_closed_commitment_or_a_bad_photo_write_nothing(
        world: World, tmp_path: Path) -> None:
    ana, dora, commitment = _agreed(world)
    with pytest.raises(MonitorError) as future:
        report_commitment(dora, commitment, reported_on="2024-10-28")
    assert future.value.code is ErrorCode.DATE_IN_FUTURE
    bad = tmp_path / "acta.jpg"
    bad.write_bytes(b"no es una foto")
    with pytest.raises(MonitorError) as photo:
        report_commitment(dora, commitment, reported_on="2024-10-20", photos=[bad])
    assert photo.value.code is ErrorCode.EVIDENCE_NOT_AN_IMAGE
    assert list_records(dora, "commitment_reports") == [] == list_records(dora, "evidence")
    [later] = put(ana, "visits", {**VISIT, "cod_mod": DORA_SCHOOL, "date": TODAY})
    verify_commitment(ana, commitment, visit_id=later, status="anulado")
    with pytest.raises(MonitorError) as closed:
        report_commitment(ana, commitment, reported_on="2024-10-20")
    assert closed.value.code is ErrorCode.REPORT_BY_SCHOOL_OR_OFFICE  # the role comes first
    assert import_bundle(world.office, world.export(ana, "anulado")).ok
    with pytest.raises(MonitorError) as closed:
        report_commitment(world.office, commitment, reported_on="2024-10-20")
    assert (closed.value.code, closed.value.params["status"]) == (ErrorCode.COMMITMENT_NOT_OPEN,
                                                                  "anulado")


def test_a_director_cannot_name_a_commitment_it_does_not_hold(tmp_path: Path) -> None:
    dora = enrol(tmp_path / "dora.db", role=Role.DIRECTOR, school=SCHOOL_A.cod_mod)
    add_schools(dora, SCHOOL_A)
    with pytest.raises(MonitorError) as refused:
        report_commitment(dora, "0190a0b0-0000-7000-8000-000000000001", reported_on="2024-10-20")
    assert refused.value.code is ErrorCode.RECORD_NOT_FOUND
    dora.close()
