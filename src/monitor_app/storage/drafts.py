"""Visit drafts: what is being typed into a visit, one row per field, local and unsynced.

A field is named by a JSON array (`["answer", "rubricas_aula", 1, "A1", "value"]`), its value
is JSON text exactly as the form holds it (it may be half-typed or invalid). Nothing here is
captured as a change: the table has no guard triggers and no bundle reads it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DraftedVisit:
    """A visit with draft values: how many fields, and when the last one was saved."""

    visit_id: str
    fields: int
    saved_at: str


def save_draft_value(conn: sqlite3.Connection, visit_id: str, field: str, value: str,
                     saved_at: str) -> None:
    conn.execute(
        "INSERT INTO visit_drafts (visit_id, field, value, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (visit_id, field) DO UPDATE SET value = excluded.value, "
        "saved_at = excluded.saved_at", [visit_id, field, value, saved_at])


def draft_values(conn: sqlite3.Connection, visit_id: str) -> dict[str, str]:
    """field -> value JSON text."""
    return dict(conn.execute("SELECT field, value FROM visit_drafts WHERE visit_id = ?",
                             [visit_id]))


def drop_draft_values(conn: sqlite3.Connection, visit_id: str,
                      fields: Iterable[str] | None = None) -> None:
    """Drop the given fields of a visit's draft, or all of them."""
    if fields is None:
        conn.execute("DELETE FROM visit_drafts WHERE visit_id = ?", [visit_id])
        return
    conn.executemany("DELETE FROM visit_drafts WHERE visit_id = ? AND field = ?",
                     ((visit_id, field) for field in fields))


def drafted_visits(conn: sqlite3.Connection) -> list[DraftedVisit]:
    """Visits with draft values, the most recently typed into first."""
    rows = conn.execute("SELECT visit_id, count(*), max(saved_at) FROM visit_drafts "
                        "GROUP BY visit_id ORDER BY max(saved_at) DESC, visit_id")
    return [DraftedVisit(visit_id, count, saved_at) for visit_id, count, saved_at in rows]
