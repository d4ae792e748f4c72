"""What a killed writer or reader leaves: never named like a bundle, removed by the next one to
work in the same folder, and never while the process that claims it still runs."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.sync.bundle_reader import open_bundle
from monitor_app.sync.leftovers import PREFIX, claim, empty_private, remove_abandoned
from tests.sync.test_bundle_support import OFFICE, read_all, sample_changes, write

CLAIMER = """
import sys
from pathlib import Path
from monitor_app.sync.leftovers import claim
partial = claim(Path(sys.argv[1]))
(partial.make_folder() / "directory.jsonl.gz").write_bytes(b"clear text")
if len(sys.argv) > 2:  # a copy of a complete bundle, as a late kill would leave
    partial.path.write_bytes(Path(sys.argv[2]).read_bytes())
print(partial.path, flush=True)
sys.stdin.read()
"""


def _claimed_elsewhere(folder: Path, *copy_of: Path) -> tuple[subprocess.Popen[str], Path]:
    """Another process holding a partial file (and its folder) until it is killed."""
    child = subprocess.Popen([sys.executable, "-c", CLAIMER, str(folder), *map(str, copy_of)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    return child, Path(child.stdout.readline().strip())


def _killed(child: subprocess.Popen[str]) -> None:
    child.kill()
    child.wait(timeout=10)


def test_a_running_process_keeps_its_partial_and_a_killed_ones_is_removed(tmp_path: Path) -> None:
    child, partial = _claimed_elsewhere(tmp_path)
    try:
        remove_abandoned(tmp_path)
        assert partial.exists() and (tmp_path / f"{partial.name}.d").is_dir()
    finally:
        _killed(child)
    remove_abandoned(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_this_processs_own_partial_survives_a_sweep_until_released(tmp_path: Path) -> None:
    partial = claim(tmp_path)
    remove_abandoned(tmp_path)
    assert partial.path.exists()
    partial.release()  # as a kill would: the file stays, the claim goes
    remove_abandoned(tmp_path)
    assert not partial.path.exists()


@pytest.mark.parametrize("encrypted", [False, True])
def test_temporaries_are_private_and_never_named_like_a_bundle(tmp_path: Path,
                                                              encrypted: bool) -> None:
    out, work = tmp_path / "stick", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    seen: dict[str, int] = {}

    def look() -> bool:
        for path in [*out.iterdir(), *work.iterdir()]:
            seen[path.name] = stat.S_IMODE(path.stat().st_mode)
        return False

    recipients = [OFFICE.public_key()] if encrypted else []
    write(out / "b.mcbundle", sample_changes(20_000), recipients=recipients, temp_dir=work,
          cancelled=look)
    temporaries = {name: mode for name, mode in seen.items() if name != "b.mcbundle"}
    assert len(temporaries) == (2 if encrypted else 1)
    assert all(name.startswith(PREFIX) and ".mcbundle" not in name for name in temporaries)
    assert set(temporaries.values()) == {0o600}
    assert [p.name for p in out.iterdir()] == ["b.mcbundle"] and list(work.iterdir()) == []


def test_writing_into_a_folder_removes_a_killed_writers_leftover_only(tmp_path: Path) -> None:
    complete = write(tmp_path / "whole.mcbundle", sample_changes(10)).path
    stick = tmp_path / "stick"
    stick.mkdir()
    dead, left = _claimed_elsewhere(stick, complete)
    _killed(dead)
    assert left.read_bytes() == complete.read_bytes()
    alive, running = _claimed_elsewhere(stick)
    try:
        write(stick / "b.mcbundle", sample_changes(10))
        assert not left.exists() and running.exists()
    finally:
        _killed(alive)
    assert len(read_all(stick / "b.mcbundle")[1]) == 10


def test_a_failed_write_names_the_bundle_not_its_temporary(tmp_path: Path) -> None:
    def failing() -> object:
        yield from sample_changes(9000)
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as failed:
        write(tmp_path / "b.mcbundle", failing())
    assert failed.value.filename == str(tmp_path / "b.mcbundle")
    assert list(tmp_path.iterdir()) == []


def test_the_decrypted_copy_is_a_private_partial_removed_on_close(tmp_path: Path) -> None:
    info = write(tmp_path / "b.mcbundle", sample_changes(5), recipients=[OFFICE.public_key()])
    work = tmp_path / "work"
    work.mkdir()
    with open_bundle(info.path, decryption_keys=[OFFICE], temp_dir=work) as bundle:
        [copy] = work.iterdir()
        assert copy.name.startswith(PREFIX) and stat.S_IMODE(copy.stat().st_mode) == 0o600
        remove_abandoned(work)  # another import starting meanwhile leaves it alone
        assert len(list(bundle.changes())) == 5
    assert list(work.iterdir()) == []


def test_a_cancelled_decryption_leaves_nothing(tmp_path: Path) -> None:
    info = write(tmp_path / "b.mcbundle", sample_changes(30_000), recipients=[OFFICE.public_key()])
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(MonitorError) as stopped:
        open_bundle(info.path, decryption_keys=[OFFICE], temp_dir=work, cancelled=lambda: True)
    assert stopped.value.code is ErrorCode.CANCELLED and list(work.iterdir()) == []


def test_the_private_folder_is_0700_and_loses_what_older_versions_left(tmp_path: Path) -> None:
    temp = tmp_path / "m.db.bundles" / "temp"
    temp.mkdir(parents=True, mode=0o755)
    old = [temp / ".mcbundle-k2j3.zip", temp / ".ana-1-5.mcbundle.x8f1.tmp"]
    for path in old:
        path.write_bytes(b"PK clear text")
    child, live = _claimed_elsewhere(temp)
    try:
        assert empty_private(temp) == temp
        assert stat.S_IMODE(temp.stat().st_mode) == 0o700
        assert not any(path.exists() for path in old) and live.exists()
    finally:
        _killed(child)
    empty_private(temp)
    assert list(temp.iterdir()) == []
