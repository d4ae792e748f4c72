"""The office's panel for both faces: its data read off the database, and the coverage workbook
of the schools a filter keeps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from monitor_app.core.progress import Cancelled, Progress, never_cancelled, no_progress
from monitor_app.reports.panel import PanelData, PanelFilter, options_of, resolved
from monitor_app.services.checklist import schools_in_scope
from monitor_app.services.context import AppContext
from monitor_app.services.reports import write_coverage_report
from monitor_app.storage.checklist_facts import SchoolService

if TYPE_CHECKING:
    from monitor_app.reports.coverage import CoverageSummary


def panel_data(ctx: AppContext, *, today: dt.date | None = None,
               progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> PanelData:
    """Every school in scope with its checklist and figures, as of `today` (the device's day)."""
    from monitor_app.reports.panel_data import read_panel

    return read_panel(ctx.store, schools_in_scope(ctx), today or ctx.today(),
                      progress=progress, cancelled=cancelled)


def kept_services(ctx: AppContext, panel_filter: PanelFilter
                  ) -> tuple[PanelFilter, list[SchoolService]]:
    """The schools in scope that `panel_filter` keeps, and the filter as the padrón spells its
    values; a value none of them has is refused."""
    from monitor_app.reports.panel_data import padron_columns

    columns = padron_columns(ctx.store)
    schools = [(school, *columns.get((school.cod_mod, school.anexo), ("", "")))
               for school in schools_in_scope(ctx)]
    panel_filter = resolved(options_of(schools), panel_filter)
    return panel_filter, [school for school, area, management in schools
                          if panel_filter.keeps_service(school, area, management)]


def write_panel_workbook(ctx: AppContext, out: Path, panel_filter: PanelFilter, *,
                         today: dt.date | None = None, progress: Progress = no_progress,
                         cancelled: Cancelled = never_cancelled) -> CoverageSummary:
    """The coverage workbook of the schools the panel's filter keeps, saying which they are."""
    chosen, schools = kept_services(ctx, panel_filter)
    return write_coverage_report(ctx, out, today=today, progress=progress, cancelled=cancelled,
                                 schools=schools, chosen=chosen.in_words())
