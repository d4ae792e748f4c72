"""Catalogues (visit types, hazards, brigade types and roles, device and library types...) and
the national drill calendar: the UGEL extends them with a catalogue file; everyone reads them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.catalogue_file import parse_catalogue_file
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.json_file import read_json_file
from monitor_app.services.reporting import full_refresh_due
from monitor_app.storage.catalogues import (
    CatalogueEntry,
    catalogue_codes,
    catalogue_entries,
    upsert_catalogue_entries,
    upsert_national_drills,
)
from monitor_app.storage.reference_snapshot import DrillRow, national_drill_rows

NATIONAL_DRILLS = "national_drills"


@dataclass(frozen=True)
class CatalogueImport:
    added: int
    relabelled: int  # label, position or active mark changed
    unchanged: int
    drills_added: int
    drills_changed: int


def import_catalogue_file(ctx: AppContext, path: Path) -> CatalogueImport:
    """Add or relabel codes and drill dates from a catalogue file (UGEL only), in one
    transaction; codes are never removed (old records keep theirs)."""
    ctx.require_office("catalogues import")
    name = Path(path).name
    document = read_json_file(Path(path), lambda problem, where: MonitorError(
        ErrorCode.CATALOGUE_INVALID, file=name, problem=f"{problem} en {where}"))
    parsed = parse_catalogue_file(document, name)
    entries = [CatalogueEntry(c.catalogue, c.code, c.label_es, c.label_en, c.position)
               for c in parsed.codes]
    drills = [(d.date, d.shift, d.time, d.hazard, d.label) for d in parsed.national_drills]
    with ctx.transaction():
        known = {(e.catalogue, e.code) for e in catalogue_entries(ctx.store)}
        known_drills = {(row[0], row[1]) for row in national_drill_rows(ctx.store)}
        changed = upsert_catalogue_entries(ctx.store.conn, entries)
        drills_changed = upsert_national_drills(ctx.store.conn, drills)
        if changed or drills_changed:
            full_refresh_due(ctx)
        hazards = set(catalogue_codes(ctx.store, "hazards"))
        for drill in parsed.national_drills:
            if drill.hazard not in hazards:
                raise MonitorError(ErrorCode.CATALOGUE_INVALID, file=name, problem=(
                    f"simulacro {drill.date}: el peligro «{drill.hazard}» no está en el "
                    "catálogo hazards"))
    added = sum((e.catalogue, e.code) not in known for e in entries)
    new_drills = sum((d[0], d[1]) not in known_drills for d in drills)
    return CatalogueImport(added, changed - added, len(entries) - changed, new_drills,
                           drills_changed - new_drills)


def list_catalogues(ctx: AppContext, catalogue: str | None = None) -> list[CatalogueEntry]:
    """Every entry (inactive ones too), or one catalogue's; an unknown name is refused."""
    ctx.require_identity()
    entries = catalogue_entries(ctx.store, catalogue)
    if catalogue is not None and not entries:
        names = sorted({e.catalogue for e in catalogue_entries(ctx.store)} | {NATIONAL_DRILLS})
        raise MonitorError(ErrorCode.INVALID_VALUE, field="catalogue", value=catalogue,
                           allowed=", ".join(names))
    return entries


def list_national_drills(ctx: AppContext) -> list[DrillRow]:
    ctx.require_identity()
    return national_drill_rows(ctx.store)
