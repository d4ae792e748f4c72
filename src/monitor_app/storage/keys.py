"""The device's key pairs: Ed25519 to sign bundles, X25519 to receive encrypted ones. In
portable mode the private halves are kept encrypted under a passphrase (key_files.py)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from monitor_app.storage.key_files import (
    check_new_passphrase,
    encrypted_name,
    new_salt,
    protected_key_bytes,
    read_protected_key,
)

SIGNING_KEY_FILE = "signing_ed25519.pem"
ENCRYPTION_KEY_FILE = "encryption_x25519.pem"
PrivateKey = Ed25519PrivateKey | X25519PrivateKey


@dataclass(frozen=True)
class PublicKeys:
    signing_hex: str
    encryption_hex: str

    @property
    def fingerprint(self) -> str:
        """Short form people compare by eye when a UGEL enrols a device."""
        digest = hashlib.sha256(bytes.fromhex(self.signing_hex)).hexdigest()[:20].upper()
        return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    ).hex()


def _write_new_file(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


def _write_private(folder: Path, name: str, key: PrivateKey, passphrase: str | None,
                   salt: bytes) -> None:
    if passphrase is None:
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        _write_new_file(folder / name, pem)
        return
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    _write_new_file(folder / encrypted_name(name),
                    protected_key_bytes(der, passphrase, salt, encrypted_name(name)))


def create_device_keys(folder: Path, passphrase: str | None = None) -> PublicKeys:
    """Make both key pairs; private halves readable only by the user (0600 in a 0700 folder),
    and encrypted under `passphrase` when one is given (portable mode)."""
    if passphrase is not None:
        check_new_passphrase(passphrase)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    signing = Ed25519PrivateKey.generate()
    encryption = X25519PrivateKey.generate()
    salt = new_salt()  # one for both files: unlocking them derives one key
    _write_private(folder, SIGNING_KEY_FILE, signing, passphrase, salt)
    _write_private(folder, ENCRYPTION_KEY_FILE, encryption, passphrase, salt)
    return PublicKeys(_raw_public(signing), _raw_public(encryption))


def _load_private(folder: Path, name: str, passphrase: str | None) -> object:
    protected = folder / encrypted_name(name)
    if protected.is_file():
        der = read_protected_key(protected.read_bytes(), passphrase, protected.name)
        return serialization.load_der_private_key(der, None)
    return serialization.load_pem_private_key((folder / name).read_bytes(), None)


def load_signing_key(folder: Path, passphrase: str | None = None) -> Ed25519PrivateKey:
    key = _load_private(folder, SIGNING_KEY_FILE, passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise TypeError("signing key is not Ed25519")
    return key


def load_encryption_key(folder: Path, passphrase: str | None = None) -> X25519PrivateKey:
    key = _load_private(folder, ENCRYPTION_KEY_FILE, passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise TypeError("encryption key is not X25519")
    return key


def fingerprint(signing_public_hex: str) -> str:
    return PublicKeys(signing_public_hex, "").fingerprint
