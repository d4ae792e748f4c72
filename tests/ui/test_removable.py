"""Where the stick chooser starts: a removable drive when one is mounted, else home."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from monitor_app.ui import removable


class Volume:
    def __init__(self, root: str) -> None:
        self.root = root

    def rootPath(self) -> str:  # noqa: N802 - QStorageInfo's name
        return self.root


def test_a_linux_stick_is_mounted_under_media(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert removable._is_removable(Volume("/media/ana/KINGSTON"))  # type: ignore[arg-type]
    assert removable._is_removable(Volume("/run/media/ana/USB"))  # type: ignore[arg-type]
    for fixed in ("/", "/home", "/mnt/c", "/boot/efi"):
        assert not removable._is_removable(Volume(fixed))  # type: ignore[arg-type]


def test_the_chooser_starts_on_the_first_stick_else_at_home(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(removable, "removable_drives",
                        lambda: [Path("/media/ana/USB"), Path("/media/ana/OTRA")])
    assert removable.start_folder() == Path("/media/ana/USB")
    monkeypatch.setattr(removable, "removable_drives", lambda: [])
    assert removable.start_folder() == Path.home()


def test_the_mounted_volumes_are_read_without_failing(qapp) -> None:  # type: ignore[no-untyped-def]
    assert all(path.is_absolute() for path in removable.removable_drives())
