"""`monitor-app evidence add|list|export|missing`: photos attached to visits, answers, plans,
devices and commitments."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text

# Handlers import their services when they run: parsing stays cheap for the window's start-up
# (the evidence service brings Pillow).
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

NAMES = ("evidence",)
_TARGETS = (("--visit", "visit_id", "help_evidence_visit"),
            ("--answer", "answer_id", "help_evidence_answer"),
            ("--plan", "grd_plan_id", "help_evidence_plan"),
            ("--device", "safety_device_id", "help_evidence_device"),
            ("--commitment", "commitment_id", "help_evidence_commitment"))


def _add_targets(parser: argparse.ArgumentParser, lang: str, *, required: bool) -> None:
    group = parser.add_mutually_exclusive_group(required=required)
    for flag, dest, help_key in _TARGETS:
        group.add_argument(flag, dest=dest, metavar="ID", help=text(help_key, lang))


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    evidence = commands.add_parser("evidence", help=text("help_evidence", lang))
    actions = evidence.add_subparsers(dest="action", required=True,
                                      metavar="{add,list,export,missing}")
    add = actions.add_parser("add", help=text("help_evidence_add", lang))
    add.add_argument("file", type=Path, help=text("help_evidence_file", lang))
    _add_targets(add, lang, required=True)
    add.add_argument("--caption", help=text("help_evidence_caption", lang))
    add.add_argument("--taken-on", metavar="AAAA-MM-DD" if lang == "es" else "YYYY-MM-DD",
                     help=text("help_evidence_taken_on", lang))
    add.add_argument("--json", action="store_true", help=text("help_json", lang))
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help=text("help_evidence_list", lang))
    _add_targets(listing, lang, required=False)
    listing.add_argument("--with-answers", action="store_true",
                         help=text("help_evidence_with_answers", lang))
    listing.add_argument("--json", action="store_true", help=text("help_json", lang))
    listing.set_defaults(handler=run_list)
    export = actions.add_parser("export", help=text("help_evidence_export", lang))
    export.add_argument("sha256")
    export.add_argument("--out", type=Path, required=True, help=text("help_evidence_out", lang))
    export.set_defaults(handler=run_export)
    missing = actions.add_parser("missing", help=text("help_evidence_missing", lang))
    missing.add_argument("--json", action="store_true", help=text("help_json", lang))
    missing.set_defaults(handler=run_missing)


def _targets(args: argparse.Namespace) -> dict[str, str]:
    return {dest: getattr(args, dest) for _, dest, _ in _TARGETS if getattr(args, dest)}


def _shown(evidence: Any, lang: str) -> dict[str, Any]:
    return {**evidence.as_json(), "target": text(f"evidence_target_{evidence.attached_to}", lang),
            "kb": round((evidence.size_bytes or 0) / 1024), "taken_on": evidence.taken_on or "-",
            "missing": "" if evidence.has_file else text("evidence_no_file", lang)}


def run_add(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.evidence import attach_photo

    with initialised(db) as ctx:
        evidence = attach_photo(ctx, args.file, **_targets(args), caption=args.caption,
                                taken_on=args.taken_on)
    if out.as_json:
        out.data(evidence.as_json())
    else:
        out.say("evidence_attached", **_shown(evidence, out.lang))
    return 0


def _say_all(out: Output, found: list[Any], empty_key: str) -> None:
    if out.as_json:
        out.data([evidence.as_json() for evidence in found])
        return
    if not found:
        out.say(empty_key)
    for evidence in found:
        out.say("evidence_line", **_shown(evidence, out.lang))


def run_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.evidence import evidence_for

    with initialised(db) as ctx:
        found = evidence_for(ctx, **_targets(args), with_answers=args.with_answers)
    _say_all(out, found, "evidence_none")
    return 0


def run_export(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.evidence import export_photo

    with initialised(db) as ctx:
        written = export_photo(ctx, args.sha256, args.out)
    out.say("evidence_exported", path=written)
    return 0


def run_missing(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.evidence import missing_photos

    with initialised(db) as ctx:
        found = missing_photos(ctx)
    _say_all(out, found, "evidence_nothing_missing")
    return 0
