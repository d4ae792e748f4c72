import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.database import APPLICATION_ID, open_store
from monitor_app.storage.migration_names import MIGRATION_NAMES
from monitor_app.storage.migrations import apply_migrations, migrations


def test_a_new_database_is_marked_as_ours_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new" / "m.db", create=True)
    db = store.db
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"device", "changes", "field_clock", "visits", "commitments", "schools"} <= set(db.table_names())
    store.close()


def test_a_missing_database_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(MonitorError) as refusal:
        open_store(tmp_path / "absent.db")
    assert refusal.value.code is ErrorCode.DB_NOT_FOUND
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize("content", [b"hello, not a database", b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(MonitorError) as refusal:
        open_store(path, create=True)
    assert refusal.value.code is ErrorCode.DB_NOT_MONITOR
    assert path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(MonitorError) as refusal:
        open_store(path, create=True)
    assert refusal.value.code is ErrorCode.DB_NOT_MONITOR
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    open_store(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('monitor_app', '9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(MonitorError) as refusal:
        open_store(path)
    assert refusal.value.code is ErrorCode.DB_NEWER_SCHEMA


def test_a_read_only_file_opens_for_reading_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    open_store(path, create=True).close()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        store = open_store(path)
        assert store.read_only
        assert store.db.execute("SELECT count(*) FROM schools").fetchone()[0] == 0
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("INSERT INTO directory_imports (file_name, format, layout, imported_at,"
                             " hlc, new, updated, unchanged, rejected, out_of_scope)"
                             " VALUES ('f','dbf','schools','t',1,0,0,0,0,0)")
        store.close()
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_each_migration_applies_on_top_of_the_schema_before_it(tmp_path: Path) -> None:
    names = [m.name for m in migrations.pending(Database(memory=True))]
    assert tuple(names) == MIGRATION_NAMES
    for index, name in enumerate(names):
        db = Database(tmp_path / f"step{index}.db")
        db.conn.create_function("monitor_capture_open", 0, lambda: 0)
        migrations.apply(db, stop_before=name)
        assert [m.name for m in migrations.applied(db)] == names[:index]
        apply_migrations(db)
        assert [m.name for m in migrations.applied(db)] == names
        db.close()


def test_the_upgrade_lists_stored_values_the_merge_rules_refuse_and_changes_none(
        tmp_path: Path) -> None:
    db = Database(tmp_path / "before.db")
    db.conn.create_function("monitor_capture_open", 0, lambda: 1)  # write as a merge once did
    migrations.apply(db, stop_before="0006_merge_verdicts")
    rows = [("ok-1", "0335273", "0", "2024-05-02", "monitoreo", "cerrada", 0),
            ("bad-1", "0335273", "0", "2026-02-30", "monitoreo", "zzz", 0),
            ("bad\x01id", "0335273", "0", "2024-05-02", "monitoreo", "cerrada", 0)]
    db.conn.executemany("INSERT INTO visits (id, cod_mod, anexo, date, type, status, _deleted) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.conn.commit()
    before = db.conn.execute("SELECT * FROM visits ORDER BY id").fetchall()
    apply_migrations(db)
    listed = db.conn.execute("SELECT pk, col, value, reason FROM stored_value_reviews "
                             "ORDER BY pk, col").fetchall()
    assert listed == [("bad\x01id", "id", "bad\x01id", "invalid_value"),
                      ("bad-1", "date", '"2026-02-30"', "invalid_value"),
                      ("bad-1", "status", '"zzz"', "invalid_value")]
    assert db.conn.execute("SELECT * FROM visits ORDER BY id").fetchall() == before
    db.close()
