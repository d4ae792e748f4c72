"""Writing and reading synced records (visits, plans, copies...) through validation and scope."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kind_spec import FieldType, KindSpec, Place
from monitor_app.core.kinds import kind_named
from monitor_app.core.record_rules import check_record
from monitor_app.core.validation import DELETED, prepare_put, record_key, stored_to_record
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.record_checks import check_with_stored_data
from monitor_app.storage.catalogues import catalogue_codes
from monitor_app.storage.changes import ChangeRecorder
from monitor_app.storage.records import fetch_row, fetch_rows
from monitor_app.storage.schools import local_services, school_codooii


@dataclass
class PutReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    fields_written: int = 0

    def changes(self, kind: str) -> Changes:
        ids = (*self.created, *self.updated)
        return Changes.of(kind, *ids) if ids else Changes()


def check_school(ctx: AppContext, cod_mod: str, anexo: str) -> None:
    codooii = school_codooii(ctx.store, cod_mod, anexo)
    if codooii is None:
        raise MonitorError(ErrorCode.SCHOOL_NOT_FOUND, cod_mod=cod_mod, anexo=anexo)
    if not ctx.require_identity().scope.holds(cod_mod, codooii):
        raise MonitorError(ErrorCode.OUT_OF_SCOPE, cod_mod=cod_mod)


def _check_local(ctx: AppContext, codlocal: str) -> None:
    services = local_services(ctx.store, codlocal)
    if not services:
        raise MonitorError(ErrorCode.LOCAL_NOT_FOUND, codlocal=codlocal)
    if not ctx.require_identity().scope.holds_any(services):
        raise MonitorError(ErrorCode.OUT_OF_SCOPE, cod_mod=codlocal)


def check_place(ctx: AppContext, kind: KindSpec, record: dict[str, Any], *,
                live_links: bool = True) -> None:
    """Where the record belongs, and that this installation may touch it: its school or local
    (in the directory and in scope), or the records it links to (existing, and not deleted
    when `live_links`), followed down to their school or local."""
    if kind.place is Place.SCHOOL and record.get("cod_mod"):
        check_school(ctx, record["cod_mod"], record.get("anexo") or "0")
    elif kind.place is Place.LOCAL and record.get("codlocal"):
        _check_local(ctx, record["codlocal"])
    for spec in kind.links:
        target = record.get(spec.name)
        if target is None:
            continue
        linked = fetch_row(ctx.store, spec.references, target)  # type: ignore[arg-type]
        if linked is None or (live_links and linked.get(DELETED)):
            raise MonitorError(ErrorCode.REFERENCE_NOT_FOUND, field=spec.name, value=target)
        check_place(ctx, kind_named(spec.references), linked,  # type: ignore[arg-type]
                    live_links=live_links)


def _check_catalogues(ctx: AppContext, kind: KindSpec, values: dict[str, Any]) -> None:
    for spec in kind.fields:
        value = values.get(spec.name)
        if spec.type is FieldType.CATALOGUE and value is not None:
            codes = catalogue_codes(ctx.store, spec.catalogue)  # type: ignore[arg-type]
            if value not in codes:
                raise MonitorError(ErrorCode.NOT_IN_CATALOGUE, field=spec.name, value=value,
                                   catalogue=spec.catalogue, allowed=", ".join(codes))


def put_one(ctx: AppContext, rec: ChangeRecorder, kind: KindSpec, incoming: Any,
            report: PutReport) -> None:
    """Validate and write one record inside the caller's recording (for services that write a
    record together with other data in one transaction)."""
    pk = record_key(kind, incoming)
    existing = fetch_row(ctx.store, kind.table, pk) if pk is not None else None
    if kind.unique and existing is not None and "id" not in incoming and not existing[DELETED]:
        key = kind.natural_key[-1]
        raise MonitorError(ErrorCode.DUPLICATE_RECORD, kind=kind.name, field=key,
                           value=existing.get(key), id=pk)
    pk, values = prepare_put(kind, incoming, existing, pk)
    record = {**(existing or {}), **values}
    check_record(kind.rules, record, ctx.today())
    _check_catalogues(ctx, kind, values)
    check_place(ctx, kind, record)  # a put also restores a deleted one
    check_with_stored_data(ctx, kind, pk, record, existing)
    written = rec.put(kind.table, pk, values)
    target = report.created if existing is None else report.updated if written else report.unchanged
    target.append(pk)
    report.fields_written += len(written)


def put_records(ctx: AppContext, kind_name: str, items: Iterable[tuple[int, Any]]) -> PutReport:
    """Create or update records, all in one transaction; a refusal names its line."""
    kind = kind_named(kind_name)
    report = PutReport()
    with ctx.recording() as rec:
        for line, incoming in items:
            try:
                put_one(ctx, rec, kind, incoming, report)
            except MonitorError as refusal:
                raise refusal.at_line(line) from None
    return report


def put_record(ctx: AppContext, kind_name: str, incoming: dict[str, Any]) -> str:
    """Create or update one record; its id."""
    report = put_records(ctx, kind_name, [(1, incoming)])
    return (report.created or report.updated or report.unchanged)[0]


def list_records(ctx: AppContext, kind_name: str, *, include_deleted: bool = False
                 ) -> list[dict[str, Any]]:
    kind = kind_named(kind_name)
    ctx.require_identity()
    rows = fetch_rows(ctx.store, kind.table, include_deleted=include_deleted)
    records = [stored_to_record(kind, row) for row in rows]
    if include_deleted:
        for record, row in zip(records, rows):
            record[DELETED] = bool(row[DELETED])
    return records


def delete_record(ctx: AppContext, kind_name: str, record_id: str) -> Changes:
    """Mark a record deleted (a change like any other; a later put restores it). The record as
    deleted passes the same stored checks as a put, so a delete cannot do what an edit may
    not: deleting an entry of the library ledger must not take its copy's stock below zero
    (QUANTITY_BELOW_ZERO). The other stored checks pass a deletion on purpose: deleting a loan
    only puts a copy back on the shelf, and a deleted answer or visit is no longer checked
    against its instrument."""
    kind = kind_named(kind_name)
    with ctx.recording() as rec:
        existing = fetch_row(ctx.store, kind.table, record_id)
        if existing is None or existing.get(DELETED):
            raise MonitorError(ErrorCode.RECORD_NOT_FOUND, kind=kind.name, id=record_id)
        check_place(ctx, kind, existing, live_links=False)  # scope, even under a deleted visit
        check_with_stored_data(ctx, kind, record_id, {**existing, DELETED: True}, existing)
        rec.put(kind.table, record_id, {DELETED: True})
    return Changes.of(kind.name, record_id)
