"""A PostgreSQL station's backup: `pg_dump` of its database in the custom format, beside a copy
of its keys folder, in the same backups folder and with the same note as an SQLite backup.

The dump holds the database only. The station's keys live in the data folder (D44), so a dump
without them could be restored but never sign, decrypt a bundle or be recognised by the
offices and laptops that pinned its key: the backup copies `<station>.keys` into `<id>.keys`.
Both are written under temporary names and renamed, and the note comes last: a backup killed
halfway, or a dump that fails, leaves nothing `backup list` shows.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.backup_files import (
    BackupInfo,
    backups_dir_for,
    dump_file,
    keys_copy,
    load_retention,
    new_backup_id,
    prune,
    remove_unfinished,
    write_note,
)
from monitor_app.storage.backups import applied_migrations, stored_role
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.paths import keys_dir_for

_VERSION = re.compile(r"\b(\d+)(?:\.\d+)?")


def _major(program: str) -> int | None:
    try:
        shown = subprocess.run([program, "--version"], capture_output=True, text=True,
                               timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = _VERSION.search(shown.rsplit(")", 1)[-1]) or _VERSION.search(shown)
    return int(found.group(1)) if found else None


def find_program(name: str, server_major: int) -> str:
    """`pg_dump` (or `pg_restore`) of the server's major version or newer: on PATH first, then
    where Debian's packages put each version (newest first). An older one cannot read the
    server's catalogue, so it is refused here rather than failing halfway."""
    candidates = [found] if (found := shutil.which(name)) else []
    candidates += sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    for program in candidates:
        major = _major(program)
        if major is not None and major >= server_major:
            return program
    raise MonitorError(ErrorCode.PG_DUMP_MISSING, major=server_major, program=name)


def server_major(conn: Any) -> int:
    """The server's major version (`150004` → 15), from the station's own connection."""
    return int(conn.raw.info.server_version) // 10000


def run_program(command: list[str], folder: Path) -> None:
    """Run pg_dump or pg_restore; a failure (its own message, a full disk) is a refusal. The
    program inherits the environment, so libpq finds the password where the station's own
    connection did (PGPASSWORD, ~/.pgpass, a service file), never on a command line."""
    try:
        done = subprocess.run(command, capture_output=True, text=True)
    except OSError as exc:
        raise MonitorError(ErrorCode.PG_DUMP_FAILED, program=Path(command[0]).name,
                           reason=str(exc), path=str(folder)) from exc
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        raise MonitorError(ErrorCode.PG_DUMP_FAILED, program=Path(command[0]).name,
                           reason=reason, path=str(folder))


def _copy_keys(station: Path, target: Path) -> None:
    keys = keys_dir_for(station)
    shutil.copytree(keys, target)  # file modes come along: the folder stays the user's only
    os.chmod(target, 0o700)


def dump_station(conn: Any, address: PostgresAddress, station: Path, kind: str,
                 now_ms: int) -> BackupInfo:
    """Back the station up into its backups folder, then prune to the retention."""
    folder = backups_dir_for(station)
    folder.mkdir(parents=True, exist_ok=True)
    remove_unfinished(station)
    major = server_major(conn)
    pg_dump = find_program("pg_dump", major)
    backup_id = new_backup_id(station, kind, now_ms)
    dump, keys = dump_file(station, backup_id), keys_copy(station, backup_id)
    dump_tmp, keys_tmp = dump.with_name(dump.name + ".tmp"), keys.with_name(keys.name + ".tmp")
    try:
        run_program([pg_dump, "--format=custom", "--no-owner", "--no-privileges",
                     f"--file={dump_tmp}", f"--dbname={address.url}"], folder)
        run_program([find_program("pg_restore", major), "--list", str(dump_tmp)], folder)
        _copy_keys(station, keys_tmp)
        os.replace(keys_tmp, keys)
        os.replace(dump_tmp, dump)
        info = BackupInfo(backup_id, kind, now_ms, dump.stat().st_size, True,
                          applied_migrations(conn), stored_role(conn))
        write_note(station, info)
    except BaseException as failure:
        for leftover in (dump_tmp, dump):
            leftover.unlink(missing_ok=True)
        for leftover in (keys_tmp, keys):
            shutil.rmtree(leftover, ignore_errors=True)
        if isinstance(failure, OSError):
            raise MonitorError(ErrorCode.PG_DUMP_FAILED, program="pg_dump", reason=str(failure),
                               path=str(folder)) from failure
        raise
    prune(station, load_retention(station))
    return info
