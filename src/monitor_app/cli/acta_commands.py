"""monitor-app acta: the data of a visit's printable report (acta de visita), as JSON."""

from __future__ import annotations

import argparse
import base64
import dataclasses
from pathlib import Path
from typing import Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.services.context import initialised

NAMES: tuple[str, ...] = ("acta",)


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register this area's sub-commands (their handlers import services when they run)."""
    acta = commands.add_parser("acta", help=text("help_acta", lang))
    acta.add_argument("visit_id")
    acta.add_argument("--with-thumbnails", action="store_true",
                      help=text("help_acta_thumbnails", lang))
    acta.set_defaults(handler=run_acta)


def _json_ready(value: Any, with_thumbnails: bool) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii") if with_thumbnails else len(value)
    if isinstance(value, dict):
        return {k: _json_ready(v, with_thumbnails) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_ready(v, with_thumbnails) for v in value]
    return value


def run_acta(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.acta import visit_acta

    with initialised(db) as ctx:
        acta = visit_acta(ctx, args.visit_id, out.lang)
    # Thumbnails are JPEG bytes: base64 with --with-thumbnails, else their size.
    out.data(_json_ready(dataclasses.asdict(acta), args.with_thumbnails))
    return 0
