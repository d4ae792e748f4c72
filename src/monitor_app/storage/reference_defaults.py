"""The reference data every installation starts with: catalogues and the drill calendar
(`resources/catalogues/defaults.json`) and the instruments (`resources/instruments/`).
Installing adds what is missing and never overwrites what a UGEL has changed since."""

from __future__ import annotations

import functools
import json
import sqlite3
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from monitor_app.core.catalogue_file import CatalogueFile, parse_catalogue_file
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.instrument import definition_sha256, definition_text

DEFAULTS_FILE = "defaults.json"
SCHEMA_FILE = "instrument.schema.json"


def _folder(name: str) -> Traversable:
    return resources.files("monitor_app.resources") / name


def _read_shipped(path: Traversable) -> Any:
    """A file shipped with the program, decoded. Missing, it is the installation that is
    incomplete, not the database being opened that is unreadable (the built program once
    lacked these files and said "No se pudo leer u.db")."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise MonitorError(ErrorCode.INSTALLATION_INCOMPLETE, path=str(path)) from None


def default_catalogue_file() -> CatalogueFile:
    return parse_catalogue_file(_read_shipped(_folder("catalogues") / DEFAULTS_FILE), DEFAULTS_FILE)


@functools.cache
def instrument_schema() -> dict[str, Any]:
    """The JSON Schema every instrument definition must meet."""
    return _read_shipped(_folder("instruments") / SCHEMA_FILE)


def shipped_instruments() -> dict[str, Any]:
    """File name -> decoded definition, for each instrument shipped with the app (the tests
    check that each one parses; installing them needs only their code, version and title)."""
    folder = _folder("instruments")
    if not folder.is_dir():
        raise MonitorError(ErrorCode.INSTALLATION_INCOMPLETE, path=str(folder))
    return {
        path.name: _read_shipped(path)
        for path in sorted(folder.iterdir(), key=lambda p: p.name)
        if path.name.endswith(".json") and path.name != SCHEMA_FILE
    }


def install_defaults(conn: sqlite3.Connection) -> None:
    """Add the shipped catalogue codes, drill dates and instrument versions this database lacks."""
    shipped = default_catalogue_file()
    conn.executemany(
        "INSERT OR IGNORE INTO catalogue_entries (catalogue, code, label_es, label_en, position) "
        "VALUES (?, ?, ?, ?, ?)",
        [(c.catalogue, c.code, c.label_es, c.label_en, c.position) for c in shipped.codes],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO national_drills (date, shift, time, hazard, label) "
        "VALUES (?, ?, ?, ?, ?)",
        [(d.date, d.shift, d.time, d.hazard, d.label) for d in shipped.national_drills],
    )
    rows = []
    for document in shipped_instruments().values():
        text = definition_text(document)
        rows.append((document["code"], document["version"], document["title"], text,
                     definition_sha256(text)))
    conn.executemany(
        "INSERT OR IGNORE INTO instruments (code, version, title, definition, sha256, loaded_at) "
        "VALUES (?, ?, ?, ?, ?, '')",
        rows,
    )
