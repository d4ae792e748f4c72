"""Importing the official school directory (padrón) from DBF, CSV or XLSX, in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from monitor_app.core import padron_rows
from monitor_app.core.directory import (
    PREMISES_FIELDS,
    PREMISES_REQUIRED_COLUMNS,
    SCHOOL_FIELDS,
    SCHOOL_REQUIRED_COLUMNS,
    RowIssue,
    RowRejected,
    Values,
)
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from monitor_app.core.roles import Scope
from monitor_app.services.backups import backup_before_directory_import
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.storage import schools as school_table
from monitor_app.storage.changes import advance_clock
from monitor_app.storage.padron import PadronReader, RowScreen, open_padron

BATCH_ROWS = 5000
PROGRESS_EVERY = 2000


class Layout:
    SCHOOLS = "schools"
    PREMISES = "premises"


@dataclass(frozen=True)
class RowProblem:
    row: int
    issue: RowIssue
    detail: str = ""  # the codes or name involved, as data for the message
    first_row: int | None = None  # for a duplicate: the row that is kept


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
    # padrón columns the file lacks: known rows keep their stored values for these
    absent_columns: list[str] = field(default_factory=list)

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
    """How one layout is screened, parsed, keyed, scoped and written."""

    table: str
    columns: tuple[str, ...]
    absent: list[str]  # of `columns`, those the file lacks: written for new rows only
    screen_columns: tuple[str, ...]
    screen: padron_rows.Screen
    parse: padron_rows.Parser
    key: Callable[[Values], tuple[str, str]]
    scoped_by: Callable[[Values], tuple[str, str]]  # (cod_mod, UGEL code) of parsed values
    scope: Scope
    known: set[tuple[str, str]]
    write: Callable[[Sequence[tuple[Any, ...]]], int]


def _absent(columns: tuple[str, ...], file_columns: tuple[str, ...]) -> list[str]:
    have = set(file_columns)
    return [column for column in columns if column not in have]


def _present_fields(fields: tuple[str, ...], columns: tuple[str, ...],
                    absent: list[str]) -> tuple[str, ...]:
    """The stored fields whose padrón column the file has: the only ones it may change."""
    return tuple(f for f, column in zip(fields, columns, strict=True) if column not in absent)


def _plan(ctx: AppContext, layout: str, scope: Scope, keep_contacts: bool,
          file_columns: tuple[str, ...]) -> _Plan:
    store = ctx.store
    if layout == Layout.SCHOOLS:
        absent = _absent(padron_rows.SCHOOL_COLUMNS, file_columns)
        updated = _present_fields(SCHOOL_FIELDS, padron_rows.SCHOOL_COLUMNS, absent)
        return _Plan(
            table="schools",
            columns=padron_rows.SCHOOL_COLUMNS,
            absent=absent,
            screen_columns=padron_rows.SCHOOL_SCREEN_COLUMNS,
            screen=padron_rows.school_screen,
            parse=padron_rows.school_parser(keep_contacts=keep_contacts),
            key=itemgetter(*padron_rows.SCHOOL_KEY),
            scoped_by=itemgetter(padron_rows.SCHOOL_KEY[0], padron_rows.SCHOOL_CODOOII),
            scope=scope,
            known=school_table.school_keys(store),
            write=lambda rows: school_table.upsert_schools(store, rows, updated),
        )
    absent = _absent(padron_rows.PREMISES_COLUMNS, file_columns)
    updated = _present_fields(PREMISES_FIELDS, padron_rows.PREMISES_COLUMNS, absent)
    return _Plan(
        table="premises",
        columns=padron_rows.PREMISES_COLUMNS,
        absent=absent,
        screen_columns=padron_rows.PREMISES_SCREEN_COLUMNS,
        screen=padron_rows.premises_screen,
        parse=padron_rows.premises_parser(),
        key=itemgetter(*padron_rows.PREMISES_KEY),
        scoped_by=itemgetter(padron_rows.PREMISES_KEY[1], padron_rows.PREMISES_CODUGEL),
        scope=scope,
        known=school_table.premises_keys(store),
        write=lambda rows: school_table.upsert_premises(store, rows, updated),
    )


class _Batch:
    """Rows waiting to be written; the write's change count splits known rows into
    updated and unchanged."""

    def __init__(self, plan: _Plan, report: DirectoryImportReport) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self.known_rows = 0
        self._plan = plan
        self._report = report

    def flush(self) -> None:
        if not self.rows:
            return
        new = len(self.rows) - self.known_rows
        changed_known = self._plan.write(self.rows) - new
        self._report.new += new
        self._report.updated += changed_known
        self._report.unchanged += self.known_rows - changed_known
        self.rows.clear()
        self.known_rows = 0


class _Admission:
    """Which rows go on to be written: refused, duplicate and out-of-scope rows are counted
    here and go no further; progress and cancel are checked as rows are read."""

    def __init__(self, plan: _Plan, report: DirectoryImportReport, total: int | None,
                 progress: Progress, cancelled: Cancelled) -> None:
        self._seen: dict[tuple[str, str], int] = {}
        self._holds = plan.scope.holds
        self._report, self._total = report, total
        self._progress, self._cancelled = progress, cancelled

    def read(self) -> None:
        report = self._report
        report.rows_read += 1
        if report.rows_read % PROGRESS_EVERY == 0:
            check_cancelled(self._cancelled)
            self._progress(report.rows_read, self._total)

    def refuse(self, number: int, rejected: RowRejected) -> bool:
        self._report.problems.append(RowProblem(number, rejected.issue, rejected.detail))
        return False

    def admits(self, number: int, key: tuple[str, str], cod_mod: str, ugel: str) -> bool:
        first = self._seen.setdefault(key, number)
        if first != number:
            problem = RowProblem(number, RowIssue.DUPLICATE, "-".join(key), first)
            self._report.problems.append(problem)
            return False
        if not self._holds(cod_mod, ugel):
            self._report.out_of_scope += 1
            return False
        return True


def _screen(plan: _Plan, admission: _Admission) -> RowScreen:
    """The test a row passes before the rest of it is read: in a UGEL's import of a national
    cut, ~179,000 of 180,000 rows stop here."""
    screen = plan.screen

    def test(number: int, fields: tuple[str, ...]) -> bool:
        admission.read()
        try:
            key, cod_mod, ugel = screen(fields)
        except RowRejected as rejected:
            return admission.refuse(number, rejected)
        return admission.admits(number, key, cod_mod, ugel)

    return RowScreen(plan.screen_columns, test)


def import_directory(
    ctx: AppContext,
    path: Path,
    *,
    keep_contacts: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> DirectoryImportReport:
    """Merge a padrón cut into the directory: new and changed rows written, problems reported
    with their row numbers. Only the columns the file has are updated; a known row keeps its
    stored values for the others (a file of names only must not blank addresses and levels).
    All or nothing: a broken file or a cancel leaves the database as it was."""
    identity = ctx.require_identity()
    with open_padron(Path(path)) as reader:
        layout = _layout_of(reader)
        report = DirectoryImportReport(file=Path(path).name, format=reader.format, layout=layout)
        backup_before_directory_import(ctx)
        with ctx.transaction():
            hlc = advance_clock(ctx.store, ctx.wall_ms)
            plan = _plan(ctx, layout, identity.scope, keep_contacts, reader.columns)
            report.absent_columns = plan.absent
            loading = (
                school_table.secondary_indexes_deferred(ctx.store, plan.table)
                if not plan.known else nullcontext()
            )
            with loading:
                _read_all(reader, plan, hlc, report, progress, cancelled)
            if layout == Layout.SCHOOLS and (report.new or report.updated):
                school_table.rebuild_search_index(ctx.store)
            check_cancelled(cancelled)
            _log_import(ctx, report, hlc)
            progress(report.rows_read, report.rows_read)
    return report


def _read_all(reader: PadronReader, plan: _Plan, hlc: int, report: DirectoryImportReport,
              progress: Progress, cancelled: Cancelled) -> None:
    """Rows admitted, parsed and written in batches. Where the scope holds every row (a DRE)
    a screen would only repeat the parse's checks: rows are parsed, then admitted."""
    batch = _Batch(plan, report)
    progress(0, reader.total_rows)
    admission = _Admission(plan, report, reader.total_rows, progress, cancelled)
    parse, key, known, rows = plan.parse, plan.key, plan.known, batch.rows
    directory_row = school_table.directory_row
    if plan.scope.holds_all:
        parsed = _parsed_and_admitted(reader, plan, admission)
    else:
        screened = reader.records(plan.columns, _screen(plan, admission))
        parsed = (parse(fields) for _, fields in screened)  # the screen passed it: no refusal
    for values in parsed:
        if known:
            batch.known_rows += key(values) in known
        rows.append(directory_row(values, hlc))
        if len(rows) >= BATCH_ROWS:
            batch.flush()
    batch.flush()


def _parsed_and_admitted(reader: PadronReader, plan: _Plan,
                         admission: _Admission) -> Iterator[Values]:
    parse, key, scoped_by = plan.parse, plan.key, plan.scoped_by
    read, admits = admission.read, admission.admits
    for number, fields in reader.records(plan.columns):
        read()
        try:
            values = parse(fields)
        except RowRejected as rejected:
            admission.refuse(number, rejected)
            continue
        if admits(number, key(values), *scoped_by(values)):
            yield values


def _log_import(ctx: AppContext, report: DirectoryImportReport, hlc: int) -> None:
    imported_at = ctx.now_iso()
    ctx.store.conn.execute(
        "INSERT INTO directory_imports (file_name, format, layout, imported_at, hlc, new, updated, "
        "unchanged, rejected, out_of_scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [report.file, report.format, report.layout, imported_at, hlc, report.new, report.updated,
         report.unchanged, report.rejected, report.out_of_scope],
    )
