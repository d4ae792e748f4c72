"""The merge station's devices: held ones first, their fingerprint, last bundle and gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.device_overview import device_overview
from monitor_app.services.sync_admin import approve_device, refuse_device
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.keys import fingerprint
from tests.conftest import SCHOOL_A, FakeWallClock
from tests.services.sync_world import make_world, put


def test_held_devices_come_first_with_what_to_compare(tmp_path: Path, wall: FakeWallClock) -> None:
    world = make_world(tmp_path, wall)
    ana, beto = world.laptop("ana"), world.laptop("beto")
    for laptop in (ana, beto):
        put(laptop, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02",
                               "type": "monitoreo"})
        import_bundle(world.office, world.export(laptop, laptop.require_identity().name))
    approve_device(world.office, ana.require_identity().device_id)
    listed = device_overview(world.office)
    assert [o.device.name for o in listed][:1] == ["beto"]  # held first
    beto_row = listed[0]
    assert beto_row.fingerprint == fingerprint(beto_row.device.signing_public_key)
    assert beto_row.last_bundle is not None and beto_row.last_bundle.outcome.value == "held"
    ana_row = next(o for o in listed if o.device.name == "ana")
    assert ana_row.last_bundle is not None and ana_row.last_bundle.outcome.value == "merged"
    assert ana_row.missing == () and not ana_row.cloned and ana_row.rejected == 0


def test_only_a_held_device_is_refused(tmp_path: Path, wall: FakeWallClock) -> None:
    world = make_world(tmp_path, wall)
    ana = world.laptop("ana")
    put(ana, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02", "type": "monitoreo"})
    import_bundle(world.office, world.export(ana, "a1"))
    device_id = ana.require_identity().device_id
    assert refuse_device(world.office, device_id).status.value == "revoked"
    with pytest.raises(MonitorError) as again:
        refuse_device(world.office, device_id)
    assert again.value.code is ErrorCode.DEVICE_NOT_HELD
    with pytest.raises(MonitorError) as at_laptop:
        device_overview(ana)
    assert at_laptop.value.code is ErrorCode.ROLE_FORBIDS
