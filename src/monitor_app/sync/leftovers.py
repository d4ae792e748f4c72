"""Temporary files a killed process would leave behind: each is claimed while its process lives,
and the next process to work in the same folder removes those nobody claims any more.

A claim is a lock the operating system drops when the process ends, however it ends: `flock`
on POSIX; on Windows the open handle itself, which stops anyone else deleting the file. So a
sweep never removes the file of an export or import still running, here or in another program,
and always removes the file of one that was killed. The names (`.monitor-partial-<random>.tmp`)
say what they are and never look like a bundle, so nobody imports a half-written one.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

PREFIX = ".monitor-partial-"
SUFFIX = ".tmp"
FOLDER_SUFFIX = ".d"
# Where the file system has no locks (some network shares), only age tells a dead claim: no
# live export goes a day without finishing.
UNLOCKABLE_AFTER_S = 24 * 3600
# What versions before claims left in `<db>.bundles/temp/`: decrypted and plain bundle ZIPs.
UNCLAIMED_CLEAR_TEXT = (".mcbundle-*.zip", ".*.mcbundle.*.tmp")


class Partial:
    """A temporary file this process claims, and optionally a private folder that goes with it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def folder(self) -> Path:
        return _folder_of(self.path)

    def make_folder(self) -> Path:
        self.folder.mkdir(mode=0o700)
        return self.folder

    def move_to(self, target: Path) -> None:
        """Rename into place; the claim ends with it."""
        if fcntl is None:  # Windows cannot rename a file while a handle to it is open
            self.release()
        os.replace(self.path, target)
        self.release()

    def discard(self) -> None:
        """Remove the file and its folder, and end the claim."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.release()
        self.path.unlink(missing_ok=True)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _folder_of(path: Path) -> Path:
    return path.with_name(path.name + FOLDER_SUFFIX)


def is_partial(path: Path) -> bool:
    return path.name.startswith(PREFIX)


def claim(folder: Path) -> Partial:
    """A new empty file in `folder` (readable by its owner only), claimed by this process."""
    while True:
        path = folder / f"{PREFIX}{secrets.token_hex(8)}{SUFFIX}"
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, 0o600)
        # A sweep may take the file between its creation and its lock, and then removes it.
        if _lock(fd) is not False and _still_at(fd, path):
            return Partial(path, fd)
        os.close(fd)


def remove_abandoned(folder: Path) -> None:
    """Remove the partial files (and their folders) in `folder` that no process claims."""
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        _remove_if_abandoned(path)


def empty_private(folder: Path) -> Path:
    """Make `folder` private to its owner (0700) and remove what killed processes left in it,
    including the clear-text files of versions before claims. Returns `folder`."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    remove_abandoned(folder)
    for pattern in UNCLAIMED_CLEAR_TEXT:
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)
    return folder


def _lock(fd: int) -> bool | None:
    """True if locked, False if another holds it, None where the file system has no locks."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError:
        return None


def _still_at(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _remove_if_abandoned(path: Path) -> None:
    if fcntl is None:
        try:
            path.unlink()
        except OSError:  # still open in the process that claims it
            return
        shutil.rmtree(_folder_of(path), ignore_errors=True)
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        locked = _lock(fd)
        if locked is None:
            locked = time.time() - os.fstat(fd).st_mtime > UNLOCKABLE_AFTER_S
        if locked and _still_at(fd, path):  # nobody claims it, and it is still the same file
            shutil.rmtree(_folder_of(path), ignore_errors=True)
            path.unlink(missing_ok=True)
    finally:
        os.close(fd)
