"""Bundles in parts, for e-mail and messaging apps: a finished export cut into parts; at the
importer, the parts kept as they arrive and, once every one is here, the whole imported like any
bundle (docs/bundle-format.md, "Parts for e-mail")."""

from __future__ import annotations

import hashlib
import os
import shutil
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Cancelled, checker, never_cancelled
from monitor_app.core.roles import OFFICE_ROLES
from monitor_app.services.context import AppContext
from monitor_app.services.sync_files import bundles_dir, work_folder
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_outcome import ImportOutcome, PartOutcome
from monitor_app.storage.errors import writing
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.sync_registry import (
    DeviceStatus,
    Outcome,
    find_device,
    load_office,
    merged_file,
)
from monitor_app.sync import bundle_parts as parts
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_parts import DamagedPiece, PartHeader, part_header, read_part
from monitor_app.sync.bundle_writer import BundleInfo, sync_folder
from monitor_app.sync.leftovers import claim, is_partial, remove_abandoned

MB = 1_000_000  # a mail client's megabyte; smaller than a MiB, so "N MB" holds either way
MIN_PART_BYTES = 10_000


@dataclass(frozen=True)
class PartsInfo:
    """An export written as parts: the whole as exported (kept only among the last exported)."""

    bundle: BundleInfo
    export_id: str
    part_limit: int
    parts: tuple[Path, ...]


# ---------------------------------------------------------------------------------- writing


def check_part_limit(part_limit: int, folder: Path) -> None:
    if part_limit < MIN_PART_BYTES:
        raise MonitorError(ErrorCode.PART_SIZE_TOO_SMALL, size_mb=f"{part_limit / MB:g}",
                           min_mb=f"{MIN_PART_BYTES / MB:g}")
    if not folder.is_dir():
        raise MonitorError(ErrorCode.PARTS_NEED_FOLDER, path=str(folder))


def split_bundle(whole: Path, folder: Path, part_limit: int, *, device_id: str,
                 signing_key: Ed25519PrivateKey,
                 cancelled: Cancelled = never_cancelled) -> tuple[str, tuple[Path, ...]]:
    """Cut the bundle file `whole` into parts of at most `part_limit` bytes in `folder`: each
    written under a temporary name, fsynced, read back and renamed. A failure or a cancel
    removes the parts this call wrote. Returns the export id and the parts, in order."""
    check = checker(cancelled)
    size = whole.stat().st_size
    chunk, count = parts.plan(size, part_limit)
    if count > parts.MAX_PARTS:
        raise MonitorError(ErrorCode.TOO_MANY_PARTS, size_mb=f"{part_limit / MB:g}",
                           whole_mb=f"{size / MB:.1f}", count=count, max=parts.MAX_PARTS)
    export_id = _sha256(whole)
    written: list[Path] = []
    try:
        with writing(folder), open(whole, "rb") as src:
            remove_abandoned(folder)
            for index in range(1, count + 1):
                check()
                header = parts.piece_header(
                    src, export_id=export_id, index=index, count=count, whole_size=size,
                    whole_name=whole.name, chunk_size=chunk, device_id=device_id,
                    signing_key=signing_key)
                target = folder / parts.part_name(whole.name, index, count)
                _write_part(target, header, src, signing_key)
                written.append(target)
            sync_folder(folder)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return export_id, tuple(written)


def _write_part(target: Path, header: PartHeader, src: Any, key: Ed25519PrivateKey) -> None:
    partial = claim(target.parent)
    try:
        with open(partial.path, "wb") as out:
            parts.write_part(out, header, src, key)
            out.flush()
            os.fsync(out.fileno())
        if read_part(partial.path)[0] != header:
            raise BundleRefused(BundleProblem.CORRUPT, "part read back differs")
        partial.move_to(target)
    except OSError as exc:  # name the part a person will look for, not our temporary file
        if exc.filename is None or is_partial(Path(exc.filename)):
            exc.filename = str(target)
        raise
    finally:
        partial.discard()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(parts.READ):
            digest.update(chunk)
    return digest.hexdigest()


# -------------------------------------------------------------------------------- importing

# Outcomes this process gave for parts of exports still waiting. When a later part of the same
# command completes the export, they are brought up to date: each part's line, and the exit
# code, then say how the export ended, not how it stood halfway through the command.
_WAITING: dict[tuple[str, str], list[weakref.ref[PartOutcome]]] = {}


def import_part(ctx: AppContext, path: Path, *, dry_run: bool = False,
                accept_clock: bool = False) -> PartOutcome:
    """Check one part and keep it under `<db>.bundles/parts/<export id>/`; when it was the last
    one missing, join the parts in the private temp folder and import the whole with
    `import_bundle` (every check of a bundle applies), then remove the parts. `dry_run`
    checks the part alone and keeps nothing (`verify`). A damaged part is refused and not
    kept; the parts kept before it stay."""
    identity = ctx.require_identity()
    try:
        header, raw = read_part(path)
    except BundleRefused as refusal:
        named = _about(path, refusal.header) if isinstance(refusal, DamagedPiece) else {}
        return PartOutcome(**{"file": path.name, **named}, outcome=Outcome.REFUSED,
                           reason=refusal.reason.value, detail=refusal.detail)
    about = _about(path, header)
    if identity.role in OFFICE_ROLES and (seen := merged_file(ctx.store, header.export_id)):
        if not dry_run:  # the whole merged earlier: anything still kept of it is spare
            shutil.rmtree(_folder(ctx, header), ignore_errors=True)
        return PartOutcome(**about, outcome=Outcome.ALREADY, reason="already_imported",
                           bundle_id=seen.bundle_id)
    wrong = _wrong_sender(ctx, header)
    if wrong is not None:
        return PartOutcome(**about, outcome=Outcome.REFUSED, reason=wrong)
    if dry_run:
        return PartOutcome(**about, outcome=Outcome.VERIFIED)
    folder = _folder(ctx, header)
    kept = _keep(folder, path, header, raw)
    if isinstance(kept, str):
        return PartOutcome(**about, outcome=Outcome.REFUSED, reason=kept)
    missing = _missing(folder, header.count)
    if not missing:
        return _join(ctx, folder, header, about, accept_clock, repeated=kept)
    return _waiting(ctx, PartOutcome(**about, outcome=Outcome.INCOMPLETE, missing=missing,
                                     repeated=kept, other_exports=_others(ctx, header)))


def _about(path: Path, header: PartHeader) -> dict[str, Any]:
    return {"file": path.name, "export_id": header.export_id, "whole_name": header.whole_name,
            "part": header.index, "count": header.count, "device_id": header.device_id,
            "fingerprint": fingerprint(header.signing_public_key)}


def _wrong_sender(ctx: AppContext, header: PartHeader) -> str | None:
    """Why a part's sender cannot be taken, judged on what the header claims (its signature
    already holds): the whole is judged again, fully, when every part is here."""
    identity = ctx.require_identity()
    if header.device_id == identity.device_id:
        return "own_bundle"
    if identity.role not in OFFICE_ROLES:  # a laptop takes bundles from its office only
        office = load_office(ctx.store)
        if office is None or office.device_id != header.device_id:
            return "not_from_office"
        return None if office.signing_public_key == header.signing_public_key else "key_mismatch"
    device = find_device(ctx.store, header.device_id)
    if device is None:
        return None  # held, like its whole, until a person approves the device
    if device.signing_public_key != header.signing_public_key:
        return "key_mismatch"
    return "revoked" if device.status is DeviceStatus.REVOKED else None


def _folder(ctx: AppContext, header: PartHeader) -> Path:
    return bundles_dir(ctx, "parts") / header.export_id


def _stored(folder: Path, index: int) -> Path:
    return folder / f"{index}{parts.FILE_SUFFIX}"


def _keep(folder: Path, path: Path, header: PartHeader, raw: bytes) -> bool | str:
    """Keep the part (False), or say it was kept before (True), or why it cannot be (a reason:
    it contradicts the parts kept of the same export)."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_abandoned(folder)
    target = _stored(folder, header.index)
    # The parts kept agree with one another (each was compared on arrival): one will do.
    sibling = next((p for p in folder.glob(f"*{parts.FILE_SUFFIX}") if p != target), None)
    for other in (target, sibling):
        if other is None or not other.is_file():
            continue
        try:
            kept = part_header(other)
        except BundleRefused:  # damaged where it is kept: it must be received again
            other.unlink(missing_ok=True)
            continue
        if kept == header:
            return True
        if kept.index == header.index or not kept.same_export(header):
            return "part_mismatch"
    copy = claim(folder)
    try:
        shutil.copyfile(path, copy.path)
        with open(copy.path, "rb+") as f:
            os.fsync(f.fileno())
        try:  # what is kept is checked again: the file may have changed since it was read
            if read_part(copy.path)[1] != raw:
                return "part_mismatch"
        except BundleRefused as refusal:
            return refusal.reason.value
        copy.move_to(target)
    finally:
        copy.discard()
    return False


def _missing(folder: Path, count: int) -> list[int]:
    return [i for i in range(1, count + 1) if not _stored(folder, i).is_file()]


def _others(ctx: AppContext, header: PartHeader) -> list[dict[str, Any]]:
    """Exports of the same device whose parts wait here too: parts of two exports never join,
    and a person who mixed them needs to see both."""
    found = []
    for folder in sorted(bundles_dir(ctx, "parts").iterdir()):
        if folder.name == header.export_id or not folder.is_dir():
            continue
        kept = next(iter(sorted(folder.glob(f"*{parts.FILE_SUFFIX}"))), None)
        try:
            other = part_header(kept) if kept is not None else None
        except BundleRefused:
            continue
        if other is not None and other.device_id == header.device_id:
            found.append({"export_id": other.export_id, "whole_name": other.whole_name,
                          "count": other.count, "missing": _missing(folder, other.count)})
    return found


def _join(ctx: AppContext, folder: Path, header: PartHeader, about: dict[str, Any],
          accept_clock: bool, repeated: bool) -> PartOutcome:
    """Every part is here: join them into the private temp folder, check the whole's SHA-256,
    import it, and remove the parts (the whole is then merged, or kept as any bundle is)."""
    with work_folder(ctx) as work:
        whole = work / header.whole_name
        digest = hashlib.sha256()
        with open(whole, "wb") as out:
            damaged = _copy_pieces(folder, header, _tee(digest, out))
        if damaged:  # a kept part went bad on this disk: it must be received again
            for index in damaged:
                _stored(folder, index).unlink(missing_ok=True)
            return _waiting(ctx, PartOutcome(**about, outcome=Outcome.INCOMPLETE,
                                             repeated=repeated,
                                             missing=_missing(folder, header.count)))
        if digest.hexdigest() != header.export_id:
            shutil.rmtree(folder, ignore_errors=True)
            return PartOutcome(**about, outcome=Outcome.REFUSED, reason="parts_do_not_join")
        result = import_bundle(ctx, whole, accept_clock=accept_clock)
    shutil.rmtree(folder, ignore_errors=True)
    outcome = PartOutcome(**about, repeated=repeated, outcome=result.outcome)
    _take_whole(outcome, result, completed_by=outcome.file)
    _settle(ctx, outcome, result)
    return outcome


def _tee(digest: Any, out: Any) -> Callable[[bytes], None]:
    def take(data: bytes) -> None:
        digest.update(data)
        out.write(data)

    return take


def _copy_pieces(folder: Path, header: PartHeader, sink: Callable[[bytes], None]) -> list[int]:
    """Each kept part checked again while its piece is copied; the indexes found damaged."""
    for index in range(1, header.count + 1):
        try:
            kept, _ = read_part(_stored(folder, index), sink)
        except BundleRefused:
            return [index]
        if kept.index != index or not kept.same_export(header):
            return [index]
    return []


def _take_whole(outcome: PartOutcome, whole: ImportOutcome, completed_by: str) -> None:
    outcome.outcome, outcome.reason, outcome.detail = whole.outcome, whole.reason, whole.detail
    outcome.counts, outcome.reference = whole.counts, whole.reference
    outcome.records_changed = whole.records_changed
    for name in ("bundle_id", "device_id", "device_name", "role", "fingerprint"):
        if getattr(whole, name):  # a whole refused unread names no device: the part's stays
            setattr(outcome, name, getattr(whole, name))
    outcome.missing, outcome.completed_by = [], completed_by


def _waiting(ctx: AppContext, outcome: PartOutcome) -> PartOutcome:
    refs = _WAITING.setdefault((str(ctx.path), outcome.export_id), [])
    refs[:] = [ref for ref in refs if ref() is not None]
    refs.append(weakref.ref(outcome))
    return outcome


def _settle(ctx: AppContext, completing: PartOutcome, whole: ImportOutcome) -> None:
    """The earlier outcomes of this export's parts take the whole's; others waiting stop
    listing this export as one that waits."""
    for ref in _WAITING.pop((str(ctx.path), completing.export_id), []):
        earlier = ref()
        if earlier is not None:
            _take_whole(earlier, whole, completed_by=completing.file)
    for (db, _), refs in _WAITING.items():
        for ref in refs:
            other = ref()
            if db == str(ctx.path) and other is not None:
                other.other_exports = [o for o in other.other_exports
                                       if o["export_id"] != completing.export_id]
