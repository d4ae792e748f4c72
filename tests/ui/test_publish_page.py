"""Publicar at the merge station: the reference bundle for a new laptop or a director, and the
replies for every approved device in one action."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from monitor_app.services.sync_admin import approve_device
from monitor_app.services.sync_import import import_bundle
from monitor_app.ui.shell import PUBLISH
from tests.conftest import SCHOOL_A, FakeWallClock
from tests.services.sync_world import make_world, put
from tests.ui.conftest import RecordingDialogs


def _office(tmp_path: Path) -> Path:
    """An office that approved Ana's laptop and merged her visit."""
    world = make_world(tmp_path, FakeWallClock())
    ana = world.laptop("ana")
    put(ana, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02", "type": "monitoreo"})
    import_bundle(world.office, world.export(ana, "a1"))
    approve_device(world.office, ana.require_identity().device_id)
    ana.close()
    world.office.close()
    return world.root / "office.db"


def test_replies_and_a_directors_reference_are_written(
        qtbot: QtBot, make_window, tmp_path: Path, dialogs: RecordingDialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_office(tmp_path))
    window.go_to(PUBLISH)
    page = window.office.publish
    stick = tmp_path / "USB"
    stick.mkdir()
    dialogs.export_folder = stick
    page.replies_button.click()
    qtbot.waitUntil(lambda: page.replies_button.isEnabled() and bool(page.result.text()),
                    timeout=10_000)
    assert "1 respuesta escrita" in page.result.text() and "Para ana" in page.result.text()
    assert len(list(stick.glob("*.mcbundle"))) == 1
    page.school.setText(SCHOOL_A.cod_mod)
    page.reference_button.click()
    qtbot.waitUntil(lambda: "referencia" in page.result.text(), timeout=10_000)
    assert (stick / f"referencia-IE-{SCHOOL_A.cod_mod}.mcbundle").is_file()


def test_a_wrong_school_code_is_said(qtbot: QtBot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     dialogs: RecordingDialogs) -> None:
    window = make_window(_office(tmp_path))
    window.go_to(PUBLISH)
    page = window.office.publish
    dialogs.export_folder = tmp_path
    page.school.setText("12")
    page.reference_button.click()
    qtbot.waitUntil(lambda: page.result.text().startswith("✕"), timeout=10_000)
    assert "12" in page.result.text()
    assert not list(tmp_path.glob("referencia*"))
