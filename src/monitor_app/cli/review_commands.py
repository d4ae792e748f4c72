"""`monitor-app inconsistencies|rejected`: what a merge left for a person to review."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("inconsistencies", "rejected")


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    found = commands.add_parser("inconsistencies", help=text("help_inconsistencies", lang))
    actions = found.add_subparsers(dest="action", required=True, metavar="{list}")
    listing = actions.add_parser("list", help=text("help_inconsistencies_list", lang))
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.set_defaults(handler=run_list)
    rejected = commands.add_parser("rejected", help=text("help_rejected", lang))
    actions = rejected.add_subparsers(dest="action", required=True, metavar="{list}")
    listing = actions.add_parser("list", help=text("help_rejected_list", lang))
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.set_defaults(handler=run_rejected_list)


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


def run_rejected_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.sync_messages import describe_verdict
    from monitor_app.services.rejected import kept_changes, stored_for_review

    with initialised(db) as ctx:
        kept, stored = kept_changes(ctx), stored_for_review(ctx)
    if out.as_json:
        out.data({"changes": [dataclasses.asdict(c) for c in kept],
                  "stored": [dataclasses.asdict(s) for s in stored]})
        return 0
    if not kept and not stored:
        out.say("no_rejected")
    for change in kept:
        out.say(f"kept_{change.status}", **dataclasses.asdict(change),
                why=describe_verdict(change.reason, change.params, out.lang))
    for review in stored:
        out.say("stored_review", **dataclasses.asdict(review),
                why=describe_verdict(review.reason, _params(review.detail), out.lang))
    return 0


def _params(detail: str) -> dict[str, str]:
    import json

    return json.loads(detail) if detail.startswith("{") else {}
