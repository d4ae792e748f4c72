"""Figures the coverage report adds to the checklist's facts, one query each for every school:
visits per service (last one, how many this quarter) and the library ledger per local."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from monitor_app.storage.checklist_facts import day_of
from monitor_app.storage.database import Store

# Visits that took place: a planned visit has not, an annulled one did not count.
_HELD = "_deleted = 0 AND status NOT IN ('planificada', 'anulada')"


@dataclass(frozen=True)
class VisitFigures:
    last_visit: dt.date | None = None
    this_quarter: int = 0


@dataclass(frozen=True)
class LibraryFigures:
    copies: int = 0  # the sum of the ledger's movements
    loans_out: int = 0


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def visit_figures(store: Store, today: dt.date) -> dict[tuple[str, str], VisitFigures]:
    """Per (cod_mod, anexo): the last visit held up to `today`, and those held this quarter."""
    rows = store.conn.execute(
        f"SELECT cod_mod, coalesce(anexo, '0'), max(date), "
        f"sum(date >= ?) FROM visits WHERE {_HELD} AND date <= ? GROUP BY 1, 2",
        [quarter_start(today).isoformat(), today.isoformat()],
    )
    return {(cod_mod, anexo): VisitFigures(day_of(last), int(quarter or 0))
            for cod_mod, anexo, last, quarter in rows}


def library_figures(store: Store) -> dict[str, LibraryFigures]:
    """Per local: copies on the ledger and loans not returned, of its library's live copies."""
    copies = dict(store.conn.execute(
        "SELECT l.codlocal, sum(m.quantity) FROM libraries l "
        "JOIN library_copies c ON c.library_id = l.id AND c._deleted = 0 "
        "JOIN library_movements m ON m.copy_id = c.id AND m._deleted = 0 "
        "WHERE l._deleted = 0 GROUP BY l.codlocal"
    ).fetchall())
    loans = dict(store.conn.execute(
        "SELECT l.codlocal, count(*) FROM libraries l "
        "JOIN library_copies c ON c.library_id = l.id AND c._deleted = 0 "
        "JOIN library_loans o ON o.copy_id = c.id AND o._deleted = 0 "
        "AND o.returned_date IS NULL "
        "WHERE l._deleted = 0 GROUP BY l.codlocal"
    ).fetchall())
    return {local: LibraryFigures(int(copies.get(local) or 0), int(loans.get(local) or 0))
            for local in copies.keys() | loans.keys()}
