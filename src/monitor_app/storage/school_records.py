"""What a school page lists: its visits, and the GRD and library records of its local."""

from __future__ import annotations

from typing import Any

from monitor_app.core.visit_kinds import OPEN_COMMITMENT_STATUSES
from monitor_app.storage.database import Store
from monitor_app.storage.records import fetch_rows


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def last_visit_dates(store: Store) -> dict[tuple[str, str], str]:
    """(cod_mod, anexo) -> the date of its latest visit that was not cancelled."""
    rows = store.conn.execute(
        "SELECT cod_mod, anexo, max(date) FROM visits WHERE _deleted = 0 AND status != 'anulada' "
        "GROUP BY cod_mod, anexo")
    return {(cod_mod, anexo): day for cod_mod, anexo, day in rows}


def open_commitment_counts(store: Store) -> dict[tuple[str, str], int]:
    """(cod_mod, anexo) -> how many commitments agreed at its visits are still open."""
    marks = ", ".join("?" for _ in OPEN_COMMITMENT_STATUSES)
    rows = store.conn.execute(
        "SELECT v.cod_mod, v.anexo, count(*) FROM commitments c JOIN visits v ON v.id = c.visit_id "
        f"WHERE c._deleted = 0 AND v._deleted = 0 AND c.status IN ({marks}) GROUP BY v.cod_mod, v.anexo",
        list(OPEN_COMMITMENT_STATUSES))
    return {(cod_mod, anexo): count for cod_mod, anexo, count in rows}


def visits_of(store: Store, cod_mod: str) -> list[dict[str, Any]]:
    """The school's visits (every anexo, any specialist), newest first, with how many
    commitments each agreed."""
    return _dicts(store.conn.execute(
        "SELECT v.id, v.anexo, v.date, v.type, v.status, coalesce(v.specialist, '') AS specialist, "
        "coalesce(v.modality, '') AS modality, "
        "(SELECT count(*) FROM commitments c WHERE c.visit_id = v.id AND c._deleted = 0) "
        "AS commitments FROM visits v WHERE v.cod_mod = ? AND v._deleted = 0 "
        "ORDER BY v.date DESC, v.id", [cod_mod]))


def local_rows(store: Store, table: str, codlocal: str) -> list[dict[str, Any]]:
    """The live rows of a per-local table (plans, brigades, drills, devices, libraries)."""
    return fetch_rows(store, table, where=("codlocal", codlocal))


def brigade_member_counts(store: Store, codlocal: str) -> dict[str, int]:
    rows = store.conn.execute(
        "SELECT b.id, count(m.id) FROM brigades b LEFT JOIN brigade_members m "
        "ON m.brigade_id = b.id AND m._deleted = 0 WHERE b.codlocal = ? AND b._deleted = 0 "
        "GROUP BY b.id", [codlocal])
    return dict(rows)


def copies_of_local(store: Store, codlocal: str) -> list[dict[str, Any]]:
    """The copies of the local's libraries, by title, with their stock and loans out."""
    return _dicts(store.conn.execute(
        "SELECT c.*, "
        "(SELECT coalesce(sum(m.quantity), 0) FROM library_movements m "
        " WHERE m.copy_id = c.id AND m._deleted = 0) AS stock, "
        "(SELECT count(*) FROM library_loans l WHERE l.copy_id = c.id AND l._deleted = 0 "
        " AND l.returned_date IS NULL) AS out "
        "FROM library_copies c JOIN libraries b ON b.id = c.library_id "
        "WHERE b.codlocal = ? AND c._deleted = 0 AND b._deleted = 0 "
        "ORDER BY c.title, c.registration_number", [codlocal]))


def loans_of_local(store: Store, codlocal: str) -> list[dict[str, Any]]:
    """The loans of the local's copies, those still out first, latest first."""
    return _dicts(store.conn.execute(
        "SELECT l.*, c.title FROM library_loans l JOIN library_copies c ON c.id = l.copy_id "
        "JOIN libraries b ON b.id = c.library_id WHERE b.codlocal = ? AND l._deleted = 0 "
        "ORDER BY l.returned_date IS NOT NULL, l.out_date DESC, l.id", [codlocal]))
