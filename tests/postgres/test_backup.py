"""`backup create|list` at a PostgreSQL station through pg_dump, with the station's keys beside
the dump; restoring it by hand (pg_restore, keys back) gives back the same records (issue 13)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.backup_files import backups_dir_for
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.paths import keys_dir_for
from monitor_app.storage.pg.dump import find_program
from tests.cli.conftest import Cli
from tests.conftest import PADRON

VISIT = {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo", "notes": "ñandú"}
needs_root = pytest.mark.skipif(os.geteuid() != 0,
                                reason="mounting a full file system needs root (CI)")


def _station(cli: Cli, url: str) -> None:
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105",
               db=url).code == 0  # type: ignore[arg-type]
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"),
               db=url).code == 0  # type: ignore[arg-type]
    assert cli("records", "put", "visits", stdin=json.dumps(VISIT),
               db=url).code == 0  # type: ignore[arg-type]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_dump_is_made_listed_and_restored_by_hand_to_the_same_records(
        cli: Cli, pg_url: str, new_pg_url: str) -> None:
    _station(cli, pg_url)
    made = cli("backup", "create", "--json", db=pg_url)  # type: ignore[arg-type]
    assert made.code == 0, made.err
    info = json.loads(made.out)
    assert info["good"] and info["role"] == "ugel" and info["size"] > 0
    listed = json.loads(cli("backup", "list", "--json", db=pg_url).out)  # type: ignore[arg-type]
    assert [b["backup_id"] for b in listed] == [info["backup_id"]]
    station = PostgresAddress(pg_url).station_path()
    folder = backups_dir_for(station)
    dump, keys = folder / f"{info['backup_id']}.dump", folder / f"{info['backup_id']}.keys"
    assert _files(keys) == _files(keys_dir_for(station)) and _files(keys)
    assert keys.stat().st_mode & 0o077 == 0
    before = cli("records", "list", "visits", "--json", db=pg_url).out  # type: ignore[arg-type]
    found = cli("schools", "search", "cuna", "--json", db=pg_url).out  # type: ignore[arg-type]

    restored = PostgresAddress(new_pg_url)  # the procedure of docs/national.md, "Backups"
    done = subprocess.run([find_program("pg_restore", 15), "--no-owner", "--exit-on-error",
                           f"--dbname={new_pg_url}", str(dump)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    keys_dir_for(restored.station_path()).parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(keys, keys_dir_for(restored.station_path()))
    after = cli("records", "list", "visits", "--json", db=new_pg_url)  # type: ignore[arg-type]
    assert after.code == 0, after.err
    assert after.out == before and "ñandú" in after.out
    assert cli("schools", "search", "cuna", "--json", db=new_pg_url).out == found  # type: ignore[arg-type]
    assert cli("devices", "list", db=new_pg_url).code == 0  # type: ignore[arg-type]


def test_restore_and_check_name_the_procedure_and_change_nothing(cli: Cli, pg_url: str) -> None:
    _station(cli, pg_url)
    backup_id = json.loads(cli("backup", "create", "--json", db=pg_url).out)["backup_id"]  # type: ignore[arg-type]
    before = cli("records", "list", "visits", "--json", db=pg_url).out  # type: ignore[arg-type]
    restore = cli("backup", "restore", backup_id, "--yes", db=pg_url)  # type: ignore[arg-type]
    assert restore.code == 1 and "pg_restore" in restore.err and "docs/national.md" in restore.err
    assert f"{backup_id}.dump" in restore.err
    check = cli("--lang", "en", "backup", "check", db=pg_url)  # type: ignore[arg-type]
    assert check.code == 1 and "its administrator does, with pg_restore" in check.err
    assert cli("records", "list", "visits", "--json", db=pg_url).out == before  # type: ignore[arg-type]


def test_a_pg_dump_older_than_the_server_is_never_used() -> None:
    with pytest.raises(MonitorError) as missing:
        find_program("pg_dump", 99)
    assert missing.value.code is ErrorCode.PG_DUMP_MISSING


@contextmanager
def _tiny_disk(folder: Path, leave: int) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True,
                   capture_output=True)
    try:
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        (folder / "filler").write_bytes(b"\0" * max(free - leave, 0))
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True, capture_output=True)


@needs_root
def test_a_full_disk_leaves_no_half_backup_listed(cli: Cli, pg_url: str) -> None:
    _station(cli, pg_url)
    folder = backups_dir_for(PostgresAddress(pg_url).station_path())
    with _tiny_disk(folder, leave=8192):
        full = cli("backup", "create", db=pg_url)  # type: ignore[arg-type]
        assert full.code == 1 and "pg_dump" in full.err and "Traceback" not in full.err
        assert json.loads(cli("backup", "list", "--json", db=pg_url).out) == []  # type: ignore[arg-type]
        assert _files(folder) == ["filler"]
    made = cli("backup", "create", "--json", db=pg_url)  # type: ignore[arg-type]
    assert made.code == 0, made.err
