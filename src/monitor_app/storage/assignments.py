"""Reading the office's assignments of schools to specialists (D33), with the school's name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from monitor_app.storage.database import Store

_ROWS = (
    "SELECT a.id, a.cod_mod, a.anexo, a.device_id, a.specialist, a.assigned_on, "
    "coalesce(s.cen_edu, ''), coalesce(s.d_dist, '') FROM assignments a "
    "LEFT JOIN schools s ON s.cod_mod = a.cod_mod AND s.anexo = a.anexo "
    "WHERE a._deleted = 0 ORDER BY a.specialist, a.device_id, s.cen_edu, a.cod_mod, "
    "a.anexo")


def assignment_rows(store: Store) -> list[Sequence[Any]]:
    """Active assignments: id, cod_mod, anexo, device_id, specialist, assigned_on, school name,
    district."""
    return store.conn.execute(_ROWS).fetchall()


def assigned_keys(store: Store, device_id: str) -> set[tuple[str, str]]:
    """The (cod_mod, anexo) of the schools assigned to a device: a handful, by index."""
    rows = store.conn.execute("SELECT cod_mod, anexo FROM assignments "
                              "WHERE device_id = ? AND _deleted = 0", [device_id])
    return {(cod_mod, anexo) for cod_mod, anexo in rows}
