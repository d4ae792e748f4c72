"""Writing a bundle file atomically: build and verify the ZIP, encrypt if asked, fsync, rename."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from monitor_app.core.progress import (
    Cancelled,
    Check,
    Progress,
    checker,
    never_cancelled,
    no_progress,
)
from monitor_app.core.roles import Role, Scope
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync import envelope
from monitor_app.sync.bundle_build import BlobSource, BundleOrigin, build_zip
from monitor_app.sync.bundle_changes import ChangeLike, ChangeRow
from monitor_app.sync.bundle_envelope_stream import open_payload, seal
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused, guarded
from monitor_app.sync.bundle_manifest import Manifest, format_exported_at
from monitor_app.sync.bundle_verify import verify_zip
from monitor_app.sync.leftovers import Partial, claim, is_partial, remove_abandoned


@dataclass(frozen=True)
class BundleInfo:
    bundle_id: str
    path: Path
    size: int
    change_count: int
    blob_count: int
    encrypted: bool
    manifest: Manifest


def bundle_file_name(role: str, device_id: str, seq_from: int, seq_to: int) -> str:
    """`<role>-<device8>-<seqfrom>-<seqto>.mcbundle`, informative only. The last 8 characters
    of a UUIDv7 device id are random; its first 8 are the same for devices made the same minute."""
    return f"{role}-{device_id[-8:]}-{seq_from}-{seq_to}{lim.FILE_SUFFIX}"


class _HashSink:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.digest.update(data)


def _sync(f: BinaryIO) -> None:
    f.flush()
    os.fsync(f.fileno())


def _encrypt(plain: Path, final: Path, recipients: Sequence[X25519PublicKey],
             check: Check) -> None:
    sealed = envelope.make_header(recipients)
    with open(plain, "rb") as src, open(final, "wb") as dst:
        digest = seal(src, dst, sealed, check)
        _sync(dst)
    sink = _HashSink()
    with guarded(), open(final, "rb") as src:
        header = envelope.read_header(src)
        envelope.check_wraps(header, sealed, recipients)
        open_payload(src, header, sealed.file_key, sink, check)
    if sink.digest.hexdigest() != digest:
        raise BundleRefused(BundleProblem.CORRUPT, "encrypted file read back differs")


@contextmanager
def _naming(place: Path) -> Iterator[None]:
    """An OSError about one of our temporary files, or about no file, names `place` instead:
    the bundle or the folder a person knows, and so which disk is full."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None or is_partial(Path(exc.filename)):
            exc.filename = str(place)
        raise


def _build(path: Path, origin: BundleOrigin, changes: Iterable[ChangeRow | ChangeLike],
           blobs: Iterable[tuple[str, BlobSource]], signing_key: Ed25519PrivateKey,
           progress: Progress, check: Check, total: int | None, *, durable: bool) -> Manifest:
    with open(path, "w+b") as f:
        manifest = build_zip(f, origin, changes, blobs, signing_key, progress, check, total)
        if durable:  # the plain ZIP is the bundle itself
            _sync(f)
    return manifest


def sync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to fsync it; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bundle(
    out: Path, *, device_id: str, role: Role, scope: Scope, schema_version: int,
    app_version: str, changes: Iterable[ChangeRow | ChangeLike],
    blobs: Iterable[tuple[str, BlobSource]] = (), signing_key: Ed25519PrivateKey,
    recipients: Sequence[X25519PublicKey] = (), last_office_seq_applied: int = 0,
    extra: Mapping[str, Any] | None = None, exported_at: datetime | None = None,
    temp_dir: Path | None = None, progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled, total: int | None = None,
) -> BundleInfo:
    """Write `changes` (ascending seq, this device's only) and `blobs` ((sha256 hex, a file or a
    function opening the bytes)) to `out`, signed, and encrypted to `recipients` when any are
    given. `blobs` is read only after the last change is written.

    The plain ZIP is built in a temporary file and verified by the same reader imports use.
    When encrypting, that plain ZIP lives in `temp_dir` (default: the system's temporary
    folder; services pass the installation's private one), never next to `out`; it is sealed
    into a temporary file next to `out`, fsynced and read back: each wrapped key re-opened with
    the ephemeral key that made it, every chunk authenticated, the plaintext hash compared.
    Only then is it renamed to `out`. No temporary file survives a failure or a cancel, and an
    existing `out` is untouched by them. A kill leaves its temporaries behind, claimed by no
    one and never named like a bundle (sync/leftovers.py): the next write into the same folder
    removes them first, and the caller's sweep of `temp_dir` removes the clear text there.

    `progress` counts changes, then blobs, against `total` if the caller knows it. Raises
    MonitorError(CANCELLED) on cancel, ValueError/TypeError for changes or blobs that cannot be
    written, OSError for the disk (its file name: `out`, or `temp_dir` for the plain ZIP of an
    encrypted bundle), and BundleRefused if what was written fails verification.
    """

    check = checker(cancelled)
    key_ids = tuple(envelope.key_id(r) for r in recipients)
    if len(set(key_ids)) != len(key_ids) or len(key_ids) > lim.MAX_RECIPIENTS:
        raise ValueError("recipients must be distinct and at most " + str(lim.MAX_RECIPIENTS))
    moment = exported_at if exported_at is not None else datetime.now(UTC)
    origin = BundleOrigin(device_id, Role(role), scope, schema_version, app_version,
                          last_office_seq_applied, dict(extra or {}), format_exported_at(moment),
                          key_ids)
    folder = out.parent
    plain_folder = (temp_dir or Path(tempfile.gettempdir())) if recipients else folder
    made: list[Partial] = []
    try:
        with _naming(out):
            remove_abandoned(folder)
        with _naming(plain_folder if recipients else out):
            made.append(claim(plain_folder))
            manifest = _build(made[0].path, origin, changes, blobs, signing_key, progress,
                              check, total, durable=not recipients)
        with guarded(), open(made[0].path, "rb") as f:
            verified = verify_zip(f, os.fstat(f.fileno()).st_size, check)
        if verified.manifest_bytes != manifest.to_bytes():
            raise BundleRefused(BundleProblem.CORRUPT, "manifest read back differs")
        with _naming(out):
            if recipients:
                made.append(claim(folder))
                _encrypt(made[0].path, made[1].path, recipients, check)
            check()
            size = made[-1].path.stat().st_size
            made[-1].move_to(out)
            made.pop()
            sync_folder(folder)
    finally:
        for partial in made:
            partial.discard()
    return BundleInfo(verified.bundle_id, out, size, manifest.change_count,
                      len(manifest.blob_names), bool(recipients), manifest)
