"""Helpers the padrón reader tests share: write a file, read it whole, catch its refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import MonitorError
from monitor_app.storage.padron import PadronRow, open_padron


def write(tmp_path: Path, name: str, data: bytes | bytearray) -> Path:
    path = tmp_path / name
    path.write_bytes(bytes(data))
    return path


def read_all(path: Path) -> list[PadronRow]:
    with open_padron(path) as reader:
        return list(reader.rows())


def refusal(path: Path) -> MonitorError:
    with pytest.raises(MonitorError) as caught:
        read_all(path)
    return caught.value
