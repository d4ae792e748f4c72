"""The merge station's inbox: many bundle files (a USB stick, a shared folder, e-mail
attachments) imported one after another, each in its own transaction, with an outcome per file;
and the bundles received so far, the latest first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from monitor_app.core.errors import MonitorError
from monitor_app.core.progress import Cancelled, Progress, check_cancelled
from monitor_app.services.context import AppContext
from monitor_app.services.sync_outcome import ImportOutcome
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.sync_registry import Outcome, list_devices

BUNDLE_SUFFIXES = (".mcbundle", ".mcpart")


@dataclass(frozen=True)
class ReceivedBundle:
    file_name: str
    sender: str  # the device's name (its id when not known)
    role: str  # a Role value, "" when the device is not known
    received_at: str
    changes: int
    outcome: Outcome
    reason: str  # a code, for `describe_reason`
    device_id: str = ""
    seq_from: int = 0
    seq_to: int = 0
    fingerprint: str = ""  # of the sender's key, when this office knows the device
    photos: int = 0


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """The bundle files among files and folders dropped or chosen (a folder's own files, not
    its subfolders'), each once, in name order."""
    found: set[Path] = set()
    for path in map(Path, paths):
        candidates = path.iterdir() if path.is_dir() else [path]
        found.update(p for p in candidates
                     if p.is_file() and p.suffix.lower() in BUNDLE_SUFFIXES)
    return sorted(found, key=lambda p: (p.name.lower(), str(p)))


@dataclass
class FileRefused(ImportOutcome):
    """A file not even opened as a bundle (gone from a watched folder, unreadable): the
    refusal, for its sentence in the reader's language (`messages.describe`)."""

    refusal: MonitorError | None = None


@dataclass
class FolderWatch:
    """A folder the station watches (a shared folder, where e-mail attachments are saved):
    a bundle file is ready once two looks in a row find it with the same size (a copy still
    being written keeps growing, and is never taken for a damaged bundle), and each version of
    a file (its size and time) is handed over once."""

    folder: Path
    sizes: dict[Path, int] = field(default_factory=dict)
    handled: set[tuple[Path, int, int]] = field(default_factory=set)

    def ready(self) -> list[Path]:
        """The files to import now; call it every few seconds."""
        found, current = [], {}
        for path in bundle_files([self.folder]) if self.folder.is_dir() else []:
            try:
                stat = path.stat()
            except OSError:  # gone between the listing and the look
                continue
            current[path] = stat.st_size
            version = (path, stat.st_size, stat.st_mtime_ns)
            if version in self.handled or stat.st_size == 0:
                continue
            if self.sizes.get(path) == stat.st_size:
                found.append(path)
                self.handled.add(version)
        self.sizes = current
        return found


def import_files(ctx: AppContext, paths: Sequence[Path], progress: Progress,
                 cancelled: Cancelled) -> list[ImportOutcome]:
    """Import each file on its own: one refused or damaged file does not stop the others.
    Cancelling stops before the next file; what was imported stays."""
    from monitor_app.services.sync_import import import_bundle  # the bundle machinery

    outcomes = []
    for done, path in enumerate(paths):
        check_cancelled(cancelled)
        try:
            outcomes.append(import_bundle(ctx, path))
        except MonitorError as refusal:  # the file itself (gone, unreadable)
            outcomes.append(FileRefused(file=path.name, outcome=Outcome.REFUSED,
                                        reason=refusal.code.value, refusal=refusal))
        progress(done + 1, len(paths))
    return outcomes


def received_bundles(ctx: AppContext, limit: int = 500) -> list[ReceivedBundle]:
    """The bundles this office received, the latest first."""
    ctx.require_office("inbox")
    devices = {d.device_id: d for d in list_devices(ctx.store)}
    rows = ctx.store.conn.execute(
        "SELECT file_name, device_id, received_at, seq_from, seq_to, outcome, reason, photos "
        "FROM bundles ORDER BY received_at DESC, file_name LIMIT ?", [limit])
    found = []
    for file_name, device_id, received_at, seq_from, seq_to, outcome, reason, photos in rows:
        device = devices.get(device_id)
        found.append(ReceivedBundle(
            file_name, device.name if device else device_id,
            device.role.value if device else "", received_at,
            max(seq_to - seq_from + 1, 0) if seq_to else 0, Outcome(outcome), reason,
            device_id, seq_from, seq_to,
            fingerprint(device.signing_public_key) if device else "", photos))
    return found
