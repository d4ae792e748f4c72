"""Attaching evidence photos: one file per photo, one record per attachment, and every refusal
leaving neither."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.evidence import (
    attach_photo,
    evidence_for,
    export_photo,
    missing_photos,
    photo_bytes,
    thumbnail,
)
from monitor_app.services.records import delete_record, put_record
from monitor_app.storage.photos import MAX_ORIGINAL_BYTES
from tests.conftest import SCHOOL_A, add_schools
from tests.storage.photo_files import jpeg, opened

VISIT = {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02", "type": "monitoreo"}


def _counts(ctx: AppContext) -> tuple[int, int, int]:
    """(files, evidence records, changes)."""
    return tuple(  # type: ignore[return-value]
        ctx.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("evidence_files", "evidence", "changes"))


@pytest.fixture
def visit(ctx: AppContext) -> str:
    return put_record(ctx, "visits", VISIT)


def test_a_photo_attached_to_a_visit_is_kept_small_and_listed(ctx: AppContext, visit: str,
                                                               tmp_path: Path) -> None:
    source = tmp_path / "IMG_0001.jpg"
    source.write_bytes(jpeg(4000, 3000, orientation=6, date_taken="2024:05:02 09:30:00",
                            gps=True))
    evidence = attach_photo(ctx, source, visit_id=visit, caption="Aula de 2.º grado")
    assert (evidence.width, evidence.height) == (1200, 1600)
    assert (evidence.attached_to, evidence.target_id) == ("visit_id", visit)
    assert evidence.taken_on == "2024-05-02" and evidence.caption == "Aula de 2.º grado"
    stored = photo_bytes(ctx, evidence.sha256)
    assert hashlib.sha256(stored).hexdigest() == evidence.sha256
    assert len(stored) == evidence.size_bytes and dict(opened(stored).getexif()) == {}
    assert evidence_for(ctx, visit_id=visit) == [evidence]
    assert opened(thumbnail(ctx, evidence.sha256)).size == (240, 320)


def test_the_same_photo_twice_is_one_file_and_one_record(ctx: AppContext, visit: str) -> None:
    original = jpeg(800, 600)
    first = attach_photo(ctx, original, visit_id=visit, caption="patio")
    files, records, changes = _counts(ctx)
    second = attach_photo(ctx, original, visit_id=visit)
    assert second == first and _counts(ctx) == (files, records, changes) == (1, 1, changes)


def test_the_same_photo_on_two_records_is_one_file(ctx: AppContext, visit: str) -> None:
    other = put_record(ctx, "visits", {**VISIT, "date": "2024-05-03"})
    original = jpeg(800, 600)
    a = attach_photo(ctx, original, visit_id=visit)
    b = attach_photo(ctx, original, visit_id=other)
    assert a.sha256 == b.sha256 and a.id != b.id
    assert _counts(ctx)[:2] == (1, 2)


def test_a_photo_of_an_answer_shows_with_its_visit(ctx: AppContext, visit: str) -> None:
    answer = put_record(ctx, "answers", {"visit_id": visit, "instrument": "rubricas_aula",
                                         "version": 1, "item": "grado_seccion", "value": "2A"})
    on_visit = attach_photo(ctx, jpeg(300, 200), visit_id=visit)
    on_answer = attach_photo(ctx, jpeg(200, 300), answer_id=answer)
    assert evidence_for(ctx, visit_id=visit) == [on_visit]
    assert sorted(evidence_for(ctx, visit_id=visit, with_answers=True), key=lambda e: e.id) == \
        sorted([on_visit, on_answer], key=lambda e: e.id)
    assert evidence_for(ctx, answer_id=answer) == [on_answer]


def _refused(ctx: AppContext, code: ErrorCode, source: Path | bytes, **targets: str) -> MonitorError:
    before = _counts(ctx)
    with pytest.raises(MonitorError) as refusal:
        attach_photo(ctx, source, **targets)
    assert refusal.value.code is code
    assert _counts(ctx) == before
    return refusal.value


def test_not_an_image_truncated_or_too_large_writes_nothing(ctx: AppContext, visit: str,
                                                           tmp_path: Path) -> None:
    text = tmp_path / "notas.txt"
    text.write_text("no es una foto")
    assert _refused(ctx, ErrorCode.EVIDENCE_NOT_AN_IMAGE, text,
                    visit_id=visit).params["file"] == "notas.txt"
    _refused(ctx, ErrorCode.EVIDENCE_NOT_AN_IMAGE, jpeg(800, 600)[:3000], visit_id=visit)
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ORIGINAL_BYTES + 1)
    refusal = _refused(ctx, ErrorCode.EVIDENCE_TOO_LARGE, huge, visit_id=visit)
    assert refusal.params["file"] == "video.mp4"
    _refused(ctx, ErrorCode.FILE_NOT_FOUND, tmp_path / "no-existe.jpg", visit_id=visit)


def test_a_missing_visit_or_none_or_two_targets_write_nothing(ctx: AppContext, visit: str) -> None:
    photo = jpeg(300, 200)
    refusal = _refused(ctx, ErrorCode.REFERENCE_NOT_FOUND, photo, visit_id="no-such-visit")
    assert refusal.params["field"] == "visit_id"
    _refused(ctx, ErrorCode.ATTACH_EXACTLY_ONE, photo)
    _refused(ctx, ErrorCode.ATTACH_EXACTLY_ONE, photo, visit_id=visit, answer_id="a1")
    delete_record(ctx, "visits", visit)
    _refused(ctx, ErrorCode.REFERENCE_NOT_FOUND, photo, visit_id=visit)


def test_a_visit_whose_school_left_the_scope_takes_no_photo(ctx: AppContext, visit: str) -> None:
    # The directory moved the school to another UGEL after the visit was recorded.
    add_schools(ctx, dataclasses.replace(SCHOOL_A, codooii="110001"))
    _refused(ctx, ErrorCode.OUT_OF_SCOPE, jpeg(300, 200), visit_id=visit)


def test_a_date_in_the_future_is_refused_but_a_wrong_camera_clock_is_ignored(
        ctx: AppContext, visit: str) -> None:
    refusal = _refused(ctx, ErrorCode.DATE_IN_FUTURE, jpeg(300, 200), visit_id=visit,
                       taken_on="2099-01-01")
    assert refusal.params["field"] == "taken_on"
    evidence = attach_photo(ctx, jpeg(300, 200, date_taken="2099:01:01 00:00:00"), visit_id=visit)
    assert evidence.taken_on is None


def test_export_writes_the_stored_photo(ctx: AppContext, visit: str, tmp_path: Path) -> None:
    evidence = attach_photo(ctx, jpeg(900, 700), visit_id=visit)
    out = export_photo(ctx, evidence.sha256, tmp_path / "foto.jpg")
    assert out.read_bytes() == photo_bytes(ctx, evidence.sha256)
    folder = tmp_path / "carpeta"
    folder.mkdir()
    assert export_photo(ctx, evidence.sha256, folder) == folder / f"{evidence.sha256}.jpg"
    with pytest.raises(MonitorError) as refusal:
        export_photo(ctx, "0" * 64, tmp_path / "otra.jpg")
    assert refusal.value.code is ErrorCode.EVIDENCE_NOT_FOUND
    assert not (tmp_path / "otra.jpg").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_photo_is_not_found(ctx: AppContext) -> None:
    for read in (photo_bytes, thumbnail):
        with pytest.raises(MonitorError) as refusal:
            read(ctx, "f" * 64)
        assert refusal.value.code is ErrorCode.EVIDENCE_NOT_FOUND


def test_deleted_evidence_is_not_listed_and_nothing_is_missing(ctx: AppContext, visit: str) -> None:
    evidence = attach_photo(ctx, jpeg(300, 200), visit_id=visit)
    delete_record(ctx, "evidence", evidence.id)
    assert evidence_for(ctx) == [] and missing_photos(ctx) == []
