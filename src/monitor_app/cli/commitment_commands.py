"""monitor-app commitments: open commitments of a school and their follow-up."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("commitments",)
STATUSES = ("pendiente", "en_proceso", "cumplido", "no_cumplido", "anulado")


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    commitments = commands.add_parser("commitments", help=text("help_commitments", lang))
    actions = commitments.add_subparsers(dest="action", required=True, metavar="{open,verify}")
    opened = actions.add_parser("open", help=text("help_commitments_open", lang))
    opened.add_argument("cod_mod")
    opened.add_argument("--json", action="store_true", help=text("help_json", lang))
    opened.set_defaults(handler=run_open)
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
    if out.as_json:
        out.data([dataclasses.asdict(c) for c in commitments])
        return 0
    if not commitments:
        out.say("no_open_commitments", cod_mod=args.cod_mod)
    for c in commitments:
        out.say("open_commitment", id=c.id, due=c.due_date or "—", status=c.status,
                description=c.description, responsible=c.responsible or "—",
                visit_date=c.visit_date)
    return 0


def run_verify(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.commitments import verify_commitment

    with initialised(db) as ctx:
        verify_commitment(ctx, args.id, visit_id=args.visit, status=args.status, note=args.note)
    out.say("commitment_verified", id=args.id, status=args.status)
    return 0
