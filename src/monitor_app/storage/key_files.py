"""A private key kept under a passphrase: scrypt derives a key, AES-256-GCM seals the key's
PKCS#8 bytes (decision D37). The file is small JSON, so a person can see what it is."""

from __future__ import annotations

import base64
import functools
import json
import os

from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError

# cryptography is imported where it is used: the window checks for protected keys at start,
# before it needs them (pitfalls.md: import lazily what the first window does not need).

FORMAT = "monitor-app-protected-key/1"
# 128 MiB and 0.35 s on the 2-core test machine: each guess at a lost stick's passphrase costs
# as much (OWASP's recommendation for scrypt).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MIN_PASSPHRASE_LENGTH = 8


def encrypted_name(name: str) -> str:
    """`signing_ed25519.pem` -> `signing_ed25519.protected.json`."""
    return name.removesuffix(".pem") + ".protected.json"


def keys_protected(folder: Path) -> bool:
    """Whether the device's private keys in `folder` need a passphrase."""
    return (folder / encrypted_name("signing_ed25519.pem")).is_file()


def new_salt() -> bytes:
    return os.urandom(16)


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise MonitorError(ErrorCode.PASSPHRASE_TOO_SHORT, minimum=MIN_PASSPHRASE_LENGTH)
    return passphrase


@functools.lru_cache(maxsize=4)
def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # Both key files share a salt: the second one costs nothing once the first is open.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def protected_key_bytes(secret: bytes, passphrase: str, salt: bytes, name: str) -> bytes:
    """The file's content. The file's name is bound in (as associated data): the signing and
    encryption files cannot be swapped."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_new_passphrase(passphrase)
    nonce = os.urandom(12)
    sealed = AESGCM(_derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, secret, name.encode("utf-8"))
    document = {"format": FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": _b64(salt), "cipher": "AES-256-GCM", "nonce": _b64(nonce),
                "sealed": _b64(sealed)}
    return (json.dumps(document, indent=1) + "\n").encode("utf-8")


def read_protected_key(content: bytes, passphrase: str | None, name: str) -> bytes:
    """The key's PKCS#8 bytes; refused when no passphrase is known or it is not this one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if passphrase is None:
        raise MonitorError(ErrorCode.PASSPHRASE_NEEDED)
    document = json.loads(content)
    if document.get("format") != FORMAT:
        raise ValueError(f"{name}: not a protected key file")
    key = _derive(passphrase, base64.b64decode(document["salt"]), int(document["n"]),
                  int(document["r"]), int(document["p"]))
    try:
        return AESGCM(key).decrypt(base64.b64decode(document["nonce"]),
                                   base64.b64decode(document["sealed"]), name.encode("utf-8"))
    except InvalidTag:
        raise MonitorError(ErrorCode.WRONG_PASSPHRASE) from None
