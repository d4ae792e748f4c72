"""Instruments: the UGEL loads a new one or a new version; everyone lists and reads them."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.instrument import Instrument, parse_instrument
from monitor_app.services.context import AppContext
from monitor_app.services.json_file import read_json_file
from monitor_app.storage import instruments as stored
from monitor_app.storage.reference_defaults import instrument_schema


@dataclass(frozen=True)
class ImportedInstrument:
    code: str
    version: int
    title: str
    items: int
    added: bool  # False: this very version was already loaded


@functools.lru_cache(maxsize=64)
def _parsed(definition: str) -> Instrument:
    # Keyed by the stored text itself: checking a batch of answers parses each version once.
    return parse_instrument(json.loads(definition), "(base de datos)", instrument_schema())


def instrument(ctx: AppContext, code: str, version: int | None = None) -> Instrument:
    """One loaded version (the latest when `version` is None)."""
    ctx.require_identity()
    wanted = version if version is not None else stored.latest_version(ctx.store, code)
    definition = stored.instrument_definition(ctx.store, code, wanted) if wanted else None
    if definition is None:
        raise MonitorError(ErrorCode.INSTRUMENT_NOT_FOUND, instrument=code,
                           version=wanted if wanted is not None else "-")
    return _parsed(definition)


def list_instruments(ctx: AppContext) -> list[stored.StoredInstrument]:
    ctx.require_identity()
    return stored.list_instruments(ctx.store)


def import_instrument_file(ctx: AppContext, path: Path) -> ImportedInstrument:
    """Load an instrument file (UGEL only). Refused whole, naming the place, when the file is
    not a valid instrument or its version is already loaded with another content."""
    ctx.require_office("instruments import")
    name = Path(path).name
    document = read_json_file(Path(path), lambda problem, where: MonitorError(
        ErrorCode.INSTRUMENT_INVALID, file=name, problem=problem, where=where))
    parsed = parse_instrument(document, name, instrument_schema())
    with ctx.transaction():
        saved = stored.save_instrument(ctx.store.conn, parsed.code, parsed.version, parsed.title,
                                       parsed.definition, parsed.sha256, ctx.now_iso())
        if saved is stored.Saved.DIFFERS:
            latest = stored.latest_version(ctx.store, parsed.code) or parsed.version
            raise MonitorError(ErrorCode.INSTRUMENT_VERSION_EXISTS, instrument=parsed.code,
                               version=parsed.version, next=latest + 1)
    return ImportedInstrument(parsed.code, parsed.version, parsed.title,
                              sum(1 for _ in parsed.items()), saved is stored.Saved.ADDED)


def add_published_instruments(ctx: AppContext, definitions: Iterable[str]) -> tuple[int, int]:
    """On a laptop, inside the caller's transaction: add the versions its office published
    that it lacks. (added, skipped): a definition this version of the app cannot parse (a
    newer office's) or a version it holds with another content is skipped, not fatal."""
    added = skipped = 0
    for definition in definitions:
        try:
            parsed = _parsed(definition)
        except (MonitorError, ValueError, TypeError, KeyError):
            skipped += 1
            continue
        saved = stored.save_instrument(ctx.store.conn, parsed.code, parsed.version, parsed.title,
                                       parsed.definition, parsed.sha256, ctx.now_iso())
        added += saved is stored.Saved.ADDED
        skipped += saved is stored.Saved.DIFFERS
    return added, skipped
