"""Verifying a plain bundle ZIP end to end: layout, manifest, signature, then every member."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from monitor_app.core.progress import Check
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_changes import parse_rows
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_manifest import Manifest, Member
from monitor_app.sync.bundle_manifest_load import load_manifest
from monitor_app.sync.bundle_zipread import Entry, member_chunks, read_directory, read_member


@dataclass(frozen=True)
class VerifiedZip:
    manifest: Manifest
    manifest_bytes: bytes
    entries: dict[str, Entry]

    @property
    def bundle_id(self) -> str:
        """SHA-256 hex of the exact manifest bytes."""
        return hashlib.sha256(self.manifest_bytes).hexdigest()


def hashed_chunks(f: BinaryIO, entry: Entry, member: Member) -> Iterator[bytes]:
    """The member's bytes; after the last piece, its SHA-256 must be the manifest's."""
    digest = hashlib.sha256()
    for piece in member_chunks(f, entry):
        digest.update(piece)
        yield piece
    if digest.hexdigest() != member.sha256:
        raise BundleRefused(BundleProblem.TAMPERED, f"{entry.name}: SHA-256 differs from the manifest")


def _checked(chunks: Iterable[bytes], check: Check) -> Iterator[bytes]:
    for chunk in chunks:
        check()
        yield chunk


def _check_members(entries: list[Entry], manifest: Manifest) -> None:
    blobs = [lim.BLOB_PREFIX + sha for sha in manifest.blob_names]
    expected = [lim.CHANGES, *blobs, lim.MANIFEST, lim.SIGNATURE]
    names = [entry.name for entry in entries]
    if set(names) != set(expected):
        raise BundleRefused(BundleProblem.TAMPERED, "members differ from the manifest")
    if names != expected:
        raise BundleRefused(BundleProblem.CORRUPT, "members out of order")
    for entry in entries:
        member = manifest.members.get(entry.name)
        if member is not None and member.size != entry.size:
            raise BundleRefused(BundleProblem.TAMPERED, f"{entry.name}: size differs from the manifest")


def verify_zip(f: BinaryIO, file_size: int, check: Check, *,
               parse_lines: bool = True) -> VerifiedZip:
    """Everything that needs no database, in this order: ZIP layout and limits, manifest
    (limits, signature, fields), member list against the manifest, then every member streamed
    once: the changes parsed line by line (or, without `parse_lines`, only hashed: a caller
    that parses them inside a transaction it rolls back on refusal), blobs hashed."""
    entries = read_directory(f, file_size)
    by_name = {entry.name: entry for entry in entries}
    if lim.MANIFEST not in by_name:
        raise BundleRefused(BundleProblem.NOT_A_BUNDLE, "no manifest")
    if lim.SIGNATURE not in by_name:
        raise BundleRefused(BundleProblem.BAD_SIGNATURE, "manifest not signed")
    manifest_bytes = read_member(f, by_name[lim.MANIFEST])
    manifest = load_manifest(manifest_bytes, read_member(f, by_name[lim.SIGNATURE]))
    _check_members(entries, manifest)
    changes = hashed_chunks(f, by_name[lim.CHANGES], manifest.members[lim.CHANGES])
    try:
        if parse_lines:
            for _ in parse_rows(_checked(changes, check), manifest):
                pass
        else:
            for _ in _checked(changes, check):
                pass
    except BundleRefused:
        for _ in changes:  # content that is not what was signed is the truer reason
            pass
        raise
    for sha in manifest.blob_names:
        name = lim.BLOB_PREFIX + sha
        for _ in _checked(hashed_chunks(f, by_name[name], manifest.members[name]), check):
            pass
    return VerifiedZip(manifest, manifest_bytes, by_name)
