"""Building the plain bundle ZIP: changes streamed and deflated, blobs stored, manifest signed."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from monitor_app.core.progress import Check, Progress
from monitor_app.core.roles import Role, Scope
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_changes import ChangeLike, ChangeRow, LineEncoder
from monitor_app.sync.bundle_manifest import Manifest, Member
from monitor_app.sync.bundle_zipwrite import DEFLATED, STORED, ZipWriter

BATCH = 4096
COPY_CHUNK = 1024 * 1024


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


# A blob's bytes: a file, or a function opening them elsewhere (a photo kept in the database).
BlobSource = Path | Callable[[], AbstractContextManager[Readable]]


@dataclass(frozen=True)
class BundleOrigin:
    """The caller's part of the manifest; the rest comes from the changes and blobs."""

    device_id: str
    role: Role
    scope: Scope
    schema_version: int
    app_version: str
    last_office_seq_applied: int
    extra: dict[str, Any]
    exported_at: str
    recipient_key_ids: tuple[str, ...]



def _add_blob(zip_writer: ZipWriter, sha256: str, source: BlobSource, check: Check) -> Member:
    if not lim.SHA256_HEX.fullmatch(sha256):
        raise ValueError(f"blob name is not a SHA-256 hex: {sha256!r}")
    if isinstance(source, Path) and source.stat().st_size > lim.MAX_BLOB_BYTES:
        raise ValueError(f"blob {sha256} is larger than {lim.MAX_BLOB_BYTES} bytes")
    writer = zip_writer.member(lim.BLOB_PREFIX + sha256, STORED)
    with source.open("rb") if isinstance(source, Path) else source() as content:
        while data := content.read(COPY_CHUNK):
            writer.write(data)
            check()
            if writer.size > lim.MAX_BLOB_BYTES:
                raise ValueError(f"blob {sha256} is larger than {lim.MAX_BLOB_BYTES} bytes")
    member = writer.close()
    if member.sha256 != sha256:
        raise ValueError(f"blob {sha256} does not match the content of {source}")
    return member


def build_zip(f: BinaryIO, origin: BundleOrigin, changes: Iterable[ChangeRow | ChangeLike],
              blobs: Iterable[tuple[str, BlobSource]], signing_key: Ed25519PrivateKey,
              progress: Progress, check: Check, total: int | None) -> Manifest:
    """Write the whole plain ZIP to `f`; the manifest's ranges come from the changes as they
    stream past, so it is written last. Blobs are deduplicated and written in hash order."""
    zip_writer, encoder = ZipWriter(f), LineEncoder(origin.device_id)
    writer = zip_writer.member(lim.CHANGES, DEFLATED)
    rows, done = iter(changes), 0
    while batch := list(itertools.islice(rows, BATCH)):
        check()
        writer.write(encoder.encode(batch))
        if writer.size > lim.MAX_CHANGES_BYTES:
            raise ValueError("too many changes for one bundle: split the export")
        done += len(batch)
        progress(done, total)
    members = {lim.CHANGES: writer.close()}
    chosen = dict(blobs)
    if len(chosen) > lim.MAX_BLOBS:
        raise ValueError(f"more than {lim.MAX_BLOBS} blobs for one bundle: split the export")
    for sha256, path in sorted(chosen.items()):
        check()
        members[lim.BLOB_PREFIX + sha256] = _add_blob(zip_writer, sha256, path, check)
        done += 1
        progress(done, total)
    r = encoder.ranges
    public = signing_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    manifest = Manifest(
        schema_version=origin.schema_version, app_version=origin.app_version,
        device_id=origin.device_id, role=origin.role, scope=origin.scope,
        seq_from=r.seq_from, seq_to=r.seq_to, hlc_from=r.hlc_from, hlc_to=r.hlc_to,
        change_count=r.count, exported_at=origin.exported_at, signing_public_key=public,
        recipient_key_ids=origin.recipient_key_ids,
        last_office_seq_applied=origin.last_office_seq_applied, extra=origin.extra,
        members=members)
    raw = manifest.to_bytes()
    zip_writer.add_bytes(lim.MANIFEST, raw)
    zip_writer.add_bytes(lim.SIGNATURE, signing_key.sign(raw))
    zip_writer.finish()
    return manifest
