"""Whether every record a bundle touches lies within its sender's scope, checked before merging.

A record's school (or local: the premises, for GRD and library records) comes from the bundle itself (its latest value there) or, for a record the
bundle only updates, from the merged tables; a record that links to another (a commitment to its
visit) takes that record's school. A record whose school cannot be known, or lies outside the
scope, makes the whole bundle out of scope. Tables this version does not know are not checked:
they cannot be shown, and a newer office decides about them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from monitor_app.core.kind_spec import FieldType, KindSpec, Place
from monitor_app.core.kinds import KINDS
from monitor_app.core.roles import Scope
from monitor_app.storage.database import Store
from monitor_app.storage.records import fetch_row
from monitor_app.storage.schools import local_services, school_codooii
from monitor_app.sync.change import ChangeRow

RecordKey = tuple[str, str]


def _linking_columns(kind: KindSpec) -> set[str]:
    return {f.name for f in kind.fields if f.type in (FieldType.COD_MOD, FieldType.ANEXO,
                                                      FieldType.CODLOCAL)
            or f.references is not None}


def bundle_links(rows: Iterable[ChangeRow]) -> dict[RecordKey, dict[str, Any]]:
    """Per record the bundle touches, its latest values of the columns that place it."""
    records: dict[RecordKey, dict[str, Any]] = {}
    wanted = {name: _linking_columns(kind) for name, kind in KINDS.items()}
    for _, table, pk, column, value, _, _ in rows:
        if table not in wanted:
            continue
        fields = records.setdefault((table, pk), {})
        if column in wanted[table]:
            fields[column] = json.loads(value)
    return records


PlaceKey = tuple[str, str]  # ("school", "cod_mod|anexo") or ("local", codlocal)


def _place_of(store: Store, records: dict[RecordKey, dict[str, Any]], table: str, pk: str,
              depth: int = 0) -> PlaceKey | None:
    if depth > 4 or table not in KINDS:
        return None
    kind = KINDS[table]
    values = records.get((table, pk), {})
    if not _places(kind, values):  # the bundle only updates it: its place is in the tables
        values = {**(fetch_row(store, table, pk) or {}), **values}
    if kind.place is Place.SCHOOL:
        cod_mod = values.get("cod_mod")
        return ("school", f"{cod_mod}|{values.get('anexo') or '0'}") if cod_mod else None
    if kind.place is Place.LOCAL:
        return ("local", values["codlocal"]) if values.get("codlocal") else None
    for spec in kind.links:
        if values.get(spec.name):
            return _place_of(store, records, spec.references, values[spec.name],  # type: ignore[arg-type]
                             depth + 1)
    return None


def _places(kind: KindSpec, values: dict[str, Any]) -> bool:
    """Whether these values alone say where the record is (a school, a local, or a link)."""
    if kind.place is Place.SCHOOL:
        return bool(values.get("cod_mod"))
    if kind.place is Place.LOCAL:
        return bool(values.get("codlocal"))
    return any(values.get(spec.name) for spec in kind.links)


def _services_at(store: Store, place: PlaceKey) -> list[tuple[str, str]]:
    """The (cod_mod, codooii) services a place stands for (none: not in the directory)."""
    what, key = place
    if what == "local":
        return local_services(store, key)
    cod_mod, anexo = key.split("|")
    codooii = school_codooii(store, cod_mod, anexo)
    return [] if codooii is None else [(cod_mod, codooii)]


def out_of_scope(store: Store, rows: Iterable[ChangeRow], scope: Scope) -> list[RecordKey]:
    """The records of a bundle that its sender may not touch (empty: the bundle is in scope)."""
    records = bundle_links(rows)
    outside = []
    held: dict[PlaceKey, bool] = {}
    for table, pk in sorted(records):
        place = _place_of(store, records, table, pk)
        if place is not None and place not in held:
            held[place] = scope.holds_any(_services_at(store, place))
        if place is None or not held[place]:
            outside.append((table, pk))
    return outside
