"""Parses `monitor-app` arguments and runs a sub-command: exit 0, or one line on stderr and 1."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

import monitor_app
from monitor_app.cli.output import Output
from monitor_app.cli.texts import ARGPARSE_ES, text
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.logs import configure_logging
from monitor_app.services.key_passphrase import use_key_passphrase
from monitor_app.services.messages import LANGUAGES, describe
from monitor_app.storage.database_address import database_argument
from monitor_app.storage.errors import from_sqlite
from monitor_app.storage.paths import AppPaths

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 3
log = logging.getLogger("monitor_app.cli")


class _Parser(argparse.ArgumentParser):
    """Usage errors as one translated line, exit code 2."""

    lang = "es"

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(text("usage_error", self.lang, detail=message) + "\n")
        raise SystemExit(EXIT_USAGE)


def _language(argv: Sequence[str]) -> str:
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return "es"


def _translate_argparse(lang: str) -> None:
    # argparse fetches its sentences through gettext at call time: give it Spanish ones.
    argparse._ = (lambda s: ARGPARSE_ES.get(s, s)) if lang == "es" else (lambda s: s)  # type: ignore[attr-defined]


def command_modules() -> tuple[ModuleType, ...]:
    """The modules that register sub-commands: each lists its NAMES and adds their parsers.
    Imported only when a command is named, so the window starts without them."""
    from monitor_app.cli import (
        acta_commands,
        assignment_commands,
        backup_commands,
        commitment_commands,
        demo_commands,
        evidence_commands,
        record_commands,
        reference_commands,
        report_commands,
        reporting_commands,
        review_commands,
        school_commands,
        setup_commands,
        sync_commands,
        visit_commands,
    )

    return (setup_commands, school_commands, record_commands, sync_commands, reference_commands,
            commitment_commands, evidence_commands, report_commands, acta_commands,
            demo_commands, review_commands, visit_commands, assignment_commands,
            backup_commands, reporting_commands)


def build_parser(lang: str, default_db: Path, *, with_commands: bool = True) -> argparse.ArgumentParser:
    _Parser.lang = lang
    _translate_argparse(lang)
    parser = _Parser(prog="monitor-app", description=text("description", lang))
    parser.add_argument("--version", action="version", version=f"monitor-app {monitor_app.__version__}",
                        help=text("help_version", lang))
    parser.add_argument("--db", type=database_argument, default=default_db,
                        help=text("help_db", lang, default=default_db))
    parser.add_argument("--lang", choices=LANGUAGES, default="es", help=text("help_lang", lang))
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    modules = command_modules()
    names = ",".join(name for module in modules for name in module.NAMES)
    commands = parser.add_subparsers(dest="command", metavar="{" + names + "}")
    for module in modules:
        module.add_parsers(commands, lang)
    return parser


_WINDOW_OPTIONS = ("--db", "--lang")  # the global options that take a value
_WINDOW_OPTIONS_JOINED = tuple(f"{option}=" for option in _WINDOW_OPTIONS)


def _names_a_command(argv: Sequence[str]) -> bool:
    """Whether the arguments go beyond the window's global options (a sub-command, help, or
    anything argparse must judge). Without one, only the global options are parsed and no
    command's module is imported: the window starts sooner."""
    args = iter(argv)
    for arg in args:
        if arg in _WINDOW_OPTIONS:
            next(args, None)  # its value; a missing one is argparse's to report
        elif arg != "--version" and not arg.startswith(_WINDOW_OPTIONS_JOINED):
            return True
    return False


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace | int:
    """The parsed arguments, or an exit code when argparse already answered (help, version, usage)."""
    paths = AppPaths.from_environment()
    lang = _language(argv)
    try:
        parser = build_parser(lang if lang in LANGUAGES else "es", paths.default_database,
                              with_commands=_names_a_command(argv))
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    args.paths = paths
    return args


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Arguments that are not text (bytes a terminal could not decode arrive as lone
    surrogates) are refused here, before any service sees them. File names are left alone:
    the operating system takes their bytes back."""
    from monitor_app.core.validation import encodable  # off the window's start-up path

    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                encodable(name, item)


def _naming_backup(refusal: MonitorError, db: Path) -> MonitorError:
    """A damaged database's refusal names the backup to restore (D38)."""
    if refusal.code is ErrorCode.DB_DAMAGED and "backup" not in refusal.params:
        from monitor_app.services.backups import damaged

        return damaged(Path(db))
    return refusal


def run(args: argparse.Namespace) -> int:
    from monitor_app.cli.passphrase_prompt import command_line_passphrase

    out = Output(lang=args.lang, as_json=getattr(args, "json", False))
    log_file = configure_logging(args.paths.log_dir)
    use_key_passphrase(command_line_passphrase(args.paths, args.lang))
    try:
        _check_text_arguments(args)
        return int(args.handler(args, args.db, out))
    except MonitorError as refusal:
        sys.stderr.write(describe(_naming_backup(refusal, args.db), args.lang) + "\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except BrokenPipeError:  # `monitor-app ... | head`: the reader left; the work is done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last net: log the details, show one line
        damage = from_sqlite(exc, args.db) if isinstance(exc, sqlite3.DatabaseError) else None
        if damage is not None and damage.code is ErrorCode.DB_DAMAGED:  # found where unexpected
            sys.stderr.write(describe(_naming_backup(damage, args.db), args.lang) + "\n")
            return EXIT_REFUSED
        log.exception("unexpected error in %s", args.command)
        sys.stderr.write(text("unexpected", args.lang, kind=type(exc).__name__, log=log_file) + "\n")
        return EXIT_UNEXPECTED


def main(argv: list[str] | None = None) -> int:
    """The command line alone (no GUI): used by tests and scripts."""
    parsed = parse_arguments(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, int):
        return parsed
    if parsed.command is None:
        build_parser(parsed.lang, parsed.db).print_help()
        return EXIT_USAGE
    return run(parsed)
