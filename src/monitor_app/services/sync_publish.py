"""The office's reference bundle: its identity and keys, the directory, the instruments and
catalogues, acknowledgements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import monitor_app
from monitor_app.core import codes
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext
from monitor_app.services.sync_files import SCHEMA_VERSION, bundles_dir, signing_key, work_folder
from monitor_app.services.sync_reference import REFERENCE
from monitor_app.storage.changes import load_last_hlc
from monitor_app.storage.device import encryption_public_key
from monitor_app.storage.directory_snapshot import write_snapshot
from monitor_app.storage.errors import writing
from monitor_app.storage.reference_snapshot import write_reference_data
from monitor_app.storage.sync_registry import DeviceStatus, list_devices
from monitor_app.sync.bundle_build import BlobSource
from monitor_app.sync.bundle_writer import BundleInfo, write_bundle
from monitor_app.sync.gaps import gaps


def office_acknowledgements(ctx: AppContext) -> dict[str, int]:
    """Per approved device, the highest seq up to which the office holds every change."""
    approved = {d.device_id for d in list_devices(ctx.store) if d.status is DeviceStatus.APPROVED}
    return {g.device_id: g.high_water for g in gaps(ctx.store) if g.device_id in approved}


def office_identity(ctx: AppContext) -> dict[str, str]:
    """Who the office is, as its bundles say it (checked against their signature)."""
    identity = ctx.require_identity()
    return {"device_id": identity.device_id, "name": identity.name, "ugel": identity.scope.ugel,
            "signing_public_key": identity.public_key_hex,
            "encryption_public_key": encryption_public_key(ctx.store)}


def publish_bundle(ctx: AppContext, out: Path, *, school: str | None = None) -> BundleInfo:
    """Signed, not encrypted (a laptop joins with it before the office knows its key). The
    directory and reference data are written to a folder claimed in the installation's private
    temp folder, so a killed publish leaves nothing the next one does not remove. A disk that
    refuses the bundle is a refusal naming it (or the temp folder); nothing half-written stays."""
    identity = ctx.require_office("publish")
    cod_mod = codes.cod_mod(school) if school else None
    temp = bundles_dir(ctx, "temp")
    with work_folder(ctx) as folder:
        with writing(temp):
            digest, snapshot, rows = write_snapshot(ctx.store, folder, cod_mod)
            data_digest, data_file, data_counts = write_reference_data(ctx.store, folder)
        extra: dict[str, Any] = {
            "kind": REFERENCE,
            "office": office_identity(ctx),
            "reference_data": {"blob": data_digest, **data_counts},
            "acks": office_acknowledgements(ctx),
            "office_hlc": load_last_hlc(ctx.store),
        }
        blobs: list[tuple[str, BlobSource]] = [(data_digest, data_file)]
        if identity.role is Role.UGEL:  # a DRE's UGELs keep the directory they are the source of
            extra["directory"] = {"blob": digest, "rows": rows, "school": cod_mod}
            blobs.append((digest, snapshot))
        with writing(Path(out)):
            return write_bundle(
                Path(out), device_id=identity.device_id, role=identity.role,
                scope=identity.scope, schema_version=SCHEMA_VERSION,
                app_version=monitor_app.__version__, changes=(),
                blobs=blobs,
                signing_key=signing_key(ctx), extra=extra, temp_dir=temp,
            )
