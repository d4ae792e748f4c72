"""Importing the official school directory (padrón) from DBF, CSV or XLSX, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor_app.core.directory import (
    PREMISES_REQUIRED_COLUMNS,
    SCHOOL_REQUIRED_COLUMNS,
    RowIssue,
    RowRejected,
    premises_from_row,
    school_from_row,
)
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Scope
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.progress import Cancelled, Progress, check_cancelled, never_cancelled, no_progress
from monitor_app.storage import schools as school_table
from monitor_app.storage.changes import advance_clock
from monitor_app.storage.padron import PadronReader, PadronRow, open_padron

BATCH_ROWS = 5000
PROGRESS_EVERY = 2000


class Layout:
    SCHOOLS = "schools"
    PREMISES = "premises"


@dataclass(frozen=True)
class RowProblem:
    row: int
    issue: RowIssue
    detail: str = ""


@dataclass
class DirectoryImportReport:
    file: str
    format: str
    layout: str
    rows_read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    out_of_scope: int = 0
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.problems)

    def changes(self) -> Changes:
        return Changes(frozenset({self.layout})) if self.new or self.updated else Changes()


def _layout_of(reader: PadronReader) -> str:
    columns = set(reader.columns)
    if set(SCHOOL_REQUIRED_COLUMNS) <= columns:
        return Layout.SCHOOLS
    if set(PREMISES_REQUIRED_COLUMNS) <= columns:
        return Layout.PREMISES
    missing = [c for c in SCHOOL_REQUIRED_COLUMNS if c not in columns]
    raise MonitorError(ErrorCode.MISSING_COLUMNS, path=str(reader.path), columns=", ".join(missing))


@dataclass
class _Plan:
    """How one layout is read, keyed, scoped and written."""

    parse: Callable[[dict[str, str]], Any]
    key: Callable[[Any], tuple[str, str]]
    in_scope: Callable[[Any], bool]
    hashes: dict[tuple[str, str], str]
    to_row: Callable[[Any, str, int], tuple[Any, ...]]
    write: Callable[[list[tuple[Any, ...]]], None]


def _plan(ctx: AppContext, layout: str, scope: Scope, keep_contacts: bool) -> _Plan:
    store = ctx.store
    if layout == Layout.SCHOOLS:
        return _Plan(
            parse=lambda values: school_from_row(values, keep_contacts=keep_contacts),
            key=lambda s: (s.cod_mod, s.anexo),
            in_scope=lambda s: scope.holds(s.cod_mod, s.codooii),
            hashes=school_table.school_hashes(store),
            to_row=school_table.school_row,
            write=lambda rows: school_table.upsert_schools(store, rows),
        )
    return _Plan(
        parse=premises_from_row,
        key=lambda p: (p.codlocal, p.cod_mod),
        in_scope=lambda p: scope.holds(p.cod_mod, p.codugel),
        hashes=school_table.premises_hashes(store),
        to_row=school_table.premises_row,
        write=lambda rows: school_table.upsert_premises(store, rows),
    )


def _take_row(plan: _Plan, row: PadronRow, seen: dict[tuple[str, str], int], hlc: int,
              report: DirectoryImportReport, batch: list[tuple[Any, ...]]) -> None:
    try:
        record = plan.parse(row.values)
    except RowRejected as rejected:
        report.problems.append(RowProblem(row.number, rejected.issue, rejected.detail))
        return
    key = plan.key(record)
    if key in seen:
        detail = f"{' '.join(key)} = fila {seen[key]}"
        report.problems.append(RowProblem(row.number, RowIssue.DUPLICATE, detail))
        return
    seen[key] = row.number
    if not plan.in_scope(record):
        report.out_of_scope += 1
        return
    digest = record.content_hash()
    previous = plan.hashes.get(key)
    if previous == digest:
        report.unchanged += 1
        return
    if previous is None:
        report.new += 1
    else:
        report.updated += 1
    batch.append(plan.to_row(record, digest, hlc))


def import_directory(
    ctx: AppContext,
    path: Path,
    *,
    keep_contacts: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> DirectoryImportReport:
    """Merge a padrón cut into the directory: new and changed rows written, problems reported
    with their row numbers. All or nothing: a broken file or a cancel leaves the database as it was."""
    identity = ctx.require_identity()
    with open_padron(Path(path)) as reader:
        layout = _layout_of(reader)
        report = DirectoryImportReport(file=Path(path).name, format=reader.format, layout=layout)
        with ctx.transaction():
            hlc = advance_clock(ctx.store, ctx.wall_ms)
            plan = _plan(ctx, layout, identity.scope, keep_contacts)
            seen: dict[tuple[str, str], int] = {}
            batch: list[tuple[Any, ...]] = []
            progress(0, reader.total_rows)
            for row in reader.rows():
                report.rows_read += 1
                _take_row(plan, row, seen, hlc, report, batch)
                if len(batch) >= BATCH_ROWS:
                    plan.write(batch)
                    batch.clear()
                if report.rows_read % PROGRESS_EVERY == 0:
                    check_cancelled(cancelled)
                    progress(report.rows_read, reader.total_rows)
            plan.write(batch)
            check_cancelled(cancelled)
            _log_import(ctx, report, hlc)
            progress(report.rows_read, report.rows_read)
    return report


def _log_import(ctx: AppContext, report: DirectoryImportReport, hlc: int) -> None:
    imported_at = dt.datetime.fromtimestamp(ctx.wall_ms() / 1000, dt.UTC).isoformat(timespec="seconds")
    ctx.store.db.execute(
        "INSERT INTO directory_imports (file_name, format, layout, imported_at, hlc, new, updated, "
        "unchanged, rejected, out_of_scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [report.file, report.format, report.layout, imported_at, hlc, report.new, report.updated,
         report.unchanged, report.rejected, report.out_of_scope],
    )
