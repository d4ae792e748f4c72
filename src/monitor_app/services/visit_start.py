"""Starting a visit from the window, and what the visit form needs around it: the instruments
a visit of its type is filled with, the one it is being filled with, and its heading."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.validation import DELETED
from monitor_app.core.visit_kinds import INSTRUMENTS_FOR_VISIT_TYPE
from monitor_app.services.context import AppContext
from monitor_app.services.instruments import instrument, list_instruments
from monitor_app.services.records import put_record
from monitor_app.storage.catalogues import catalogue_entries
from monitor_app.storage.drafts import draft_values, drafted_visits
from monitor_app.storage.records import fetch_row, fetch_rows
from monitor_app.storage.schools import school_by_code

IN_PROGRESS = "en_curso"
InstrumentVersion = tuple[str, int]


@dataclass(frozen=True)
class InstrumentChoice:
    code: str
    version: int
    title: str


@dataclass(frozen=True)
class VisitHeading:
    visit_id: str
    cod_mod: str
    anexo: str
    school_name: str
    date: str
    visit_type: str
    type_label: str
    status: str


def visit_instruments(ctx: AppContext, visit_type: str) -> list[InstrumentChoice]:
    """The instrument versions a visit of this type is filled with, each code's latest first
    (every instrument when the type names none)."""
    wanted = INSTRUMENTS_FOR_VISIT_TYPE.get(visit_type)
    choices = []
    for stored in sorted(list_instruments(ctx), key=lambda s: (s.code, -s.version)):
        if wanted is None or instrument(ctx, stored.code, stored.version).applies_to in wanted:
            choices.append(InstrumentChoice(stored.code, stored.version, stored.title))
    return choices


def start_visit(ctx: AppContext, cod_mod: str, anexo: str, date: dt.date | str,
                visit_type: str) -> str:
    """A visit under way at a school, by this installation's specialist: its id."""
    identity = ctx.require_identity()
    day = date.isoformat() if isinstance(date, dt.date) else date
    return put_record(ctx, "visits", {"cod_mod": cod_mod, "anexo": anexo, "date": day,
                                      "type": visit_type, "status": IN_PROGRESS,
                                      "specialist": identity.name})


def instrument_in_use(ctx: AppContext, visit_id: str) -> InstrumentVersion | None:
    """The instrument the visit is being filled with: the one of its draft, else of its saved
    answers (the latest version when several), else none yet."""
    ctx.require_identity()
    for name in draft_values(ctx.store.conn, visit_id):
        parts = json.loads(name)
        if parts[0] == "answer":
            return parts[1], parts[2]
    used = {(row["instrument"], row["version"])
            for row in fetch_rows(ctx.store, "answers", where=("visit_id", visit_id))}
    return max(used, key=lambda key: (key[1], key[0])) if used else None


def visit_heading(ctx: AppContext, visit_id: str, lang: str = "es") -> VisitHeading:
    ctx.require_identity()
    row = fetch_row(ctx.store, "visits", visit_id)
    if row is None or row[DELETED]:
        raise MonitorError(ErrorCode.RECORD_NOT_FOUND, kind="visits", id=visit_id)
    school = school_by_code(ctx.store, row["cod_mod"], row["anexo"])
    labels = {e.code: e.label(lang) for e in catalogue_entries(ctx.store, "visit_types")}
    return VisitHeading(visit_id, row["cod_mod"], row["anexo"],
                        school.cen_edu if school else row["cod_mod"], row["date"], row["type"],
                        labels.get(row["type"], row["type"]), row["status"])


def unfinished_visit(ctx: AppContext, lang: str = "es") -> VisitHeading | None:
    """The visit typed into most recently whose draft was never saved (after the window was
    closed or the power went out), if it still exists."""
    ctx.require_identity()
    for drafted in drafted_visits(ctx.store.conn):
        row = fetch_row(ctx.store, "visits", drafted.visit_id)
        if row is not None and not row[DELETED]:
            return visit_heading(ctx, drafted.visit_id, lang)
    return None
