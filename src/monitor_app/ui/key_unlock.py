"""At start in portable mode: the passphrase for the keys about to be made, or for those kept."""

from __future__ import annotations

from pathlib import Path

from monitor_app.core.roles import DeviceIdentity
from monitor_app.services.key_passphrase import KeyPassphrase, from_environment, key_passphrase
from monitor_app.storage.key_files import check_new_passphrase, keys_protected
from monitor_app.storage.paths import AppPaths, keys_dir_for
from monitor_app.ui.dialogs import Dialogs


def ask_at_start(paths: AppPaths, database: Path, identity: DeviceIdentity | None,
                 dialogs: Dialogs, lang: str) -> KeyPassphrase:
    """What the window's work will use. MONITOR_APP_PASSPHRASE, when set, spares the dialog.
    Declining leaves it unknown: what needs the keys is then refused with a clear line."""
    source = KeyPassphrase(protect_new_keys=paths.portable, ask=from_environment)
    if identity is None:
        if paths.portable and from_environment(True) is None:
            source.known = dialogs.ask_passphrase(True, check_new_passphrase, lang)
        return source
    folder = keys_dir_for(database) / identity.device_id
    if keys_protected(folder) and from_environment(False) is None:
        source.known = dialogs.ask_passphrase(False, lambda text: _opens(folder, text), lang)
    return source


def _opens(folder: Path, passphrase: str) -> None:
    from monitor_app.storage.keys import load_signing_key  # cryptography: only when asked

    load_signing_key(folder, passphrase)


def passphrase_for_new_keys(dialogs: Dialogs, lang: str) -> bool:
    """Just before the window makes keys in portable mode: their passphrase, asked again if it
    was declined at start. False if the person declines again (the keys are not made)."""
    source = key_passphrase()
    if not source.protect_new_keys or source.known is not None or from_environment(True):
        return True
    source.known = dialogs.ask_passphrase(True, check_new_passphrase, lang)
    return source.known is not None
