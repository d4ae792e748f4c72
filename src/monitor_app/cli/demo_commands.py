"""monitor-app demo: fill the database with a realistic, deterministic UGEL."""

from __future__ import annotations

import argparse
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text

# Handlers import their services when they run: parsing stays cheap for the window's start-up.
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

NAMES: tuple[str, ...] = ("demo",)


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    demo = commands.add_parser("demo", help=text("help_demo", lang))
    demo.add_argument("--seed", type=int, default=1, help=text("help_demo_seed", lang))
    demo.add_argument("--json", action="store_true", help=text("help_json", lang))
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.demo import MAX_SERVICES, fill_demo

    with initialised(db) as ctx:
        summary = fill_demo(ctx, seed=args.seed)
    if out.as_json:
        out.data({"seed": summary.seed, "directory_rows": summary.directory_rows,
                  "services_in_scope": summary.services_in_scope,
                  "services": summary.services, "locals": summary.codlocals,
                  "capped": summary.capped, "unchanged": summary.unchanged,
                  "kinds": summary.counts()})
        return 0
    if summary.directory_rows:
        out.say("demo_directory", rows=summary.directory_rows)
    if not summary.services:
        out.say("demo_no_schools")
        return 0
    out.say("demo_filled", seed=summary.seed, services=summary.services, locals=summary.locals)
    if summary.capped:
        out.say("demo_capped", in_scope=summary.services_in_scope, cap=MAX_SERVICES)
    for kind, counts in summary.counts().items():
        out.say("put_summary", kind=kind, **counts)
    if summary.unchanged:
        out.say("demo_unchanged", seed=summary.seed)
    return 0
