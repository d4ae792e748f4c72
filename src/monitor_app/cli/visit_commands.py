"""monitor-app visits: a visit filled in step by step, as the window's form does it — drafts,
saving a section, closing with what is missing."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("visits",)
PARTS = ("value", "evidence_text", "note")
USAGE = 2  # as argparse


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    visits = commands.add_parser("visits", help=text("help_visits", lang))
    actions = visits.add_subparsers(dest="action", required=True,
                                    metavar="{draft,drafts,save-section,close,discard-draft}")
    draft = actions.add_parser("draft", help=text("help_visits_draft", lang))
    draft.add_argument("visit")
    field = draft.add_mutually_exclusive_group(required=True)
    field.add_argument("--item", help=text("help_visits_item", lang))
    field.add_argument("--visit-field", help=text("help_visits_visit_field", lang))
    draft.add_argument("--instrument", help=text("help_visits_instrument", lang))
    draft.add_argument("--version", type=int, help=text("help_visits_version", lang))
    draft.add_argument("--part", choices=PARTS, default="value")
    draft.add_argument("--value", required=True, help=text("help_visits_value", lang))
    draft.set_defaults(handler=run_draft)
    drafts = actions.add_parser("drafts", help=text("help_visits_drafts", lang))
    drafts.add_argument("--json", action="store_true", help=text("help_json", lang))
    drafts.set_defaults(handler=run_drafts)
    section = actions.add_parser("save-section", help=text("help_visits_save_section", lang))
    section.add_argument("visit")
    section.add_argument("--instrument", required=True, help=text("help_visits_instrument", lang))
    section.add_argument("--version", type=int, help=text("help_visits_version", lang))
    section.add_argument("--section", required=True, help=text("help_visits_section", lang))
    section.set_defaults(handler=run_save_section)
    close = actions.add_parser("close", help=text("help_visits_close", lang))
    close.add_argument("visit")
    close.add_argument("--instrument", help=text("help_visits_instrument", lang))
    close.add_argument("--version", type=int, help=text("help_visits_version", lang))
    close.add_argument("--json", action="store_true", help=text("help_json", lang))
    close.set_defaults(handler=run_close)
    discard = actions.add_parser("discard-draft", help=text("help_visits_discard", lang))
    discard.add_argument("visit")
    discard.set_defaults(handler=run_discard)


def _typed(value: str) -> Any:
    """JSON when it is JSON (3, ["a","b"]), the text as typed otherwise."""
    try:
        return json.loads(value)
    except ValueError:
        return value


def _version(ctx: Any, code: str, version: int | None) -> int:
    from monitor_app.services.instruments import instrument

    return instrument(ctx, code, version).version


def run_draft(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.errors import ErrorCode, MonitorError
    from monitor_app.services.visit_form import answer_field, save_draft, visit_field

    with initialised(db) as ctx:
        if args.item is not None:
            if not args.instrument:
                out.say("visits_item_needs_instrument")
                return USAGE
            name = answer_field(args.instrument, _version(ctx, args.instrument, args.version),
                                args.item, args.part)
        else:
            try:
                name = visit_field(args.visit_field)
            except ValueError:
                raise MonitorError(ErrorCode.UNKNOWN_FIELD, field=args.visit_field,
                                   kind="visits") from None
        save_draft(ctx, args.visit, name, _typed(args.value))
    out.say("visit_drafted", visit=args.visit)
    return 0


def run_drafts(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.visit_form import visits_with_drafts

    with initialised(db) as ctx:
        drafted = visits_with_drafts(ctx)
    if out.as_json:
        out.data([dataclasses.asdict(d) for d in drafted])
        return 0
    if not drafted:
        out.say("no_visit_drafts")
    for d in drafted:
        out.say("visit_draft_line", visit=d.visit_id, fields=d.fields, saved_at=d.saved_at)
    return 0


def _field_label(draft_field: str | None) -> str:
    if draft_field is None:
        return "visita"
    parts = json.loads(draft_field)
    return parts[1] if parts[0] == "visit" else f"{parts[3]}.{parts[4]}"


def _say_problems(problems: Any, out: Output) -> None:
    from monitor_app.services.messages import describe

    for problem in problems:
        out.say("visit_field_problem", field=_field_label(problem.draft_field),
                problem=describe(problem.error, out.lang))


def run_save_section(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.visit_form import save_section

    with initialised(db) as ctx:
        version = _version(ctx, args.instrument, args.version)
        saved = save_section(ctx, args.visit, args.instrument, version, args.section)
    if not saved.ok:
        out.say("visit_section_refused", section=args.section)
        _say_problems(saved.problems, out)
        return 1
    out.say("visit_section_saved", section=args.section, records=saved.written)
    return 0


def run_close(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.visit_form import close_visit

    with initialised(db) as ctx:
        filled = ([(args.instrument, _version(ctx, args.instrument, args.version))]
                  if args.instrument else [])
        closing = close_visit(ctx, args.visit, filled)
    if out.as_json:
        out.data({"closed": closing.closed,
                  "gaps": [dataclasses.asdict(gap) for gap in closing.gaps],
                  "problems": [{"field": p.draft_field, "code": p.error.code.value}
                               for p in closing.problems]})
        return 0 if closing.closed else 1
    if closing.closed:
        out.say("visit_closed", visit=args.visit)
        return 0
    out.say("visit_not_closed", visit=args.visit)
    _say_problems(closing.problems, out)
    for gap in closing.gaps:
        out.say(f"visit_gap_{gap.reason}", section=gap.section, item=gap.item, text=gap.text)
    return 1


def run_discard(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.visit_form import discard_draft

    with initialised(db) as ctx:
        discard_draft(ctx, args.visit)
    out.say("visit_draft_discarded", visit=args.visit)
    return 0
