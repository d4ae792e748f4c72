"""Keys under a passphrase (portable mode, D37): scrypt and AES-GCM, refusals in clear words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.key_files import keys_protected
from monitor_app.storage.keys import (
    ENCRYPTION_KEY_FILE,
    SIGNING_KEY_FILE,
    create_device_keys,
    load_encryption_key,
    load_signing_key,
)

PASSPHRASE = "la memoria azul de Ana"


def _raw_public(key: object) -> str:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def test_protected_keys_open_with_their_passphrase_only(tmp_path: Path) -> None:
    public = create_device_keys(tmp_path, PASSPHRASE)
    assert keys_protected(tmp_path)
    assert not list(tmp_path.glob("*.pem"))  # no key in the clear
    assert _raw_public(load_signing_key(tmp_path, PASSPHRASE)) == public.signing_hex
    assert _raw_public(load_encryption_key(tmp_path, PASSPHRASE)) == public.encryption_hex
    with pytest.raises(MonitorError) as wrong:
        load_signing_key(tmp_path, PASSPHRASE.upper())
    assert wrong.value.code is ErrorCode.WRONG_PASSPHRASE
    with pytest.raises(MonitorError) as none:
        load_encryption_key(tmp_path)
    assert none.value.code is ErrorCode.PASSPHRASE_NEEDED


def test_the_file_names_its_method_and_hides_the_key(tmp_path: Path) -> None:
    create_device_keys(tmp_path, PASSPHRASE)
    [signing] = tmp_path.glob("signing_*")
    document = json.loads(signing.read_text(encoding="utf-8"))
    assert (document["kdf"], document["n"], document["cipher"]) == ("scrypt", 2**17, "AES-256-GCM")
    assert b"PRIVATE KEY" not in signing.read_bytes()


def test_swapped_files_are_refused(tmp_path: Path) -> None:
    create_device_keys(tmp_path, PASSPHRASE)
    signing = tmp_path / SIGNING_KEY_FILE.replace(".pem", ".protected.json")
    encryption = tmp_path / ENCRYPTION_KEY_FILE.replace(".pem", ".protected.json")
    content = signing.read_bytes()
    signing.write_bytes(encryption.read_bytes())
    encryption.write_bytes(content)
    with pytest.raises(MonitorError):
        load_signing_key(tmp_path, PASSPHRASE)


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(MonitorError) as short:
        create_device_keys(tmp_path / "k", "corta")
    assert short.value.code is ErrorCode.PASSPHRASE_TOO_SHORT
    assert not (tmp_path / "k").exists()


def test_without_a_passphrase_keys_stay_as_before(tmp_path: Path) -> None:
    create_device_keys(tmp_path)
    assert not keys_protected(tmp_path)
    load_signing_key(tmp_path)
