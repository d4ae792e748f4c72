"""Who may write an assignment and to whom: only a UGEL, and only to an approved specialist of
its own (D33). Run for every put or delete of the kind, the generic `records put` included."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext
from monitor_app.storage.sync_registry import Device, DeviceStatus, find_device

ASSIGN_ACTION = "asignar IIEE a especialistas"


def require_assigning_office(ctx: AppContext) -> None:
    """ROLE_FORBIDS unless this installation is a UGEL (a DRE enrols UGELs, not specialists)."""
    role = ctx.require_identity().role
    if role is not Role.UGEL:
        raise MonitorError(ErrorCode.ROLE_FORBIDS, role=role.value, action=ASSIGN_ACTION)


def approved_specialist(ctx: AppContext, device_id: str) -> Device:
    """The enrolled device, if it is an approved specialist; DEVICE_NOT_FOUND or
    NOT_A_SPECIALIST otherwise."""
    device = find_device(ctx.store, device_id)
    if device is None:
        raise MonitorError(ErrorCode.DEVICE_NOT_FOUND, device=device_id)
    if device.role is not Role.ESPECIALISTA or device.status is not DeviceStatus.APPROVED:
        raise MonitorError(ErrorCode.NOT_A_SPECIALIST, device=device_id, name=device.name,
                           role=device.role.value, status=device.status.value)
    return device


def check_assignment_record(ctx: AppContext, pk: str, record: Mapping[str, Any],
                            existing: Mapping[str, Any] | None) -> None:
    """Ending an assignment needs only the office: a revoked specialist's schools are freed."""
    require_assigning_office(ctx)
    if not record.get("_deleted"):
        approved_specialist(ctx, record["device_id"])
