"""Evidence photos: attached to a visit, an answer, a GRD plan, a safety device or a
commitment; read back,
exported and shown small in the acta."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.record_rules import exactly_one_of
from monitor_app.core.validation import record_key
from monitor_app.core.visit_kinds import EVIDENCE, EVIDENCE_TARGETS
from monitor_app.services.context import AppContext
from monitor_app.services.records import PutReport, put_one
from monitor_app.storage.changes import ChangeRecorder
from monitor_app.storage.errors import translated
from monitor_app.storage.evidence_files import (
    evidence_rows,
    file_bytes,
    open_file,
    store_file,
)
from monitor_app.storage.photos import (
    MAX_ORIGINAL_BYTES,
    THUMBNAIL_LONG_SIDE,
    ProcessedPhoto,
    check_original_size,
    make_thumbnail,
    process_photo,
)
from monitor_app.storage.records import fetch_row

_one_target = exactly_one_of(*EVIDENCE_TARGETS)
COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Evidence:
    """One photo attached to one record; `has_file` says whether its file is kept here."""

    id: str
    sha256: str
    attached_to: str  # the attachment field: one of EVIDENCE_TARGETS
    target_id: str
    caption: str
    taken_on: str | None
    width: int | None
    height: int | None
    size_bytes: int | None
    media_type: str
    has_file: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _evidence(row: dict[str, Any]) -> Evidence:
    attached_to = next((name for name in EVIDENCE_TARGETS if row.get(name)), "")
    return Evidence(
        id=row["id"], sha256=row["sha256"], attached_to=attached_to,
        target_id=row.get(attached_to) or "", caption=row.get("caption") or "",
        taken_on=row.get("taken_on"), width=row.get("width"), height=row.get("height"),
        size_bytes=row.get("size_bytes"), media_type=row.get("media_type") or "image/jpeg",
        has_file=bool(row["has_file"]))


def _read_original(source: Path | bytes, name: str | None) -> tuple[str, bytes]:
    """(the name messages use, the bytes), refusing a file over the limit before reading it."""
    if isinstance(source, bytes):
        return name or "foto", source
    path = Path(source)
    label = name or path.name
    if not path.is_file():
        raise MonitorError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    try:
        check_original_size(path.stat().st_size, label)
        with path.open("rb") as handle:  # one byte more than allowed tells a file that grew
            return label, handle.read(MAX_ORIGINAL_BYTES + 1)
    except OSError as exc:
        raise MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path),
                           detail=exc.strerror or type(exc).__name__) from None


def _taken_on(given: str | dt.date | None, photo: ProcessedPhoto, today: dt.date) -> str | None:
    """The date given, else the camera's when it is plausible (camera clocks are often wrong)."""
    if isinstance(given, dt.date):
        return given.isoformat()
    if given is not None:
        return given
    if photo.taken_on is not None and photo.taken_on <= today:
        return photo.taken_on.isoformat()
    return None


def attach_photo(ctx: AppContext, source: Path | bytes, *, visit_id: str | None = None,
                 answer_id: str | None = None, grd_plan_id: str | None = None,
                 safety_device_id: str | None = None, commitment_id: str | None = None,
                 caption: str | None = None, taken_on: str | dt.date | None = None,
                 name: str | None = None) -> Evidence:
    """Attach a photo (a file, or its bytes named `name`) to exactly one record.

    The photo is turned upright, scaled down and stripped of its metadata before anything is
    written; then its file and its evidence record are written in one transaction, so a
    refusal of either (not an image, the record missing or out of scope) leaves neither.
    Attaching the same photo to the same record again changes only the caption or date given.
    """
    targets = {"visit_id": visit_id, "answer_id": answer_id, "grd_plan_id": grd_plan_id,
               "safety_device_id": safety_device_id, "commitment_id": commitment_id}
    _one_target(targets, ctx.today())  # before the slow part
    photo = prepare_photo(source, name)
    with ctx.recording() as rec:
        return record_photo(ctx, rec, photo, targets, caption=caption, taken_on=taken_on)


def prepare_photo(source: Path | bytes, name: str | None = None) -> ProcessedPhoto:
    """A photo read, turned upright, scaled and stripped (the slow part, before any write)."""
    label, original = _read_original(source, name)
    return process_photo(original, label)


def record_photo(ctx: AppContext, rec: ChangeRecorder, photo: ProcessedPhoto,
                 targets: dict[str, str | None], *, caption: str | None = None,
                 taken_on: str | dt.date | None = None) -> Evidence:
    """Write a prepared photo's evidence record and file inside the caller's recording."""
    incoming: dict[str, Any] = {
        "sha256": photo.sha256, **{k: v for k, v in targets.items() if v is not None},
        "media_type": photo.media_type, "width": photo.width, "height": photo.height,
        "size_bytes": photo.size_bytes,
    }
    if caption is not None:
        incoming["caption"] = caption
    date = _taken_on(taken_on, photo, ctx.today())
    if date is not None:
        incoming["taken_on"] = date
    put_one(ctx, rec, EVIDENCE, incoming, PutReport())
    store_file(ctx.store, photo.sha256, photo.media_type, photo.size_bytes, [photo.data])
    row = fetch_row(ctx.store, EVIDENCE.table, record_key(EVIDENCE, incoming))  # type: ignore[arg-type]
    return _evidence({**row, "has_file": True})  # type: ignore[dict-item]


def evidence_for(ctx: AppContext, *, visit_id: str | None = None, answer_id: str | None = None,
                 grd_plan_id: str | None = None, safety_device_id: str | None = None,
                 commitment_id: str | None = None, with_answers: bool = False
                 ) -> list[Evidence]:
    """The photos attached to one record (all photos when none is named), oldest first;
    `with_answers`: for a visit, also those attached to its answers (the acta shows both)."""
    ctx.require_identity()
    named = {k: v for k, v in {"visit_id": visit_id, "answer_id": answer_id,
                               "grd_plan_id": grd_plan_id,
                               "safety_device_id": safety_device_id,
                               "commitment_id": commitment_id}.items() if v is not None}
    if len(named) > 1:
        raise MonitorError(ErrorCode.ATTACH_EXACTLY_ONE, fields=", ".join(EVIDENCE_TARGETS))
    column, value = next(iter(named.items()), (None, None))
    rows = evidence_rows(ctx.store, column, value,
                         with_answers=with_answers and column == "visit_id")
    return [_evidence(row) for row in rows]


def missing_photos(ctx: AppContext) -> list[Evidence]:
    """Photos whose record arrived but whose file has not (docs/decisions.md, D20)."""
    return [evidence for evidence in evidence_for(ctx) if not evidence.has_file]


def photo_bytes(ctx: AppContext, sha256: str) -> bytes:
    """The stored (already downscaled) JPEG of a photo."""
    ctx.require_identity()
    data = file_bytes(ctx.store, sha256.strip().lower())
    if data is None:
        raise MonitorError(ErrorCode.EVIDENCE_NOT_FOUND, sha256=sha256)
    return data


def thumbnail(ctx: AppContext, sha256: str, max_px: int = THUMBNAIL_LONG_SIDE) -> bytes:
    """A small JPEG of a photo, at most `max_px` on its long side (for the acta and lists)."""
    return make_thumbnail(photo_bytes(ctx, sha256), sha256[:12], max_px)


def export_photo(ctx: AppContext, sha256: str, out: Path) -> Path:
    """Write a photo to `out` (a file, or a folder to put `<sha256>.jpg` in), streamed and
    atomically: a failure leaves no partial file and any previous one untouched."""
    ctx.require_identity()
    sha256 = sha256.strip().lower()
    out = Path(out)
    target = out / f"{sha256}.jpg" if out.is_dir() else out
    handle = open_file(ctx.store, sha256)
    if handle is None:
        raise MonitorError(ErrorCode.EVIDENCE_NOT_FOUND, sha256=sha256)
    with translated(target), handle:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as dst:
                while data := handle.read(COPY_CHUNK):
                    dst.write(data)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return target
