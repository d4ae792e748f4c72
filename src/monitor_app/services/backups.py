"""Backups of an installation: when they are made, the check at start, and restoring one (D38).

Automatic backups: before a migration (storage/database.py), before a directory import, before
the first bundle merged in an hour, and once a day at start, with the integrity check. A
restored laptop takes a new device identity; a restored office merges again the bundles it
merged after the backup (docs/backups.md).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.progress import Progress, no_progress
from monitor_app.core.roles import OFFICE_ROLES, Role
from monitor_app.services.context import AppContext, open_context
from monitor_app.services.merged_copies import merged_since, prune_merged
from monitor_app.storage.backup_files import (
    DAILY,
    BackupInfo,
    Retention,
    latest_good,
    list_backups,
    save_retention,
)
from monitor_app.storage.backups import create_backup, find_backup, quick_check, restore_backup
from monitor_app.storage.changes import WallClock, system_wall_ms
from monitor_app.storage.device import is_demo
from monitor_app.storage.errors import translated

BUNDLES_EVERY_MS = 3600 * 1000  # one backup before the first merge of any hour, not one a bundle


def make_backup(ctx: AppContext, kind: str = "manual", *,
                progress: Progress = no_progress) -> BackupInfo:
    """Back the installation up now (never inside one of its transactions); prunes old ones
    and the merged bundle copies no kept backup predates."""
    with translated(ctx.path):
        if ctx.store.server is not None:  # a PostgreSQL station: pg_dump and its keys (D44)
            from monitor_app.storage.pg.dump import dump_station

            return dump_station(ctx.store.conn, ctx.store.server, ctx.path, kind, ctx.wall_ms())
        info = create_backup(ctx.store.conn, ctx.path, kind, ctx.wall_ms(), progress=progress)
        backups = list_backups(ctx.path)
        if backups:
            prune_merged(ctx.path, min(b.created_ms for b in backups))
    return info


def _automatic(ctx: AppContext) -> bool:
    """A demo's data is made up, and an installation not set up has none. A PostgreSQL
    station is backed up by its server (pg_dump, replication: docs/national.md)."""
    return (ctx.identity is not None and not ctx.store.read_only and ctx.store.server is None
            and not ctx.store.conn.in_transaction and not is_demo(ctx.store))


def backup_before_directory_import(ctx: AppContext) -> BackupInfo | None:
    return make_backup(ctx, "directory") if _automatic(ctx) else None


def backup_before_bundles(ctx: AppContext) -> BackupInfo | None:
    """Unless a backup was made within the hour: fifty bundles in a day make one or two."""
    if not _automatic(ctx):
        return None
    newest = next(iter(list_backups(ctx.path)), None)
    now = ctx.wall_ms()
    if newest is not None and 0 <= now - newest.created_ms < BUNDLES_EVERY_MS:
        return None
    return make_backup(ctx, "bundles")


def _local_day(ms: int) -> dt.date:
    return dt.datetime.fromtimestamp(ms / 1000).date()


def has_daily_backup(ctx: AppContext) -> bool:
    today = _local_day(ctx.wall_ms())
    return any(b.kind == DAILY and _local_day(b.created_ms) == today
               for b in list_backups(ctx.path))


def damaged(database: Path) -> MonitorError:
    """The refusal for a damaged database, naming the latest good backup to restore."""
    good = latest_good(database)
    if good is None:
        return MonitorError(ErrorCode.DB_DAMAGED_NO_BACKUP, path=str(database))
    return MonitorError(ErrorCode.DB_DAMAGED, path=str(database), backup=good.backup_id)


def is_damage(error: BaseException) -> bool:
    """A refusal that means the database file itself is damaged."""
    return isinstance(error, MonitorError) and error.code in (ErrorCode.DB_DAMAGED,
                                                              ErrorCode.DB_DAMAGED_NO_BACKUP)


def start_of_day(ctx: AppContext, *, progress: Progress = no_progress) -> BackupInfo | None:
    """Once a day at start: `PRAGMA quick_check`, then the daily backup. A damaged database is
    refused (naming the backup to restore) and nothing is backed up from it."""
    if not _automatic(ctx) or has_daily_backup(ctx):
        return None
    if not quick_check(ctx.store.conn):
        raise damaged(ctx.path)
    return make_backup(ctx, DAILY, progress=progress)


def check_at_start(database: Path, *, wall_ms: WallClock = system_wall_ms,
                   progress: Progress = no_progress) -> BackupInfo | None:
    """`start_of_day` on a connection of its own (the window runs it off the GUI thread); a
    file too damaged to open is refused the same way, naming the backup to restore."""
    try:
        ctx = open_context(database, wall_ms=wall_ms)
        try:
            return start_of_day(ctx, progress=progress)
        finally:
            ctx.close()
    except MonitorError as refusal:
        if refusal.code is ErrorCode.DB_DAMAGED and "backup" not in refusal.params:
            raise damaged(Path(database)) from refusal
        raise


def set_retention(database: Path, keep_daily: int, keep_other: int) -> Retention:
    retention = Retention(keep_daily, keep_other)
    if not retention.valid():
        bad = keep_daily if not 1 <= keep_daily <= 365 else keep_other
        raise MonitorError(ErrorCode.INVALID_RETENTION, value=str(bad))
    with translated(database):
        save_retention(database, retention)
    return retention


@dataclass
class RestoreReport:
    backup: BackupInfo
    aside: Path  # where the database it replaced was put
    new_device_id: str | None = None  # a laptop's new identity, to be approved at the office
    reimported: list[Any] = field(default_factory=list)  # an office's merges again (outcomes)


def restore(database: Path, backup_id: str, *, wall_ms: WallClock = system_wall_ms,
            progress: Progress = no_progress) -> RestoreReport:
    """Replace the database (which nobody may have open) with a backup, then: a laptop takes a
    new identity (the office has seen its old one's later changes), an office merges again the
    bundles it merged after the backup."""
    database = Path(database)
    info = find_backup(database, backup_id)
    now = wall_ms()
    stamp = dt.datetime.fromtimestamp(now / 1000, dt.UTC).strftime("%Y%m%d-%H%M%S")
    laptop = info.role is not None and Role(info.role) not in OFFICE_ROLES
    made: list[str] = []

    def take_new_identity(copy: sqlite3.Connection) -> None:
        """On the restored copy, before it replaces the database: never a moment when the
        laptop runs the backup under its old identity."""
        from monitor_app.services.new_identity import new_identity

        if not _demo_copy(copy):  # a demo never meets an office
            identity = new_identity(database, now)
            identity.write(copy)
            made.append(identity.device_id)

    with translated(database):
        aside = restore_backup(database, info.backup_id, stamp, progress=progress,
                               prepare=take_new_identity if laptop else None)
    report = RestoreReport(info, aside, new_device_id=made[0] if made else None)
    ctx = open_context(database, wall_ms=wall_ms)
    try:
        if ctx.identity is not None and ctx.identity.role in OFFICE_ROLES:
            report.reimported = reimport_merged(ctx, info.created_ms)
    finally:
        ctx.close()
    return report


def _demo_copy(copy: sqlite3.Connection) -> bool:
    columns = {row[1] for row in copy.execute("PRAGMA table_info(device)")}
    return "demo" in columns and bool(copy.execute("SELECT demo FROM device").fetchone()[0])


def reimport_merged(ctx: AppContext, since_ms: int) -> list[Any]:
    """Merge again, in their order, the kept bundles merged at or after `since_ms`; those the
    restored office already has are answered as already imported."""
    from monitor_app.services.sync_import import import_bundle

    return [import_bundle(ctx, copy) for copy in merged_since(ctx.path, since_ms)]
