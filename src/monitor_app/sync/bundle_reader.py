"""Opening a bundle file: decrypt if needed, verify everything, then stream its changes and blobs."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from monitor_app.core.progress import Cancelled, Check, checker, never_cancelled
from monitor_app.storage.errors import writing
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync import envelope
from monitor_app.sync.bundle_changes import ChangeRow, parse_rows
from monitor_app.sync.bundle_envelope_stream import open_payload
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused, guarded
from monitor_app.sync.bundle_manifest import Manifest
from monitor_app.sync.bundle_verify import VerifiedZip, hashed_chunks, verify_zip
from monitor_app.sync.change import Change
from monitor_app.sync.leftovers import Partial, claim

ZIP_MAGIC = b"PK\x03\x04"


class _BlobReader(io.RawIOBase):
    """A blob's bytes, read from its place in the ZIP and hashed again on the way."""

    def __init__(self, path: Path, offset: int, size: int, sha256: str) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._file.seek(offset)
        self._left, self._sha256, self._digest = size, sha256, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        with guarded():
            data = self._file.read(min(len(buffer), self._left))
            self._left -= len(data)
            self._digest.update(data)
            if len(data) < len(buffer) and (self._left or self._digest.hexdigest() != self._sha256):
                raise BundleRefused(BundleProblem.TAMPERED, "blob changed since it was verified")
            buffer[:len(data)] = data
            return len(data)

    def close(self) -> None:
        self._file.close()
        super().close()


class OpenedBundle:
    """A verified bundle. Use as a context manager: closing removes the decrypted copy."""

    def __init__(self, zip_path: Path, verified: VerifiedZip, decrypted: Partial | None,
                 key_ids: tuple[str, ...]) -> None:
        self.manifest: Manifest = verified.manifest
        self.manifest_bytes = verified.manifest_bytes
        self.bundle_id = verified.bundle_id
        self.encrypted = decrypted is not None
        self.envelope_key_ids = key_ids
        self._zip_path, self._verified, self._decrypted = zip_path, verified, decrypted

    def rows(self) -> Iterator[ChangeRow]:
        """(seq, tbl, pk, col, value, hlc, base_hlc) tuples, the fastest way through."""
        entry = self._verified.entries[lim.CHANGES]
        with guarded(), open(self._zip_path, "rb") as f:
            chunks = hashed_chunks(f, entry, self.manifest.members[lim.CHANGES])
            yield from parse_rows(chunks, self.manifest)

    def changes(self) -> Iterator[Change]:
        device = self.manifest.device_id
        for row in self.rows():
            yield Change(device, *row)

    def blob_names(self) -> list[str]:
        return self.manifest.blob_names

    def open_blob(self, sha256: str) -> BinaryIO:
        """A readable binary file of one blob (KeyError if the bundle has no such blob)."""
        entry = self._verified.entries[lim.BLOB_PREFIX + sha256]
        with guarded():
            raw = _BlobReader(self._zip_path, entry.data_offset, entry.size, sha256)
        return io.BufferedReader(raw)  # type: ignore[return-value]

    def close(self) -> None:
        if self._decrypted is not None:
            self._decrypted.discard()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class _OnThisDisk:
    """The file a bundle is decrypted into: failing to write it is this installation's disk
    (full, gone) refusing, said as such, not a fault of the bundle."""

    def __init__(self, dst: BinaryIO, folder: Path) -> None:
        self._dst, self._folder = dst, folder

    def write(self, data: bytes) -> None:
        with writing(self._folder):
            self._dst.write(data)


def _decrypt(src: BinaryIO, keys: Sequence[X25519PrivateKey], temp_dir: Path,
             check: Check) -> tuple[Partial, tuple[str, ...]]:
    header = envelope.read_header(src)
    file_key = envelope.unwrap(header, keys)
    with writing(temp_dir):
        decrypted = claim(temp_dir)
    try:
        with open(decrypted.path, "wb") as dst:
            open_payload(src, header, file_key, _OnThisDisk(dst, temp_dir), check)
            with writing(temp_dir):
                dst.flush()
    except BaseException:
        decrypted.discard()
        raise
    return decrypted, header.key_ids


def open_bundle(path: Path, *, decryption_keys: Sequence[X25519PrivateKey] = (),
                temp_dir: Path, cancelled: Cancelled = never_cancelled,
                lines_parsed_later: bool = False) -> OpenedBundle:
    """Verify `path` and return it opened, or raise BundleRefused (MonitorError if cancelled).

    An encrypted bundle is decrypted into a file of its own in `temp_dir`, claimed by this
    process (sync/leftovers.py) and removed on close; `temp_dir` should be private to the user
    (services pass `<db>.bundles/temp/`, 0700). If the process is killed first, the next sweep
    of that folder removes the clear text: services sweep it at the start of every import,
    verify, export and publish. Everything that needs no database is verified before this
    returns (docs/bundle-format.md, "Verification order"): every member hashed, every change
    line parsed and checked against the manifest, so an import can refuse a bundle before it
    opens its merge transaction. Iterating afterwards reads the changes again, checking each
    line and the member's SHA-256 once more. With `lines_parsed_later` the lines are only hashed
    here and parsed once, as the caller iterates them inside a transaction it rolls back on a
    refusal (an import: reading a million lines twice was a fifth of its time). A file changed
    on disk after opening is refused
    when the iteration ends, so consume the iterator to the end before committing. Whether the
    manifest's signing key is enrolled and not revoked is for the caller to decide.
    """
    check = checker(cancelled)
    zip_path, key_ids, decrypted = path, (), None
    try:
        with guarded():
            with open(path, "rb") as src:
                head = src.read(len(envelope.MAGIC))
                src.seek(0)
                if head == envelope.MAGIC:
                    decrypted, key_ids = _decrypt(src, decryption_keys, temp_dir, check)
                    zip_path = decrypted.path
                elif head.startswith(envelope.MAGIC[:9]):  # "MCBUNDLE-" of a later envelope
                    raise BundleRefused(BundleProblem.UNSUPPORTED_FORMAT, "unknown envelope")
                elif not head.startswith(ZIP_MAGIC):
                    raise BundleRefused(BundleProblem.NOT_A_BUNDLE, "not a bundle file")
            with open(zip_path, "rb") as f:
                verified = verify_zip(f, os.fstat(f.fileno()).st_size, check,
                                      parse_lines=not lines_parsed_later)
            if verified.manifest.recipient_key_ids != key_ids:
                raise BundleRefused(BundleProblem.TAMPERED, "encryption differs from the manifest")
        return OpenedBundle(zip_path, verified, decrypted, key_ids)
    except BaseException:
        if decrypted is not None:
            decrypted.discard()
        raise
