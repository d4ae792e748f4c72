"""monitor-app commitments: a school's commitments, the school's report that one was kept and
the specialist's verification."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("commitments",)
STATUSES = ("pendiente", "en_proceso", "cumplido", "no_cumplido", "anulado")


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    commitments = commands.add_parser("commitments", help=text("help_commitments", lang))
    actions = commitments.add_subparsers(dest="action", required=True,
                                         metavar="{open,list,report,verify}")
    for name, handler in (("open", run_open), ("list", run_list)):
        listing = actions.add_parser(name, help=text(f"help_commitments_{name}", lang))
        listing.add_argument("cod_mod")
        listing.add_argument("--json", action="store_true", help=text("help_json", lang))
        listing.set_defaults(handler=handler)
    report = actions.add_parser("report", help=text("help_commitments_report", lang))
    report.add_argument("id")
    report.add_argument("--on", required=True, metavar="AAAA-MM-DD",
                        help=text("help_report_on", lang))
    report.add_argument("--note", default="", help=text("help_report_note", lang))
    report.add_argument("--reporter", help=text("help_report_reporter", lang))
    report.add_argument("--photo", action="append", default=[], type=Path, metavar="FILE",
                        help=text("help_report_photo", lang))
    report.set_defaults(handler=run_report)
    verify = actions.add_parser("verify", help=text("help_commitments_verify", lang))
    verify.add_argument("id")
    verify.add_argument("--visit", required=True, help=text("help_verify_visit", lang))
    verify.add_argument("--status", required=True, choices=STATUSES)
    verify.add_argument("--note", default="", help=text("help_verify_note", lang))
    verify.set_defaults(handler=run_verify)


def run_open(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.codes import cod_mod
    from monitor_app.services.commitments import open_commitments

    with initialised(db) as ctx:
        commitments = open_commitments(ctx, cod_mod(args.cod_mod))
    return _listed(commitments, args, out)


def run_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.codes import cod_mod
    from monitor_app.services.commitment_reports import school_commitments

    with initialised(db) as ctx:
        commitments = school_commitments(ctx, cod_mod(args.cod_mod))
    return _listed(commitments, args, out)


def _listed(commitments: list[Any], args: argparse.Namespace, out: Output) -> int:
    if out.as_json:
        out.data([{**dataclasses.asdict(c), "awaits_verification": c.awaits_verification}
                  for c in commitments])
        return 0
    if not commitments:
        out.say("no_open_commitments" if args.action == "open" else "no_commitments",
                cod_mod=args.cod_mod)
    for c in commitments:
        out.say("open_commitment", id=c.id, due=c.due_date or "—", status=c.status,
                description=c.description, responsible=c.responsible or "—",
                visit_date=c.visit_date)
        if c.verified_on:
            out.say("commitment_verification", date=c.verified_on,
                    note=c.verification_note or "—")
        if c.reported_on:
            out.say("commitment_report", date=c.reported_on, note=c.report_note or "—",
                    reporter=c.reporter or "—", photos=c.report_photos)
            if c.awaits_verification:
                out.say("commitment_awaits_verification")
    return 0


def run_report(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.commitment_reports import report_commitment

    with initialised(db) as ctx:
        report_commitment(ctx, args.id, reported_on=args.on, note=args.note,
                          reporter=args.reporter, photos=args.photo)
    out.say("commitment_reported", id=args.id, date=args.on, photos=len(args.photo))
    return 0


def run_verify(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.commitments import verify_commitment

    with initialised(db) as ctx:
        verify_commitment(ctx, args.id, visit_id=args.visit, status=args.status, note=args.note)
    out.say("commitment_verified", id=args.id, status=args.status)
    return 0
