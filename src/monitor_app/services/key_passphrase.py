"""How this process gets the passphrase of keys kept under one (portable mode, D37).

The face sets it up once at start: the command line asks at the terminal or reads
`MONITOR_APP_PASSPHRASE`; the window asks in a small dialog at start, on its own thread, so that
work running in the background never opens a dialog: it only uses what is already known."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.key_files import check_new_passphrase, keys_protected
from monitor_app.storage.paths import keys_dir_for

PASSPHRASE_VARIABLE = "MONITOR_APP_PASSPHRASE"
# Asked with new=True for keys about to be made (the face asks twice), False to open them;
# None when the person declined.
Ask = Callable[[bool], str | None]


def from_environment(_new: bool) -> str | None:
    return os.environ.get(PASSPHRASE_VARIABLE) or None


@dataclass
class KeyPassphrase:
    protect_new_keys: bool = False  # portable mode: keys made from now on get a passphrase
    ask: Ask = from_environment
    known: str | None = None

    def for_new_keys(self) -> str | None:
        if not self.protect_new_keys:
            return None
        if self.known is None:
            answer = self.ask(True)
            if not answer:
                raise MonitorError(ErrorCode.PASSPHRASE_NEEDED)
            self.known = check_new_passphrase(answer)
        return self.known

    def for_keys(self, folder: Path) -> str | None:
        """The passphrase that opens the keys in `folder` (None if they have none); a wrong
        one is forgotten, so the next attempt asks again."""
        if not keys_protected(folder):
            return None
        from monitor_app.storage.keys import load_signing_key  # cryptography: not at start

        if self.known is None:
            self.known = self.ask(False) or None
        try:
            load_signing_key(folder, self.known)
        except MonitorError:
            self.known = None
            raise
        return self.known

    def unlock(self, database: Path, device_id: str) -> None:
        self.for_keys(keys_dir_for(database) / device_id)


_current = KeyPassphrase()


def key_passphrase() -> KeyPassphrase:
    return _current


def use_key_passphrase(source: KeyPassphrase) -> KeyPassphrase:
    """Set at start by the command line or the window; returns the one it replaces."""
    global _current
    previous, _current = _current, source
    return previous
