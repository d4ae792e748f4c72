"""The app's own icons, read from the packaged resources (resources/icons/)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon


@cache
def _icons() -> Path:
    return Path(str(resources.files("monitor_app.resources") / "icons"))


@cache
def _navigation_pictures() -> dict[str, list[tuple[Path, int]]]:
    """Each place's pictures and their sizes, from names like `sync_24.png`."""
    pictures: dict[str, list[tuple[Path, int]]] = {}
    for path in sorted((_icons() / "navigation").glob("*_*.png")):
        place, size = path.stem.rsplit("_", 1)
        pictures.setdefault(place, []).append((path, int(size)))
    return pictures


def app_icon() -> QIcon:
    return QIcon(str(_icons() / "monitor_app.png"))


def navigation_icon(place: str) -> QIcon:
    """A place's icon in the navigation list, in every size rendered for it
    (installer/render_navigation_icons.py). Sizes are given, so no file is read until painted."""
    icon = QIcon()
    for path, size in _navigation_pictures().get(place, []):
        icon.addFile(str(path), QSize(size, size))
    if icon.isNull():
        raise FileNotFoundError(f"no icon for the place {place!r}")
    return icon
