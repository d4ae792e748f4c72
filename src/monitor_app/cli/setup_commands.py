"""`monitor-app init`: enrol this installation."""

from __future__ import annotations

import argparse
from pathlib import Path

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import UPPER_OFFICES, Role


NAMES = ("init", "move")


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    init = commands.add_parser("init", help=text("help_init", lang))
    init.add_argument("--role", required=True, choices=[r.value for r in Role], help=text("help_role", lang))
    init.add_argument("--name", required=True, help=text("help_name", lang))
    source = init.add_mutually_exclusive_group()
    source.add_argument("--ugel", help=text("help_ugel", lang))
    source.add_argument("--office", type=Path, help=text("help_office", lang))
    init.add_argument("--school", help=text("help_school", lang))
    init.set_defaults(handler=run_init)
    move = commands.add_parser("move", help=text("help_move", lang))
    move.add_argument("file", type=Path, help=text("help_move_file", lang))
    move.set_defaults(handler=run_move)


def run_move(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.station_move import move_station
    from monitor_app.storage.database_address import PostgresAddress

    if not isinstance(db, PostgresAddress):
        raise MonitorError(ErrorCode.MOVE_NEEDS_SERVER)
    moved = move_station(args.file, db)
    out.say("moved", name=moved.identity.name, role=moved.identity.role.value, rows=moved.rows,
            address=str(db), left=str(moved.left_as))
    return 0


def run_init(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.setup import init_device  # loads cryptography: only for init
    from monitor_app.services.sync_reference import enrol_with_office
    from monitor_app.storage.keys import fingerprint

    if args.office is None and args.ugel is None and Role(args.role) not in UPPER_OFFICES:
        raise MonitorError(ErrorCode.UGEL_OR_OFFICE_REQUIRED)
    if args.office is not None:
        identity, office = enrol_with_office(db, role=Role(args.role), name=args.name,
                                             office_file=args.office, school=args.school)
        out.say("joined_office", level="UGEL", office=office.name, ugel=f" ({office.ugel})")
    else:
        identity = init_device(db, role=Role(args.role), name=args.name, ugel=args.ugel,
                               school=args.school)
    school = text("init_school", out.lang, cod_mod=identity.scope.cod_mod) if identity.scope.cod_mod else ""
    ugel = text("init_ugel", out.lang, ugel=identity.scope.ugel) if identity.scope.ugel else ""
    out.say("init_done", role=identity.role.value, name=identity.name, ugel=ugel,
            school=school, device=identity.device_id, fingerprint=fingerprint(identity.public_key_hex))
    return 0
