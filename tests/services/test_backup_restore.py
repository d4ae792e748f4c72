"""Automatic backups and restoring one: a laptop takes a new identity and is not taken for a
clone, an office merges again what it merged after its backup, the outbox keeps what the
office has not acknowledged (D38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.backups import (
    backup_before_bundles,
    check_at_start,
    make_backup,
    restore,
    start_of_day,
)
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.outbox import pending_bundles, resend
from monitor_app.services.records import list_records
from monitor_app.services.sync_admin import approve_device
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_reply import reply_to
from monitor_app.storage.backup_files import list_backups
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put
from tests.storage.damage import damage

HOUR = 3600 * 1000


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, FakeWallClock())


def _visit(ctx: AppContext, date: str) -> str:
    return put(ctx, "visits", {**VISIT, "date": date})[0]


def _dates(ctx: AppContext) -> set[str]:
    return {v["date"] for v in list_records(ctx, "visits")}


def test_a_restored_laptop_takes_a_new_identity_and_gets_its_later_work_back(
        world: World) -> None:
    ana = world.enrolled_laptop("ana")
    old_id = ana.require_identity().device_id
    _visit(ana, "2024-05-02")
    assert import_bundle(world.office, world.export(ana, "uno")).ok
    world.wall.now_ms += HOUR
    backup = make_backup(ana)
    _visit(ana, "2024-05-03")  # after the backup: the office will have it, ana will not
    assert import_bundle(world.office, world.export(ana, "dos")).ok
    path = ana.path
    ana.close()

    report = restore(path, backup.backup_id, wall_ms=world.wall)
    ana = open_initialised(path, wall_ms=world.wall)
    new_id = ana.require_identity().device_id
    assert report.new_device_id == new_id != old_id
    assert _dates(ana) == {"2024-05-02"}
    _visit(ana, "2024-05-04")
    first = import_bundle(world.office, world.export(ana, "tres"))
    assert first.outcome is Outcome.HELD  # a new device to approve, not a cloned one
    approve_device(world.office, new_id)
    assert _dates(world.office) == {"2024-05-02", "2024-05-03", "2024-05-04"}
    folder = world.root / "respuesta"
    folder.mkdir()
    reply = reply_to(world.office, new_id, folder)
    assert import_bundle(ana, reply.info.path).ok
    assert _dates(ana) == {"2024-05-02", "2024-05-03", "2024-05-04"}
    ana.close()


def test_a_restored_office_merges_again_the_bundles_it_merged_after_the_backup(
        world: World) -> None:
    ana = world.enrolled_laptop("ana")
    world.wall.now_ms += HOUR
    backup = make_backup(world.office)
    world.wall.now_ms += 1000
    _visit(ana, "2024-05-02")
    assert import_bundle(world.office, world.export(ana, "uno")).ok
    path = world.office.path
    world.office.close()

    report = restore(path, backup.backup_id, wall_ms=world.wall)
    assert [o.outcome for o in report.reimported] == [Outcome.MERGED]
    office = open_initialised(path, wall_ms=world.wall)
    assert _dates(office) == {"2024-05-02"}
    assert report.new_device_id is None
    office.close()
    ana.close()


def test_bundles_make_one_backup_an_hour(world: World) -> None:
    office = world.office
    before = len(list_backups(office.path))
    world.wall.now_ms += 2 * HOUR
    assert backup_before_bundles(office) is not None
    assert backup_before_bundles(office) is None
    world.wall.now_ms += HOUR - 1
    assert backup_before_bundles(office) is None
    world.wall.now_ms += 1
    assert backup_before_bundles(office) is not None
    assert len(list_backups(office.path)) == before + 2


def test_the_check_at_start_backs_up_once_a_day_and_refuses_a_damaged_database(
        world: World) -> None:
    office = world.office
    daily = start_of_day(office)
    assert daily is not None and daily.kind == "daily" and daily.good
    assert start_of_day(office) is None  # once a day
    path = office.path
    office.close()
    damage(path)
    world.wall.now_ms += 24 * HOUR
    with pytest.raises(MonitorError) as refusal:
        check_at_start(path, wall_ms=world.wall)
    assert refusal.value.code is ErrorCode.DB_DAMAGED
    assert refusal.value.params["backup"] == list_backups(path)[0].backup_id
    assert [b.kind for b in list_backups(path)].count("daily") == 1  # none from the damage


def test_the_outbox_keeps_what_the_office_has_not_acknowledged(world: World) -> None:
    ana = world.enrolled_laptop("ana")
    folder = world.root / "respuesta"
    folder.mkdir()
    assert import_bundle(ana, reply_to(world.office, ana.require_identity().device_id,
                                       folder).info.path).ok
    assert pending_bundles(ana) == []  # the first bundle was acknowledged by the reply
    _visit(ana, "2024-05-02")
    world.export(ana, "uno")
    _visit(ana, "2024-05-03")
    lost = world.export(ana, "dos")
    assert [b.seq_to for b in pending_bundles(ana)] == sorted(
        [b.seq_to for b in pending_bundles(ana)], reverse=True)
    assert len(pending_bundles(ana)) == 2
    stick = world.root / "memoria"
    stick.mkdir()
    [again] = resend(ana, stick)
    assert again.name == lost.name and again.read_bytes() == lost.read_bytes()
    assert import_bundle(world.office, again).ok
    reply = reply_to(world.office, ana.require_identity().device_id, folder)
    assert import_bundle(ana, reply.info.path).ok
    assert pending_bundles(ana) == [] and resend(ana, stick) == []
    ana.close()
