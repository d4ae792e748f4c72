"""A UGEL's bundle for its DRE (a relay), written at the UGEL and merged at the DRE: everything
the UGEL holds that the DRE does not yet, each change with its original device, seq and clocks
(so gaps and cloned devices stay detectable up there), with the UGEL's directory, whose schools
are its jurisdiction at the DRE. A DRE's relay to the national station is the same, one level
up, and names the UGEL stations whose office-only changes (assignments) it applied.

What the DRE has is what its bundles acknowledge: per device, the seq up to which it holds
every change (`upstream_acks`). A change kept without applying here (rejected, or waiting) goes
up too: the DRE judges it by the same rules and comes to the same verdict.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import monitor_app
from monitor_app.core.progress import Cancelled, Progress, never_cancelled, no_progress
from monitor_app.core.roles import OFFICE_ROLES, office_below
from monitor_app.services.context import AppContext
from monitor_app.services.sync_files import (
    SCHEMA_VERSION,
    bundles_dir,
    keep_exported,
    public_encryption_key,
    safe_file_part,
    signing_key,
    work_folder,
)
from monitor_app.services.sync_reference import relayed_blob_names, relayed_rows
from monitor_app.storage.change_replaces import REPLACES_SQL, ReplacesRow, save_replaces
from monitor_app.storage.device import encryption_public_key
from monitor_app.storage.directory_snapshot import apply_snapshot, write_snapshot
from monitor_app.storage.errors import writing
from monitor_app.storage.evidence_files import open_file
from monitor_app.storage.jurisdictions import (
    holds_place,
    note_origins,
    origin_of,
    replace_jurisdiction,
)
from monitor_app.storage.replies import office_reply_state
from monitor_app.storage.sync_registry import DeviceStatus, Office, find_device, list_devices
from monitor_app.sync.admission import Admission, PlaceKey, PlaceProblem
from monitor_app.sync.bundle_build import BlobSource
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_reader import OpenedBundle
from monitor_app.sync.bundle_writer import BundleInfo, write_bundle
from monitor_app.sync.merge import MergeResult, merge_relayed
from monitor_app.sync.relayed import RelayedRow, write_relayed

RELAY = "relay"
_NOT_UPSTREAM = (
    f"SELECT changes.device_id, changes.seq, tbl, pk, col, value, hlc, base_hlc, {REPLACES_SQL} "
    "FROM changes LEFT JOIN upstream_acks u ON u.device_id = changes.device_id "
    "WHERE changes.seq > coalesce(u.seq, 0) ORDER BY changes.device_id, changes.seq")
_PHOTOS = ("SELECT DISTINCT e.sha256 FROM evidence e JOIN evidence_files f ON f.sha256 = e.sha256 "
           "WHERE e._deleted = 0 AND e.id IN (SELECT pk FROM changes c "
           "LEFT JOIN upstream_acks u ON u.device_id = c.device_id "
           "WHERE c.tbl = 'evidence' AND c.seq > coalesce(u.seq, 0)) ORDER BY e.sha256")


def relay_file_name(ctx: AppContext) -> str:
    identity = ctx.require_identity()
    return f"relevo-{safe_file_part(identity.name, 'ugel')}-{identity.device_id[-8:]}.mcbundle"


def export_relay(ctx: AppContext, office: Office, out: Path, *, photos: bool = False,
                 progress: Progress = no_progress,
                 cancelled: Cancelled = never_cancelled) -> BundleInfo:
    """Write the UGEL's bundle for its DRE (`out`: a file, or a folder to put it in), signed
    and encrypted to the DRE, with the photos of the evidence it carries when `photos`."""
    identity = ctx.require_identity()
    target = Path(out) / relay_file_name(ctx) if Path(out).is_dir() else Path(out)
    with work_folder(ctx) as folder:
        with writing(folder):
            rows: Iterator[RelayedRow] = ctx.store.conn.execute(_NOT_UPSTREAM)
            relayed = write_relayed(rows, folder)
            dir_digest, dir_file, dir_rows = write_snapshot(ctx.store, folder, None)
        files = [sha for (sha,) in ctx.store.conn.execute(_PHOTOS)] if photos else []
        blobs: list[tuple[str, BlobSource]] = [(d, p) for d, p, _ in relayed]
        blobs += [(dir_digest, dir_file)]
        blobs += [(sha, lambda sha=sha: open_file(ctx.store, sha)) for sha in files]
        extra: dict[str, Any] = {
            "kind": RELAY, "device_name": identity.name,
            "encryption_public_key": encryption_public_key(ctx.store),
            "reply_acked": office_reply_state(ctx.store.conn).to_json(),
            "relayed": {"blobs": [d for d, _, _ in relayed],
                        "changes": sum(n for _, _, n in relayed)},
            "directory": {"blob": dir_digest, "rows": dir_rows, "school": None},
            "offices": _approved_offices(ctx),
        }
        with writing(target):
            info = write_bundle(
                target, device_id=identity.device_id, role=identity.role, scope=identity.scope,
                schema_version=SCHEMA_VERSION, app_version=monitor_app.__version__, changes=(),
                blobs=blobs, signing_key=signing_key(ctx),
                recipients=[public_encryption_key(office.encryption_public_key)], extra=extra,
                temp_dir=bundles_dir(ctx, "temp"), progress=progress, cancelled=cancelled)
    keep_exported(ctx, info.path)
    return info


def _approved_offices(ctx: AppContext) -> list[str]:
    """The office stations this one took bundles from and approved (a DRE's UGELs): their
    assignments were applied here, so the office above applies them too."""
    return sorted(device.device_id for device in list_devices(ctx.store)
                  if device.status is DeviceStatus.APPROVED and device.role in OFFICE_ROLES)


def _vouched_offices(bundle: OpenedBundle) -> frozenset[str]:
    """The offices a DRE's relay names. A UGEL's is not heard: its senders are laptops, and
    naming one would apply up here an assignment the UGEL itself rejected."""
    named = bundle.manifest.extra.get("offices")
    if office_below(bundle.manifest.role) is None or not isinstance(named, list):
        return frozenset()
    return frozenset(device for device in named if isinstance(device, str))


def in_jurisdiction(ctx: AppContext, ugel: str) -> PlaceProblem:
    """At a DRE: the places a UGEL may write at, and its replies may carry (its schools)."""
    conn = ctx.store.conn

    def problem(device_id: str, place: PlaceKey) -> str | None:
        return None if holds_place(conn, ugel, place) else "out_of_scope"

    return problem


def office_writers(ctx: AppContext,
                   vouched: frozenset[str] = frozenset()) -> Callable[[str], bool]:
    """Whose changes to the kinds only an office writes (assignments) an import applies: this
    office's own, at a DRE its approved UGEL stations', and at the national station those the
    relaying DRE approved (`vouched`: their places are still judged by the DRE's jurisdiction)."""
    identity = ctx.require_identity()

    def is_office(device_id: str) -> bool:
        if device_id == identity.device_id or device_id in vouched:
            return True
        device = find_device(ctx.store, device_id)
        return (device is not None and device.status is DeviceStatus.APPROVED
                and device.role in OFFICE_ROLES)

    return functools.cache(is_office)


def _through_ugel(ctx: AppContext, ugel: str) -> PlaceProblem:
    """At a DRE: a device writes where the UGEL its changes come through (the first that relayed
    that device) holds the place."""
    conn = ctx.store.conn

    def problem(device_id: str, place: PlaceKey) -> str | None:
        via = origin_of(conn, device_id)
        if via is None:
            note_origins(conn, ugel, [device_id])
            # a concurrent import may have noted another UGEL first: the note waited for it
            # to commit and kept its UGEL, so read back which one holds (D50)
            via = origin_of(conn, device_id) or ugel
        return in_jurisdiction(ctx, via)(device_id, place)

    return problem


def merge_relay(ctx: AppContext, bundle: OpenedBundle) -> MergeResult:
    """At a DRE, inside the import's transaction: the relay's directory first (the UGEL's
    jurisdiction here), then the changes of all its devices, each judged against the
    jurisdiction of the UGEL it comes through."""
    ugel = bundle.manifest.device_id
    directory = bundle.manifest.extra.get("directory")
    blob = directory.get("blob") if isinstance(directory, dict) else None
    if not isinstance(blob, str) or blob not in bundle.blob_names():
        raise BundleRefused(BundleProblem.CORRUPT, "relay without its directory")
    names = relayed_blob_names(bundle)
    try:
        with bundle.open_blob(blob) as stream:
            applied = apply_snapshot(ctx.store, stream)
    except (ValueError, TypeError, KeyError, OSError, EOFError) as exc:
        raise BundleRefused(BundleProblem.CORRUPT, f"directory: {exc}") from None
    replace_jurisdiction(ctx.store.conn, ugel, applied.schools)
    named: list[ReplacesRow] = []
    result = merge_relayed(ctx.store, relayed_rows(bundle, names, named),
                           admission=Admission(ctx.store, lambda _: None, _through_ugel(ctx, ugel),
                                               is_office=office_writers(
                                                   ctx, _vouched_offices(bundle))),
                           source=ugel)
    save_replaces(ctx.store.conn, named)
    return result
