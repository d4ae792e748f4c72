"""Where each record the merge has seen a true creation of belongs (`core/identity.py`).

Written once per record, from the first creation whose identity values match its id (every
such creation names the same values); kept even when the creator was outside its scope, so later
changes to that record are decided the same way whatever order they arrive in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor_app.storage.turns import bulk_write


@dataclass(frozen=True)
class RecordPlace:
    """A school service, a local, or the record this one belongs to (`parent`); `identity`:
    the values of the record's identity fields that its id vouches for."""

    cod_mod: str | None = None
    anexo: str | None = None
    codlocal: str | None = None
    parent: tuple[str, str] | None = None
    identity: dict[str, Any] = field(default_factory=dict)


def save_places(conn: sqlite3.Connection, places: list[tuple[str, str, RecordPlace]]) -> None:
    """Keep the first place known for each record (every true creation names the same one)."""
    bulk_write(conn, 
        "INSERT OR IGNORE INTO record_places (tbl, pk, cod_mod, anexo, codlocal, parent_tbl, "
        "parent_pk, identity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(table, pk, place.cod_mod, place.anexo, place.codlocal, *(place.parent or (None, None)),
          json.dumps(place.identity, sort_keys=True)) for table, pk, place in places])


_COLUMNS = "cod_mod, anexo, codlocal, parent_tbl, parent_pk, identity"
IN_LIMIT = 400


def _place(row: tuple) -> RecordPlace:  # type: ignore[type-arg]
    cod_mod, anexo, codlocal, parent_tbl, parent_pk, identity = row
    parent = None if parent_tbl is None else (parent_tbl, parent_pk)
    return RecordPlace(cod_mod, anexo, codlocal, parent, json.loads(identity))


def load_places(conn: sqlite3.Connection, table: str, pks: Sequence[str]
                ) -> dict[str, RecordPlace]:
    """The known places of many records of one table, a few queries for all."""
    found = {}
    for start in range(0, len(pks), IN_LIMIT):
        part = pks[start:start + IN_LIMIT]
        rows = conn.execute(f"SELECT pk, {_COLUMNS} FROM record_places WHERE tbl = ? AND pk IN "
                            f"({', '.join('?' * len(part))})", [table, *part])
        found.update((pk, _place(rest)) for pk, *rest in rows)
    return found
