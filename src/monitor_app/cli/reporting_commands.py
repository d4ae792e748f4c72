"""`monitor-app reporting refresh|grant`: a PostgreSQL station's views for BI tools."""

from __future__ import annotations

import argparse
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.report_commands import as_of
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("reporting",)


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    area = commands.add_parser("reporting", help=text("help_reporting", lang))
    actions = area.add_subparsers(dest="action", required=True, metavar="{refresh,grant}")
    refresh = actions.add_parser("refresh", help=text("help_reporting_refresh", lang))
    refresh.add_argument("--date", help=text("help_as_of", lang))
    refresh.add_argument("--json", action="store_true", help=text("help_json", lang))
    refresh.set_defaults(handler=run_refresh)
    grant = actions.add_parser("grant", help=text("help_reporting_grant", lang))
    grant.add_argument("role", help=text("help_reporting_role", lang))
    grant.add_argument("--revoke", action="store_true", help=text("help_reporting_revoke", lang))
    grant.set_defaults(handler=run_grant)


def run_refresh(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.reporting import refresh_checklists

    with initialised(db) as ctx:
        done = refresh_checklists(ctx, today=as_of(args.date))
    if out.as_json:
        out.data({"date": done.day.isoformat(), "schools": done.schools, "rows": done.rows})
        return 0
    out.say("reporting_refreshed", date=done.day.isoformat(), schools=done.schools,
            rows=done.rows)
    return 0


def run_grant(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.reporting import grant_reporting

    with initialised(db) as ctx:
        grant_reporting(ctx, args.role, revoke=args.revoke)
    out.say("reporting_revoked" if args.revoke else "reporting_granted", role=args.role)
    return 0
