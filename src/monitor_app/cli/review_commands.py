"""`monitor-app inconsistencies`: what a merge left for a person to review."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("inconsistencies",)


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    found = commands.add_parser("inconsistencies", help=text("help_inconsistencies", lang))
    actions = found.add_subparsers(dest="action", required=True, metavar="{list}")
    listing = actions.add_parser("list", help=text("help_inconsistencies_list", lang))
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.inconsistencies import inconsistencies, problem_of

    with initialised(db) as ctx:
        copies = inconsistencies(ctx)
    rows = [{**dataclasses.asdict(c), "problem": problem_of(c).value} for c in copies]
    if out.as_json:
        out.data(rows)
        return 0
    if not rows:
        out.say("no_inconsistencies")
        return 0
    for row in rows:
        out.say(f"inconsistency_{row['problem']}", **{**row, "codlocal": row["codlocal"] or "?"})
    out.say("inconsistencies_hint")
    return 0
