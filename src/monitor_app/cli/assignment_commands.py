"""`monitor-app assignments set|end|list`: which specialist is assigned which school (D33)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("assignments",)


def _school_and_device(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--school", action="append", required=True, metavar="COD_MOD[-ANEXO]",
                        help=text("help_assign_school", lang))
    parser.add_argument("--device", required=True, help=text("help_assign_device", lang))


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    area = commands.add_parser("assignments", help=text("help_assignments", lang))
    actions = area.add_subparsers(dest="action", required=True, metavar="{set,end,list}")
    assign = actions.add_parser("set", help=text("help_assignments_set", lang))
    _school_and_device(assign, lang)
    assign.set_defaults(handler=run_set)
    end = actions.add_parser("end", help=text("help_assignments_end", lang))
    _school_and_device(end, lang)
    end.set_defaults(handler=run_end)
    listing = actions.add_parser("list", help=text("help_assignments_list", lang))
    listing.add_argument("--device", help=text("help_assignments_list_device", lang))
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.set_defaults(handler=run_list)


def run_set(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.assignments import assign_schools, find_specialist, parse_school

    schools = [parse_school(school) for school in args.school]
    with initialised(db) as ctx:
        assign_schools(ctx, args.device, schools)
        name = find_specialist(ctx, args.device).name
    for cod_mod, anexo in schools:
        out.say("assigned", cod_mod=cod_mod, anexo=anexo, name=name)
    return 0


def run_end(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.assignments import end_assignments, find_specialist, parse_school

    schools = [parse_school(school) for school in args.school]
    with initialised(db) as ctx:
        end_assignments(ctx, args.device, schools)
        name = find_specialist(ctx, args.device, approved=False).name
    for cod_mod, anexo in schools:
        out.say("assignment_ended", cod_mod=cod_mod, anexo=anexo, name=name)
    return 0


def run_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.assignments import list_assignments

    with initialised(db) as ctx:
        found = list_assignments(ctx, args.device)
    if out.as_json:
        out.data([dataclasses.asdict(a) for a in found])
        return 0
    if not found:
        out.say("no_assignments")
    for a in found:
        out.say("assignment", name=a.specialist or "—", device=a.device_id, cod_mod=a.cod_mod,
                anexo=a.anexo, school=a.school_name or "?", since=a.assigned_on or "—")
    return 0
