"""The director's checklist of one school, or of every school in scope, for both faces."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from monitor_app.core import codes
from monitor_app.core.checklist import ChecklistItem, checklist
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.storage.catalogues import catalogue_entries
from monitor_app.storage.checklist_facts import (
    SchoolService,
    all_facts,
    national_dates,
    school_facts,
    school_services,
)

# Catalogues whose codes the checklist's sentences name.
LABELLED_CATALOGUES = ("grd_body_types", "brigade_types", "device_types")


@dataclass(frozen=True)
class SchoolChecklist:
    school: SchoolService
    items: list[ChecklistItem]


def school_in_scope(ctx: AppContext, cod_mod: str, anexo: str | None = None) -> SchoolService:
    """The service asked for (the lowest anexo, normally "0", when none is named), in scope."""
    code = codes.cod_mod(cod_mod)
    services = [s for s in school_services(ctx.store, code) if anexo in (None, s.anexo)]
    if not services:
        raise MonitorError(ErrorCode.SCHOOL_NOT_FOUND, cod_mod=code, anexo=anexo or "0")
    school = services[0]
    if not ctx.require_identity().scope.holds(school.cod_mod, school.codooii):
        raise MonitorError(ErrorCode.OUT_OF_SCOPE, cod_mod=code)
    return school


def school_checklist(ctx: AppContext, cod_mod: str, *, anexo: str | None = None,
                     today: dt.date | None = None) -> list[ChecklistItem]:
    """One school's checklist as of `today` (the laptop's day unless given)."""
    school = school_in_scope(ctx, cod_mod, anexo)
    return checklist(school_facts(ctx.store, school), today or ctx.today(),
                     national_dates(ctx.store))


def schools_in_scope(ctx: AppContext) -> list[SchoolService]:
    scope = ctx.require_identity().scope
    return [s for s in school_services(ctx.store) if scope.holds(s.cod_mod, s.codooii)]


def all_checklists(ctx: AppContext, *, today: dt.date | None = None) -> list[SchoolChecklist]:
    """The checklist of every school service in scope, from one read of each table."""
    schools = schools_in_scope(ctx)
    index = all_facts(ctx.store)
    day, calendar = today or ctx.today(), national_dates(ctx.store)
    return [SchoolChecklist(s, checklist(index.facts(s.codlocal, s.cod_mod), day, calendar))
            for s in schools]


def checklist_labels(ctx: AppContext, lang: str) -> dict[str, str]:
    """Labels of the catalogue codes the checklist names, for `render_item`."""
    return {entry.code: entry.label(lang)
            for name in LABELLED_CATALOGUES for entry in catalogue_entries(ctx.store, name)}
