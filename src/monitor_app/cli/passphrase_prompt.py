"""The command line's way to get the keys' passphrase: MONITOR_APP_PASSPHRASE for scripts,
else a prompt when a person is at the terminal (never echoed), else nothing (a refusal)."""

from __future__ import annotations

import getpass
import sys

from monitor_app.cli.texts import text
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.key_passphrase import Ask, KeyPassphrase, from_environment
from monitor_app.storage.paths import AppPaths


def terminal_ask(lang: str) -> Ask:
    def ask(new: bool) -> str | None:
        given = from_environment(new)
        if given or not sys.stdin.isatty():
            return given
        if not new:
            return getpass.getpass(text("passphrase_open", lang)) or None
        first = getpass.getpass(text("passphrase_new", lang))
        if first and getpass.getpass(text("passphrase_again", lang)) != first:
            raise MonitorError(ErrorCode.PASSPHRASES_DIFFER)
        return first or None

    return ask


def command_line_passphrase(paths: AppPaths, lang: str) -> KeyPassphrase:
    return KeyPassphrase(protect_new_keys=paths.portable, ask=terminal_ask(lang))
