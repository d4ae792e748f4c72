"""Equipos at the merge station: a held device first with its fingerprint; approving it
merges its held bundle; refusing and revoking ask first; the page is only at an office."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.storage.keys import fingerprint
from monitor_app.ui.models import devices as columns
from monitor_app.ui.shell import DEVICES
from tests.conftest import SCHOOL_A, FakeWallClock
from tests.services.sync_world import make_world, put
from tests.ui.conftest import RecordingDialogs


def _office_with_held_laptops(tmp_path: Path) -> Path:
    world = make_world(tmp_path, FakeWallClock())
    for name in ("ana", "beto"):
        laptop = world.laptop(name)
        put(laptop, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02",
                               "type": "monitoreo"})
        from monitor_app.services.sync_import import import_bundle

        import_bundle(world.office, world.export(laptop, name))
        laptop.close()
    world.office.close()
    return world.root / "office.db"


def _visits(window) -> int:  # type: ignore[no-untyped-def]
    return window.ctx.store.conn.execute("SELECT count(*) FROM visits").fetchone()[0]


def test_a_held_device_is_approved_and_its_bundle_merges(
        qtbot: QtBot, qtmodeltester, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
        dialogs: RecordingDialogs) -> None:
    window = make_window(_office_with_held_laptops(tmp_path))
    assert not window.navigation.item(DEVICES).isHidden()
    window.go_to(DEVICES)
    page = window.office.devices
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(page.model)
    held = page.chosen()
    assert held is not None and held.device.status.value == "held"
    shown = page.model.index(0, columns.FINGERPRINT).data()
    assert shown == fingerprint(held.device.signing_public_key)
    assert page.model.index(0, columns.STATUS).data().startswith("!")
    assert _visits(window) == 0
    page.approve_button.click()
    qtbot.waitUntil(lambda: _visits(window) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "aprobado" in window.statusBar().currentMessage(), timeout=10_000)
    assert "1 paquete retenido fusionado" in window.statusBar().currentMessage()

    dialogs.answer_yes = False
    statuses = lambda: [o.device.status.value for o in page.model.rows()]  # noqa: E731
    qtbot.waitUntil(lambda: statuses() == ["held", "approved"], timeout=10_000)  # read again
    page.table.selectRow(0)
    assert page.chosen().device.status.value == "held"
    page.refuse_button.click()
    assert dialogs.questions and page.chosen().device.status.value == "held"  # asked, kept
    dialogs.answer_yes = True
    page.refuse_button.click()
    qtbot.waitUntil(lambda: all(o.device.status.value != "held" for o in page.model.rows()),
                    timeout=10_000)
    assert _visits(window) == 1  # nothing of the refused device merged


def test_equipos_is_not_offered_to_a_specialist(make_window, enrolled_db: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(enrolled_db)
    assert window.navigation.item(DEVICES).isHidden()
    window.go_to(DEVICES)
    assert window.office.devices is None
