"""Writing and reading synced records (visits, commitments...) through validation and scope."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kinds import KindSpec, kind_named
from monitor_app.core.validation import DELETED, prepare_put, stored_to_record
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.storage.changes import ChangeRecorder
from monitor_app.storage.records import fetch_row, fetch_rows
from monitor_app.storage.schools import school_codooii


@dataclass
class PutReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    fields_written: int = 0

    def changes(self, kind: str) -> Changes:
        ids = (*self.created, *self.updated)
        return Changes.of(kind, *ids) if ids else Changes()


def _check_school(ctx: AppContext, cod_mod: str, anexo: str) -> None:
    codooii = school_codooii(ctx.store, cod_mod, anexo)
    if codooii is None:
        raise MonitorError(ErrorCode.SCHOOL_NOT_FOUND, cod_mod=cod_mod, anexo=anexo)
    if not ctx.require_identity().scope.holds(cod_mod, codooii):
        raise MonitorError(ErrorCode.OUT_OF_SCOPE, cod_mod=cod_mod)


def _check_links(ctx: AppContext, kind: KindSpec, record: dict[str, Any], *,
                 live_links: bool = True) -> None:
    """Rules that need other records: the school a visit observes (in scope), the visit a
    commitment follows (existing, and not deleted when `live_links`)."""
    if kind.field("cod_mod") is not None and record.get("cod_mod"):
        _check_school(ctx, record["cod_mod"], record.get("anexo") or "0")
    for spec in kind.fields:
        target = record.get(spec.name)
        if spec.references is None or target is None:
            continue
        linked = fetch_row(ctx.store, spec.references, target)
        if linked is None or (live_links and linked.get(DELETED)):
            raise MonitorError(ErrorCode.REFERENCE_NOT_FOUND, field=spec.name, value=target)
        _check_links(ctx, kind_named(spec.references), linked, live_links=live_links)


def _put_one(ctx: AppContext, rec: ChangeRecorder, kind: KindSpec, incoming: Any,
             report: PutReport) -> None:
    existing_id = incoming.get("id") if isinstance(incoming, dict) else None
    existing = fetch_row(ctx.store, kind.table, existing_id) if isinstance(existing_id, str) else None
    pk, values = prepare_put(kind, incoming, existing)
    _check_links(ctx, kind, {**(existing or {}), **values})  # a put also restores a deleted one
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
                _put_one(ctx, rec, kind, incoming, report)
            except MonitorError as refusal:
                raise refusal.at_line(line) from None
    return report


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
    """Mark a record deleted (a change like any other; a later put restores it)."""
    kind = kind_named(kind_name)
    with ctx.recording() as rec:
        existing = fetch_row(ctx.store, kind.table, record_id)
        if existing is None or existing.get(DELETED):
            raise MonitorError(ErrorCode.RECORD_NOT_FOUND, kind=kind.name, id=record_id)
        _check_links(ctx, kind, existing, live_links=False)  # scope, even under a deleted visit
        rec.put(kind.table, record_id, {DELETED: True})
    return Changes.of(kind.name, record_id)
