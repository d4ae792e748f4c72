"""`monitor-app backup create|list|restore|check|keep`, and `export --resend`: backups (D38)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from monitor_app.cli.output import Output
from monitor_app.cli.texts import text

NAMES: tuple[str, ...] = ("backup",)


def add_parsers(commands: argparse._SubParsersAction, lang: str) -> None:
    """Register `backup` (its handlers import services when they run)."""
    backup = commands.add_parser("backup", help=text("help_backup", lang))
    actions = backup.add_subparsers(dest="action", required=True,
                                    metavar="{create,list,restore,check,keep}")
    create = actions.add_parser("create", help=text("help_backup_create", lang))
    create.set_defaults(handler=run_create)
    listing = actions.add_parser("list", help=text("help_backup_list", lang))
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser("restore", help=text("help_backup_restore", lang))
    restore.add_argument("backup_id", metavar="ID")
    restore.add_argument("--yes", action="store_true", help=text("help_backup_yes", lang))
    restore.set_defaults(handler=run_restore)
    check = actions.add_parser("check", help=text("help_backup_check", lang))
    check.set_defaults(handler=run_check)
    keep = actions.add_parser("keep", help=text("help_backup_keep", lang))
    keep.add_argument("--daily", type=int, metavar="N", help=text("help_keep_daily", lang))
    keep.add_argument("--other", type=int, metavar="N", help=text("help_keep_other", lang))
    keep.set_defaults(handler=run_keep)
    for action in (create, listing, restore, check, keep):
        action.add_argument("--json", action="store_true", help=text("help_json", lang))


def _local(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%d/%m/%Y %H:%M")


def _row(info: Any, lang: str) -> dict[str, Any]:
    return {**info.to_json(), "when": _local(info.created_ms),
            "size_mb": f"{info.size / 1e6:.1f}", "kind_name": text(f"backup_kind_{info.kind}", lang)}


def run_create(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.backups import make_backup
    from monitor_app.services.context import open_context

    ctx = open_context(db)
    try:
        info = make_backup(ctx, progress=out.progress)
    finally:
        ctx.close()
    if out.as_json:
        out.data(_row(info, out.lang))
    else:
        out.say("backup_created" if info.good else "backup_created_bad", **_row(info, out.lang))
    return 0 if info.good else 1


def run_list(args: argparse.Namespace, db: Path, out: Output) -> int:
    """Works on a damaged database too: only the backups' notes are read."""
    from monitor_app.storage.backup_files import backups_dir_for, list_backups
    from monitor_app.storage.database_address import files_path

    rows = [_row(info, out.lang) for info in list_backups(files_path(db))]
    if out.as_json:
        out.data(rows)
    elif not rows:
        out.say("no_backups", folder=backups_dir_for(files_path(db)))
    for row in [] if out.as_json else rows:
        out.say("backup_row", **{**row, "kind": row["kind_name"],
                                 "bad": "" if row["good"] else text("backup_bad_mark", out.lang)})
    return 0


def _confirmed(args: argparse.Namespace, db: Path, info: Any, out: Output) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        return False
    sys.stderr.write(text("restore_question", out.lang, path=db, backup_id=info.backup_id,
                          when=_local(info.created_ms)))
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("s", "si", "sí", "y", "yes")


def _refuse_on_a_server(db: Any, backup_id: str | None) -> None:
    """A PostgreSQL station's backups are restored and checked by its administrator with
    pg_restore (docs/national.md): dropping a server's database is not the app's to do."""
    from monitor_app.core.errors import ErrorCode, MonitorError
    from monitor_app.storage.backup_files import backups_dir_for, dump_file
    from monitor_app.storage.database_address import PostgresAddress

    if isinstance(db, PostgresAddress):
        station = db.station_path()
        where = dump_file(station, backup_id) if backup_id else backups_dir_for(station)
        raise MonitorError(ErrorCode.PG_BACKUP_RESTORE_MANUAL, path=str(where))


def run_restore(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.core.errors import ErrorCode, MonitorError
    from monitor_app.services.backups import restore
    from monitor_app.storage.backups import find_backup

    _refuse_on_a_server(db, args.backup_id)
    info = find_backup(Path(db), args.backup_id)
    if not _confirmed(args, db, info, out):
        raise MonitorError(ErrorCode.RESTORE_NOT_CONFIRMED, path=str(db))
    report = restore(Path(db), info.backup_id, progress=out.progress)
    outcomes = [{"file": Path(o.file).name, "outcome": o.outcome.value} for o in report.reimported]
    if out.as_json:
        out.data({"backup_id": info.backup_id, "aside": str(report.aside),
                  "new_device_id": report.new_device_id, "reimported": outcomes})
        return 0
    out.say("restored", backup_id=info.backup_id, aside=report.aside)
    if report.new_device_id:
        out.say("restored_laptop", device_id=report.new_device_id)
    if outcomes:
        out.say("restored_office", count=len(outcomes))
        for outcome in outcomes:
            out.line(f"  {outcome['file']}: {outcome['outcome']}")
    return 0


def run_check(args: argparse.Namespace, db: Path, out: Output) -> int:
    from monitor_app.services.backups import damaged
    from monitor_app.services.context import open_context
    from monitor_app.storage.backups import quick_check

    _refuse_on_a_server(db, None)
    ctx = open_context(db)
    try:
        sound = quick_check(ctx.store.conn)
    finally:
        ctx.close()
    if not sound:
        raise damaged(Path(db))
    out.data({"path": str(db), "ok": True}) if out.as_json else out.say("database_ok", path=db)
    return 0


def run_keep(args: argparse.Namespace, db: Path, out: Output) -> int:
    from dataclasses import asdict

    from monitor_app.services.backups import set_retention
    from monitor_app.storage.backup_files import load_retention

    from monitor_app.storage.database_address import files_path

    retention = load_retention(files_path(db))
    if args.daily is not None or args.other is not None:
        retention = set_retention(files_path(db), retention.keep_daily if args.daily is None else args.daily,
                                  retention.keep_other if args.other is None else args.other)
    out.data(asdict(retention)) if out.as_json else out.say("retention", **asdict(retention))
    return 0


def run_resend(args: argparse.Namespace, db: Path, out: Output) -> int:
    """`export --resend --out FOLDER`: the outbox's unacknowledged bundles, written again."""
    from monitor_app.services.context import initialised
    from monitor_app.services.outbox import resend

    with initialised(db) as ctx:
        written = resend(ctx, args.out)
    if out.as_json:
        out.data([str(path) for path in written])
    elif not written:
        out.say("nothing_to_resend")
    for path in [] if out.as_json else written:
        out.say("resent", file=path)
    return 0
