"""`monitor-app schools import|search`: the official school directory."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

if TYPE_CHECKING:
    from monitor_app.services.directory_import import DirectoryImportReport

# Handlers import their services when they run: parsing the command line (which the window's
# start-up also does) stays cheap.
SHOWN_PROBLEMS = 50
DEFAULT_LIMIT = 50


NAMES = ("schools",)


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    schools = commands.add_parser("schools", help=text("help_schools", lang))
    actions = schools.add_subparsers(dest="action", required=True, metavar="{import,search}")
    importing = actions.add_parser("import", help=text("help_schools_import", lang))
    importing.add_argument("file", type=Path)
    importing.add_argument("--keep-contacts", action="store_true", help=text("help_keep_contacts", lang))
    importing.add_argument("--json", action="store_true", help=text("help_json", lang))
    importing.set_defaults(handler=run_import)
    search = actions.add_parser("search", help=text("help_schools_search", lang))
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help=text("help_limit", lang))
    search.add_argument("--json", action="store_true", help=text("help_json", lang))
    search.set_defaults(handler=run_search)


def _report_json(report: DirectoryImportReport) -> dict[str, object]:
    data = asdict(report)
    data["rejected"] = report.rejected
    data["problems"] = [
        {"row": p.row, "issue": p.issue.value, "detail": p.detail,
         **({"first_row": p.first_row} if p.first_row is not None else {})}
        for p in report.problems
    ]
    return data


def _print_report(report: DirectoryImportReport, out: Output) -> None:
    out.say("import_summary", file=report.file, format=report.format.upper(),
            layout=text(f"layout_{report.layout}", out.lang), rows=report.rows_read, new=report.new,
            updated=report.updated, unchanged=report.unchanged, rejected=report.rejected,
            out_of_scope=report.out_of_scope)
    if report.absent_columns:
        out.say("absent_columns", columns=", ".join(report.absent_columns))
    for problem in report.problems[:SHOWN_PROBLEMS]:
        issue = text(f"issue_{problem.issue.value}", out.lang).format(first_row=problem.first_row)
        out.say("problem_line", row=problem.row, issue=issue, detail=problem.detail)
    if report.rejected > SHOWN_PROBLEMS:
        out.say("more_problems", count=report.rejected - SHOWN_PROBLEMS)


def run_import(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.directory_import import import_directory

    with initialised(db) as ctx:
        report = import_directory(ctx, args.file, keep_contacts=args.keep_contacts,
                                  progress=out.progress)
    if out.as_json:
        out.data(_report_json(report))
    else:
        _print_report(report, out)
    return 0


def run_search(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.schools import search_schools

    with initialised(db) as ctx:
        found = search_schools(ctx, args.text, args.limit)
    if out.as_json:
        out.data([asdict(school) for school in found])
        return 0
    if not found:
        out.say("no_results")
    for school in found:
        out.line(f"{school.cod_mod}-{school.anexo}  {school.codlocal:6}  {school.d_niv_mod[:22]:22}  "
                 f"{school.cen_edu}  ({school.d_dist})")
    return 0
