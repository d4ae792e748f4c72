"""The encryption envelope's header: recipients, X25519-wrapped file key, and key unwrapping."""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_json import canonical_bytes, parse_bounded

MAGIC = b"MCBUNDLE-ENC1\n"
CIPHER = "X25519-HKDF-SHA256/ChaCha20-Poly1305-STREAM"
CHUNK = 64 * 1024
TAG = 16
WRAP_LABEL = b"monitor-de-campo bundle v1 file key wrap"
PAYLOAD_LABEL = b"monitor-de-campo bundle v1 payload"
MAX_HEADER = 16 * 1024
LENGTH = struct.Struct(">I")
_HEADER_KEYS = {"version", "cipher", "chunk_size", "nonce_prefix", "recipients"}
_STANZA_KEYS = {"key_id", "ephemeral_key", "wrapped_key"}


def raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: X25519PublicKey) -> str:
    """First 16 hex digits of the SHA-256 of the raw public key."""
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


def hkdf(secret: bytes, salt: bytes | None, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=label).derive(secret)


def _wrap_key(ephemeral: X25519PrivateKey, recipient: X25519PublicKey) -> ChaCha20Poly1305:
    salt = raw_public(ephemeral.public_key()) + raw_public(recipient)
    return ChaCha20Poly1305(hkdf(ephemeral.exchange(recipient), salt, WRAP_LABEL))


@dataclass(frozen=True)
class Stanza:
    key_id: str
    ephemeral: bytes
    wrapped: bytes


@dataclass(frozen=True)
class EnvelopeHeader:
    nonce_prefix: bytes
    stanzas: tuple[Stanza, ...]
    raw: bytes

    @property
    def key_ids(self) -> tuple[str, ...]:
        return tuple(s.key_id for s in self.stanzas)

    @property
    def associated_data(self) -> bytes:
        """Every chunk authenticates the whole header: editing any of it fails every chunk."""
        return hashlib.sha256(MAGIC + LENGTH.pack(len(self.raw)) + self.raw).digest()


@dataclass(frozen=True)
class Sealed:
    """What the writer keeps to re-check its own output without the recipients' keys."""

    header: EnvelopeHeader
    file_key: bytes
    ephemerals: tuple[X25519PrivateKey, ...]


def make_header(recipients: Sequence[X25519PublicKey]) -> Sealed:
    file_key, prefix = os.urandom(32), os.urandom(7)
    ephemerals = tuple(X25519PrivateKey.generate() for _ in recipients)
    stanzas = [
        {"key_id": key_id(r), "ephemeral_key": raw_public(e.public_key()).hex(),
         "wrapped_key": _wrap_key(e, r).encrypt(bytes(12), file_key, None).hex()}
        for e, r in zip(ephemerals, recipients)
    ]
    raw = canonical_bytes({"version": 1, "cipher": CIPHER, "chunk_size": CHUNK,
                           "nonce_prefix": prefix.hex(), "recipients": stanzas})
    return Sealed(parse_header(raw), file_key, ephemerals)


def _hex(value: Any, length: int) -> bytes:
    if type(value) is not str or len(value) != 2 * length or value != value.lower():
        raise BundleRefused(BundleProblem.CORRUPT, "envelope header: bad field")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise BundleRefused(BundleProblem.CORRUPT, "envelope header: bad field") from None


def parse_header(raw: bytes) -> EnvelopeHeader:
    data = parse_bounded(raw, "envelope header", 4, floats=False)
    if type(data) is not dict or set(data) != _HEADER_KEYS or data["version"] != 1 or (
            data["cipher"], data["chunk_size"]) != (CIPHER, CHUNK):
        raise BundleRefused(BundleProblem.UNSUPPORTED_FORMAT, "unknown envelope header")
    items = data["recipients"]
    if type(items) is not list or not 0 < len(items) <= lim.MAX_RECIPIENTS or any(
            type(s) is not dict or set(s) != _STANZA_KEYS for s in items):
        raise BundleRefused(BundleProblem.CORRUPT, "envelope header: bad recipients")
    stanzas = tuple(Stanza(_hex(s["key_id"], 8).hex(), _hex(s["ephemeral_key"], 32),
                           _hex(s["wrapped_key"], 48)) for s in items)
    if canonical_bytes(data) != raw or len({s.key_id for s in stanzas}) != len(stanzas):
        raise BundleRefused(BundleProblem.CORRUPT, "envelope header: not canonical")
    return EnvelopeHeader(_hex(data["nonce_prefix"], 7), stanzas, raw)


def read_header(src: BinaryIO) -> EnvelopeHeader:
    """Reads the magic line, the length and the header; `src` is left at the first chunk."""
    start = src.read(len(MAGIC) + LENGTH.size)
    if len(start) < len(MAGIC) + LENGTH.size:
        raise BundleRefused(BundleProblem.TRUNCATED, "envelope ends early")
    if start[:len(MAGIC)] != MAGIC:
        raise BundleRefused(BundleProblem.NOT_A_BUNDLE, "not an encrypted bundle")
    (length,) = LENGTH.unpack(start[len(MAGIC):])
    if length > MAX_HEADER:
        raise BundleRefused(BundleProblem.TOO_LARGE, "envelope header too large")
    raw = src.read(length)
    if len(raw) != length:
        raise BundleRefused(BundleProblem.TRUNCATED, "envelope ends early")
    return parse_header(raw)


def unwrap(header: EnvelopeHeader, keys: Sequence[X25519PrivateKey]) -> bytes:
    """The file key, from the first of `keys` the envelope was made for."""
    by_id = {s.key_id: s for s in header.stanzas}
    for key in keys:
        stanza = by_id.get(key_id(key.public_key()))
        if stanza is None:
            continue
        try:
            ephemeral = X25519PublicKey.from_public_bytes(stanza.ephemeral)
            salt = stanza.ephemeral + raw_public(key.public_key())
            kek = hkdf(key.exchange(ephemeral), salt, WRAP_LABEL)
            return ChaCha20Poly1305(kek).decrypt(bytes(12), stanza.wrapped, None)
        except (InvalidTag, ValueError):
            raise BundleRefused(BundleProblem.TAMPERED, "envelope key does not open") from None
    raise BundleRefused(BundleProblem.WRONG_RECIPIENT, "not encrypted for any key given")


def check_wraps(header: EnvelopeHeader, sealed: Sealed, recipients: Sequence[X25519PublicKey]) -> None:
    """The writer's re-read check: each stanza read back opens with the ephemeral key it used."""
    if header != sealed.header:
        raise BundleRefused(BundleProblem.CORRUPT, "envelope header changed on disk")
    for stanza, ephemeral, recipient in zip(header.stanzas, sealed.ephemerals, recipients):
        if _wrap_key(ephemeral, recipient).decrypt(bytes(12), stanza.wrapped, None) != sealed.file_key:
            raise BundleRefused(BundleProblem.CORRUPT, "envelope key does not open")
