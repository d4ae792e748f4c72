"""monitor-app instruments|catalogues: the instruments and catalogues the UGEL loads and publishes."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text

# Handlers import their services when they run: parsing stays cheap for the window's start-up.
from monitor_app.services.context import initialised  # light: no sqlite-utils, no Qt

NAMES: tuple[str, ...] = ("instruments", "catalogues")


def _json_flag(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--json", action="store_true", help=text("help_json", lang))


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    instruments = commands.add_parser("instruments", help=text("help_instruments", lang))
    actions = instruments.add_subparsers(dest="action", required=True, metavar="{list,show,import}")
    listing = actions.add_parser("list", help=text("help_instruments_list", lang))
    _json_flag(listing, lang)
    listing.set_defaults(handler=run_instruments_list)
    show = actions.add_parser("show", help=text("help_instruments_show", lang))
    show.add_argument("code")
    show.add_argument("--version", type=int, dest="instrument_version",
                      help=text("help_instrument_version", lang))
    _json_flag(show, lang)
    show.set_defaults(handler=run_instruments_show)
    importing = actions.add_parser("import", help=text("help_instruments_import", lang))
    importing.add_argument("file", type=Path)
    _json_flag(importing, lang)
    importing.set_defaults(handler=run_instruments_import)

    catalogues = commands.add_parser("catalogues", help=text("help_catalogues", lang))
    actions = catalogues.add_subparsers(dest="action", required=True, metavar="{list,import}")
    listing = actions.add_parser("list", help=text("help_catalogues_list", lang))
    listing.add_argument("name", nargs="?")
    _json_flag(listing, lang)
    listing.set_defaults(handler=run_catalogues_list)
    importing = actions.add_parser("import", help=text("help_catalogues_import", lang))
    importing.add_argument("file", type=Path)
    _json_flag(importing, lang)
    importing.set_defaults(handler=run_catalogues_import)


def run_instruments_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.instruments import list_instruments

    with initialised(db) as ctx:
        found = list_instruments(ctx)
    if out.as_json:
        out.data([asdict(row) for row in found])
        return 0
    if not found:
        out.say("no_instruments")
    for row in found:
        origin = (text("instrument_loaded", out.lang, when=row.loaded_at) if row.loaded_at
                  else text("instrument_shipped", out.lang))
        out.say("instrument_line", code=row.code, version=row.version, title=row.title,
                origin=origin)
    return 0


def _response(item: Any, lang: str) -> str:
    if item.options:
        options = ", ".join(option.code for option in item.options)
        return text(f"response_{item.response}", lang, options=options)
    shown = text(f"response_{item.response}", lang)
    if item.response == "number" and (item.minimum is not None or item.maximum is not None):
        low = "" if item.minimum is None else f"{item.minimum:g}"
        high = "" if item.maximum is None else f"{item.maximum:g}"
        shown += f" [{low}…{high}]"
    return shown


def _say_instrument(out: Output, found: Any) -> None:
    out.say("instrument_heading", code=found.code, version=found.version, title=found.title,
            applies_to=found.applies_to)
    for section in found.sections:
        out.say("instrument_section", code=section.code, title=section.title)
        for item in section.items:
            flags = (text("flag_required", out.lang) if item.required else "") + (
                text("flag_evidence", out.lang) if item.evidence_required else "")
            out.say("instrument_item", code=item.code, text=item.text,
                    response=_response(item, out.lang), flags=flags)
            for level in item.levels:
                out.line(f"      {level.value} {level.label}: {level.descriptor}")
            if item.means_of_verification:
                out.say("instrument_means", means=item.means_of_verification)


def run_instruments_show(args: argparse.Namespace, db: Path, out: Output) -> int:
    import json

    from monitor_app.services.instruments import instrument

    with initialised(db) as ctx:
        found = instrument(ctx, args.code, args.instrument_version)
    if out.as_json:
        out.data(json.loads(found.definition))  # the definition itself: edit it for a new version
    else:
        _say_instrument(out, found)
    return 0


def run_instruments_import(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.instruments import import_instrument_file

    with initialised(db) as ctx:
        loaded = import_instrument_file(ctx, args.file)
    if out.as_json:
        out.data(asdict(loaded))
    else:
        out.say("instrument_imported" if loaded.added else "instrument_already", **asdict(loaded))
    return 0


def run_catalogues_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.catalogues import (
        NATIONAL_DRILLS,
        list_catalogues,
        list_national_drills,
    )

    only_drills = args.name == NATIONAL_DRILLS
    with initialised(db) as ctx:
        entries = [] if only_drills else list_catalogues(ctx, args.name)
        drills = list_national_drills(ctx) if args.name in (None, NATIONAL_DRILLS) else []
    if out.as_json:
        out.data({"catalogues": [asdict(entry) for entry in entries],
                  NATIONAL_DRILLS: [dict(zip(("date", "shift", "time", "hazard", "label"), row))
                                    for row in drills]})
        return 0
    heading = None
    for entry in entries:
        if entry.catalogue != heading:
            heading = entry.catalogue
            out.say("catalogue_heading", catalogue=heading)
        inactive = "" if entry.active else text("catalogue_inactive", out.lang)
        out.say("catalogue_entry", code=entry.code, label=entry.label(out.lang), inactive=inactive)
    if drills:
        out.say("catalogue_heading", catalogue=NATIONAL_DRILLS)
    for date, shift, time, hazard, label in drills:
        out.say("drill_entry", date=date, shift=shift, time=time, hazard=hazard, label=label)
    return 0


def run_catalogues_import(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.catalogues import import_catalogue_file

    with initialised(db) as ctx:
        imported = import_catalogue_file(ctx, args.file)
    if out.as_json:
        out.data(asdict(imported))
    else:
        out.say("catalogues_imported", **asdict(imported))
    return 0
