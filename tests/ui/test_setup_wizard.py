"""The first-run wizard, driven through its real widgets: join the UGEL with a real reference
bundle (its fingerprint shown first), a director's school, the UGEL's station, and the demo."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.context import initialised, open_context
from monitor_app.services.directory_import import import_directory
from monitor_app.services.messages import describe
from monitor_app.services.schools import count_schools
from monitor_app.services.setup import init_device
from monitor_app.services.sync_publish import publish_bundle
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.sync_registry import load_office
from monitor_app.ui.setup_wizard import Page, SetupWizard
from tests.ui.conftest import PADRON_UGEL05, UGEL, app_language

FINISH = QWizard.WizardButton.FinishButton


@dataclass(frozen=True)
class Office:
    fingerprint: str
    whole: Path  # the UGEL's reference bundle, for specialists
    school: Path  # the one published for the director of 0335273
    other_school: Path  # for the director of 0336586


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    """A UGEL station with the padrón, and the bundles it published, made by the services."""
    folder = tmp_path_factory.mktemp("office")
    db = folder / "ugel.db"
    identity = init_device(db, role=Role.UGEL, name="UGEL 05", ugel=UGEL)
    with initialised(db) as ctx:
        import_directory(ctx, PADRON_UGEL05)
        paths = [publish_bundle(ctx, folder / f"{name}.mcbundle", school=school).path
                 for name, school in (("ugel", None), ("0335273", "0335273"),
                                      ("0336586", "0336586"))]
    return Office(fingerprint(identity.public_key_hex), *paths)


def identity_of(db: Path):  # type: ignore[no-untyped-def]
    ctx = open_context(db)
    try:
        return ctx.identity
    finally:
        ctx.close()


def start(make_window, db_path: Path, role: Role, name: str = "Ana Pérez",  # type: ignore[no-untyped-def]
          school: str = "") -> tuple:
    window = make_window(db_path)
    wizard: SetupWizard = window.open_setup_dialog()
    assert wizard.isVisible() and wizard.currentId() == Page.ROLE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no name yet
    wizard.role_page.choose(role)
    wizard.role_page.name_edit.setText(name)
    wizard.role_page.school_edit.setText(school)
    wizard.next()
    return window, wizard


def choose_bundle(qtbot, wizard: SetupWizard, dialogs, bundle: Path) -> None:  # type: ignore[no-untyped-def]
    page = wizard.join_page
    dialogs.reference_bundle = bundle
    with qtbot.waitSignal(page.settled, timeout=20_000):
        page.choose_button.click()


def test_a_specialist_joins_the_ugel_after_seeing_its_fingerprint(
        qtbot, make_window, db_path: Path, dialogs, office: Office) -> None:
    window, wizard = start(make_window, db_path, Role.ESPECIALISTA)
    assert wizard.currentId() == Page.WAY
    wizard.next()
    page = wizard.join_page
    assert wizard.currentId() == Page.JOIN and not wizard.button(FINISH).isEnabled()
    choose_bundle(qtbot, wizard, dialogs, office.whole)
    assert page.fingerprint_label.text() == office.fingerprint
    assert "UGEL 05" in page.office_label.text() and UGEL in page.office_label.text()
    assert page.school_label.isHidden()
    assert not wizard.button(FINISH).isEnabled()  # until the fingerprint is confirmed
    page.confirm_box.setChecked(True)
    assert wizard.button(FINISH).isEnabled()
    assert wizard.button(FINISH).text() == "&Unirme a la UGEL"
    with qtbot.waitSignal(wizard.enrolled, timeout=20_000):
        wizard.button(FINISH).click()

    identity = identity_of(db_path)
    assert identity.role is Role.ESPECIALISTA and identity.scope.ugel == UGEL
    with initialised(db_path) as ctx:
        joined = load_office(ctx.store)
        assert joined is not None and fingerprint(joined.signing_public_key) == office.fingerprint
        assert count_schools(ctx) > 400
    assert not wizard.isVisible() and window.banner.isHidden()
    assert window.windowTitle() == "Monitor de Campo"


def test_a_directors_wizard_shows_its_school_and_refuses_another_schools_bundle(
        qtbot, make_window, db_path: Path, dialogs, office: Office) -> None:
    _, wizard = start(make_window, db_path, Role.DIRECTOR, "Rosa Quispe", "335273")
    wizard.next()
    page = wizard.join_page
    choose_bundle(qtbot, wizard, dialogs, office.other_school)
    expected = describe(MonitorError(ErrorCode.DIRECTOR_BUNDLE_MISMATCH, school="0335273",
                                     bundle_school="0336586"), "es")
    assert page.error.text() == expected and page.details.isHidden()
    assert not wizard.button(FINISH).isEnabled()

    choose_bundle(qtbot, wizard, dialogs, office.school)
    assert page.error.isHidden()
    assert "0335273 — 017 CUNA JARDIN" in page.school_label.text()
    page.confirm_box.setChecked(True)
    with qtbot.waitSignal(wizard.enrolled, timeout=20_000):
        wizard.button(FINISH).click()
    identity = identity_of(db_path)
    assert identity.role is Role.DIRECTOR and identity.scope.cod_mod == "0335273"


def test_a_wrong_name_or_code_is_refused_in_place(qtbot, make_window, db_path: Path) -> None:
    _, wizard = start(make_window, db_path, Role.DIRECTOR, "Rosa", "12AB")
    assert wizard.currentId() == Page.ROLE
    assert wizard.role_page.error.text() == describe(
        MonitorError(ErrorCode.INVALID_COD_MOD, value="12AB"), "es")


def test_the_ugels_station_is_set_up_with_its_code(qtbot, make_window, db_path: Path) -> None:
    window, wizard = start(make_window, db_path, Role.UGEL, "Mesa de partes")
    assert wizard.currentId() == Page.OFFICE
    wizard.office_page.ugel_edit.setText("15A")
    wizard.button(FINISH).click()
    assert wizard.office_page.error.text() == describe(
        MonitorError(ErrorCode.INVALID_UGEL_CODE, value="15A"), "es")
    assert identity_of(db_path) is None
    wizard.office_page.ugel_edit.setText(UGEL)
    with qtbot.waitSignal(wizard.enrolled):
        wizard.button(FINISH).click()
    assert identity_of(db_path).role is Role.UGEL
    assert window.identity_label.text() == "UGEL · Mesa de partes · UGEL 150105"


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    """The app's Spanish as run_gui installs it: Qt's own strings and our plural forms."""
    with app_language(qapp, "es"):
        yield


def test_the_demo_is_a_separate_folder_with_data_and_the_title_says_so(
        qtbot, spanish, make_window, db_path: Path) -> None:
    window, wizard = start(make_window, db_path, Role.ESPECIALISTA)
    wizard.way_page.demo_button.setChecked(True)
    wizard.next()
    page = wizard.demo_page
    assert wizard.currentId() == Page.DEMO and not wizard.button(FINISH).isEnabled()
    with qtbot.waitSignal(page.task.finished, timeout=60_000):
        pass
    assert re.match(r"Listo: \d+ servicios educativos con visitas", page.status_label.text())
    with qtbot.waitSignal(wizard.demo_ready):
        wizard.button(FINISH).click()

    demo = db_path.parent / "demo" / db_path.name
    demo_window = window.other_window
    qtbot.addWidget(demo_window)
    assert demo_window is not None and demo_window.isVisible() and not window.isVisible()
    assert "DEMO" in demo_window.windowTitle()
    assert demo_window.ctx.path == demo
    assert demo_window.setup_action.isEnabled()  # the real installation is still to set up
    with initialised(demo) as ctx:
        assert count_schools(ctx) > 400
        assert ctx.store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] > 0
    assert identity_of(db_path) is None  # the real installation is untouched
    demo_window.close()


def test_cancel_changes_nothing(qtbot, make_window, db_path: Path) -> None:
    window, wizard = start(make_window, db_path, Role.ESPECIALISTA)
    with qtbot.waitSignal(wizard.rejected):
        wizard.reject()
    assert identity_of(db_path) is None and window.banner.isVisible()


def test_from_the_demo_the_wizard_sets_up_the_real_installation_beside_it(
        qtbot, make_window, db_path: Path) -> None:
    from monitor_app.services.demo_setup import enrol_demo

    demo = db_path.parent / "demo" / db_path.name
    enrol_demo(demo, role=Role.ESPECIALISTA, name="Ana")
    demo_window = make_window(demo)
    assert "DEMO" in demo_window.windowTitle() and demo_window.setup_action.isEnabled()
    wizard = demo_window.open_setup_dialog()
    assert wizard.db_path == db_path
    wizard.role_page.choose(Role.UGEL)
    wizard.role_page.name_edit.setText("Mesa de partes")
    wizard.next()
    wizard.office_page.ugel_edit.setText(UGEL)
    with qtbot.waitSignal(wizard.enrolled):
        wizard.button(FINISH).click()
    real_window = demo_window.other_window
    qtbot.addWidget(real_window)
    assert real_window.ctx.path == db_path and real_window.windowTitle() == "Monitor de Campo"
    assert not demo_window.isVisible() and identity_of(db_path).role is Role.UGEL


def test_a_demo_tried_before_is_offered_again(qtbot, make_window, db_path: Path) -> None:
    from monitor_app.services.demo_setup import enrol_demo

    enrol_demo(db_path.parent / "demo" / db_path.name, role=Role.ESPECIALISTA, name="Ana")
    _, wizard = start(make_window, db_path, Role.ESPECIALISTA)
    assert wizard.currentId() == Page.WAY
    assert wizard.way_page.demo_button.isChecked()
    assert wizard.way_page.existing_demo_label.isVisible()


def test_keys_passphrase_declined_at_start_is_asked_again_before_keys_are_made(
        qtbot, make_window, db_path: Path, dialogs, monkeypatch) -> None:
    """Portable mode (D37): cancelling the dialog at start must not leave the wizard unable to
    make keys until a restart."""
    from monitor_app.services.key_passphrase import KeyPassphrase, use_key_passphrase
    from monitor_app.storage.key_files import keys_protected
    from monitor_app.storage.paths import keys_dir_for

    monkeypatch.delenv("MONITOR_APP_PASSPHRASE", raising=False)
    previous = use_key_passphrase(KeyPassphrase(protect_new_keys=True))  # declined at start
    try:
        window, wizard = start(make_window, db_path, Role.UGEL, "Mesa de partes")
        wizard.office_page.ugel_edit.setText(UGEL)
        dialogs.passphrases = [None]  # declined again
        wizard.button(FINISH).click()
        assert wizard.office_page.error.text() == describe(
            MonitorError(ErrorCode.PASSPHRASE_NEEDED), "es")
        assert identity_of(db_path) is None
        dialogs.passphrases = ["una frase bastante larga"]
        with qtbot.waitSignal(wizard.enrolled):
            wizard.button(FINISH).click()
        identity = identity_of(db_path)
        assert identity.role is Role.UGEL
        assert keys_protected(keys_dir_for(db_path) / identity.device_id)
    finally:
        use_key_passphrase(previous)
