"""The records of a school's local as the editors need them: whole records with their ids, the
records under one record (hazards of a plan, members of a brigade, movements of a copy...),
catalogue choices, and returning a loan."""

from __future__ import annotations

from typing import Any

from monitor_app.core.directory import School
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.kind_spec import Place
from monitor_app.core.kinds import kind_named
from monitor_app.core.validation import DELETED, stored_to_record
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.records import check_place, check_school, put_record
from monitor_app.storage.catalogues import catalogue_entries
from monitor_app.storage.records import fetch_row, fetch_rows
from monitor_app.storage.school_records import local_rows

Record = dict[str, Any]


def records_of_local(ctx: AppContext, school: School, kind_name: str) -> list[Record]:
    """The live records of a per-local kind (committee, plans, libraries...) of the school's
    local, in their stored order."""
    kind = kind_named(kind_name)
    if kind.place is not Place.LOCAL:
        raise ValueError(f"{kind_name} does not belong to a local")
    check_school(ctx, school.cod_mod, school.anexo)
    return [stored_to_record(kind, row)
            for row in local_rows(ctx.store, kind.table, school.codlocal)]


def records_under(ctx: AppContext, kind_name: str, parent_id: str) -> list[Record]:
    """The live records that belong to one record: the kind's (only) link names the parent."""
    kind = kind_named(kind_name)
    link = kind.links[0]
    parent = record(ctx, link.references, parent_id)  # type: ignore[arg-type]
    return [stored_to_record(kind, row)
            for row in fetch_rows(ctx.store, kind.table, where=(link.name, parent["id"]))]


def record(ctx: AppContext, kind_name: str, record_id: str) -> Record:
    """One live record, in scope, as the user sees it."""
    kind = kind_named(kind_name)
    row = fetch_row(ctx.store, kind.table, record_id)
    if row is None or row.get(DELETED):
        raise MonitorError(ErrorCode.RECORD_NOT_FOUND, kind=kind.name, id=record_id)
    check_place(ctx, kind, row)
    return stored_to_record(kind, row)


def catalogue_choices(ctx: AppContext, catalogue: str, lang: str) -> list[tuple[str, str]]:
    """(code, label) of a catalogue's active entries, in the catalogue's order."""
    entries = sorted((e for e in catalogue_entries(ctx.store, catalogue) if e.active),
                     key=lambda e: (e.position, e.code))
    return [(e.code, e.label(lang)) for e in entries]


def return_loan(ctx: AppContext, loan_id: str) -> Changes:
    """Mark a loan returned today (the copy goes back on the shelf)."""
    loan = record(ctx, "library_loans", loan_id)
    if loan["returned_date"] is not None:
        return Changes()
    put_record(ctx, "library_loans", {"id": loan_id, "returned_date": ctx.today().isoformat()})
    return Changes.of("library_loans", loan_id)
