"""Catalogues (brigade types, hazards, device types...): reference data the UGEL extends."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from monitor_app.storage.database import Store


@dataclass(frozen=True)
class CatalogueEntry:
    catalogue: str
    code: str
    label_es: str
    label_en: str
    position: int = 0
    active: bool = True

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_es


def catalogue_codes(store: Store, catalogue: str) -> list[str]:
    """The active codes of a catalogue, in their display order."""
    return [
        code
        for (code,) in store.conn.execute(
            "SELECT code FROM catalogue_entries WHERE catalogue = ? AND active = 1 "
            "ORDER BY position, code",
            [catalogue],
        )
    ]


def catalogue_entries(store: Store, catalogue: str | None = None) -> list[CatalogueEntry]:
    where, params = ("WHERE catalogue = ?", [catalogue]) if catalogue else ("", [])
    rows = store.conn.execute(
        "SELECT catalogue, code, label_es, label_en, position, active FROM catalogue_entries "
        f"{where} ORDER BY catalogue, position, code",
        params,
    )
    return [CatalogueEntry(c, code, es, en, pos, bool(active)) for c, code, es, en, pos, active in rows]


def upsert_catalogue_entries(conn: sqlite3.Connection, entries: list[CatalogueEntry]) -> int:
    """Add or relabel entries (never remove: old records keep their codes); returns how many
    rows changed."""
    before = conn.total_changes
    conn.executemany(
        "INSERT INTO catalogue_entries (catalogue, code, label_es, label_en, position, active) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (catalogue, code) DO UPDATE SET "
        "label_es = excluded.label_es, label_en = excluded.label_en, "
        "position = excluded.position, active = excluded.active "
        "WHERE (catalogue_entries.label_es, catalogue_entries.label_en, "
        "catalogue_entries.position, catalogue_entries.active) IS NOT "
        "(excluded.label_es, excluded.label_en, excluded.position, excluded.active)",
        [(e.catalogue, e.code, e.label_es, e.label_en, e.position, int(e.active)) for e in entries],
    )
    return conn.total_changes - before


def upsert_national_drills(conn: sqlite3.Connection,
                           drills: list[tuple[str, str, str, str, str]]) -> int:
    """(date, shift, time, hazard, label) rows of the national drill calendar."""
    before = conn.total_changes
    conn.executemany(
        "INSERT INTO national_drills (date, shift, time, hazard, label) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (date, shift) DO UPDATE SET time = excluded.time, "
        "hazard = excluded.hazard, label = excluded.label "
        "WHERE (national_drills.time, national_drills.hazard, national_drills.label) IS NOT "
        "(excluded.time, excluded.hazard, excluded.label)",
        drills,
    )
    return conn.total_changes - before


def national_drill_dates(store: Store) -> list[str]:
    """Every national drill day, oldest first."""
    return [d for (d,) in store.conn.execute("SELECT DISTINCT date FROM national_drills ORDER BY date")]
