"""Renders the navigation list's icons into resources/icons/navigation/ (run once; the PNGs are
committed). They are Qt's own Fusion standard icons: the same on every system, and reading them
from files spares the window's start-up QStyle's Python set-up (≈ 5 ms, D41).

    QT_QPA_PLATFORM=offscreen python installer/render_navigation_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "icons" / "navigation"
SIZES = (24, 48)  # the list's icon size, and twice it for high-DPI screens
ICONS = {
    "my_schools": QStyle.StandardPixmap.SP_DirHomeIcon,
    "school": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "visit": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "sync": QStyle.StandardPixmap.SP_BrowserReload,
    "inbox": QStyle.StandardPixmap.SP_DriveHDIcon,
    "devices": QStyle.StandardPixmap.SP_ComputerIcon,
    "conflicts": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "publish": QStyle.StandardPixmap.SP_DialogSaveButton,
    "panel": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "assignments": QStyle.StandardPixmap.SP_FileDialogListView,
}


def main() -> int:
    app = QApplication(sys.argv[:1])
    style = QStyleFactory.create("Fusion")
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, pixmap in ICONS.items():
        icon = style.standardIcon(pixmap)
        for size in SIZES:
            picture = icon.pixmap(QSize(size, size))  # at most the largest size Qt has
            target = FOLDER / f"{name}_{picture.width()}.png"
            if not picture.save(str(target)):
                raise SystemExit(f"could not write {target}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
