"""Whether every record a bundle touches lies within its sender's scope, checked before merging.

A record's school comes from the bundle itself (its latest value there) or, for a record the
bundle only updates, from the merged tables; a record that links to another (a commitment to its
visit) takes that record's school. A record whose school cannot be known, or lies outside the
scope, makes the whole bundle out of scope. Tables this version does not know are not checked:
they cannot be shown, and a newer office decides about them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from monitor_app.core.kinds import KINDS, FieldType, KindSpec
from monitor_app.core.roles import Scope
from monitor_app.storage.database import Store
from monitor_app.storage.records import fetch_row
from monitor_app.storage.schools import school_codooii
from monitor_app.sync.change import ChangeRow

RecordKey = tuple[str, str]


def _linking_columns(kind: KindSpec) -> set[str]:
    return {f.name for f in kind.fields if f.type in (FieldType.COD_MOD, FieldType.ANEXO)
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


def _school_of(store: Store, records: dict[RecordKey, dict[str, Any]], table: str, pk: str,
               depth: int = 0) -> tuple[str, str] | None:
    if depth > 4 or table not in KINDS:
        return None
    kind = KINDS[table]
    values = records.get((table, pk), {})
    if not _places(kind, values):  # the bundle only updates it: its place is in the tables
        values = {**(fetch_row(store, table, pk) or {}), **values}
    if kind.field("cod_mod") is not None:
        cod_mod = values.get("cod_mod")
        return (cod_mod, values.get("anexo") or "0") if cod_mod else None
    for spec in kind.fields:
        if spec.references and values.get(spec.name):
            return _school_of(store, records, spec.references, values[spec.name], depth + 1)
    return None


def _places(kind: KindSpec, values: dict[str, Any]) -> bool:
    """Whether these values alone say where the record is (a school, or a linked record)."""
    if kind.field("cod_mod") is not None:
        return bool(values.get("cod_mod"))
    return any(spec.references and values.get(spec.name) for spec in kind.fields)


def out_of_scope(store: Store, rows: Iterable[ChangeRow], scope: Scope) -> list[RecordKey]:
    """The records of a bundle that its sender may not touch (empty: the bundle is in scope)."""
    records = bundle_links(rows)
    outside = []
    codooii_of: dict[tuple[str, str], str | None] = {}
    for table, pk in sorted(records):
        school = _school_of(store, records, table, pk)
        if school is not None and school not in codooii_of:
            codooii_of[school] = school_codooii(store, *school)
        codooii = None if school is None else codooii_of[school]
        if school is None or codooii is None or not scope.holds(school[0], codooii):
            outside.append((table, pk))
    return outside
