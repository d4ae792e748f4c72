"""The director's checklist: from one school's facts and a day, each item's status, reason and
what to do. Pure: the day and the national drill calendar are passed in.

The rules of every item are written down in docs/checklist.md; reasons and actions are message
keys with their values, turned into sentences by `core/checklist_texts.py`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from monitor_app.core.library_kinds import FUNCTIONAL_ITEMS
from monitor_app.core.visit_kinds import OPEN_COMMITMENT_STATUSES

EXPIRY_WARNING_DAYS = 30  # devices and commitments: warn this many days ahead
INVENTORY_MONTHS = 6
APPROVED_PLAN_STATUSES = ("aprobado", "actualizado")
LEADER_ROLE = "lider"
RESPONSIBLE_NAMED = "responsible"  # the functional-library item kept as a name, not a flag


class Status(StrEnum):
    CUMPLE = "cumple"
    PENDIENTE = "pendiente"
    VENCIDO = "vencido"
    SIN_DATO = "sin_dato"


class ItemCode(StrEnum):
    """The checklist's items, in the order they are shown."""

    GRD_PLAN = "grd_plan"
    GRD_BODY = "grd_body"
    BRIGADE = "brigade"
    DRILLS = "drills"
    DEVICES = "devices"
    LIBRARY_INVENTORY = "library_inventory"
    LIBRARY_FUNCTIONAL = "library_functional"
    COMMITMENTS = "commitments"


@dataclass(frozen=True)
class Code:
    """A code (catalogue or checklist label) the renderer shows as its label, with a date."""

    code: str
    on: dt.date | None = None


Param = str | int | dt.date | Code | tuple[Code, ...]


@dataclass(frozen=True)
class Sentence:
    """A message key and the values it needs: translated only when shown."""

    key: str
    params: dict[str, Param] = field(default_factory=dict)


def said(key: str, **params: Param) -> Sentence:
    return Sentence(key, params)


@dataclass(frozen=True)
class ChecklistItem:
    code: ItemCode
    status: Status
    reason: Sentence
    action: Sentence


# --- The facts of one school: its local's GRD and library records, its service's commitments.


@dataclass(frozen=True)
class PlanFacts:
    year: int
    status: str
    approval_date: dt.date | None = None
    updated_on: dt.date | None = None


@dataclass(frozen=True)
class GrdBodyFacts:
    body_type: str
    rd_number: str = ""
    rd_date: dt.date | None = None
    members: int = 0


@dataclass(frozen=True)
class BrigadeMemberFacts:
    role: str
    trained_on: dt.date | None = None


@dataclass(frozen=True)
class BrigadeFacts:
    brigade_type: str
    members: tuple[BrigadeMemberFacts, ...] = ()


@dataclass(frozen=True)
class DrillFacts:
    date: dt.date
    national: bool = False


@dataclass(frozen=True)
class DeviceFacts:
    device_type: str
    quantity: int
    state: str = "operativo"
    expiry_date: dt.date | None = None


@dataclass(frozen=True)
class LibraryFacts:
    inventory_date: dt.date | None = None
    functional: frozenset[str] = frozenset()  # the FUNCTIONAL_ITEMS flags that are set
    responsible: str = ""


@dataclass(frozen=True)
class CommitmentFacts:
    status: str
    due_date: dt.date | None = None
    reported_on: dt.date | None = None  # the school reports it kept; a visit has yet to verify


@dataclass(frozen=True)
class SchoolFacts:
    plans: tuple[PlanFacts, ...] = ()
    grd_body: GrdBodyFacts | None = None
    brigades: tuple[BrigadeFacts, ...] = ()
    drills: tuple[DrillFacts, ...] = ()
    devices: tuple[DeviceFacts, ...] = ()
    library: LibraryFacts | None = None
    commitments: tuple[CommitmentFacts, ...] = ()


@dataclass(frozen=True)
class Day:
    """The day the checklist is computed for, and the national drill calendar."""

    today: dt.date
    national_dates: tuple[dt.date, ...] = ()


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day when it is shorter)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def plan_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    year = day.today.year
    code = ItemCode.GRD_PLAN
    past = [p for p in facts.plans if p.year <= year]
    if not past:
        return ChecklistItem(code, Status.SIN_DATO, said("plan_no_data"), said("record_plan"))
    current = next((p for p in past if p.year == year), None)
    if current is not None and current.status in APPROVED_PLAN_STATUSES:
        since = current.updated_on if current.status == "actualizado" else current.approval_date
        since = since or current.approval_date or current.updated_on
        status = Code(current.status)
        reason = (said("plan_current_since", year=year, plan_status=status, date=since) if since
                  else said("plan_current", year=year, plan_status=status))
        return ChecklistItem(code, Status.CUMPLE, reason, said("keep_plan"))
    if current is not None and current.status == "en_elaboracion":
        return ChecklistItem(code, Status.PENDIENTE, said("plan_in_progress", year=year),
                             said("approve_plan"))
    if current is not None:  # "no_tiene": the school says it has none
        return ChecklistItem(code, Status.VENCIDO, said("plan_declared_missing", year=year),
                             said("make_plan", year=year))
    approved = [p.year for p in past if p.status in APPROVED_PLAN_STATUSES]
    if approved:
        return ChecklistItem(code, Status.VENCIDO,
                             said("plan_outdated", year=year, last_year=max(approved)),
                             said("update_plan", year=year))
    last = max(p.year for p in past)
    return ChecklistItem(code, Status.VENCIDO,
                         said("plan_never_approved", year=year, last_year=last),
                         said("make_plan", year=year))


def body_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    code = ItemCode.GRD_BODY
    body = facts.grd_body
    if body is None:
        return ChecklistItem(code, Status.SIN_DATO, said("body_no_data"), said("form_body"))
    if not body.rd_number:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("body_without_rd", body_type=Code(body.body_type)),
                             said("issue_body_rd"))
    if body.members == 0:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("body_without_members", body_type=Code(body.body_type)),
                             said("record_body_members"))
    return ChecklistItem(code, Status.CUMPLE,
                         said("body_formed", body_type=Code(body.body_type),
                              rd_number=body.rd_number, members=body.members),
                         said("keep_body"))


def brigade_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    code = ItemCode.BRIGADE
    if not facts.brigades:
        return ChecklistItem(code, Status.SIN_DATO, said("brigade_no_data"), said("form_brigade"))
    empty = tuple(Code(b.brigade_type) for b in facts.brigades if not b.members)
    if empty:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("brigade_without_members", brigades=empty),
                             said("record_brigade_members"))
    leaderless = tuple(Code(b.brigade_type) for b in facts.brigades
                       if all(m.role != LEADER_ROLE for m in b.members))
    if leaderless:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("brigade_without_leader", brigades=leaderless),
                             said("name_leader"))
    members = [m for b in facts.brigades for m in b.members]
    untrained = sum(m.trained_on is None for m in members)
    if untrained:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("brigadistas_untrained", untrained=untrained,
                                  members=len(members)),
                             said("train_brigade"))
    return ChecklistItem(code, Status.CUMPLE,
                         said("brigades_ready", brigades=len(facts.brigades), trained=len(members)),
                         said("keep_brigade"))


def drills_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    code = ItemCode.DRILLS
    today, year = day.today, day.today.year
    this_year = sorted({d.date for d in facts.drills if d.date.year == year and d.date <= today})
    national = sorted(d for d in set(day.national_dates) if d.year == year)
    passed = [d for d in national if d <= today]
    if passed:
        last = passed[-1]
        if not this_year:
            return ChecklistItem(code, Status.VENCIDO,
                                 said("drills_none_after_national", year=year, national_date=last),
                                 said("hold_drill"))
        if last not in this_year:
            return ChecklistItem(code, Status.PENDIENTE,
                                 said("drills_missing_national", count=len(this_year), year=year,
                                      national_date=last),
                                 said("record_national_drill", national_date=last))
        return ChecklistItem(code, Status.CUMPLE,
                             said("drills_done_national", count=len(this_year), year=year,
                                  national_date=last),
                             said("keep_drills"))
    if this_year:
        return ChecklistItem(code, Status.CUMPLE,
                             said("drills_done", count=len(this_year), year=year),
                             said("keep_drills"))
    if national:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("drills_next_national", year=year, next_date=national[0]),
                             said("prepare_drill", next_date=national[0]))
    return ChecklistItem(code, Status.SIN_DATO, said("drills_no_calendar", year=year),
                         said("load_calendar", year=year))


def device_expired(device: DeviceFacts, today: dt.date) -> bool:
    """Marked vencido, or past its expiry date (the date itself is still a valid day)."""
    return device.state == "vencido" or (device.expiry_date is not None
                                         and device.expiry_date < today)


def devices_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    code = ItemCode.DEVICES
    if not facts.devices:
        return ChecklistItem(code, Status.SIN_DATO, said("devices_no_data"), said("record_devices"))
    present = [d for d in facts.devices if d.quantity > 0]
    if not present:
        return ChecklistItem(code, Status.PENDIENTE, said("devices_none"), said("get_devices"))
    today = day.today
    expired = tuple(Code(d.device_type, d.expiry_date) for d in present
                    if device_expired(d, today))
    if expired:
        return ChecklistItem(code, Status.VENCIDO, said("devices_expired", devices=expired),
                             said("replace_devices"))
    horizon = today + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    expiring = tuple(Code(d.device_type, d.expiry_date) for d in present
                     if d.expiry_date is not None and d.expiry_date <= horizon)
    to_replace = tuple(Code(d.device_type) for d in present if d.state == "por_reponer")
    if expiring or to_replace:
        key = ("devices_expiring_and_to_replace" if expiring and to_replace
               else "devices_expiring" if expiring else "devices_to_replace")
        return ChecklistItem(code, Status.PENDIENTE,
                             said(key, expiring=expiring, to_replace=to_replace),
                             said("renew_devices"))
    return ChecklistItem(code, Status.CUMPLE,
                         said("devices_ok", quantity=sum(d.quantity for d in present),
                              days=EXPIRY_WARNING_DAYS),
                         said("keep_devices"))


def inventory_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    code = ItemCode.LIBRARY_INVENTORY
    library = facts.library
    if library is None:
        return ChecklistItem(code, Status.SIN_DATO, said("library_no_data"), said("record_library"))
    taken = library.inventory_date
    if taken is None:
        return ChecklistItem(code, Status.PENDIENTE, said("inventory_missing"),
                             said("take_inventory"))
    if taken < months_before(day.today, INVENTORY_MONTHS):
        return ChecklistItem(code, Status.VENCIDO,
                             said("inventory_old", date=taken, months=INVENTORY_MONTHS),
                             said("take_inventory"))
    due = months_before(taken, -INVENTORY_MONTHS)
    return ChecklistItem(code, Status.CUMPLE,
                         said("inventory_recent", date=taken, months=INVENTORY_MONTHS),
                         said("next_inventory", due=due))


def functional_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    code = ItemCode.LIBRARY_FUNCTIONAL
    library = facts.library
    if library is None:
        return ChecklistItem(code, Status.SIN_DATO, said("library_no_data"), said("record_library"))
    missing = tuple(Code(name) for name in FUNCTIONAL_ITEMS if name not in library.functional)
    if not library.responsible.strip():
        missing += (Code(RESPONSIBLE_NAMED),)
    if missing:
        return ChecklistItem(code, Status.PENDIENTE, said("library_missing_items", items=missing),
                             said("complete_library"))
    return ChecklistItem(code, Status.CUMPLE,
                         said("library_functional", count=len(FUNCTIONAL_ITEMS) + 1),
                         said("keep_library"))


def commitments_item(facts: SchoolFacts, day: Day) -> ChecklistItem:
    """An open commitment the school reports kept is not overdue any more, but it stays
    open, and pending, until the next visit verifies it (D34)."""
    code = ItemCode.COMMITMENTS
    if not facts.commitments:
        return ChecklistItem(code, Status.SIN_DATO, said("commitments_no_data"),
                             said("record_commitments"))
    today = day.today
    open_ones = [c for c in facts.commitments if c.status in OPEN_COMMITMENT_STATUSES]
    reported = sorted(c.reported_on for c in open_ones if c.reported_on is not None)
    waiting = [c for c in open_ones if c.reported_on is None]
    overdue = sorted(c.due_date for c in waiting if c.due_date is not None and c.due_date < today)
    horizon = today + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    soon = sorted(c.due_date for c in waiting if c.due_date is not None and c.due_date <= horizon)
    # Also said when something else leads the item: the office reads both.
    also = {"reported": len(reported), "reported_date": reported[-1]} if reported else {}
    suffix = "_reported" if reported else ""
    if overdue:
        return ChecklistItem(code, Status.VENCIDO,
                             said("commitments_overdue" + suffix, count=len(overdue),
                                  date=overdue[0], **also),
                             said("verify_commitments"))
    if soon:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("commitments_due_soon" + suffix, count=len(soon), date=soon[0],
                                  days=EXPIRY_WARNING_DAYS, **also),
                             said("follow_commitments"))
    if reported:
        return ChecklistItem(code, Status.PENDIENTE,
                             said("commitments_reported", count=len(reported), date=reported[-1]),
                             said("verify_reported"))
    return ChecklistItem(code, Status.CUMPLE, said("commitments_on_track", open=len(open_ones)),
                         said("keep_commitments"))


ITEM_RULES: tuple[Callable[[SchoolFacts, Day], ChecklistItem], ...] = (
    plan_item,
    body_item,
    brigade_item,
    drills_item,
    devices_item,
    inventory_item,
    functional_item,
    commitments_item,
)


def checklist(facts: SchoolFacts, today: dt.date,
              national_dates: Sequence[dt.date] = ()) -> list[ChecklistItem]:
    """Every item of the checklist, in ItemCode order, each with exactly one status."""
    day = Day(today, tuple(national_dates))
    return [rule(facts, day) for rule in ITEM_RULES]
