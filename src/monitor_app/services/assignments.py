"""Assigning schools to specialists at the UGEL, and reading them anywhere (D33).

An assignment is a synced record keyed by school and specialist device, written only by the
UGEL; ending one deletes it, assigning again restores it. Specialists receive every
assignment of their office in their replies and their search lists their own schools first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monitor_app.core import codes
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.identity import natural_key_id
from monitor_app.core.office_kinds import ASSIGNMENTS
from monitor_app.core.roles import Role
from monitor_app.core.validation import DELETED
from monitor_app.services.assignment_checks import approved_specialist, require_assigning_office
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.record_checks import check_with_stored_data
from monitor_app.services.records import PutReport, check_place, put_one
from monitor_app.storage.assignments import assigned_keys, assignment_rows
from monitor_app.storage.records import fetch_row
from monitor_app.storage.sync_registry import Device, DeviceStatus, find_device, list_devices

SchoolKey = tuple[str, str]  # (cod_mod, anexo)


@dataclass(frozen=True)
class Assignment:
    id: str
    cod_mod: str
    anexo: str
    device_id: str
    specialist: str  # the specialist's name as the office knew it when assigning
    assigned_on: str | None
    school_name: str  # from this installation's directory ("" when it lacks the school)
    district: str


def parse_school(text: str) -> SchoolKey:
    """`COD_MOD` or `COD_MOD-ANEXO` (anexo 0 when left out); leading zeros restored."""
    code, _, anexo = text.strip().partition("-")
    return codes.cod_mod(code), codes.normalise_anexo(anexo)


def specialists(ctx: AppContext) -> list[Device]:
    """The approved specialists enrolled at this office, by name."""
    return sorted((d for d in list_devices(ctx.store)
                   if d.role is Role.ESPECIALISTA and d.status is DeviceStatus.APPROVED),
                  key=lambda d: (d.name.casefold(), d.device_id))


def find_specialist(ctx: AppContext, text: str, *, approved: bool = True) -> Device:
    """A specialist by device id, or by name when only one device has it (case and spaces
    aside). `approved=False` also finds a revoked one (to end their assignments)."""
    device = find_device(ctx.store, text.strip())
    if device is None:
        wanted = " ".join(text.split()).casefold()
        named = [d for d in list_devices(ctx.store) if d.name.casefold() == wanted]
        if len(named) > 1:
            raise MonitorError(ErrorCode.DEVICE_NAME_AMBIGUOUS, name=text.strip(),
                               ids=", ".join(d.device_id for d in named))
        if not named:
            raise MonitorError(ErrorCode.DEVICE_NOT_FOUND, device=text.strip())
        device = named[0]
    return approved_specialist(ctx, device.device_id) if approved else device


def assign_schools(ctx: AppContext, device: str, schools: Sequence[SchoolKey]) -> Changes:
    """Assign schools to a specialist, in one transaction; one already assigned stays as it
    was (its date too), one ended before is assigned again."""
    require_assigning_office(ctx)
    specialist = find_specialist(ctx, device)
    report = PutReport()
    with ctx.recording() as rec:
        for cod_mod, anexo in schools:
            values = {"cod_mod": cod_mod, "anexo": anexo, "device_id": specialist.device_id}
            existing = fetch_row(ctx.store, ASSIGNMENTS.table, natural_key_id(ASSIGNMENTS, values))
            if existing is None or existing[DELETED]:
                values |= {"specialist": specialist.name, "assigned_on": ctx.today().isoformat()}
            put_one(ctx, rec, ASSIGNMENTS, values, report)
    return report.changes(ASSIGNMENTS.name)


def end_assignments(ctx: AppContext, device: str, schools: Sequence[SchoolKey]) -> Changes:
    """End assignments (delete them), in one transaction; NOT_ASSIGNED names the first school
    that is not assigned to that specialist, and then nothing is changed."""
    require_assigning_office(ctx)
    specialist = find_specialist(ctx, device, approved=False)
    ended: list[str] = []
    with ctx.recording() as rec:
        for cod_mod, anexo in schools:
            pk = natural_key_id(ASSIGNMENTS, {"cod_mod": cod_mod, "anexo": anexo,
                                              "device_id": specialist.device_id})
            existing = fetch_row(ctx.store, ASSIGNMENTS.table, pk)
            if existing is None or existing[DELETED]:
                raise MonitorError(ErrorCode.NOT_ASSIGNED, cod_mod=cod_mod, anexo=anexo,
                                   name=specialist.name)
            check_place(ctx, ASSIGNMENTS, existing, live_links=False)
            check_with_stored_data(ctx, ASSIGNMENTS, pk, {**existing, DELETED: True}, existing)
            rec.put(ASSIGNMENTS.table, pk, {DELETED: True})
            ended.append(pk)
    return Changes.of(ASSIGNMENTS.name, *ended) if ended else Changes()


def list_assignments(ctx: AppContext, device: str | None = None) -> list[Assignment]:
    """Active assignments, by specialist then school name: all, or one specialist's (by device
    id or unambiguous name at the UGEL; elsewhere by device id or the name the UGEL gave)."""
    identity = ctx.require_identity()
    found = [Assignment(*row) for row in assignment_rows(ctx.store)]
    if device is None:
        return found
    if identity.role is Role.UGEL:
        device_id = find_specialist(ctx, device, approved=False).device_id
        return [a for a in found if a.device_id == device_id]
    wanted = " ".join(device.split()).casefold()
    return [a for a in found if wanted in (a.device_id, a.specialist.casefold())]


@dataclass(frozen=True)
class SpecialistSchools:
    """An approved specialist and the schools assigned to them (the office's page)."""

    device_id: str
    name: str
    schools: tuple[Assignment, ...]


def assignments_by_specialist(ctx: AppContext) -> list[SpecialistSchools]:
    """Every approved specialist, by name, with their current assignments."""
    found = list_assignments(ctx)
    return [SpecialistSchools(d.device_id, d.name,
                              tuple(a for a in found if a.device_id == d.device_id))
            for d in specialists(ctx)]
