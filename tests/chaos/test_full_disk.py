"""Each operation on a disk that fills up while it works: the installation, its inputs and its
output folder on one small file system (tmpfs), filled but for a few bytes, then a little
more, then more. At every level the operation ends whole (exit 0) or refuses in one line
saying the disk is full, leaving the database sound and as it was, no half-written file and no
clear text; once space is freed, running it again ends where a run on a roomy disk ends.

tests/cli/test_disk_faults.py covers a full stick under a database on a roomy disk; here the
database's own disk is the full one. Mounting needs root, as CI runs; elsewhere this skips.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.chaos.harness import (
    Operation,
    Site,
    clear_text_left,
    left_in_out,
    reference,
    same_end,
    site_from,
    start,
    state,
)

needs_root = pytest.mark.skipif(os.geteuid() != 0,
                                reason="mounting a small file system needs root (CI)")
MiB = 2**20
LEAVE = (16 * 1024, 512 * 1024, 4 * MiB, 16 * MiB)  # room left, from almost none to some


@contextmanager
def _small_disk(where: Path, size: int) -> Iterator[Path]:
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                   check=True, capture_output=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True, capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of `folder` but for about `leave` bytes."""
    stats = os.statvfs(folder)
    filler = folder / "filler"
    left = max(stats.f_bavail * stats.f_frsize - leave, 0)
    with filler.open("wb") as f:
        while left:
            left -= f.write(b"\0" * min(left, MiB))
    return filler


def _size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _one_line_disk_full(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "El disco está lleno" in err


@needs_root
@pytest.mark.slow
@pytest.mark.parametrize("name", ["import", "export", "report", "backup"])
def test_a_disk_that_fills_up_refuses_in_one_line_and_corrupts_nothing(
        chaos_operations: dict[str, Operation], name: str, tmp_path: Path) -> None:
    op = chaos_operations[name]
    ref = reference(op, tmp_path / "roomy")
    # the template, room to fill, and the copies an operation keeps (an office keeps each
    # bundle it merges beside its backups)
    size = 2 * _size_of(op.template) + 2 * max(LEAVE) + 8 * MiB
    refused = 0
    with _small_disk(tmp_path / "disk", size) as disk:
        for leave in LEAVE:
            site = site_from(op, disk / "site")
            filler = _fill(disk, leave)
            child = start(op, site)
            _, err_bytes = child.communicate(timeout=300)
            err = err_bytes.decode(errors="replace")
            filler.unlink()  # reading the database needs room for its shared-memory file
            end = state(site.db, op.volatile)  # and the integrity check says ok
            if child.returncode == 0:
                assert same_end(ref.after, end, op.logs) and left_in_out(op, site) == ref.outputs
            else:
                refused += 1
                assert child.returncode == 1 and _one_line_disk_full(err), (leave, err)
                assert end == ref.before, leave
                assert left_in_out(op, site) == [] and clear_text_left(site) == []
                if op.outputs is None:  # a bundle's or a report's folder: nothing at all
                    assert list(site.out.iterdir()) == []
            assert _rerun(op, site) == 0
            assert same_end(ref.after, state(site.db, op.volatile), op.logs)
            assert left_in_out(op, site) == ref.outputs
    assert refused >= 1  # the fullest disk refused


def _rerun(op: Operation, site: Site) -> int:
    child = start(op, site)
    child.communicate(timeout=300)
    return child.returncode
