"""Where an installation keeps bundles it exported, held, quarantined or refused; its keys."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from monitor_app.services.context import AppContext
from monitor_app.storage.errors import from_os_writing, writing
from monitor_app.storage.evidence_files import media_type_of, store_file
from monitor_app.services.key_passphrase import key_passphrase
from monitor_app.storage.keys import load_encryption_key, load_signing_key
from monitor_app.storage.migration_names import MIGRATION_NAMES
from monitor_app.storage.paths import keys_dir_for
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_reader import OpenedBundle
from monitor_app.sync.leftovers import claim, empty_private, remove_abandoned

SCHEMA_VERSION = len(MIGRATION_NAMES)  # a bundle's schema version: migrations applied
KEEP_EXPORTED = 5


def bundles_dir(ctx: AppContext, kind: str) -> Path:
    """`<database>.bundles/<kind>/`: exported, held, quarantine, rejected, temp.

    `temp` holds bundles in clear text while an import, verify, export or publish works on
    them: it is private to the user (0700), and each of those operations empties it first of
    whatever a killed one left (sync/leftovers.py), leaving only the files of operations still
    running. It is swept when an operation starts, not when the installation opens, because
    only these operations put anything there, and until one runs again the clear text sits
    in a folder only the same user can read, beside the database and the key it came from.
    """
    folder = ctx.path.with_name(ctx.path.name + ".bundles") / kind
    if kind == "temp":
        return empty_private(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def keep_copy(ctx: AppContext, source: Path, kind: str, name: str) -> Path:
    """A copy of a bundle a person must look at again (held, quarantined, refused)."""
    target = bundles_dir(ctx, kind) / name
    if not target.exists():
        _copy_whole(source, target)
    return target


def _copy_whole(source: Path, target: Path) -> None:
    """`source` copied to `target` whole or not at all: through a claimed partial, so that a
    full disk or a kill leaves nothing named like a bundle. A full disk is the DISK_FULL
    refusal naming the folder (not the source, which the OS error names)."""
    folder = target.parent
    with writing(folder):
        remove_abandoned(folder)
        copy = claim(folder)
    try:
        shutil.copy2(source, copy.path)
        copy.move_to(target)
    except OSError as exc:
        raise from_os_writing(exc, folder) from exc
    finally:
        copy.discard()


def keep_exported(ctx: AppContext, bundle: Path) -> None:
    """Keep the last exported bundles on the laptop, should a stick get lost."""
    folder = bundles_dir(ctx, "exported")
    _copy_whole(bundle, folder / bundle.name)
    kept = sorted(folder.glob("*.mcbundle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[KEEP_EXPORTED:]:
        old.unlink(missing_ok=True)


def signing_key(ctx: AppContext) -> Ed25519PrivateKey:
    folder = keys_dir_for(ctx.path) / ctx.require_identity().device_id
    return load_signing_key(folder, key_passphrase().for_keys(folder))


def encryption_key(ctx: AppContext) -> X25519PrivateKey:
    folder = keys_dir_for(ctx.path) / ctx.require_identity().device_id
    return load_encryption_key(folder, key_passphrase().for_keys(folder))


def public_encryption_key(hex_key: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(bytes.fromhex(hex_key))


PHOTO_CHUNK = 256 * 1024


def store_bundle_photos(ctx: AppContext, bundle: OpenedBundle) -> int:
    """Keep the bundle's photo files that an evidence record here names, streamed, inside the
    merge's transaction; a file no record names is not kept (the minimum of personal data).
    Already kept files are skipped, so the order bundles arrive in does not matter."""
    kept = 0
    for sha256 in bundle.blob_names():
        media_type = media_type_of(ctx.store, sha256)
        if media_type is None:
            continue
        size = bundle.manifest.members[lim.BLOB_PREFIX + sha256].size
        with bundle.open_blob(sha256) as content:
            kept += store_file(ctx.store, sha256, media_type, size,
                               iter(lambda: content.read(PHOTO_CHUNK), b""))
    return kept


@contextmanager
def work_folder(ctx: AppContext) -> Iterator[Path]:
    """A folder claimed in the installation's private temp folder for the files a bundle is
    built from, removed afterwards; a killed process leaves it to the next one's cleanup. A disk
    that refuses it is a refusal naming the temp folder."""
    temp = bundles_dir(ctx, "temp")
    with writing(temp):
        work = claim(temp)
    try:
        with writing(temp):
            folder = work.make_folder()
        yield folder
    finally:
        work.discard()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_file_part(name: str, fallback: str) -> str:
    """A name someone chose, as part of a file name safe on Windows and FAT sticks."""
    return _UNSAFE.sub("-", name).strip("-.")[:40] or fallback
