"""The coverage workbook, streamed with openpyxl's write-only mode: "Resumen" (totals), "IIEE"
(one row per school service) and "Distritos" (per district). Headers are in Spanish: the UGEL's
report is an official document. See docs/checklist.md for every column."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from monitor_app.core.checklist import ItemCode, Status, checklist
from monitor_app.core.checklist_texts import label, status_word, title
from monitor_app.core.progress import Cancelled, Progress, checker, never_cancelled, no_progress
from monitor_app.reports.coverage_figures import (
    VisitFigures,
    library_figures,
    quarter_start,
    visit_figures,
)
from monitor_app.reports.coverage_rows import SchoolRow, Tally, school_row
from monitor_app.reports.xlsx_sheet import Column, Percent, Sheet, unsaved_discarded
from monitor_app.storage.checklist_facts import (
    SchoolService,
    all_facts,
    national_dates,
    read_snapshot,
)
from monitor_app.storage.database import Store

LANG = "es"
PROGRESS_EVERY = 100
NO_DISTRICT = "(sin distrito)"
NO_PLAN = "Sin registro"
NOT_VISITED = VisitFigures()


@dataclass(frozen=True)
class CoverageSummary:
    schools: int
    visited: int
    visits: int


def school_columns(year: int) -> list[Column]:
    return [
        Column("Código modular", 15), Column("Anexo", 7), Column("Nombre de la IE", 36),
        Column("Nivel / modalidad", 18), Column("Distrito", 22), Column("Código de local", 15),
        Column("Última visita", 13), Column("Visitas en el trimestre", 12),
        *(Column(title(code, LANG), 20) for code in ItemCode),
        Column(f"Estado del plan de GRD {year}", 18), Column("Brigadas", 10),
        Column("Brigadistas capacitados", 13), Column(f"Simulacros en {year}", 12),
        Column("Dispositivos operativos (unidades)", 14),
        Column("Dispositivos vencidos (unidades)", 14),
        Column("Biblioteca: ejemplares", 13), Column("Préstamos activos", 12),
        Column("Fecha de inventario", 13),
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


def _write_districts(book: Workbook, districts: dict[str, Tally], total: Tally) -> None:
    sheet = Sheet(book, "Distritos", [
        Column("Distrito", 26), Column("IIEE", 8), Column("Visitadas en el trimestre", 13),
        Column("% visitadas", 11),
        *(Column(f"{title(code, LANG)}: % cumple", 20) for code in ItemCode),
    ])
    for name, tally in [*sorted(districts.items()), ("Total", total)]:
        sheet.append([name, tally.schools, tally.visited, Percent(tally.share(tally.visited)),
                      *(Percent(tally.met_share(code)) for code in ItemCode)])


def _write_summary(sheet: Sheet, total: Tally, *, ugel: str, today: dt.date,
                   generated_at: dt.datetime) -> None:
    sheet.widths([44, 14, 12, 12, 12, 12])
    sheet.append([sheet.bold("Cobertura de monitoreo y lista de verificación de las IIEE")])
    for name, value in (
        ("UGEL", ugel),
        ("Fecha de corte", today),
        ("Generado", generated_at),
        ("Inicio del trimestre", quarter_start(today)),
        ("IIEE (servicios educativos)", total.schools),
        ("IIEE visitadas en el trimestre", total.visited),
        ("IIEE sin visita en el trimestre", total.schools - total.visited),
        ("Visitas en el trimestre", total.visits),
    ):
        sheet.append([name, value])
    sheet.append([])
    sheet.append([sheet.bold(h) for h in ("Ítem", *(status_word(s, LANG) for s in Status),
                                          "% cumple")])
    for code in ItemCode:
        sheet.append([title(code, LANG), *(total.statuses[(code, s)] for s in Status),
                      Percent(total.met_share(code))])


def write_coverage(store: Store, path: Path, schools: Sequence[SchoolService], *,
                   ugel: str, today: dt.date, generated_at: dt.datetime,
                   progress: Progress = no_progress,
                   cancelled: Cancelled = never_cancelled) -> CoverageSummary:
    """Write the workbook for `schools` as of `today` to `path` (the caller makes it safe)."""
    check = checker(cancelled)
    progress(0, len(schools))
    with read_snapshot(store):
        index, calendar = all_facts(store), national_dates(store)
        visits, libraries = visit_figures(store, today), library_figures(store)
    with unsaved_discarded(Workbook(write_only=True)) as book:
        summary = Sheet(book, "Resumen")  # created first: the sheet the workbook opens on
        sheet = Sheet(book, "IIEE", school_columns(today.year))
        total, districts = Tally(), defaultdict(Tally)
        for done, school in enumerate(schools, start=1):
            facts = index.facts(school.codlocal, school.cod_mod)
            row = school_row(school, facts, checklist(facts, today, calendar),
                             visits.get((school.cod_mod, school.anexo), NOT_VISITED),
                             libraries.get(school.codlocal), today)
            sheet.append(_school_cells(row))
            total.add(row)
            districts[school.district or NO_DISTRICT].add(row)
            if done % PROGRESS_EVERY == 0:
                check()
                progress(done, len(schools))
        _write_districts(book, districts, total)
        _write_summary(summary, total, ugel=ugel, today=today, generated_at=generated_at)
        check()
        book.save(path)
    progress(len(schools), len(schools))
    return CoverageSummary(total.schools, total.visited, total.visits)
