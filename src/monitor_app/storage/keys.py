"""The device's key pairs: Ed25519 to sign bundles, X25519 to receive encrypted ones."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

SIGNING_KEY_FILE = "signing_ed25519.pem"
ENCRYPTION_KEY_FILE = "encryption_x25519.pem"


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


def _write_private(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())


def create_device_keys(folder: Path) -> PublicKeys:
    """Make both key pairs; private halves readable only by the user (0600 in a 0700 folder)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    signing = Ed25519PrivateKey.generate()
    encryption = X25519PrivateKey.generate()
    _write_private(folder / SIGNING_KEY_FILE, signing)
    _write_private(folder / ENCRYPTION_KEY_FILE, encryption)
    return PublicKeys(_raw_public(signing), _raw_public(encryption))


def load_signing_key(folder: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key((folder / SIGNING_KEY_FILE).read_bytes(), None)
    if not isinstance(key, Ed25519PrivateKey):
        raise TypeError("signing key is not Ed25519")
    return key


def load_encryption_key(folder: Path) -> X25519PrivateKey:
    key = serialization.load_pem_private_key((folder / ENCRYPTION_KEY_FILE).read_bytes(), None)
    if not isinstance(key, X25519PrivateKey):
        raise TypeError("encryption key is not X25519")
    return key


def fingerprint(signing_public_hex: str) -> str:
    return PublicKeys(signing_public_hex, "").fingerprint
