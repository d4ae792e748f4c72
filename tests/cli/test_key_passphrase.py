"""Keys under a passphrase (portable mode, D37) from the command line: MONITOR_APP_PASSPHRASE
for scripts, one clear line when it is missing or wrong, and nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor_app.core.roles import Role
from monitor_app.services.key_passphrase import KeyPassphrase, use_key_passphrase
from monitor_app.services.setup import init_device
from monitor_app.storage.key_files import keys_protected
from monitor_app.storage.paths import keys_dir_for
from tests.cli.conftest import Cli, dump_database

PASSPHRASE = "frase de la memoria USB"


@pytest.fixture
def portable_office(cli: Cli) -> Iterator[Cli]:
    """A UGEL set up as in portable mode (its keys made under a passphrase)."""
    previous = use_key_passphrase(KeyPassphrase(protect_new_keys=True, ask=lambda _new: PASSPHRASE))
    try:
        identity = init_device(cli.db, role=Role.UGEL, name="UGEL 05", ugel="150105")
    finally:
        use_key_passphrase(previous)
    assert keys_protected(keys_dir_for(cli.db) / identity.device_id)
    yield cli


def test_without_the_passphrase_publishing_is_refused(portable_office: Cli, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MONITOR_APP_PASSPHRASE", raising=False)
    before = dump_database(portable_office.db)
    result = portable_office("publish", "--out", str(tmp_path / "ugel.mcbundle"))
    assert result.code == 1
    assert result.err.count("\n") == 1 and "MONITOR_APP_PASSPHRASE" in result.err
    assert dump_database(portable_office.db) == before
    assert not (tmp_path / "ugel.mcbundle").exists()


def test_a_wrong_passphrase_is_refused(portable_office: Cli, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_APP_PASSPHRASE", PASSPHRASE.upper())
    result = portable_office("--lang", "en", "publish", "--out", str(tmp_path / "ugel.mcbundle"))
    assert (result.code, result.err) == (
        1, "The passphrase does not open this installation's keys. Type it again (it is "
           "case-sensitive). Nothing was changed.\n")


def test_the_variable_opens_the_keys(portable_office: Cli, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_APP_PASSPHRASE", PASSPHRASE)
    result = portable_office("publish", "--out", str(tmp_path / "ugel.mcbundle"))
    assert result.code == 0, result.err
    assert (tmp_path / "ugel.mcbundle").is_file()


def test_not_portable_keys_are_made_as_before(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_APP_PASSPHRASE", PASSPHRASE)  # ignored: not in portable mode
    assert cli("init", "--role", "ugel", "--name", "U", "--ugel", "150105").code == 0
    [folder] = keys_dir_for(cli.db).iterdir()
    assert not keys_protected(folder)
