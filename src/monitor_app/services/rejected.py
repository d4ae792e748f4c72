"""What the merge station kept without applying, for a person to review: changes rejected or
waiting for their record's creation, and stored values that today's rules would refuse."""

from __future__ import annotations

import json
from dataclasses import dataclass

from monitor_app.services.context import AppContext
from monitor_app.storage.change_verdicts import list_verdicts, rejected_counts
from monitor_app.storage.stored_review import StoredValueReview, stored_value_reviews
from monitor_app.storage.sync_registry import list_devices


@dataclass(frozen=True)
class KeptChange:
    """One change in the log that the tables do not show, and why."""

    device_id: str
    device_name: str
    seq: int
    table: str
    record_id: str
    column: str
    value: str
    status: str  # "rejected" | "pending"
    reason: str
    params: dict[str, str]


def kept_changes(ctx: AppContext) -> list[KeptChange]:
    """Every change kept but not applied, by sender and seq."""
    identity = ctx.require_identity()
    names = {device.device_id: device.name for device in list_devices(ctx.store)}
    names[identity.device_id] = identity.name
    return [
        KeptChange(v.device_id, names.get(v.device_id, ""), v.seq, v.tbl, v.pk, v.col, value,
                   v.status.value, v.reason, json.loads(v.detail) if v.detail else {})
        for v, value in list_verdicts(ctx.store.conn)
    ]


def stored_for_review(ctx: AppContext) -> list[StoredValueReview]:
    """Values stored before this version that its rules would refuse (listed, never changed)."""
    ctx.require_identity()
    return stored_value_reviews(ctx.store.conn)


def rejected_by_device(ctx: AppContext) -> dict[str, int]:
    """How many changes each device sent that were rejected (a device to look at)."""
    ctx.require_identity()
    return rejected_counts(ctx.store.conn)
