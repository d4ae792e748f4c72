"""Backups made with the backup API: photos kept once by hash, retention, a migration's
backup, restoring, and the quick check that finds a damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import attach_photo
from monitor_app.services.records import put_record
from monitor_app.storage.backup_files import (
    PHOTOS,
    Retention,
    backups_dir_for,
    list_backups,
    load_retention,
    save_retention,
)
from monitor_app.storage.backups import create_backup, quick_check, restore_backup
from monitor_app.storage.database import APPLICATION_ID, open_store
from monitor_app.storage.migrations import migrations
from tests.conftest import SCHOOL_A
from tests.storage.damage import damage
from tests.storage.photo_files import jpeg

HOUR = 3600 * 1000


def _photos(ctx: AppContext, n: int) -> list[str]:
    visit = put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02",
                                       "type": "monitoreo"})
    return [attach_photo(ctx, jpeg(300 + i, 200), visit_id=visit).sha256 for i in range(n)]


def _rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT sha256, media_type, data FROM evidence_files "
                            "ORDER BY sha256").fetchall()
    finally:
        conn.close()


def test_photos_are_kept_once_for_every_backup_and_come_back_on_restore(
        ctx: AppContext, tmp_path: Path) -> None:
    shas = _photos(ctx, 3)
    before = _rows(ctx.path)
    first = create_backup(ctx.store.conn, ctx.path, "manual", 1_000)
    second = create_backup(ctx.store.conn, ctx.path, "manual", 2_000)
    photos = backups_dir_for(ctx.path) / PHOTOS
    assert sorted(p.name for p in photos.iterdir()) == sorted(shas)
    assert first.good and second.good and sorted(second.photos) == sorted(shas)
    copy = sqlite3.connect(backups_dir_for(ctx.path) / f"{second.backup_id}.db")
    assert copy.execute("SELECT sum(length(data)) FROM evidence_files").fetchone() == (0,)
    copy.close()
    ctx.close()
    aside = restore_backup(ctx.path, first.backup_id, "20240101-000000")
    assert _rows(ctx.path) == before
    assert (aside / ctx.path.name).is_file()


def test_retention_keeps_the_last_daily_and_other_backups_and_their_photos(
        ctx: AppContext) -> None:
    save_retention(ctx.path, Retention(keep_daily=2, keep_other=1))
    assert load_retention(ctx.path) == Retention(2, 1)
    for hour in range(3):
        create_backup(ctx.store.conn, ctx.path, "daily", hour * HOUR)
    shas = _photos(ctx, 1)
    create_backup(ctx.store.conn, ctx.path, "bundles", 4 * HOUR)
    assert sorted(p.name for p in (backups_dir_for(ctx.path) / PHOTOS).iterdir()) == shas
    with ctx.transaction():
        ctx.store.conn.execute("DELETE FROM evidence_files")  # gone from the database only
    create_backup(ctx.store.conn, ctx.path, "manual", 5 * HOUR)
    kinds = [b.kind for b in list_backups(ctx.path)]
    assert kinds == ["manual", "daily", "daily"]
    assert list((backups_dir_for(ctx.path) / PHOTOS).iterdir()) == []  # no kept backup needs it


def test_a_database_with_a_pending_migration_is_backed_up_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    db.conn.create_function("monitor_capture_open", 0, lambda: 0)
    migrations.apply(db, stop_before="0011_bundle_photos")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.close()
    open_store(path).close()
    [backup] = list_backups(path)
    assert (backup.kind, backup.migrations, backup.good) == ("migration", 10, True)
    open_store(path).close()  # nothing pending: no second backup
    assert len(list_backups(path)) == 1


def test_a_new_database_is_not_backed_up(tmp_path: Path) -> None:
    open_store(tmp_path / "new.db", create=True).close()
    assert not backups_dir_for(tmp_path / "new.db").exists()


def test_quick_check_finds_a_damaged_file_and_nothing_is_backed_up_from_it(
        ctx: AppContext, tmp_path: Path) -> None:
    from monitor_app.services.directory_import import import_directory
    from tests.conftest import PADRON

    import_directory(ctx, PADRON / "padron_ugel05_lima.dbf")
    assert quick_check(ctx.store.conn)
    ctx.close()
    damage(ctx.path)
    conn = sqlite3.connect(ctx.path)
    assert not quick_check(conn)
    with pytest.raises(MonitorError) as refusal:
        create_backup(conn, ctx.path, "manual", 9 * HOUR)
    conn.close()
    assert refusal.value.code is ErrorCode.DB_DAMAGED
    [before_import] = list_backups(ctx.path)  # the directory import's: nothing left by this one
    assert [p.name for p in backups_dir_for(ctx.path).glob("*.db*")] == [
        f"{before_import.backup_id}.db"]


def test_a_backup_missing_a_photo_is_refused_before_anything_changes(ctx: AppContext) -> None:
    [sha] = _photos(ctx, 1)
    backup = create_backup(ctx.store.conn, ctx.path, "manual", 1_000)
    (backups_dir_for(ctx.path) / PHOTOS / sha).write_bytes(b"not the photo")
    ctx.close()
    before = ctx.path.read_bytes()
    with pytest.raises(MonitorError) as refusal:
        restore_backup(ctx.path, backup.backup_id, "x")
    assert refusal.value.code is ErrorCode.BACKUP_INCOMPLETE
    assert ctx.path.read_bytes() == before


def test_putting_the_database_aside_leaves_its_latest_writes_in_its_own_file(
        tmp_path: Path) -> None:
    """A restore killed after the database was put aside and before the backup replaced it
    must find the database whole where it was: its -wal is checkpointed into it, not moved."""
    from monitor_app.storage.backups import put_aside

    db = tmp_path / "monitor.db"
    keeper = sqlite3.connect(str(db), isolation_level=None)  # holds the -wal open
    keeper.execute("PRAGMA journal_mode = WAL")
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    keeper.execute("CREATE TABLE t (n INTEGER)")
    keeper.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(100)])
    assert Path(f"{db}-wal").stat().st_size > 0  # the rows are in the -wal only
    aside = put_aside(db, "20240101-000000")
    alone = tmp_path / "alone.db"  # the main file by itself, as a kill would leave it
    alone.write_bytes(db.read_bytes())
    assert sqlite3.connect(str(alone)).execute("SELECT count(*) FROM t").fetchone() == (100,)
    assert sqlite3.connect(str(aside / db.name)).execute("SELECT count(*) FROM t"
                                                         ).fetchone() == (100,)
    keeper.close()


def test_a_restore_whose_preparation_fails_changes_nothing(ctx: AppContext) -> None:
    backup = create_backup(ctx.store.conn, ctx.path, "manual", 1_000)
    put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02",
                               "type": "monitoreo"})
    ctx.close()

    def visits() -> tuple[int, str]:
        conn = sqlite3.connect(ctx.path)
        try:
            return conn.execute("SELECT (SELECT count(*) FROM visits), name FROM device").fetchone()
        finally:
            conn.close()

    before = visits()
    assert before[0] == 1

    def refused(copy: sqlite3.Connection) -> None:
        copy.execute("UPDATE device SET name = 'x'")
        raise OSError("no room for the new keys")

    with pytest.raises(OSError):
        restore_backup(ctx.path, backup.backup_id, "x", prepare=refused)
    assert visits() == before
    assert not Path(f"{ctx.path}.restoring").exists()



_KILLED_WRITER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("CREATE TABLE leftover (x)")
conn.execute("INSERT INTO leftover VALUES (randomblob(50000))")
os._exit(9)  # its -wal and -shm stay, as a restore killed after its switch to WAL leaves them
"""


def test_what_a_killed_restore_left_beside_its_copy_is_not_read_into_the_next(
        ctx: AppContext, tmp_path: Path) -> None:
    """The chaos harness once found a restore calling its backup damaged after a killed one:
    the copy is made anew, and a log left beside the old copy must not be replayed into it."""
    import subprocess
    import sys

    _photos(ctx, 2)
    before = _rows(ctx.path)
    backup = create_backup(ctx.store.conn, ctx.path, "manual", 1_000)
    ctx.close()
    copy = ctx.path.with_name(ctx.path.name + ".restoring")
    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(copy)],
                            capture_output=True)
    assert killed.returncode == 9, killed.stderr
    assert copy.with_name(copy.name + "-wal").stat().st_size > 0
    restore_backup(ctx.path, backup.backup_id, "20240101-000001")
    assert _rows(ctx.path) == before
    conn = sqlite3.connect(ctx.path)
    try:
        assert quick_check(conn)
        assert "leftover" not in {n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
