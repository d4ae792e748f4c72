"""monitor-app checklist|report: each school's checklist and the coverage spreadsheet."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.core.errors import ErrorCode, MonitorError

if TYPE_CHECKING:
    from monitor_app.reports.panel import PanelFigures, PanelFilter

# Handlers import their services when they run: parsing stays cheap for the window's start-up.
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

NAMES: tuple[str, ...] = ("checklist", "report")
FILTERS = ("district", "level", "area", "management")  # the padrón's columns a report filters by
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
    kinds = report.add_subparsers(dest="report", required=True, metavar="{coverage,panel}")
    coverage = kinds.add_parser("coverage", help=text("help_report_coverage", lang))
    coverage.add_argument("--out", type=Path, required=True)
    panel = kinds.add_parser("panel", help=text("help_report_panel", lang))
    for parser in (coverage, panel):
        parser.add_argument("--date", help=text("help_as_of", lang))
        for name in FILTERS:
            parser.add_argument(f"--{name}", help=text(f"help_filter_{name}", lang))
        parser.add_argument("--json", action="store_true", help=text("help_json", lang))
    coverage.set_defaults(handler=run_coverage)
    panel.set_defaults(handler=run_panel)


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


def panel_filter(args: argparse.Namespace) -> PanelFilter:
    from monitor_app.reports.panel import PanelFilter

    return PanelFilter(**{name: getattr(args, name) for name in FILTERS})


def run_coverage(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.panel import write_panel_workbook

    with initialised(db) as ctx:
        summary = write_panel_workbook(ctx, args.out, panel_filter(args), today=as_of(args.date),
                                       progress=out.progress)
    if out.as_json:
        out.data({"file": str(args.out), "schools": summary.schools, "visited": summary.visited,
                  "visits": summary.visits})
        return 0
    out.say("coverage_written", file=args.out, schools=summary.schools, visited=summary.visited,
            visits=summary.visits)
    return 0


def run_panel(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.reports.panel import filter_options, panel_figures, resolved
    from monitor_app.services.checklist import checklist_labels
    from monitor_app.services.panel import panel_data

    with initialised(db) as ctx:
        data = panel_data(ctx, today=as_of(args.date), progress=out.progress)
        labels = checklist_labels(ctx, out.lang)
    figures = panel_figures(data, resolved(filter_options(data), panel_filter(args)))
    if out.as_json:
        out.data(panel_json(figures, data.today))
        return 0
    print_panel(out, figures, labels)
    return 0


def panel_json(figures: PanelFigures, today: dt.date) -> dict[str, Any]:
    headline = figures.headline
    return {
        "date": today.isoformat(), "schools": headline.schools, "visited": headline.visited,
        "visits": headline.visits, "locals": headline.locals_, "copies": headline.copies,
        "loans_out": headline.loans_out,
        "figures": {f.key: {"series": list(f.series),
                            "rows": [{"category": c, "counts": list(n)} for c, n in f.rows()]}
                    for f in figures.figures()},
        "expiring_devices": [
            {"codlocal": d.codlocal, "device_type": d.device_type, "quantity": d.quantity,
             "expiry_date": d.expiry_date.isoformat(),
             "schools": [f"{s.row.school.cod_mod}-{s.row.school.anexo}" for s in schools]}
            for d, schools in figures.expiring_devices],
    }


def print_panel(out: Output, figures: PanelFigures, labels: dict[str, str]) -> None:
    from monitor_app.core.checklist_texts import format_date
    from monitor_app.reports.panel_texts import category_word, figure_title, series_word

    headline = figures.headline
    out.say("panel_heading", schools=headline.schools, visited=headline.visited,
            visits=headline.visits)
    out.say("panel_library", copies=headline.copies, loans=headline.loans_out,
            locals=headline.locals_)
    for figure in figures.figures():
        out.line("")
        out.line(figure_title(figure.key, out.lang))
        names = [series_word(figure, s, out.lang) for s in figure.series]
        for category, counts in figure.rows():
            shown = (str(counts[0]) if len(counts) == 1 else
                     ", ".join(f"{name} {n}" for name, n in zip(names, counts, strict=True)))
            out.line(f"  {category_word(figure, category, out.lang)}: {shown}")
    out.line("")
    out.line(figure_title("expiring_devices", out.lang))
    for device, schools in figures.expiring_devices:
        out.line(text("panel_expiring_device", out.lang,
                      date=format_date(device.expiry_date, out.lang),
                      device=labels.get(device.device_type, device.device_type),
                      quantity=device.quantity, codlocal=device.codlocal,
                      schools=", ".join(s.row.school.name for s in schools)))
