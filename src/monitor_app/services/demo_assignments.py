"""The demo's assignments of schools to specialists (D33): at a UGEL, a few demo specialists
enrolled and approved, each assigned some of the filled schools; on a specialist's laptop, some
schools assigned to it, as its UGEL's reply would have brought them, but only in a demo
installation (which never exports: a real laptop's own assignments would be rejected)."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence

from monitor_app.core.identity import natural_key_id
from monitor_app.core.ids import natural_id
from monitor_app.core.office_kinds import ASSIGNMENTS
from monitor_app.core.roles import Role
from monitor_app.services import demo_names as names
from monitor_app.services.context import AppContext
from monitor_app.services.demo_install import demo_installation
from monitor_app.services.records import PutReport, put_one
from monitor_app.storage.changes import ChangeRecorder
from monitor_app.storage.records import fetch_row
from monitor_app.storage.sync_registry import (
    Device,
    DeviceStatus,
    find_device,
    hold_device,
    set_device_status,
)

DEMO_SPECIALISTS = 3
SCHOOLS_EACH = 8

SchoolKey = tuple[str, str]


def _demo_specialists(ctx: AppContext, seed: int) -> list[Device]:
    """Enrolled and approved at the demo UGEL (their keys are made up: a demo never imports)."""
    identity = ctx.require_identity()
    found = []
    for name in names.SPECIALISTS[:DEMO_SPECIALISTS]:
        device_id = natural_id("demo-device", str(seed), name)
        if find_device(ctx.store, device_id) is None:
            key = hashlib.sha256(device_id.encode()).hexdigest()
            hold_device(ctx.store, Device(device_id, Role.ESPECIALISTA, name, identity.scope, key,
                                          DeviceStatus.HELD, ctx.now_iso(), ctx.now_iso()))
            set_device_status(ctx.store, device_id, DeviceStatus.APPROVED, ctx.now_iso())
        found.append(find_device(ctx.store, device_id))
    return [device for device in found if device is not None]


def add_demo_assignments(ctx: AppContext, rec: ChangeRecorder, schools: Sequence[SchoolKey],
                         seed: int, report_of: Callable[[str], PutReport]) -> None:
    """Inside the demo's recording; nothing for a director (who receives none) nor for a
    specialist's real installation."""
    identity = ctx.require_identity()
    rng = random.Random(f"{seed}:assignments")
    chosen = rng.sample(list(schools), min(len(schools), SCHOOLS_EACH * DEMO_SPECIALISTS))
    day = ctx.today().isoformat()
    if identity.role is Role.UGEL:
        report = report_of(ASSIGNMENTS.name)
        for n, device in enumerate(_demo_specialists(ctx, seed)):
            for cod_mod, anexo in chosen[n * SCHOOLS_EACH:(n + 1) * SCHOOLS_EACH]:
                put_one(ctx, rec, ASSIGNMENTS, {"cod_mod": cod_mod, "anexo": anexo,
                                                "device_id": device.device_id,
                                                "specialist": device.name, "assigned_on": day},
                        report)
    elif identity.role is Role.ESPECIALISTA and demo_installation(ctx):
        # Only a UGEL may put an assignment; a demo installation never exports, so these stand
        # for what its UGEL would have sent and are written as its own changes.
        report = report_of(ASSIGNMENTS.name)
        for cod_mod, anexo in chosen[:SCHOOLS_EACH]:
            values = {"cod_mod": cod_mod, "anexo": anexo, "device_id": identity.device_id}
            pk = natural_key_id(ASSIGNMENTS, values)
            known = fetch_row(ctx.store, ASSIGNMENTS.table, pk) is not None
            written = rec.put(ASSIGNMENTS.table, pk, {
                **values, "specialist": identity.name, "assigned_on": day, "_deleted": False})
            (report.updated if written and known else report.unchanged if known
             else report.created).append(pk)
