"""Setting up the installation from the window: role, name, scope; refusals shown in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.context import open_context
from monitor_app.services.messages import describe


def identity_of(db: Path):  # type: ignore[no-untyped-def]
    ctx = open_context(db)
    try:
        return ctx.identity
    finally:
        ctx.close()


def choose_role(dialog, role: Role) -> None:  # type: ignore[no-untyped-def]
    dialog.role_box.setCurrentIndex(dialog.role_box.findData(role))


def test_setup_enrols_the_installation_and_refreshes_the_window(
    qtbot, make_window, db_path: Path
) -> None:
    window = make_window(db_path)
    qtbot.mouseClick(window.banner_button, Qt.MouseButton.LeftButton)
    dialog = window.setup_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    dialog.name_edit.setText("Ana  Pérez")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ugel_edit, "150105")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.enrolled):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    identity = identity_of(db_path)
    assert identity.role is Role.ESPECIALISTA and identity.name == "Ana Pérez"
    assert identity.scope.ugel == "150105" and identity.scope.cod_mod is None
    assert not dialog.isVisible()
    assert window.banner.isHidden()
    assert window.identity_label.text() == "Especialista · Ana Pérez · UGEL 150105"
    assert window.import_action.isEnabled() and window.my_schools.empty_import_button.isEnabled()
    assert not window.setup_action.isEnabled()
    assert window.statusBar().currentMessage() == "Equipo configurado."


def test_school_code_is_asked_only_of_a_director(qtbot, make_window, db_path: Path) -> None:
    window = make_window(db_path)
    dialog = window.open_setup_dialog()
    assert not dialog.school_edit.isEnabled()
    choose_role(dialog, Role.DIRECTOR)
    assert dialog.school_edit.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Rosa Quispe")
    qtbot.keyClicks(dialog.ugel_edit, "150105")
    assert not dialog.ok_button.isEnabled()  # a director's school is still missing
    qtbot.keyClicks(dialog.school_edit, "335273")  # leading zero dropped, as spreadsheets do
    with qtbot.waitSignal(dialog.enrolled):
        dialog.ok_button.click()
    identity = identity_of(db_path)
    assert identity.role is Role.DIRECTOR and identity.scope.cod_mod == "0335273"
    assert window.identity_label.text() == "Director(a) · Rosa Quispe · UGEL 150105 · IE 0335273"


def test_a_refusal_is_shown_inline_and_nothing_is_enrolled(qtbot, make_window, db_path: Path) -> None:
    window = make_window(db_path)
    dialog = window.open_setup_dialog()
    dialog.name_edit.setText("Ana Pérez")
    qtbot.keyClicks(dialog.ugel_edit, "15A")
    dialog.ok_button.click()
    expected = describe(MonitorError(ErrorCode.INVALID_UGEL_CODE, value="15A"), "es")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == expected
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.ugel_edit
    assert identity_of(db_path) is None
    assert window.banner.isVisible()

    dialog.ugel_edit.setText("150105")
    with qtbot.waitSignal(dialog.enrolled):
        dialog.ok_button.click()
    assert identity_of(db_path) is not None


def test_cancel_changes_nothing(qtbot, make_window, db_path: Path) -> None:
    window = make_window(db_path)
    dialog = window.open_setup_dialog()
    dialog.name_edit.setText("Ana Pérez")
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()
    assert identity_of(db_path) is None
    assert window.banner.isVisible()
