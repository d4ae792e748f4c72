"""The reference data every installation starts with: catalogues and the drill calendar
(`resources/catalogues/defaults.json`). Installing adds what is missing and never overwrites
what a UGEL has changed since."""

from __future__ import annotations

import json
import sqlite3
from importlib import resources

from monitor_app.core.catalogue_file import CatalogueFile, parse_catalogue_file

DEFAULTS_FILE = "defaults.json"


def default_catalogue_file() -> CatalogueFile:
    path = resources.files("monitor_app.resources") / "catalogues" / DEFAULTS_FILE
    return parse_catalogue_file(json.loads(path.read_text(encoding="utf-8")), DEFAULTS_FILE)


def install_defaults(conn: sqlite3.Connection) -> None:
    """Add the shipped catalogue codes and drill dates this database lacks."""
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
