"""The encrypted payload of an envelope: ChaCha20-Poly1305 over 64 KiB chunks, STREAM nonces."""

from __future__ import annotations

import hashlib
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from monitor_app.core.progress import Check
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.envelope import (
    CHUNK,
    LENGTH,
    MAGIC,
    PAYLOAD_LABEL,
    TAG,
    EnvelopeHeader,
    Sealed,
    hkdf,
)


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _payload(file_key: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(hkdf(file_key, None, PAYLOAD_LABEL))


def seal(src: BinaryIO, dst: BinaryIO, sealed: Sealed, check: Check) -> str:
    """Encrypt all of `src` after the header; returns the SHA-256 hex of the plaintext."""
    header, aead, digest = sealed.header, _payload(sealed.file_key), hashlib.sha256()
    aad = header.associated_data
    dst.write(MAGIC + LENGTH.pack(len(header.raw)) + header.raw)
    current, counter = src.read(CHUNK), 0
    while True:
        following = src.read(CHUNK) if len(current) == CHUNK else b""
        digest.update(current)
        nonce = _nonce(header.nonce_prefix, counter, not following)
        dst.write(aead.encrypt(nonce, current, aad))
        if not following:
            return digest.hexdigest()
        current, counter = following, counter + 1
        if counter % 64 == 0:
            check()


def open_payload(src: BinaryIO, header: EnvelopeHeader, file_key: bytes, dst: Sink,
                 check: Check) -> None:
    """Decrypt chunk by chunk into `dst`; truncation, reordering and edits are refused."""
    aead, block, total, counter = _payload(file_key), CHUNK + TAG, 0, 0
    aad = header.associated_data
    current = src.read(block)
    while True:
        following = src.read(block) if len(current) == block else b""
        last = not following
        try:
            plain = aead.decrypt(_nonce(header.nonce_prefix, counter, last), current, aad)
        except InvalidTag:
            raise _chunk_refusal(aead, header, counter, current, last) from None
        if last and not plain and counter:
            raise BundleRefused(BundleProblem.CORRUPT, "empty final chunk")
        total += len(plain)
        if total > lim.MAX_ZIP_BYTES:  # also keeps the counter far below 2**32
            raise BundleRefused(BundleProblem.TOO_LARGE, "encrypted bundle too large")
        dst.write(plain)
        if last:
            return
        current, counter = following, counter + 1
        if counter % 64 == 0:
            check()


def _chunk_refusal(aead: ChaCha20Poly1305, header: EnvelopeHeader, counter: int,
                   chunk: bytes, last: bool) -> BundleRefused:
    """A last chunk that opens as a middle one means the file was cut at a chunk boundary."""
    if last and len(chunk) == CHUNK + TAG:
        try:
            aead.decrypt(_nonce(header.nonce_prefix, counter, False), chunk, header.associated_data)
            return BundleRefused(BundleProblem.TRUNCATED, "encrypted bundle ends early")
        except InvalidTag:
            pass
    if not chunk:
        return BundleRefused(BundleProblem.TRUNCATED, "encrypted bundle ends early")
    return BundleRefused(BundleProblem.TAMPERED, f"encrypted chunk {counter} fails authentication")
