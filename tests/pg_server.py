"""A throw-away PostgreSQL server for the tests and benchmarks (issue 13): Debian's server
programs, started on a Unix socket in a temporary folder, as the `postgres` user when run as
root (`initdb` refuses root)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path


def server_program(name: str) -> str | None:
    """`initdb`, `pg_ctl`…: on PATH, or where Debian's package puts them."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def postgres_server(*, durable: bool = False, settings: Sequence[str] = ()) -> Iterator[str]:
    """Start a server; yield its socket folder; stop it and remove everything. Tests run it
    without fsync (`durable=False`): a crash of the test server loses nothing anyone keeps."""
    initdb, pg_ctl = server_program("initdb"), server_program("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError("PostgreSQL's server programs are not installed (Debian: postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    subprocess.run(as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", "postgres",
                                   "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True)
    options = f"-k {folder} -c listen_addresses='' -c max_connections=60"
    options += "".join(f" -c {setting}" for setting in settings)  # NAME=VALUE, as an admin sets
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(as_server_user([pg_ctl, "-D", str(data), "-o", options, "-l",
                                   str(folder / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    try:
        yield str(folder)
    finally:
        subprocess.run(as_server_user([pg_ctl, "-D", str(data), "-m", "fast", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def database_url(socket: str, name: str, user: str = "postgres") -> str:
    return f"postgresql://{user}@/{name}?host={socket}"


_made = 0


def fresh_database(socket: str, template: str | None = None) -> str:
    """A new empty database (or a copy of `template`) on the test server; its address."""
    import psycopg

    global _made
    _made += 1
    name = f"station_{os.getpid()}_{_made}"
    copy = f" TEMPLATE {template}" if template else ""
    with psycopg.connect(database_url(socket, "postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}{copy}")
    return database_url(socket, name)


def database_name(url: str) -> str:
    return url.split("/")[3].split("?")[0]


def drop_database(socket: str, url: str) -> None:
    import psycopg

    with psycopg.connect(database_url(socket, "postgres"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {database_name(url)} WITH (FORCE)")
