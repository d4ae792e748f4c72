"""The keys' passphrase asked at start in portable mode (D37), driven like a person would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog

from monitor_app.core.roles import DeviceIdentity, Role, Scope
from monitor_app.storage.key_files import check_new_passphrase
from monitor_app.storage.keys import create_device_keys
from monitor_app.storage.paths import AppPaths, DataPlace, keys_dir_for
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.key_unlock import ask_at_start
from monitor_app.ui.passphrase_dialog import PassphraseDialog

PASSPHRASE = "una frase bastante larga"


def test_new_keys_need_the_same_passphrase_twice_and_long_enough(qtbot) -> None:
    dialog = PassphraseDialog(True, check_new_passphrase, "es")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.again_edit.setText(PASSPHRASE + "x")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "no coinciden" in dialog.error.text()
    dialog.passphrase_edit.setText("corta")
    dialog.again_edit.setText("corta")
    dialog.accept()
    assert "al menos 8 caracteres" in dialog.error.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.again_edit.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase() == PASSPHRASE


class ScriptedDialogs(Dialogs):
    """Types each answer into the real check, as the dialog would, until one passes."""

    def __init__(self, answers: list[str]) -> None:
        super().__init__()
        self.answers = answers
        self.asked: list[bool] = []

    def ask_passphrase(self, new: bool, check: Callable[[str], None], lang: str) -> str | None:
        self.asked.append(new)
        for answer in self.answers:
            try:
                check(answer)
            except Exception:  # noqa: BLE001 - the dialog shows it and waits for another
                continue
            return answer
        return None


def _identity(device_id: str) -> DeviceIdentity:
    return DeviceIdentity(device_id=device_id, role=Role.ESPECIALISTA, name="Ana",
                          scope=Scope(ugel="150105"), public_key_hex="00", created_at="")


def test_existing_keys_are_opened_at_start(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("MONITOR_APP_PASSPHRASE", raising=False)
    paths = AppPaths(tmp_path / "data", tmp_path / "logs", DataPlace.PORTABLE)
    database = paths.default_database
    create_device_keys(keys_dir_for(database) / "dev-1", PASSPHRASE)
    dialogs = ScriptedDialogs(["equivocada 1", PASSPHRASE])
    source = ask_at_start(paths, database, _identity("dev-1"), dialogs, "es")
    assert dialogs.asked == [False]
    assert source.known == PASSPHRASE


def test_a_new_installation_chooses_its_passphrase(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("MONITOR_APP_PASSPHRASE", raising=False)
    paths = AppPaths(tmp_path / "data", tmp_path / "logs", DataPlace.PORTABLE)
    dialogs = ScriptedDialogs(["corta", PASSPHRASE])
    source = ask_at_start(paths, paths.default_database, None, dialogs, "es")
    assert dialogs.asked == [True]
    assert source.protect_new_keys and source.for_new_keys() == PASSPHRASE


def test_nothing_is_asked_outside_portable_mode(qapp, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "logs", DataPlace.USER)
    dialogs = ScriptedDialogs([])
    source = ask_at_start(paths, paths.default_database, None, dialogs, "es")
    assert dialogs.asked == [] and source.for_new_keys() is None
