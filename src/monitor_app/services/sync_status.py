"""Where a laptop stands with its office: the office it joined, its last export, and the
changes made here since (what the Sincronizar page shows)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from monitor_app.services.context import AppContext
from monitor_app.storage.changes import next_seq
from monitor_app.storage.sync_registry import load_office

if TYPE_CHECKING:  # the window reads the status without loading the bundle machinery
    from monitor_app.sync.bundle_writer import BundleInfo

LAST_EXPORT = "last-export.json"  # beside the kept copies: the laptop's own, never synced


@dataclass(frozen=True)
class LastExport:
    file: str
    exported_at: str  # ISO-8601 UTC
    changes: int
    photos: int
    seq_to: int  # this device's last change the bundle carried


@dataclass(frozen=True)
class OfficeFacts:
    name: str
    ugel: str
    fingerprint: str  # what a person compares by phone with the office


@dataclass(frozen=True)
class SyncStatus:
    office: OfficeFacts | None  # None: not joined yet, so nothing can be exported
    last_export: LastExport | None
    not_exported: int  # changes made here after the last export (all of them before one)
    not_acknowledged: int  # changes the office has not confirmed holding


def exported_photos(info: BundleInfo) -> int:
    """The photo files a device's bundle carries: its blobs, less the one naming replaced
    changes (`sync/replaced_blob.py`)."""
    replaced = info.manifest.extra.get("replaced")
    return info.blob_count - (1 if isinstance(replaced, dict) else 0)


def record_export(ctx: AppContext, info: BundleInfo) -> LastExport:
    """Remember the export just written and verified. A file, not a table: it is this
    installation's own note, needs no migration and never travels."""
    last = LastExport(info.path.name, ctx.now_iso(), info.change_count, exported_photos(info),
                      info.manifest.seq_to)
    note = _note(ctx)
    note.parent.mkdir(parents=True, exist_ok=True)
    temporary = note.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(last)), encoding="utf-8")
    os.replace(temporary, note)
    return last


def _note(ctx: AppContext) -> Path:
    """Beside the kept copies, `<database>.bundles/exported/` (services/sync_files.py)."""
    return ctx.path.with_name(ctx.path.name + ".bundles") / "exported" / LAST_EXPORT


def last_export(ctx: AppContext) -> LastExport | None:
    try:
        data = json.loads(_note(ctx).read_text(encoding="utf-8"))
        return LastExport(str(data["file"]), str(data["exported_at"]), int(data["changes"]),
                          int(data["photos"]), int(data["seq_to"]))
    except (OSError, ValueError, KeyError, TypeError):  # never exported, or a damaged note
        return None


def sync_status(ctx: AppContext) -> SyncStatus:
    identity = ctx.require_identity()
    office = load_office(ctx.store)
    last_seq = next_seq(ctx.store, identity.device_id) - 1
    acked = office.acked_seq if office is not None else 0
    last = last_export(ctx)
    exported_up_to = max(last.seq_to if last is not None else 0, acked)
    facts = None
    if office is not None:
        from monitor_app.storage.keys import fingerprint  # loads cryptography: only once joined

        facts = OfficeFacts(office.name, office.ugel, fingerprint(office.signing_public_key))
    return SyncStatus(facts, last, max(last_seq - exported_up_to, 0), max(last_seq - acked, 0))
