"""A strip of photo thumbnails beside a record, fed by a file picker or by dropping files.

Attaching runs on the one writer thread (turning a camera photo upright and scaling it takes
longer than a frame); a refused file gets a tile of its own, with its name and the reason, next
to the photos that were kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from monitor_app.services.messages import describe
from monitor_app.services.photo_strip import (
    STRIP_THUMBNAIL_PX,
    PhotoAttempt,
    StripPhoto,
    attach_photos,
    strip_photos,
)
from monitor_app.ui.dialogs import Dialogs
from monitor_app.ui.task_runner import TaskRunner

TILE_WIDTH = STRIP_THUMBNAIL_PX + 16
# Attaches files to the record shown: (ctx, paths, progress, cancelled) -> one attempt per file.
Attach = Callable[[Any, Sequence[Path], Any, Any], list[PhotoAttempt]]
REFUSED_STYLE = "QFrame#refused { border: 2px solid #a4262c; border-radius: 4px; }"


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class PhotoStrip(QWidget):
    """Photos of one record (`attached_to`: visit_id, answer_id, grd_plan_id or
    safety_device_id). `changed` fires after photos were attached."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, dialogs: Dialogs, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._dialogs = dialogs
        self._lang = lang
        self._target: tuple[str, str] | None = None
        self._attach: Attach | None = None
        self._refusals: list[PhotoAttempt] = []
        self.setAcceptDrops(True)
        self.add_button = QPushButton(self.tr("&Agregar fotos…"))
        self.add_button.clicked.connect(self.choose_files)
        self.hint = QLabel(self.tr("o arrastre las fotos aquí"))
        self.hint.setEnabled(False)
        self.tiles = QWidget()
        self._tiles_layout = QHBoxLayout(self.tiles)
        self._tiles_layout.setContentsMargins(0, 0, 0, 0)
        self._tiles_layout.addStretch(1)
        scroll = self._scroll = QScrollArea()
        scroll.setWidget(self.tiles)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedHeight(STRIP_THUMBNAIL_PX + 70)
        scroll.hide()  # until there is a photo or a refusal to show
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(scroll)
        self.setStyleSheet(REFUSED_STYLE)

    def show_photos_of(self, attached_to: str, target_id: str,
                       attach: Attach | None = None) -> None:
        """Show (and accept photos for) one record; earlier refusals are forgotten. `attach`,
        when given, attaches instead of the plain attachment (an item's answer made first)."""
        self._target = (attached_to, target_id)
        self._attach = attach
        self._refusals = []
        self.reload()

    def reload(self) -> None:
        if self._target is None:
            return
        attached_to, target_id = self._target
        task = self._runner.submit(
            lambda ctx, _progress, _cancelled: strip_photos(ctx, attached_to, target_id))
        task.finished.connect(self._show)

    def choose_files(self) -> None:
        self.add_files(self._dialogs.choose_photos(self))

    def add_files(self, paths: list[Path]) -> None:
        if self._target is None or not paths:
            return
        attached_to, target_id = self._target
        attach = self._attach or (lambda ctx, files, progress, cancelled: attach_photos(
            ctx, files, attached_to, target_id, progress, cancelled))
        self.add_button.setEnabled(False)
        task = self._runner.submit(
            lambda ctx, progress, cancelled: attach(ctx, paths, progress, cancelled))
        task.finished.connect(self._attached)
        task.failed.connect(lambda _error: self.add_button.setEnabled(True))

    def _attached(self, attempts: list[PhotoAttempt]) -> None:
        self.add_button.setEnabled(True)
        self._refusals = [attempt for attempt in attempts if attempt.refusal is not None]
        self.reload()
        if any(attempt.photo is not None for attempt in attempts):
            self.changed.emit()

    def _show(self, photos: list[StripPhoto]) -> None:
        while self._tiles_layout.count() > 1:  # the stretch stays last
            item = self._tiles_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for photo in photos:
            self._tiles_layout.insertWidget(self._tiles_layout.count() - 1, self._photo(photo))
        for attempt in self._refusals:
            self._tiles_layout.insertWidget(self._tiles_layout.count() - 1,
                                            self._refused(attempt))
        self._scroll.setVisible(bool(photos or self._refusals))

    def _photo(self, photo: StripPhoto) -> QWidget:
        image = QLabel()
        image.setFixedSize(STRIP_THUMBNAIL_PX, STRIP_THUMBNAIL_PX)
        image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if photo.thumbnail_jpeg is None:
            image.setText(self.tr("Foto aún\nno recibida"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail_jpeg)
            image.setPixmap(pixmap)
        caption = photo.evidence.caption or photo.evidence.taken_on or ""
        return self._tile(image, caption, photo.evidence.sha256[:12])

    def _refused(self, attempt: PhotoAttempt) -> QWidget:
        mark = QLabel("✕")
        mark.setStyleSheet("font-size: 28pt; color: #a4262c;")
        mark.setFixedSize(STRIP_THUMBNAIL_PX, STRIP_THUMBNAIL_PX // 2)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        reason = describe(attempt.refusal, self._lang) if attempt.refusal else ""
        if attempt.path.name not in reason:
            reason = f"{attempt.path.name}: {reason}"
        tile = self._tile(mark, reason, attempt.path.name)
        tile.setObjectName("refused")
        return tile

    def _tile(self, image: QLabel, text: str, name: str) -> QFrame:
        tile = QFrame()
        tile.setAccessibleName(name)
        tile.setFixedWidth(TILE_WIDTH)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(tile)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(image)
        layout.addWidget(label, 1)
        return tile

    def tile_texts(self) -> list[str]:
        """What each tile says under its picture, in order (for tests and accessibility)."""
        texts = []
        for index in range(self._tiles_layout.count() - 1):
            tile: Any = self._tiles_layout.itemAt(index).widget()
            texts.append(tile.findChildren(QLabel)[-1].text())
        return texts

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._target is not None and _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = _local_files(event)
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
