"""The merge station's view of its devices: who each is (to compare the key fingerprint by
phone), what arrived from it last, what of its work is missing, and what to worry about."""

from __future__ import annotations

from dataclasses import dataclass

from monitor_app.services.context import AppContext
from monitor_app.services.rejected import rejected_by_device
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.sync_registry import (
    BundleRecord,
    Device,
    cloned_devices,
    last_bundles,
    list_devices,
)
from monitor_app.sync.gaps import gaps


@dataclass(frozen=True)
class DeviceOverview:
    device: Device
    fingerprint: str
    last_bundle: BundleRecord | None
    missing: tuple[tuple[int, int], ...]  # ranges of its changes not received, inclusive
    cloned: bool  # a bundle of it was quarantined for a seq sent twice with other content
    rejected: int  # its changes the merge rejected


def device_overview(ctx: AppContext) -> list[DeviceOverview]:
    """Every device this office knows, held ones first, then by name."""
    ctx.require_office("devices list")
    last = last_bundles(ctx.store)
    missing = {g.device_id: g.missing for g in gaps(ctx.store)}
    cloned = cloned_devices(ctx.store)
    rejected = rejected_by_device(ctx)
    found = [DeviceOverview(d, fingerprint(d.signing_public_key), last.get(d.device_id),
                            missing.get(d.device_id, ()), d.device_id in cloned,
                            rejected.get(d.device_id, 0))
             for d in list_devices(ctx.store)]
    return sorted(found, key=lambda o: (o.device.status.value != "held", o.device.name.lower(),
                                        o.device.device_id))
