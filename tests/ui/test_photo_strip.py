"""The photo strip: files from the picker or dropped on it become thumbnails; a refused file
gets its own tile with the reason."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from monitor_app.services.context import AppContext
from monitor_app.services.records import put_record
from monitor_app.ui.task_runner import TaskRunner
from monitor_app.ui.widgets.photo_strip import PhotoStrip
from tests.conftest import SCHOOL_A
from tests.ui.conftest import RecordingDialogs


class PhotoDialogs(RecordingDialogs):
    def __init__(self, photos: list[Path]) -> None:
        super().__init__()
        self.photos = photos

    def choose_photos(self, parent: QWidget | None) -> list[Path]:
        return self.photos


def _photo(folder: Path, name: str) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), (40, 90, 160)).save(buffer, "JPEG")
    (folder / name).write_bytes(buffer.getvalue())
    return folder / name


@pytest.fixture
def runner(ctx: AppContext) -> Iterator[TaskRunner]:
    """The writer thread, stopped before the database closes."""
    runner = TaskRunner(ctx.path)
    yield runner
    assert runner.shutdown()


def _strip(qtbot: QtBot, ctx: AppContext, runner: TaskRunner,
           dialogs: RecordingDialogs) -> tuple[PhotoStrip, str]:
    visit = put_record(ctx, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-09-10",
                                       "type": "monitoreo", "status": "en_curso"})
    strip = PhotoStrip(runner, dialogs, "es")
    qtbot.addWidget(strip)
    strip.show_photos_of("visit_id", visit)
    qtbot.waitUntil(lambda: not runner.busy())
    return strip, visit


def test_dropped_files_become_thumbnails_and_a_refusal_tile(
        qtbot: QtBot, ctx: AppContext, runner: TaskRunner, tmp_path: Path) -> None:
    strip, _visit = _strip(qtbot, ctx, runner, RecordingDialogs())
    assert strip.tile_texts() == []
    notes = tmp_path / "notas.txt"
    notes.write_text("no soy una foto")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_photo(tmp_path, "aula.jpg"))),
                  QUrl.fromLocalFile(str(notes))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(strip.changed, timeout=10_000):
        strip.dropEvent(drop)
    qtbot.waitUntil(lambda: len(strip.tile_texts()) == 2, timeout=10_000)
    photo_text, refused_text = strip.tile_texts()
    assert "notas.txt" in refused_text and "no es una imagen" in refused_text
    assert "notas.txt" not in photo_text


def test_the_picker_attaches_to_the_record_shown(qtbot: QtBot, ctx: AppContext,
                                                 runner: TaskRunner, tmp_path: Path) -> None:
    dialogs = PhotoDialogs([_photo(tmp_path, "patio.jpg")])
    strip, visit = _strip(qtbot, ctx, runner, dialogs)
    with qtbot.waitSignal(strip.changed, timeout=10_000):
        strip.add_button.click()
    qtbot.waitUntil(lambda: len(strip.tile_texts()) == 1, timeout=10_000)
    attached = ctx.store.conn.execute("SELECT count(*) FROM evidence WHERE visit_id = ?",
                                      [visit]).fetchone()[0]
    assert attached == 1
