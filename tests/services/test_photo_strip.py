"""Several photos offered at once: each attached or refused on its own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.photo_strip import attach_photos, strip_photos
from monitor_app.services.records import put_record
from tests.conftest import SCHOOL_A


def _visit(ctx: AppContext) -> str:
    return put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-09-10",
                                      "type": "monitoreo", "status": "en_curso"})


def _photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), colour).save(buffer, "JPEG")
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path


def test_a_refused_file_leaves_the_others_attached(ctx: AppContext, tmp_path: Path) -> None:
    visit = _visit(ctx)
    good = _photo(tmp_path, "aula.jpg", (200, 30, 30))
    text = tmp_path / "notas.txt"
    text.write_text("no soy una foto")
    other = _photo(tmp_path, "patio.jpg", (30, 200, 30))
    ticks: list[tuple[int, int | None]] = []
    attempts = attach_photos(ctx, [good, text, other], "visit_id", visit,
                             lambda done, total: ticks.append((done, total)), lambda: False)
    assert [a.path.name for a in attempts] == ["aula.jpg", "notas.txt", "patio.jpg"]
    assert attempts[1].photo is None and attempts[1].refusal is not None
    assert attempts[1].refusal.code is ErrorCode.EVIDENCE_NOT_AN_IMAGE
    assert ticks[-1] == (3, 3)
    shown = strip_photos(ctx, "visit_id", visit)
    assert {p.evidence.sha256 for p in shown} == {a.photo.sha256 for a in attempts if a.photo}
    assert all(p.thumbnail_jpeg and p.thumbnail_jpeg[:2] == b"\xff\xd8" for p in shown)


def test_cancelling_stops_before_the_next_file(ctx: AppContext, tmp_path: Path) -> None:
    visit = _visit(ctx)
    paths = [_photo(tmp_path, f"{n}.jpg", (n * 40, 0, 0)) for n in range(3)]
    asked = iter([False, True])
    with pytest.raises(MonitorError) as stopped:
        attach_photos(ctx, paths, "visit_id", visit, lambda *_: None, lambda: next(asked))
    assert stopped.value.code is ErrorCode.CANCELLED
    assert len(strip_photos(ctx, "visit_id", visit)) == 1


def test_a_photo_item_gets_its_answer_and_the_photo_as_its_value(ctx: AppContext,
                                                                 tmp_path: Path) -> None:
    from monitor_app.services.photo_strip import answer_id, attach_item_photos

    visit = _visit(ctx)
    expected = answer_id(visit, "rubricas_aula", 1, "foto_sesion")
    [attempt] = attach_item_photos(ctx, [_photo(tmp_path, "sesion.jpg", (9, 9, 9))], visit,
                                   "rubricas_aula", 1, "foto_sesion", lambda *_: None,
                                   lambda: False)
    assert attempt.photo is not None and attempt.photo.target_id == expected
    value = ctx.store.conn.execute("SELECT value FROM answers WHERE id = ?", [expected]).fetchone()
    assert value == (f'"{attempt.photo.sha256}"',)
    assert [p.evidence.sha256 for p in strip_photos(ctx, "answer_id", expected)] == [
        attempt.photo.sha256]
