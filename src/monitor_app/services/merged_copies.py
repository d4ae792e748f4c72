"""The office's copies of the bundles it merged, kept as long as a backup predates them, so a
restored office can merge again what arrived after its backup (D38)."""

from __future__ import annotations

import shutil
from pathlib import Path

from monitor_app.services.context import AppContext
from monitor_app.storage.errors import from_os

MERGED = "merged"


def merged_dir(database: Path) -> Path:
    return database.with_name(database.name + ".bundles") / MERGED


def keep_merged(ctx: AppContext, source: Path, bundle_id: str) -> Path:
    """`<database>.bundles/merged/<ms>-<bundle16>-<name>`: the name sorts in merge order. A
    copy is written under a temporary name and renamed, so a kill leaves no half file; a full
    disk is the DISK_FULL refusal. Made before the merge, which removes it if it fails."""
    folder = merged_dir(ctx.path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{ctx.wall_ms():013d}-{bundle_id[:16]}-{source.name}"
    temporary = target.with_name(target.name + ".tmp")
    try:
        shutil.copyfile(source, temporary)
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise from_os(exc, folder) from exc
    return target


def _merged_at(copy: Path) -> int | None:
    stamp = copy.name.split("-", 1)[0]
    return int(stamp) if stamp.isdigit() else None


def merged_since(database: Path, since_ms: int) -> list[Path]:
    """The copies of bundles merged at or after `since_ms`, oldest first."""
    folder = merged_dir(database)
    if not folder.is_dir():
        return []
    copies = [(at, copy) for copy in folder.iterdir()
              if not copy.name.endswith(".tmp") and (at := _merged_at(copy)) is not None
              and at >= since_ms]
    return [copy for _at, copy in sorted(copies)]


def prune_merged(database: Path, before_ms: int) -> int:
    """Remove the copies no kept backup predates (merged before the oldest backup); how many."""
    folder = merged_dir(database)
    if not folder.is_dir():
        return 0
    removed = 0
    for copy in folder.iterdir():
        at = _merged_at(copy)
        if copy.name.endswith(".tmp") or (at is not None and at < before_ms):
            copy.unlink(missing_ok=True)
            removed += 1
    return removed
