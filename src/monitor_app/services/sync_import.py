"""Importing bundles. At the office: a device's bundle, checked whole before one merge
transaction. On a laptop: its office's reference bundle (directory, acknowledgements)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core import hlc
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import OFFICE_ROLES, UPPER_OFFICES, Role, Scope, sender_refusal
from monitor_app.services.backups import backup_before_bundles
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import missing_photos
from monitor_app.services.inconsistencies import count_inconsistencies
from monitor_app.services.merged_copies import keep_merged
from monitor_app.services.reporting import refresh_after_import
from monitor_app.services.sync_files import (
    SCHEMA_VERSION,
    bundles_dir,
    encryption_key,
    keep_copy,
    store_bundle_photos,
)
from monitor_app.services.sync_outcome import ImportOutcome, file_sha256, seen_before
from monitor_app.services.sync_reference import (
    REFERENCE,
    REPLY,
    apply_from_office,
    check_from_office,
)
from monitor_app.services.sync_relay import RELAY, merge_relay, office_writers
from monitor_app.storage.change_replaces import save_replaces
from monitor_app.storage.changes import load_last_hlc
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.replies import ReplyState, acknowledge_reply, learn_encryption_key
from monitor_app.storage.schools import school_services
from monitor_app.storage.turns import lock_devices, retried
from monitor_app.storage.sync_registry import (
    BundleRecord,
    Device,
    DeviceStatus,
    Outcome,
    find_bundle,
    find_device,
    hold_device,
    load_office,
    record_bundle,
)
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.admission import Admission
from monitor_app.sync.bundle_errors import BundleRefused
from monitor_app.sync.bundle_parts import looks_like_part
from monitor_app.sync.bundle_reader import OpenedBundle, open_bundle
from monitor_app.sync.conflicts import list_conflicts
from monitor_app.sync.merge import ClonedDevice, merge_rows
from monitor_app.sync.replaced_blob import read_replaced

MAX_DRIFT_MS = 24 * 3600 * 1000  # a clock further ahead than this is held for a person to accept
FOLLOW_AHEAD_MS = 3600 * 1000  # how far ahead of its own wall clock the office's clock follows


def _outcome(ctx: AppContext, path: Path, bundle: OpenedBundle, outcome: Outcome,
             reason: str, detail: str = "", kept: str | None = None) -> ImportOutcome:
    """The outcome as reported, after recording it (the latest outcome of each bundle)."""
    manifest = bundle.manifest
    with ctx.transaction():
        record_bundle(ctx.store, BundleRecord(
            bundle.bundle_id, manifest.device_id, path.name, manifest.seq_from,
            manifest.seq_to, ctx.now_iso(), outcome, reason, kept, photos=photos_in(bundle)))
    return _describe(path, bundle, _Decision(outcome, reason, detail))


def _set_aside(ctx: AppContext, path: Path, bundle: OpenedBundle, decision: _Decision) -> ImportOutcome:
    folder = {Outcome.HELD: "held", Outcome.QUARANTINED: "quarantine"}.get(decision.outcome, "rejected")
    kept = keep_copy(ctx, path, folder, f"{bundle.bundle_id[:16]}-{path.name}")
    if decision.reason == "unknown_device" and find_device(ctx.store, bundle.manifest.device_id) is None:
        manifest = bundle.manifest
        with ctx.transaction():
            hold_device(ctx.store, Device(
                manifest.device_id, manifest.role, str(manifest.extra.get("device_name", "")),
                manifest.scope, manifest.signing_public_key, DeviceStatus.HELD, ctx.now_iso(), ctx.now_iso()))
    return _outcome(ctx, path, bundle, decision.outcome, decision.reason, decision.detail, str(kept))


@dataclass(frozen=True)
class _Decision:
    """What the checks before a merge decided; `outcome` None means: merge it."""

    outcome: Outcome | None
    reason: str = ""
    detail: str = ""


def _decide(ctx: AppContext, bundle: OpenedBundle, accept_clock: bool = False) -> _Decision:
    """Everything decided before the merge, reading only: known, enrolled, in time, in schema,
    in scope. The envelope, signature and hashes were checked when the bundle was opened."""
    manifest = bundle.manifest
    if manifest.device_id == ctx.require_identity().device_id:
        return _Decision(Outcome.REFUSED, "own_bundle")
    if manifest.extra.get("kind") in (REFERENCE, REPLY):
        return _Decision(Outcome.REFUSED, "reference_bundle", "import it on a laptop")
    if manifest.schema_version > SCHEMA_VERSION:
        return _Decision(Outcome.QUARANTINED, "newer_schema")
    previous = find_bundle(ctx.store, bundle.bundle_id)
    if previous is not None and previous.outcome is Outcome.MERGED:
        return _Decision(Outcome.ALREADY, "already_imported")
    foreign = _outside_jurisdiction(ctx, manifest.role, manifest.scope)
    if foreign is not None:
        return foreign
    device = find_device(ctx.store, manifest.device_id)
    if device is None or device.status is DeviceStatus.HELD:
        return _Decision(Outcome.HELD, "unknown_device")
    if device.signing_public_key != manifest.signing_public_key:
        return _Decision(Outcome.REFUSED, "key_mismatch")
    if device.status is DeviceStatus.REVOKED:
        return _Decision(Outcome.REFUSED, "revoked")
    if (manifest.role, manifest.scope) != (device.role, device.scope):
        return _Decision(Outcome.REFUSED, "out_of_scope", "scope differs from enrolment")
    if not accept_clock and hlc.wall_ms_of(manifest.hlc_to) > ctx.wall_ms() + MAX_DRIFT_MS:
        return _Decision(Outcome.QUARANTINED, "clock_ahead")
    return _Decision(None)


def _outside_jurisdiction(ctx: AppContext, role: Role, scope: Scope) -> _Decision | None:
    """A UGEL's jurisdiction is its own directory: a device of another UGEL, or a director of a
    school this directory lacks, is refused (not held: approving it could not make it ours)."""
    identity = ctx.require_identity()
    refusal = sender_refusal(identity.role, role)  # each level talks to the next one only
    if refusal is not None:
        return _Decision(Outcome.REFUSED, refusal)
    if identity.role in UPPER_OFFICES:
        return None
    office = identity.scope.ugel
    if scope.ugel != office:
        return _Decision(Outcome.REFUSED, "foreign_ugel", f"UGEL {scope.ugel} ≠ {office}")
    if scope.cod_mod is not None and not school_services(ctx.store, scope.cod_mod):
        return _Decision(Outcome.REFUSED, "school_not_in_directory", f"IE {scope.cod_mod}")
    return None


def _scope_of(ctx: AppContext) -> Callable[[str], Scope | None]:
    """The scope each change's writer had at enrolment: this office's own, or an approved
    device's (a revoked or held device writes nothing more)."""
    identity = ctx.require_identity()

    def scope_of(device_id: str) -> Scope | None:
        if device_id == identity.device_id:
            return identity.scope
        device = find_device(ctx.store, device_id)
        return device.scope if device and device.status is DeviceStatus.APPROVED else None

    return functools.cache(scope_of)


def _replaced_blob(bundle: OpenedBundle) -> str | None:
    named = bundle.manifest.extra.get("replaced")
    blob = named.get("blob") if isinstance(named, dict) else None
    return blob if isinstance(blob, str) else None


def photos_in(bundle: OpenedBundle) -> int:
    """The photo files a bundle carries: its blobs but the one naming replaced changes."""
    replaced = _replaced_blob(bundle)
    return sum(name != replaced for name in bundle.blob_names())


def _keep_replaced(ctx: AppContext, bundle: OpenedBundle) -> None:
    """The changes the bundle's changes name as replaced (its own device's, in its range)."""
    manifest = bundle.manifest
    blob = _replaced_blob(bundle)
    if blob is None or blob not in bundle.blob_names():
        return
    with bundle.open_blob(blob) as stream:
        rows = [(manifest.device_id, seq, device, replaced)
                for seq, device, replaced in read_replaced(stream)
                if manifest.seq_from <= seq <= manifest.seq_to]
    save_replaces(ctx.store.conn, rows)


def _remember_replies(ctx: AppContext, bundle: OpenedBundle) -> None:
    """What the device's bundle says about replies: the key to encrypt them to, and how far it
    has them (`storage/replies.py`)."""
    manifest = bundle.manifest
    key = manifest.extra.get("encryption_public_key")
    if isinstance(key, str) and lim.SHA256_HEX.fullmatch(key):  # 32 bytes as hex, like a digest
        learn_encryption_key(ctx.store.conn, manifest.device_id, key)
    state = ReplyState.from_json(manifest.extra.get("reply_acked"))
    if state is not None:
        acknowledge_reply(ctx.store.conn, manifest.device_id, state)


def _merge(ctx: AppContext, path: Path, bundle: OpenedBundle, file_sha256: str) -> ImportOutcome:
    manifest = bundle.manifest
    # The copy a restored office merges again, kept first: a disk too full for it refuses the
    # import whole, before anything is merged.
    kept = keep_merged(ctx, path, bundle.bundle_id)
    try:
        with ctx.transaction():
            lock_devices(ctx.store.conn, [manifest.device_id])  # its bundles one at a time
            if manifest.extra.get("kind") == RELAY:
                result = merge_relay(ctx, bundle)
            else:
                result = merge_rows(ctx.store, manifest.device_id, bundle.rows(),
                                    admission=Admission(ctx.store, _scope_of(ctx),
                                                        is_office=office_writers(ctx)))
                _keep_replaced(ctx, bundle)
            photos = store_bundle_photos(ctx, bundle)
            _remember_replies(ctx, bundle)
            stamp = hlc.receive(load_last_hlc(ctx.store), result.max_hlc, ctx.wall_ms(),
                                follow_ahead_ms=FOLLOW_AHEAD_MS)
            ctx.store.conn.execute("UPDATE clock SET last_hlc = ? WHERE id = 1", [stamp])
            record_bundle(ctx.store, BundleRecord(
                bundle.bundle_id, manifest.device_id, path.name, manifest.seq_from,
                manifest.seq_to, ctx.now_iso(), Outcome.MERGED, "", None, file_sha256,
                photos_in(bundle)))
    except ClonedDevice as clone:
        kept.unlink(missing_ok=True)
        return _set_aside(ctx, path, bundle,
                          _Decision(Outcome.QUARANTINED, "cloned_device", f"seq {clone.seq}"))
    except BaseException:
        kept.unlink(missing_ok=True)
        raise
    refresh_after_import(ctx, result)  # a PostgreSQL station's stored checklists (reporting)
    outcome = _describe(path, bundle, _Decision(Outcome.MERGED))
    outcome.counts = {"new": result.new, "updated": result.applied, "unchanged": result.unchanged,
                      "lost": result.lost, "rejected": result.rejected,
                      "pending": result.pending, "released": result.released,
                      "conflicts": len(list_conflicts(ctx.store)),
                      "photos": photos, "photos_missing": len(missing_photos(ctx)),
                      "inconsistencies": count_inconsistencies(ctx)}
    return outcome


def _refused(ctx: AppContext, path: Path, refusal: BundleRefused, dry_run: bool) -> ImportOutcome:
    if not dry_run:
        keep_copy(ctx, path, "rejected", path.name)
    return ImportOutcome(file=path.name, outcome=Outcome.REFUSED, reason=refusal.reason.value,
                         detail=refusal.detail)


def import_bundle(ctx: AppContext, path: Path, *, dry_run: bool = False,
                  accept_clock: bool = False) -> ImportOutcome:
    """One bundle's outcome; `dry_run` checks everything and merges nothing (`verify`).
    `accept_clock`: a person looked at a bundle quarantined for a clock far ahead and accepts it
    (its edits will then win over later ones until the office's clock catches up)."""
    identity = ctx.require_identity()
    path = Path(path)
    if not path.is_file():
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    if looks_like_part(path):  # one part of a bundle sent in parts: the whole comes back here
        from monitor_app.services.sync_parts import import_part  # it imports this module

        return import_part(ctx, path, dry_run=dry_run, accept_clock=accept_clock)
    file_sha = file_sha256(path)
    if (seen := seen_before(ctx, path, file_sha)) is not None:
        return seen
    try:
        with open_bundle(path, decryption_keys=[encryption_key(ctx)],
                         temp_dir=bundles_dir(ctx, "temp"),
                         lines_parsed_later=not dry_run) as bundle:
            if _from_own_office(ctx, bundle):
                check_from_office(ctx, path, bundle)
                if dry_run:
                    return ImportOutcome(file=path.name, outcome=Outcome.VERIFIED)
                backup_before_bundles(ctx)
                counts, kinds = apply_from_office(ctx, bundle)
                return ImportOutcome(file=path.name, outcome=Outcome.MERGED, counts=counts,
                                     reference=True, records_changed=kinds,
                                     role=bundle.manifest.role.value)
            decision = _decide(ctx, bundle, accept_clock)
            if dry_run:
                verified = _Decision(decision.outcome or Outcome.VERIFIED, decision.reason,
                                     decision.detail)
                return _describe(path, bundle, verified)
            if decision.outcome is Outcome.ALREADY:
                return _describe(path, bundle, decision)
            if decision.outcome is not None:
                return _set_aside(ctx, path, bundle, decision)
            backup_before_bundles(ctx)
            return retried(lambda: _merge(ctx, path, bundle, file_sha))
    except BundleRefused as refusal:
        return _refused(ctx, path, refusal, dry_run)


def _from_own_office(ctx: AppContext, bundle: OpenedBundle) -> bool:
    """Whether the bundle is for the office-to-field path: everything at a laptop; at a UGEL
    joined to its DRE, the DRE's reference bundles and replies."""
    if ctx.require_identity().role not in OFFICE_ROLES:
        return True
    return (bundle.manifest.extra.get("kind") in (REFERENCE, REPLY)
            and load_office(ctx.store) is not None)


def _describe(path: Path, bundle: OpenedBundle, decision: _Decision) -> ImportOutcome:
    manifest = bundle.manifest
    return ImportOutcome(
        file=path.name, outcome=decision.outcome or Outcome.VERIFIED, reason=decision.reason,
        detail=decision.detail, bundle_id=bundle.bundle_id, device_id=manifest.device_id,
        device_name=str(manifest.extra.get("device_name", "")), role=manifest.role.value,
        fingerprint=fingerprint(manifest.signing_public_key))


def manifest_of(ctx: AppContext, path: Path) -> dict[str, object]:
    """A bundle's manifest as JSON (for `verify --json`), after the same checks as import."""
    with open_bundle(Path(path), decryption_keys=[encryption_key(ctx)],
                     temp_dir=bundles_dir(ctx, "temp")) as bundle:
        return {"bundle_id": bundle.bundle_id, **bundle.manifest.to_json()}
