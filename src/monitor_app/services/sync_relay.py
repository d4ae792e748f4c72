"""A UGEL's bundle for its DRE: everything the UGEL holds that the DRE does not yet, each
change with its original device, seq and clocks (so gaps and cloned devices stay detectable up
there), with the UGEL's directory, whose schools are its jurisdiction at the DRE.

What the DRE has is what its bundles acknowledge: per device, the seq up to which it holds
every change (`upstream_acks`). A change kept without applying here (rejected, or waiting) goes
up too: the DRE judges it by the same rules and comes to the same verdict.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import monitor_app
from monitor_app.core.progress import Cancelled, Progress, never_cancelled, no_progress
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
from monitor_app.storage.change_replaces import REPLACES_SQL
from monitor_app.storage.device import encryption_public_key
from monitor_app.storage.directory_snapshot import write_snapshot
from monitor_app.storage.errors import writing
from monitor_app.storage.evidence_files import open_file
from monitor_app.storage.replies import office_reply_state
from monitor_app.storage.sync_registry import Office
from monitor_app.sync.bundle_build import BlobSource
from monitor_app.sync.bundle_writer import BundleInfo, write_bundle
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
