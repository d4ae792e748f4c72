"""What a school page shows besides its checklist: directory data, visits, GRD and library
records, as plain values (dates as dates, codes kept for the window to name)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from monitor_app.core.checklist import EXPIRY_WARNING_DAYS, DeviceFacts, device_expired
from monitor_app.core.directory import School
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.records import check_school
from monitor_app.storage.catalogues import catalogue_entries
from monitor_app.storage.checklist_facts import day_of
from monitor_app.storage.school_records import (
    brigade_member_counts,
    copies_of_local,
    loans_of_local,
    local_rows,
    visits_of,
)
from monitor_app.storage.schools import school_by_code, school_services


@dataclass(frozen=True)
class VisitSummary:
    id: str
    anexo: str
    date: dt.date | None
    visit_type: str  # the catalogue's label
    status: str  # a VISIT_STATUSES code
    specialist: str
    commitments: int


@dataclass(frozen=True)
class PlanRow:
    id: str
    year: int
    status: str  # a PLAN_STATUSES code
    approval_rd: str
    approval_date: dt.date | None
    updated_on: dt.date | None


@dataclass(frozen=True)
class BrigadeRow:
    id: str
    brigade_type: str
    formed_on: dt.date | None
    rd_number: str
    members: int


@dataclass(frozen=True)
class DrillRow:
    id: str
    date: dt.date | None
    shift: str  # a SHIFTS code
    hazard: str
    national: bool
    participants: int


@dataclass(frozen=True)
class DeviceRow:
    id: str
    device_type: str
    quantity: int
    state: str  # a DEVICE_STATES code
    location: str
    expiry_date: dt.date | None
    expired: bool
    expiring: bool  # within the checklist's warning days


@dataclass(frozen=True)
class SchoolGrd:
    plans: list[PlanRow]
    brigades: list[BrigadeRow]
    drills: list[DrillRow]
    devices: list[DeviceRow]


@dataclass(frozen=True)
class CopyRow:
    id: str
    registration_number: str
    title: str
    author: str
    year: int | None
    condition: str  # a CONDITIONS code
    situation: str  # a SITUATIONS code
    stock: int
    on_loan: int


@dataclass(frozen=True)
class LoanRow:
    id: str
    title: str
    reader: str
    out_date: dt.date | None
    due_date: dt.date | None
    returned_date: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class SchoolLibrary:
    copies: list[CopyRow]
    loans: list[LoanRow]


def school_record(ctx: AppContext, cod_mod: str, anexo: str) -> School:
    """The school's directory data (the school in scope)."""
    check_school(ctx, cod_mod, anexo)
    school = school_by_code(ctx.store, cod_mod, anexo)
    if school is None:
        raise MonitorError(ErrorCode.SCHOOL_NOT_FOUND, cod_mod=cod_mod, anexo=anexo)
    return school


def own_school(ctx: AppContext) -> School | None:
    """A director's school (its anexo 0, else its first); None for every other role, or while
    the directory does not list it yet."""
    cod_mod = ctx.require_identity().scope.cod_mod
    if cod_mod is None:
        return None
    anexos = school_services(ctx.store, cod_mod)
    if not anexos:
        return None
    return school_by_code(ctx.store, cod_mod, "0" if "0" in anexos else anexos[0])


def _labels(ctx: AppContext, catalogue: str, lang: str) -> dict[str, str]:
    return {e.code: e.label(lang) for e in catalogue_entries(ctx.store, catalogue)}


def school_visits(ctx: AppContext, school: School, lang: str) -> list[VisitSummary]:
    """Every visit to the school's código modular, by any specialist, newest first."""
    check_school(ctx, school.cod_mod, school.anexo)
    types = _labels(ctx, "visit_types", lang)
    return [VisitSummary(row["id"], row["anexo"], day_of(row["date"]),
                         types.get(row["type"], row["type"]), row["status"], row["specialist"],
                         row["commitments"])
            for row in visits_of(ctx.store, school.cod_mod)]


def school_grd(ctx: AppContext, school: School, lang: str) -> SchoolGrd:
    """The GRD records of the school's local."""
    check_school(ctx, school.cod_mod, school.anexo)
    codlocal, today = school.codlocal, ctx.today()
    hazards = _labels(ctx, "hazards", lang)
    brigade_types = _labels(ctx, "brigade_types", lang)
    device_types = _labels(ctx, "device_types", lang)
    members = brigade_member_counts(ctx.store, codlocal)
    plans = sorted(local_rows(ctx.store, "grd_plans", codlocal), key=lambda r: -r["year"])
    drills = sorted(local_rows(ctx.store, "drills", codlocal), key=lambda r: r["date"],
                    reverse=True)
    return SchoolGrd(
        plans=[PlanRow(r["id"], r["year"], r["status"], r["approval_rd"] or "",
                       day_of(r["approval_date"]), day_of(r["updated_on"])) for r in plans],
        brigades=[BrigadeRow(r["id"], brigade_types.get(r["brigade_type"], r["brigade_type"]),
                             day_of(r["formed_on"]), r["rd_number"] or "", members.get(r["id"], 0))
                  for r in local_rows(ctx.store, "brigades", codlocal)],
        drills=[DrillRow(r["id"], day_of(r["date"]), r["shift"],
                         hazards.get(r["hazard"], r["hazard"]), bool(r["national"]),
                         sum(r[n] or 0 for n in ("students", "teachers", "staff", "parents")))
                for r in drills],
        devices=[_device(r, device_types, today)
                 for r in local_rows(ctx.store, "safety_devices", codlocal)],
    )


def _device(row: dict, labels: dict[str, str], today: dt.date) -> DeviceRow:
    expiry = day_of(row["expiry_date"])
    facts = DeviceFacts(row["device_type"], row["quantity"], row["state"], expiry)
    expired = device_expired(facts, today)
    horizon = today + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    return DeviceRow(row["id"], labels.get(row["device_type"], row["device_type"]),
                     row["quantity"], row["state"], row["location"] or "", expiry, expired,
                     not expired and expiry is not None and expiry <= horizon)


def school_library(ctx: AppContext, school: School) -> SchoolLibrary:
    """The copies and loans of the libraries of the school's local."""
    check_school(ctx, school.cod_mod, school.anexo)
    today = ctx.today()
    copies = [CopyRow(r["id"], r["registration_number"], r["title"], r["author"] or "",
                      r["year"], r["condition"] or "", r["situation"] or "", r["stock"], r["out"])
              for r in copies_of_local(ctx.store, school.codlocal)]
    loans = []
    for r in loans_of_local(ctx.store, school.codlocal):
        due, returned = day_of(r["due_date"]), day_of(r["returned_date"])
        loans.append(LoanRow(r["id"], r["title"], r["reader"], day_of(r["out_date"]), due,
                             returned, returned is None and due is not None and due < today))
    return SchoolLibrary(copies, loans)
