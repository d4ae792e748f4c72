"""Loaded instrument versions: each (code, version) is written once and never changes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from monitor_app.storage.database import Store


@dataclass(frozen=True)
class StoredInstrument:
    code: str
    version: int
    title: str
    sha256: str
    loaded_at: str  # "" for the instruments shipped with the app


class Saved(StrEnum):
    ADDED = "added"
    ALREADY = "already"  # the same definition was loaded before: nothing to do
    DIFFERS = "differs"  # that version holds another definition: nothing written


def save_instrument(conn: sqlite3.Connection, code: str, version: int, title: str,
                    definition: str, sha256: str, loaded_at: str) -> Saved:
    """Add one instrument version, unless that version is already loaded."""
    row = conn.execute("SELECT sha256 FROM instruments WHERE code = ? AND version = ?",
                       [code, version]).fetchone()
    if row is not None:
        return Saved.ALREADY if row[0] == sha256 else Saved.DIFFERS
    conn.execute(
        "INSERT INTO instruments (code, version, title, definition, sha256, loaded_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [code, version, title, definition, sha256, loaded_at],
    )
    return Saved.ADDED


def instrument_definition(store: Store, code: str, version: int) -> str | None:
    """The canonical JSON text of one version, or None when it is not loaded."""
    row = store.conn.execute("SELECT definition FROM instruments WHERE code = ? AND version = ?",
                             [code, version]).fetchone()
    return row[0] if row else None


def list_instruments(store: Store) -> list[StoredInstrument]:
    """Every loaded version, by code then version."""
    rows = store.conn.execute(
        "SELECT code, version, title, sha256, loaded_at FROM instruments ORDER BY code, version")
    return [StoredInstrument(*row) for row in rows]


def latest_version(store: Store, code: str) -> int | None:
    row = store.conn.execute("SELECT max(version) FROM instruments WHERE code = ?", [code]).fetchone()
    return row[0]


def all_definitions(store: Store) -> list[str]:
    """Every loaded definition, by code then version (what a reference bundle carries)."""
    return [d for (d,) in store.conn.execute(
        "SELECT definition FROM instruments ORDER BY code, version")]
