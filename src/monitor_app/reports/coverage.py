"""The coverage workbook, streamed with openpyxl's write-only mode: "Resumen" (totals), "IIEE"
(one row per school service) and "Distritos" (per district). Headers are in Spanish: the UGEL's
report is an official document. See docs/checklist.md for every column."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from monitor_app.core.checklist import ItemCode, Status
from monitor_app.core.checklist_texts import label, status_word, title
from monitor_app.core.grd_kinds import PLAN_STATUSES
from monitor_app.core.progress import Cancelled, Progress, checker, never_cancelled, no_progress
from monitor_app.reports.coverage_figures import quarter_start
from monitor_app.reports.coverage_rows import SchoolRow, Tally, read_row_sources
from monitor_app.reports.xlsx_sheet import (
    Column,
    Percent,
    PrintLayout,
    Sheet,
    fitted_columns,
    unsaved_discarded,
)
from monitor_app.reports.xlsx_widths import fitted_width
from monitor_app.storage.checklist_facts import SchoolService
from monitor_app.storage.database import Store

LANG = "es"
PROGRESS_EVERY = 100
NO_DISTRICT = "(sin distrito)"
NO_PLAN = "Sin registro"
# 26 columns on one A4 page across print at about 5 pt: two pages across, each repeating the
# school's código modular, anexo and name, print at a legible size (decision D35).
IIEE_PAGES_WIDE = 2
IIEE_REPEATED = "A:C"


@dataclass(frozen=True)
class CoverageSummary:
    schools: int
    visited: int
    visits: int


def _fit(header: str, values: Sequence[Any] = (), *, most: float = 40) -> Column:
    return Column(header, fitted_width(values, header=header, least=7, most=most))


def school_columns(year: int, schools: Sequence[SchoolService] = ()) -> list[Column]:
    """The IIEE sheet's columns, as wide as the directory's values of `schools` and the words
    the other columns can hold (given no schools, as wide as their headers)."""
    statuses = [status_word(s, LANG) for s in Status]
    plans = [NO_PLAN, *(label(code, LANG).capitalize() for code in PLAN_STATUSES)]
    day = [dt.date(year, 12, 31)]
    return [
        _fit("Código modular", [s.cod_mod for s in schools]),
        _fit("Anexo", [s.anexo for s in schools]),
        _fit("Nombre de la IE", [s.name for s in schools], most=38),
        _fit("Nivel / modalidad", [s.level for s in schools], most=22),
        _fit("Distrito", [s.district for s in schools], most=26),
        _fit("Código de local", [s.codlocal for s in schools]),
        _fit("Última visita", day), _fit("Visitas en el trimestre"),
        *(_fit(title(code, LANG), statuses) for code in ItemCode),
        _fit(f"Estado del plan de GRD {year}", plans), _fit("Brigadas"),
        _fit("Brigadistas capacitados"), _fit(f"Simulacros en {year}"),
        _fit("Dispositivos operativos (unidades)"), _fit("Dispositivos vencidos (unidades)"),
        _fit("Biblioteca: ejemplares"), _fit("Préstamos activos"), _fit("Fecha de inventario", day),
    ]


def _school_cells(row: SchoolRow) -> list[Any]:
    school, library = row.school, row.library
    plan = label(row.plan_status, LANG).capitalize() if row.plan_status else NO_PLAN
    return [
        school.cod_mod, school.anexo, school.name, school.level, school.district,
        school.codlocal, row.visits.last_visit, row.visits.this_quarter,
        *(status_word(item.status, LANG) for item in row.items),
        plan, row.brigades, row.trained, row.drills, row.devices_operative,
        row.devices_expired,
        None if library is None else library.copies,
        None if library is None else library.loans_out,
        row.inventory_date,
    ]


def _write_districts(book: Workbook, districts: dict[str, Tally], total: Tally,
                     layout: PrintLayout) -> None:
    headers = ["Distrito", "IIEE", "Visitadas en el trimestre", "% visitadas",
               *(f"{title(code, LANG)}: % cumple" for code in ItemCode)]
    rows = [[name, tally.schools, tally.visited, Percent(tally.share(tally.visited)),
             *(Percent(tally.met_share(code)) for code in ItemCode)]
            for name, tally in [*sorted(districts.items()), ("Total", total)]]
    sheet = Sheet(book, "Distritos", fitted_columns(headers, rows, most=26), layout=layout)
    for row in rows[:-1]:
        sheet.append(row)
    sheet.append([sheet.bold(rows[-1][0]), *rows[-1][1:]])


def _write_summary(sheet: Sheet, total: Tally, *, ugel: str, today: dt.date,
                   generated_at: dt.datetime, chosen: str) -> None:
    facts: list[list[Any]] = [[name, value] for name, value in (
        ("UGEL", ugel),
        ("IIEE incluidas", chosen or "Todas las del ámbito"),
        ("Fecha de corte", today),
        ("Generado", generated_at),
        ("Inicio del trimestre", quarter_start(today)),
        ("IIEE (servicios educativos)", total.schools),
        ("IIEE visitadas en el trimestre", total.visited),
        ("IIEE sin visita en el trimestre", total.schools - total.visited),
        ("Visitas en el trimestre", total.visits),
    )]
    headers = ["Ítem", *(status_word(s, LANG) for s in Status), "% cumple"]
    items = [[title(code, LANG), *(total.statuses[(code, s)] for s in Status),
              Percent(total.met_share(code))] for code in ItemCode]
    sheet.widths([c.width for c in fitted_columns(headers, [*facts, *items], most=50)])
    sheet.append([sheet.title_cell("Cobertura de monitoreo y lista de verificación de las IIEE")])
    for row in facts:
        sheet.append(row)
    sheet.append([])
    sheet.append([sheet.header(h) for h in headers])
    for row in items:
        sheet.append(row)


def write_coverage(store: Store, path: Path, schools: Sequence[SchoolService], *,
                   ugel: str, today: dt.date, generated_at: dt.datetime,
                   chosen: str = "", progress: Progress = no_progress,
                   cancelled: Cancelled = never_cancelled) -> CoverageSummary:
    """Write the workbook for `schools` as of `today` to `path` (the caller makes it safe);
    `chosen` says, in the summary, which of the UGEL's schools they are when not all."""
    check = checker(cancelled)
    progress(0, len(schools))
    sources = read_row_sources(store, today)
    with unsaved_discarded(Workbook(write_only=True)) as book:
        layout = PrintLayout(title=f"Cobertura de monitoreo, UGEL {ugel}, al "
                                   f"{today:%d/%m/%Y}")
        # Resumen is created first (the sheet the workbook opens on) and written last.
        summary = Sheet(book, "Resumen", layout=layout)
        sheet = Sheet(book, "IIEE", school_columns(today.year, schools),
                      layout=replace(layout, pages_wide=IIEE_PAGES_WIDE,
                                     repeat_columns=IIEE_REPEATED))
        total, districts = Tally(), defaultdict(Tally)
        for done, school in enumerate(schools, start=1):
            row = sources.row(school)
            sheet.append(_school_cells(row))
            total.add(row)
            districts[school.district or NO_DISTRICT].add(row)
            if done % PROGRESS_EVERY == 0:
                check()
                progress(done, len(schools))
        _write_districts(book, districts, total, layout)
        _write_summary(summary, total, ugel=ugel, today=today, generated_at=generated_at,
                       chosen=chosen)
        check()
        book.save(path)
    progress(len(schools), len(schools))
    return CoverageSummary(total.schools, total.visited, total.visits)
