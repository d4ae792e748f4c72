"""Photos as a strip of thumbnails beside a record (a visit, an answer, a plan, a device): the
ones attached, and several files attached at once with an outcome per file, so one refused file
(not an image, too large) is shown next to its name while the others are kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.errors import MonitorError
from monitor_app.core.kinds import kind_named
from monitor_app.core.progress import Cancelled, Progress, check_cancelled
from monitor_app.core.validation import record_key
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import Evidence, attach_photo, evidence_for, thumbnail
from monitor_app.services.records import put_record
from monitor_app.storage.records import fetch_row

STRIP_THUMBNAIL_PX = 160


@dataclass(frozen=True)
class StripPhoto:
    evidence: Evidence
    thumbnail_jpeg: bytes | None  # None while its file has not reached this database


@dataclass(frozen=True)
class PhotoAttempt:
    """One file offered: the photo it became, or why it was refused."""

    path: Path
    photo: Evidence | None = None
    refusal: MonitorError | None = None


def strip_photos(ctx: AppContext, attached_to: str, target_id: str) -> list[StripPhoto]:
    """The photos attached to one record with their thumbnails."""
    photos = evidence_for(ctx, **{attached_to: target_id})
    return [StripPhoto(e, thumbnail(ctx, e.sha256, STRIP_THUMBNAIL_PX) if e.has_file else None)
            for e in photos]


def attach_photos(ctx: AppContext, paths: Sequence[Path], attached_to: str, target_id: str,
                  progress: Progress, cancelled: Cancelled) -> list[PhotoAttempt]:
    """Attach each file to the record, each in its own transaction: a refused file leaves the
    others attached. Cancelling stops before the next file."""
    attempts = []
    for done, path in enumerate(paths):
        check_cancelled(cancelled)
        try:
            attempts.append(PhotoAttempt(path, attach_photo(ctx, path, **{attached_to: target_id})))
        except MonitorError as refusal:
            attempts.append(PhotoAttempt(path, refusal=refusal))
        progress(done + 1, len(paths))
    return attempts


def answer_id(visit_id: str, instrument: str, version: int, item: str) -> str:
    """The id of a visit's answer to an item (its natural key's), whether saved yet or not."""
    key = record_key(kind_named("answers"), {"visit_id": visit_id, "instrument": instrument,
                                             "version": version, "item": item})
    assert key is not None
    return key


def attach_item_photos(ctx: AppContext, paths: Sequence[Path], visit_id: str, instrument: str,
                       version: int, item: str, progress: Progress,
                       cancelled: Cancelled) -> list[PhotoAttempt]:
    """Photos for an item answered with a photo: its answer is created if need be, the photos
    attached to it, and the first one kept becomes the answer when it has none yet."""
    answer = {"visit_id": visit_id, "instrument": instrument, "version": version, "item": item}
    target = put_record(ctx, "answers", answer)
    attempts = attach_photos(ctx, paths, "answer_id", target, progress, cancelled)
    kept = next((a.photo for a in attempts if a.photo is not None), None)
    row = fetch_row(ctx.store, "answers", target)
    if kept is not None and row is not None and row["value"] is None:
        put_record(ctx, "answers", {**answer, "value": kept.sha256})
    return attempts
