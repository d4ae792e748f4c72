"""At a DRE: which UGEL each school belongs to (the UGEL whose directory holds it, from the
snapshot its bundles carry), and through which UGEL each device's changes come."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def replace_jurisdiction(conn: sqlite3.Connection, ugel_device: str,
                         schools: Iterable[tuple[str, str]]) -> None:
    """The UGEL's schools are those of its latest directory snapshot."""
    conn.execute("DELETE FROM jurisdictions WHERE ugel_device = ?", [ugel_device])
    conn.executemany("INSERT OR IGNORE INTO jurisdictions (cod_mod, anexo, ugel_device) "
                     "VALUES (?, ?, ?)", ((c, a, ugel_device) for c, a in schools))


def holds_place(conn: sqlite3.Connection, ugel_device: str, place: tuple[str, str, str]) -> bool:
    """Whether a UGEL holds a place: ("school", cod_mod, anexo) or ("local", codlocal, "")."""
    what, code, anexo = place
    if what == "local":
        return holds_local(conn, ugel_device, code)
    return holds_school(conn, ugel_device, code, anexo)


def holds_school(conn: sqlite3.Connection, ugel_device: str, cod_mod: str, anexo: str) -> bool:
    return conn.execute("SELECT 1 FROM jurisdictions WHERE cod_mod = ? AND anexo = ? AND "
                        "ugel_device = ?", [cod_mod, anexo, ugel_device]).fetchone() is not None


def holds_local(conn: sqlite3.Connection, ugel_device: str, codlocal: str) -> bool:
    """A local belongs to a UGEL when one of the services at it does."""
    return conn.execute(
        "SELECT 1 FROM schools s JOIN jurisdictions j ON j.cod_mod = s.cod_mod "
        "AND j.anexo = s.anexo WHERE s.codlocal = ? AND j.ugel_device = ? LIMIT 1",
        [codlocal, ugel_device]).fetchone() is not None


def note_origins(conn: sqlite3.Connection, via: str, devices: Iterable[str]) -> None:
    """The first UGEL that relays a device's changes is the one they come through."""
    conn.executemany("INSERT OR IGNORE INTO device_origins (device_id, via) VALUES (?, ?)",
                     ((device, via) for device in devices))


def origin_of(conn: sqlite3.Connection, device_id: str) -> str | None:
    row = conn.execute("SELECT via FROM device_origins WHERE device_id = ?",
                       [device_id]).fetchone()
    return None if row is None else str(row[0])
