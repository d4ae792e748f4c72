"""`monitor-app records put|list|delete|kinds`: synced records through the same services as the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

# Handlers import their services when they run: parsing the command line (which the window's
# start-up also does) stays cheap.


NAMES = ("records",)


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    records = commands.add_parser("records", help=text("help_records", lang))
    actions = records.add_subparsers(dest="action", required=True, metavar="{put,list,delete,kinds}")
    put = actions.add_parser("put", help=text("help_put", lang))
    put.add_argument("kind")
    put.add_argument("file", nargs="?", default="-")
    put.add_argument("--json", action="store_true", help=text("help_json", lang))
    put.set_defaults(handler=run_put)
    listing = actions.add_parser("list", help=text("help_list", lang))
    listing.add_argument("kind")
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.add_argument("--include-deleted", action="store_true", help=text("help_deleted", lang))
    listing.set_defaults(handler=run_list)
    delete = actions.add_parser("delete", help=text("help_delete", lang))
    delete.add_argument("kind")
    delete.add_argument("id")
    delete.set_defaults(handler=run_delete)
    kinds = actions.add_parser("kinds", help=text("help_kinds", lang))
    kinds.add_argument("--json", action="store_true", help=text("help_json", lang))
    kinds.set_defaults(handler=run_kinds)


@contextmanager
def _input_lines(source: str) -> Iterator[TextIO]:
    if source == "-":
        yield sys.stdin
        return
    path = Path(source)
    if not path.is_file():
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path=source)
    with path.open(encoding="utf-8-sig") as handle:
        yield handle


def run_put(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.jsonlines import parse_json_lines
    from monitor_app.services.records import put_records

    with initialised(db) as ctx, _input_lines(args.file) as lines:
        try:
            report = put_records(ctx, args.kind, parse_json_lines(lines))
        except UnicodeDecodeError:
            raise MonitorError(ErrorCode.FILE_UNREADABLE, path=args.file,
                               detail="no es texto UTF-8") from None
    if out.as_json:
        out.data({"created": report.created, "updated": report.updated, "unchanged": report.unchanged})
        return 0
    out.say("put_summary", kind=args.kind, created=len(report.created), updated=len(report.updated),
            unchanged=len(report.unchanged))
    for record_id in report.created:
        out.say("created_id", id=record_id)
    return 0


def run_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.records import list_records

    with initialised(db) as ctx:
        records = list_records(ctx, args.kind, include_deleted=args.include_deleted)
    if out.as_json:
        out.data(records)
        return 0
    if not records:
        out.say("no_records", kind=args.kind)
    for record in records:
        out.line("  ".join(f"{k}={v}" for k, v in record.items() if v not in (None, "")))
    return 0


def run_delete(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.records import delete_record

    with initialised(db) as ctx:
        delete_record(ctx, args.kind, args.id)
    out.say("deleted", kind=args.kind, id=args.id)
    return 0


def run_kinds(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.kinds import KINDS

    described = [kind.describe() for kind in KINDS.values()]
    if out.as_json:
        out.data(described)
        return 0
    for kind in described:
        fields = ", ".join(f"{f['name']}:{f['type']}{'*' if f['required'] else ''}" for f in kind["fields"])
        out.line(f"{kind['kind']}: {fields}")
    return 0
