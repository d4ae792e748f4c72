"""A laptop's bundle: every change the office has not acknowledged, and the photos those
changes attach, encrypted to the office."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import monitor_app
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Cancelled, Progress, never_cancelled, no_progress
from monitor_app.core.roles import OFFICE_ROLES
from monitor_app.services.context import AppContext
from monitor_app.services.demo_install import refuse_demo
from monitor_app.services.sync_files import (
    SCHEMA_VERSION,
    bundles_dir,
    public_encryption_key,
    signing_key,
    work_folder,
)
from monitor_app.services.outbox import keep_in_outbox
from monitor_app.services.sync_relay import export_relay
from monitor_app.services.sync_status import record_export
from monitor_app.services.sync_parts import PartsInfo, check_part_limit, split_bundle
from monitor_app.storage.change_replaces import replaces_after
from monitor_app.storage.changes import next_seq
from monitor_app.storage.device import encryption_public_key
from monitor_app.storage.errors import writing
from monitor_app.storage.evidence_files import files_sent_with, open_file
from monitor_app.storage.replies import office_reply_state
from monitor_app.storage.sync_registry import load_office
from monitor_app.sync.bundle_build import BlobSource
from monitor_app.sync.bundle_writer import BundleInfo, bundle_file_name, write_bundle
from monitor_app.sync.change import device_rows
from monitor_app.sync.replaced_blob import write_replaced


def _photos(ctx: AppContext, device_id: str, after_seq: int) -> Iterator[tuple[str, BlobSource]]:
    """The photo files the exported changes attach, each opened from the database only when it
    is written. The writer asks for them after the last change, so a photo attached meanwhile
    by another program is carried rather than left behind without its file."""
    for sha256 in files_sent_with(ctx.store, device_id, after_seq):
        yield sha256, lambda sha256=sha256: open_file(ctx.store, sha256)


def export_bundle(ctx: AppContext, out: Path, *, photos: bool = False,
                  progress: Progress = no_progress,
                  cancelled: Cancelled = never_cancelled) -> BundleInfo:
    """Write the bundle to `out` (a file, or a folder to put it in), atomically and verified.
    Exporting never advances the acknowledgement: only an office bundle does. The bundle names
    the key the office's replies are encrypted to, how far this laptop has them, and the changes
    each exported change replaced (`sync/replaced_blob.py`). An installation that has not
    joined its office has no key to encrypt to, and exports nothing. `progress`
    counts changes, then photos. A disk that refuses the bundle (full, read-only, gone) is a
    refusal naming it; nothing half-written stays (write_bundle)."""
    identity = ctx.require_identity()
    refuse_demo(ctx)
    office = load_office(ctx.store)
    if office is None:  # field data never leaves unencrypted (Ley 29733)
        raise MonitorError(ErrorCode.NOT_JOINED)
    if identity.role in OFFICE_ROLES:  # an office exports for the one above (`photos`: theirs too)
        return export_relay(ctx, office, out, photos=photos, progress=progress,
                            cancelled=cancelled)
    acked = office.acked_seq
    last = next_seq(ctx.store, identity.device_id) - 1
    target = Path(out)
    if target.is_dir():
        first = min(acked + 1, last) if last else 0
        target = target / bundle_file_name(identity.role.value, identity.device_id, first, last)
    key, photos = signing_key(ctx), files_sent_with(ctx.store, identity.device_id, acked)
    extra: dict[str, Any] = {
        "kind": "device", "device_name": identity.name,
        "encryption_public_key": encryption_public_key(ctx.store),
        "reply_acked": office_reply_state(ctx.store.conn).to_json()}
    with work_folder(ctx) as folder:
        with writing(folder):
            replaced = write_replaced(
                replaces_after(ctx.store.conn, identity.device_id, acked), folder)
        blobs: Iterable[tuple[str, BlobSource]] = _photos(ctx, identity.device_id, acked)
        if replaced is not None:
            extra["replaced"] = {"blob": replaced[0], "names": replaced[2]}
            blobs = itertools.chain([replaced[:2]], blobs)
        with writing(target):
            info = write_bundle(
                target,
                device_id=identity.device_id,
                role=identity.role,
                scope=identity.scope,
                schema_version=SCHEMA_VERSION,
                app_version=monitor_app.__version__,
                changes=device_rows(ctx.store, identity.device_id, after_seq=acked),
                blobs=blobs,
                signing_key=key,
                recipients=[public_encryption_key(office.encryption_public_key)],
                extra=extra,
                temp_dir=bundles_dir(ctx, "temp"),
                progress=progress,
                cancelled=cancelled,
                total=max(last - acked, 0) + len(photos),
            )
    keep_in_outbox(ctx, info)
    record_export(ctx, info)
    return info


def export_in_parts(ctx: AppContext, folder: Path, part_limit: int, *,
                    progress: Progress = no_progress,
                    cancelled: Cancelled = never_cancelled) -> PartsInfo:
    """The export as parts of at most `part_limit` bytes each, written into `folder`, for
    e-mail and messaging apps (services/sync_parts.py). The whole is written first into the
    installation's private temp folder and kept among the last exported, like any export;
    only the parts reach `folder`."""
    check_part_limit(part_limit, folder)
    with work_folder(ctx) as work:
        info = export_bundle(ctx, work, progress=progress, cancelled=cancelled)
        export_id, parts = split_bundle(info.path, folder, part_limit,
                                        device_id=ctx.require_identity().device_id,
                                        signing_key=signing_key(ctx), cancelled=cancelled)
    return PartsInfo(info, export_id, part_limit, parts)
