"""monitor-app checklist|report: each school's checklist and the coverage spreadsheet."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.core.errors import ErrorCode, MonitorError

# Handlers import their services when they run: parsing stays cheap for the window's start-up.
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

NAMES: tuple[str, ...] = ("checklist", "report")
STATUS_WIDTH = 10


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    checklist = commands.add_parser("checklist", help=text("help_checklist", lang))
    checklist.add_argument("cod_mod")
    checklist.add_argument("--anexo", help=text("help_checklist_anexo", lang))
    checklist.add_argument("--date", help=text("help_as_of", lang))
    checklist.add_argument("--json", action="store_true", help=text("help_json", lang))
    checklist.set_defaults(handler=run_checklist)
    report = commands.add_parser("report", help=text("help_report", lang))
    kinds = report.add_subparsers(dest="report", required=True, metavar="{coverage}")
    coverage = kinds.add_parser("coverage", help=text("help_report_coverage", lang))
    coverage.add_argument("--out", type=Path, required=True)
    coverage.add_argument("--date", help=text("help_as_of", lang))
    coverage.add_argument("--json", action="store_true", help=text("help_json", lang))
    coverage.set_defaults(handler=run_coverage)


def as_of(value: str | None) -> dt.date | None:
    """The --date given (YYYY-MM-DD), or None for today."""
    if value is None:
        return None
    try:
        if len(value) != len("2024-01-31"):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise MonitorError(ErrorCode.INVALID_VALUE, field="--date", value=value,
                           allowed="AAAA-MM-DD") from None


def run_checklist(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.checklist_texts import format_date, item_data, render_item
    from monitor_app.services.checklist import checklist_labels, school_checklist, school_in_scope

    with initialised(db) as ctx:
        school = school_in_scope(ctx, args.cod_mod, args.anexo)
        day = as_of(args.date) or ctx.today()
        items = school_checklist(ctx, school.cod_mod, anexo=school.anexo, today=day)
        labels = checklist_labels(ctx, out.lang)
    if out.as_json:
        out.data({"cod_mod": school.cod_mod, "anexo": school.anexo, "codlocal": school.codlocal,
                  "name": school.name, "date": day.isoformat(),
                  "items": [item_data(item, out.lang, labels) for item in items]})
        return 0
    out.say("checklist_heading", cod_mod=school.cod_mod, anexo=school.anexo, name=school.name,
            codlocal=school.codlocal, date=format_date(day, out.lang))
    indent = " " * (STATUS_WIDTH + 2)
    for item in items:
        shown = render_item(item, out.lang, labels)
        out.line("")
        out.line(f"{shown.status_word.upper():<{STATUS_WIDTH}}  {shown.title}")
        out.line(f"{indent}{shown.reason}")
        out.line(f"{indent}{text('checklist_action', out.lang, action=shown.action)}")
    return 0


def run_coverage(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.reports import write_coverage_report

    with initialised(db) as ctx:
        summary = write_coverage_report(ctx, args.out, today=as_of(args.date),
                                        progress=out.progress)
    if out.as_json:
        out.data({"file": str(args.out), "schools": summary.schools, "visited": summary.visited,
                  "visits": summary.visits})
        return 0
    out.say("coverage_written", file=args.out, schools=summary.schools, visited=summary.visited,
            visits=summary.visits)
    return 0
