"""Where a laptop stands with its office: joined, last export, changes not exported yet; and
what a reply brought, per kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.roles import Role
from monitor_app.services.setup import init_device
from monitor_app.services.context import open_initialised
from monitor_app.services.evidence import attach_photo
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_reply import reply_to
from monitor_app.services.sync_status import exported_photos, sync_status
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.sync_registry import Outcome, load_office
from monitor_app.services.directory_import import import_directory
from tests.conftest import PADRON, FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put
from tests.storage.photo_files import jpeg


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, FakeWallClock())


def test_a_laptop_set_up_alone_has_no_office_and_counts_every_change(
        tmp_path: Path, wall: FakeWallClock) -> None:
    db = tmp_path / "solo.db"
    init_device(db, role=Role.ESPECIALISTA, name="Ana", ugel="150105", wall_ms=wall)
    ctx = open_initialised(db, wall_ms=wall)
    try:
        import_directory(ctx, PADRON / "padron_ugel05_lima.dbf")
        put(ctx, "visits", VISIT)
        status = sync_status(ctx)
        assert status.office is None and status.last_export is None
        assert status.not_exported == status.not_acknowledged > 0
    finally:
        ctx.close()


def test_an_export_is_remembered_and_later_changes_count_as_not_exported(world: World) -> None:
    ana = world.laptop("ana")
    office = load_office(ana.store)
    assert office is not None
    [visit] = put(ana, "visits", VISIT)
    attach_photo(ana, jpeg(), visit_id=visit, name="foto.jpg")
    before = sync_status(ana)
    assert before.office is not None and before.office.name == "UGEL 05"
    assert before.office.fingerprint == fingerprint(office.signing_public_key)
    assert before.not_exported == before.not_acknowledged > 0

    folder = world.root / "usb"
    folder.mkdir()
    from monitor_app.services.sync_export import export_bundle

    info = export_bundle(ana, folder)
    assert exported_photos(info) == 1
    after = sync_status(ana)
    assert after.last_export is not None
    assert after.last_export.file == info.path.name
    assert (after.last_export.changes, after.last_export.photos) == (info.change_count, 1)
    assert after.last_export.exported_at == ana.now_iso()
    assert after.not_exported == 0 and after.not_acknowledged == info.change_count
    put(ana, "visits", {"id": visit, "notes": "otra nota"})
    assert sync_status(ana).not_exported == 1


def test_a_reply_says_which_records_it_changed_per_kind(world: World) -> None:
    ana, beto = world.enrolled_laptop("ana"), world.enrolled_laptop("beto")
    [visit] = put(beto, "visits", VISIT)
    put(beto, "commitments", {"visit_id": visit, "description": "Plan de GRD",
                              "due_date": "2024-06-30"})
    assert import_bundle(world.office, world.export(beto, "beto")).ok
    target = world.root / "reply"
    target.mkdir()
    reply = reply_to(world.office, ana.require_identity().device_id, target)
    outcome = import_bundle(ana, reply.info.path)
    assert outcome.outcome is Outcome.MERGED and outcome.reference
    assert outcome.records_changed == {"visits": 1, "commitments": 1}
    assert outcome.counts["new"] >= 2
