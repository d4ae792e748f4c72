"""The Sincronizar page: export onto a stick and check the bundle with the core, cancel an
export, import the UGEL's reply and see what arrived, refuse a file that is not ours."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from monitor_app.core.progress import Cancelled, Progress
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import attach_photo
from monitor_app.services.sync_files import bundles_dir, encryption_key
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_reply import reply_to
from monitor_app.storage.changes import next_seq
from monitor_app.sync.bundle_reader import open_bundle
from monitor_app.ui.shell import SYNC, MainWindow
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put
from tests.storage.photo_files import jpeg
from tests.ui.conftest import RecordingDialogs, count_rows

WAIT_MS = 30_000


@pytest.fixture
def world(tmp_path: Path) -> World:
    root = tmp_path / "world"
    root.mkdir()
    built = make_world(root, FakeWallClock())
    yield built
    built.office.close()


def _laptop_db(ctx: AppContext) -> Path:
    path = ctx.path
    ctx.close()
    return path


def _sync_page(window: MainWindow):  # type: ignore[no-untyped-def]
    window.go_to(SYNC)
    page = window.sync_page
    assert page is not None and window.pages.currentWidget() is page
    return page


def _wait(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.is_running(), timeout=WAIT_MS)


def test_the_page_loads_when_first_opened(make_window, enrolled_db: Path) -> None:
    window = make_window(enrolled_db)
    assert window.sync_page is None
    assert window.navigation.item(SYNC).text() == "Sincronizar"
    page = _sync_page(window)
    assert not page.export_button.isEnabled()  # set up alone: nobody to encrypt to
    assert "aún no se unió a su UGEL" in page.office_label.text()
    assert page.export_button.text() == "&Exportar para la UGEL"


def test_an_export_from_the_page_is_a_bundle_the_office_opens(
        make_window, dialogs: RecordingDialogs, world: World, tmp_path: Path, qtbot) -> None:
    ana = world.laptop("ana")
    [visit] = put(ana, "visits", VISIT)
    attach_photo(ana, jpeg(), visit_id=visit, name="foto.jpg")
    made = next_seq(ana.store, ana.require_identity().device_id) - 1
    window = make_window(_laptop_db(ana))
    page = _sync_page(window)
    assert "UGEL: UGEL 05 (150105)" in page.office_label.text()
    assert f"{made} cambios hechos aquí aún sin exportar" in page.export_label.text()
    stick = tmp_path / "usb"
    stick.mkdir()
    dialogs.export_folder = stick
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    assert page.is_running() and page.progress_box.isVisible()
    _wait(qtbot, page)

    [bundle] = list(stick.iterdir())
    text = page.result_label.text()
    assert bundle.name in text
    assert f"Salieron {made} cambios y 1 foto." in text
    assert "se verificó leyéndolo de nuevo: ya puede retirar la memoria USB" in text
    with open_bundle(bundle, decryption_keys=[encryption_key(world.office)],
                     temp_dir=bundles_dir(world.office, "temp")) as opened:
        assert opened.manifest.change_count == made
        replaced = opened.manifest.extra.get("replaced", {}).get("blob")
        assert len([n for n in opened.manifest.blob_names if n != replaced]) == 1  # the photo
    assert "0 cambios hechos aquí aún sin exportar" in page.export_label.text()
    assert "Última exportación" in page.export_label.text()
    assert not page.progress_box.isVisible() and page.export_button.isEnabled()


def test_a_cancelled_export_leaves_no_bundle(
        make_window, dialogs: RecordingDialogs, world: World, tmp_path: Path, qtbot) -> None:
    ana = world.laptop("ana")
    put(ana, "visits", VISIT)
    window = make_window(_laptop_db(ana))
    page = _sync_page(window)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialogs.export_folder = stick
    release = threading.Event()

    def hold(_ctx: AppContext, _progress: Progress, _cancelled: Cancelled) -> None:
        release.wait(WAIT_MS / 1000)

    window.runner.submit(hold)  # the one worker is busy: the export waits behind it
    page.export_button.click()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    _wait(qtbot, page)
    assert list(stick.iterdir()) == []
    assert "Exportación cancelada" in page.result_label.text()
    assert "Aún no exportó nada" in page.export_label.text()


def _replied(world: World) -> tuple[Path, Path]:
    """Ana's laptop (enrolled), and the office's reply to her carrying Beto's visit."""
    ana, beto = world.enrolled_laptop("ana"), world.enrolled_laptop("beto")
    [visit] = put(beto, "visits", VISIT)
    put(beto, "commitments", {"visit_id": visit, "description": "Plan de GRD",
                              "due_date": "2024-06-30"})
    assert import_bundle(world.office, world.export(beto, "beto")).ok
    beto.close()
    put(ana, "visits", {**VISIT, "cod_mod": "0335364"})
    assert import_bundle(world.office, world.export(ana, "ana")).ok  # the reply acknowledges it
    target = world.root / "reply"
    target.mkdir()
    reply = reply_to(world.office, ana.require_identity().device_id, target)
    return _laptop_db(ana), reply.info.path


def test_the_ugels_reply_shows_what_arrived_and_what_was_acknowledged(
        make_window, dialogs: RecordingDialogs, world: World, qtbot) -> None:
    db, reply = _replied(world)
    window = make_window(db)
    page = _sync_page(window)
    dialogs.reply_file = reply
    page.import_button.click()
    _wait(qtbot, page)
    text = page.result_label.text()
    assert f"Importado: {reply.name}" in text
    assert "cambios nuevos de otros equipos y de la UGEL" in text
    assert "· Visitas: 1 registro actualizado" in text
    assert "· Compromisos: 1 registro actualizado" in text
    assert "La UGEL confirma que tiene sus cambios hasta el n.º" in text
    assert count_rows(db, "visits") == 2
    assert "0 cambios que la UGEL aún no confirma tener" in page.export_label.text()


def test_a_tampered_or_foreign_file_shows_one_sentence_and_changes_nothing(
        make_window, dialogs: RecordingDialogs, world: World, tmp_path: Path, qtbot) -> None:
    db, reply = _replied(world)
    tampered = tmp_path / "alterado.mcbundle"
    data = bytearray(reply.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    other_root = tmp_path / "otra"
    other_root.mkdir()
    other = make_world(other_root, FakeWallClock())
    foreign = other.publish("ajena.mcbundle")
    other.office.close()
    window = make_window(db)
    page = _sync_page(window)
    for file, words in ((tampered, "No se importó alterado.mcbundle"),
                        (foreign, "no está firmado por la UGEL de este equipo")):
        dialogs.reply_file = file
        page.import_button.click()
        _wait(qtbot, page)
        text = page.result_label.text()
        assert words in text, text
        assert "Traceback" not in text and page.result_box.title() == "No se pudo completar"
        assert count_rows(db, "visits") == 1  # her own only
    assert not dialogs.errors


def test_ctrl_4_opens_the_page_and_the_chooser_starts_on_a_stick_or_home(
        make_window, dialogs: RecordingDialogs, enrolled_db: Path, qtbot) -> None:
    from monitor_app.ui.removable import removable_drives

    window = make_window(enrolled_db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.sync_page
    assert page is not None and window.pages.currentWidget() is page
    page.choose_and_import()  # the user closes the chooser: nothing starts
    assert not page.is_running() and dialogs.start_folders
    assert dialogs.start_folders[0] in [*removable_drives(), Path.home()]


def test_the_page_speaks_english_with_plurals(
        make_window, dialogs: RecordingDialogs, world: World, tmp_path: Path, qtbot) -> None:
    ana = world.laptop("ana")
    put(ana, "visits", VISIT)
    made = next_seq(ana.store, ana.require_identity().device_id) - 1
    window = make_window(_laptop_db(ana), "en")
    assert window.navigation.item(SYNC).text() == "Sync"
    page = _sync_page(window)
    assert (page.export_button.text(), page.import_button.text()) == (
        "&Export for the UGEL", "&Import the UGEL's reply")
    assert f"{made} changes made here not exported yet." in page.export_label.text()
    assert "Nothing has been exported from this installation yet." in page.export_label.text()
    dialogs.export_folder = tmp_path
    page.export_button.click()
    _wait(qtbot, page)
    assert f"{made} changes and 0 photos went out." in page.result_label.text()
    assert "you can remove the USB stick now" in page.result_label.text()


def test_a_school_page_open_shows_what_the_reply_brought(
        make_window, dialogs: RecordingDialogs, world: World, qtbot) -> None:
    from monitor_app.ui.pages.school import VISITS
    from monitor_app.ui.shell import SCHOOL

    db, reply = _replied(world)
    window = make_window(db)
    window.open_school(VISIT["cod_mod"], "0")
    window.school_page.tabs.setCurrentIndex(VISITS)
    assert window.school_page.visit_model.rowCount() == 0
    page = _sync_page(window)
    dialogs.reply_file = reply
    page.import_button.click()
    _wait(qtbot, page)
    window.go_to(SCHOOL)
    assert window.school_page.visit_model.rowCount() == 1  # Beto's visit, from the reply


def test_reenviar_writes_again_what_the_office_has_not_acknowledged(
        make_window, dialogs: RecordingDialogs, world: World, tmp_path: Path, qtbot) -> None:
    ana = world.laptop("ana")
    put(ana, "visits", VISIT)
    window = make_window(_laptop_db(ana))
    page = _sync_page(window)
    lost, spare = tmp_path / "perdida", tmp_path / "otra"
    lost.mkdir()
    spare.mkdir()
    dialogs.export_folder = lost
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    _wait(qtbot, page)
    [exported] = list(lost.iterdir())
    dialogs.export_folder = spare
    assert page.resend_button.isEnabled()
    qtbot.keyClick(page.resend_button, Qt.Key.Key_Space)
    _wait(qtbot, page)
    [again] = list(spare.iterdir())
    assert again.read_bytes() == exported.read_bytes()
    assert f"Reenviado: {again.name}" in page.result_label.text()
    assert import_bundle(world.office, again).outcome.value == "held"  # a new device, as usual
