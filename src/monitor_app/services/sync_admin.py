"""The merge station's reviews: enrolling and revoking devices, closing conflicts, gaps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kinds import KINDS
from monitor_app.core.validation import DELETED, field_value
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.sync_registry import (
    Device,
    DeviceStatus,
    find_device,
    held_bundles,
    list_devices,
    set_device_status,
)
from monitor_app.sync.conflicts import Conflict, list_conflicts, resolution_base


def devices(ctx: AppContext) -> list[Device]:
    ctx.require_identity()
    return list_devices(ctx.store)


def _set_status(ctx: AppContext, device_id: str, status: DeviceStatus, action: str, *,
                reinstate: bool = False) -> Device:
    """The device after the change; a status it already has is left alone (and its date).
    A revoked device is approved again only with `reinstate` (DEVICE_REVOKED)."""
    ctx.require_office(action)
    device = find_device(ctx.store, device_id)
    if device is None:
        raise MonitorError(ErrorCode.DEVICE_NOT_FOUND, device=device_id)
    if device.status is status:
        return device
    if device.status is DeviceStatus.REVOKED and not reinstate:
        raise MonitorError(ErrorCode.DEVICE_REVOKED, device=device_id)
    with ctx.transaction():
        set_device_status(ctx.store, device_id, status, ctx.now_iso())
    changed = find_device(ctx.store, device_id)
    assert changed is not None
    return changed


def approve_device(ctx: AppContext, device_id: str, *,
                   reinstate: bool = False) -> tuple[Device, list[Any]]:
    """Enrol a held device and merge the bundles held for it (oldest first). Approving is what
    a person does for every held device, so it must not quietly undo a revocation: a revoked
    device is enabled again only with `reinstate`. Approving an approved one changes nothing."""
    device = _set_status(ctx, device_id, DeviceStatus.APPROVED, "devices approve",
                         reinstate=reinstate)
    outcomes = [import_bundle(ctx, Path(record.kept_as))
                for record in held_bundles(ctx.store, device_id) if record.kept_as]
    return device, outcomes


def revoke_device(ctx: AppContext, device_id: str) -> Device:
    return _set_status(ctx, device_id, DeviceStatus.REVOKED, "devices revoke")


def refuse_device(ctx: AppContext, device_id: str) -> Device:
    """Refuse a held device whose key a person could not confirm: it is revoked before it was
    ever approved, its held bundles stay set aside unmerged, and its later bundles are refused.
    Only a held device is refused (DEVICE_NOT_HELD); an approved one is revoked."""
    ctx.require_office("devices refuse")
    device = find_device(ctx.store, device_id)
    if device is None:
        raise MonitorError(ErrorCode.DEVICE_NOT_FOUND, device=device_id)
    if device.status is not DeviceStatus.HELD:
        raise MonitorError(ErrorCode.DEVICE_NOT_HELD, device=device_id,
                           status=device.status.value)
    return _set_status(ctx, device_id, DeviceStatus.REVOKED, "devices refuse")


def conflicts(ctx: AppContext) -> list[Conflict]:
    ctx.require_identity()
    return list_conflicts(ctx.store)


def _valid(conflict: Conflict, value: Any) -> Any:
    """A reviewer's own value passes the same validation as any other write of that field."""
    kind = KINDS.get(conflict.table)
    spec = kind.field(conflict.column) if kind else None
    if spec is None:
        if conflict.column == DELETED and isinstance(value, bool):
            return value
        raise MonitorError(ErrorCode.UNKNOWN_FIELD, kind=conflict.table, field=conflict.column,
                           known="")
    return field_value(spec, value)


def resolve_conflict(ctx: AppContext, conflict_id: str, *, keep: str | None = None,
                     value_json: str | None = None) -> Changes:
    """Close a conflict with one of its values (`keep`: "DEVICE:SEQ") or a new one (JSON), written
    as a change that names every side as replaced (and whose base clock covers them), so every
    replica closes it too."""
    ctx.require_office("conflicts resolve")
    found = next((c for c in list_conflicts(ctx.store) if c.id == conflict_id), None)
    if found is None:
        raise MonitorError(ErrorCode.CONFLICT_NOT_FOUND, id=conflict_id)
    if keep is not None:
        chosen = next((c for c in found.changes if f"{c.device_id}:{c.seq}" == keep), None)
        if chosen is None:
            raise MonitorError(ErrorCode.NOT_IN_CONFLICT, value=keep, id=conflict_id)
        # delete ∥ edit: keeping the delete deletes; keeping an edit restores the record
        value = json.loads(chosen.value) if chosen.col == found.column else False
    else:
        try:
            value = json.loads(value_json or "")
        except json.JSONDecodeError as exc:
            raise MonitorError(ErrorCode.MALFORMED_JSON, detail=exc.msg) from None
        value = _valid(found, value)
    with ctx.recording() as rec:
        rec.put(found.table, found.record_id, {found.column: value},
                covers_hlc=resolution_base(found),
                replaces=[(c.device_id, c.seq) for c in found.changes])
    return Changes.of(found.table, found.record_id)
