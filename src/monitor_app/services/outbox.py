"""A laptop's outbox: every bundle it exported stays until the office acknowledges it, and
*Reenviar* writes the bundles still unacknowledged again, so a lost stick costs nothing."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from monitor_app.services.context import AppContext
from monitor_app.storage.errors import translated, writing
from monitor_app.storage.sync_registry import load_office
from monitor_app.sync.bundle_writer import BundleInfo

OUTBOX = "outbox"
NOTE = ".json"


@dataclass(frozen=True)
class OutboxBundle:
    file: str
    device_id: str
    seq_from: int
    seq_to: int
    exported_at: str
    size: int


def outbox_dir(database: Path) -> Path:
    return database.with_name(database.name + ".bundles") / OUTBOX


def _copy(source: Path, target: Path) -> None:
    """Whole or not at all: a temporary name renamed into place."""
    temporary = target.with_name(target.name + ".tmp")
    shutil.copyfile(source, temporary)
    temporary.replace(target)


def keep_in_outbox(ctx: AppContext, info: BundleInfo) -> Path:
    """A copy of an exported bundle and a note of whose changes it carries."""
    folder = outbox_dir(ctx.path)
    manifest = info.manifest
    with translated(folder):
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / info.path.name
        _copy(info.path, target)
        note = OutboxBundle(target.name, manifest.device_id, manifest.seq_from, manifest.seq_to,
                            manifest.exported_at, info.size)
        target.with_name(target.name + NOTE).write_text(json.dumps(asdict(note)), "utf-8")
    pending_bundles(ctx)
    return target


def _read(note: Path) -> OutboxBundle | None:
    try:
        data = json.loads(note.read_text("utf-8"))
        return OutboxBundle(str(data["file"]), str(data["device_id"]), int(data["seq_from"]),
                            int(data["seq_to"]), str(data["exported_at"]), int(data["size"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pending_bundles(ctx: AppContext) -> list[OutboxBundle]:
    """The outbox's bundles the office has not acknowledged, newest first; those it has are
    removed. Bundles of an identity this laptop no longer has (a restore gave it a new one,
    D38) are kept: only the office can say it merged them."""
    folder = outbox_dir(ctx.path)
    if not folder.is_dir():
        return []
    identity, office = ctx.identity, load_office(ctx.store)
    acked = office.acked_seq if office is not None else 0
    pending = []
    for note in folder.glob("*" + NOTE):
        bundle = _read(note)
        if bundle is None or not (folder / bundle.file).is_file():
            continue
        if identity is not None and bundle.device_id == identity.device_id \
                and bundle.seq_to <= acked:
            (folder / bundle.file).unlink(missing_ok=True)
            note.unlink(missing_ok=True)
            continue
        pending.append(bundle)
    return sorted(pending, key=lambda b: (b.exported_at, b.seq_to), reverse=True)


def resend(ctx: AppContext, folder: Path) -> list[Path]:
    """Write again into `folder` the newest unacknowledged bundle of each identity: an export
    carries every change the office had not acknowledged, so the newest holds the older ones'."""
    newest: dict[str, OutboxBundle] = {}
    for bundle in pending_bundles(ctx):
        newest.setdefault(bundle.device_id, bundle)
    written = []
    source = outbox_dir(ctx.path)
    for bundle in newest.values():
        target = Path(folder) / bundle.file
        with writing(target):
            _copy(source / bundle.file, target)
        written.append(target)
    return written
