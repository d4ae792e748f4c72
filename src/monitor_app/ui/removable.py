"""Where a file chooser for the USB stick starts: a removable drive when one is mounted."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Where Linux desktops mount sticks (udisks); Windows says so through GetDriveType.
LINUX_MOUNT_PARENTS = ("/media/", "/run/media/")  # not /mnt: fixed disks (WSL's C:) live there
DRIVE_REMOVABLE = 2


def _is_removable(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if sys.platform == "win32":
        import ctypes

        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE)  # type: ignore[attr-defined]
    if sys.platform == "darwin":
        return root.startswith("/Volumes/")
    return root.startswith(LINUX_MOUNT_PARENTS)


def removable_drives() -> list[Path]:
    """Mounted, writable removable drives, in the order the system lists them."""
    return [Path(volume.rootPath()) for volume in QStorageInfo.mountedVolumes()
            if volume.isValid() and volume.isReady() and not volume.isReadOnly()
            and _is_removable(volume)]


def start_folder() -> Path:
    """The first removable drive, else the home folder."""
    drives = removable_drives()
    return drives[0] if drives else Path.home()
