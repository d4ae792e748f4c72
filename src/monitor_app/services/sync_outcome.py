"""What importing a file came to, and recognising a file merged before from its bytes alone.

Light on purpose (no bundle reader, no merge, no Pillow): re-importing the same bytes answers
"ya importado" from the file's hash (D18) before the sync machinery is even loaded.
"""

from __future__ import annotations

import hashlib
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor_app.core.roles import OFFICE_ROLES
from monitor_app.services.context import AppContext
from monitor_app.storage.sync_registry import Outcome, merged_file
from monitor_app.sync.leftovers import empty_private


@dataclass
class ImportOutcome:
    file: str
    outcome: Outcome
    reason: str = ""  # a code: refused/quarantined/held reasons
    detail: str = ""
    bundle_id: str = ""
    device_id: str = ""
    device_name: str = ""
    role: str = ""
    fingerprint: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    reference: bool = False  # an office's reference bundle (or reply) applied on a laptop
    records_changed: dict[str, int] = field(default_factory=dict)  # a reply's, per table

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.MERGED, Outcome.ALREADY)


@dataclass
class PartOutcome(ImportOutcome):
    """A part's outcome: while its export waits for other parts, INCOMPLETE; once every part is
    here, the outcome of the whole export (merged, held, ...), for each of its parts."""

    export_id: str = ""
    whole_name: str = ""
    part: int = 0  # 0: the part's header could not be read
    count: int = 0
    missing: list[int] = field(default_factory=list)
    repeated: bool = False  # this part had arrived before; nothing changed
    completed_by: str = ""  # the part whose arrival completed the export
    other_exports: list[dict[str, Any]] = field(default_factory=list)  # same device, waiting


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def seen_before(ctx: AppContext, path: Path, file_sha: str | None = None) -> ImportOutcome | None:
    """At an office, "already imported" for the very bytes of a bundle merged before."""
    _sweep_temp(ctx)
    if ctx.require_identity().role not in OFFICE_ROLES or not path.is_file():
        return None
    seen = merged_file(ctx.store, file_sha or file_sha256(path))
    if seen is None:
        return None
    return ImportOutcome(file=path.name, outcome=Outcome.ALREADY, reason="already_imported",
                         bundle_id=seen.bundle_id, device_id=seen.device_id)


def _sweep_temp(ctx: AppContext) -> None:
    """Remove the clear text killed imports left in `<database>.bundles/temp` (bundles_dir),
    here too, where an import may stop before it needs that folder: an import killed after
    its merge leaves its decrypted bundle, and importing the same bytes again ends here. A
    disk that refuses leaves it for the next operation."""
    folder = ctx.path.with_name(ctx.path.name + ".bundles") / "temp"
    if folder.is_dir():
        with suppress(OSError):
            empty_private(folder)
