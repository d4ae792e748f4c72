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
from monitor_app.core.instrument import definition_sha256, definition_text

DEFAULTS_FILE = "defaults.json"
SCHEMA_FILE = "instrument.schema.json"


def _folder(name: str) -> Traversable:
    return resources.files("monitor_app.resources") / name


def default_catalogue_file() -> CatalogueFile:
    path = _folder("catalogues") / DEFAULTS_FILE
    return parse_catalogue_file(json.loads(path.read_text(encoding="utf-8")), DEFAULTS_FILE)


@functools.cache
def instrument_schema() -> dict[str, Any]:
    """The JSON Schema every instrument definition must meet."""
    return json.loads((_folder("instruments") / SCHEMA_FILE).read_text(encoding="utf-8"))


def shipped_instruments() -> dict[str, Any]:
    """File name -> decoded definition, for each instrument shipped with the app (the tests
    check that each one parses; installing them needs only their code, version and title)."""
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(_folder("instruments").iterdir(), key=lambda p: p.name)
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
