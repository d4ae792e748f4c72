"""The command line when the disk misbehaves: a kill at any moment leaves no clear text and no
bundle-like file; a full or read-only stick is one refusal that leaves nothing half-written; a
database on a read-only disk reads and refuses only writes.

The tests that mount file systems need root, as CI runs them; elsewhere they skip, saying so.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from monitor_app.core.ids import uuid7
from monitor_app.services.context import AppContext, initialised
from monitor_app.storage.evidence_files import store_file
from monitor_app.sync import bundle_writer
from monitor_app.sync.leftovers import PREFIX
from tests.cli.conftest import Cli, dump_database
from tests.conftest import SCHOOL_A, FakeWallClock, add_schools
from tests.services.sync_world import World, make_world

needs_root = pytest.mark.skipif(os.geteuid() != 0,
                                reason="mounting a full or read-only file system needs root (CI)")
VISIT = {"cod_mod": "0335273", "anexo": "0", "date": "2024-05-02", "type": "monitoreo"}


def _put_visits(ctx: AppContext, count: int) -> None:
    with ctx.recording() as rec:
        for n in range(count):
            rec.put("visits", uuid7(), {**VISIT, "notes": f"visita {n}"})


def _put_photos(ctx: AppContext, count: int, size: int) -> None:
    """Photo files that do not compress, so that sealing and reading back take their time."""
    with ctx.recording() as rec:
        visit = uuid7()
        rec.put("visits", visit, {**VISIT})
        for _ in range(count):
            data = os.urandom(size)
            sha256 = hashlib.sha256(data).hexdigest()
            rec.put("evidence", uuid7(), {"sha256": sha256, "visit_id": visit,
                                          "media_type": "image/jpeg", "size_bytes": size})
            store_file(ctx.store, sha256, "image/jpeg", size, [data])


def _laptop(tmp_path: Path, visits: int, photos: int = 0) -> tuple[World, Path]:
    """An office and an enrolled laptop holding `visits` visits and `photos` 1 MiB photos;
    both closed."""
    world = make_world(tmp_path, FakeWallClock(int(time.time() * 1000)))
    laptop = world.laptop("ana")
    world.enrol(laptop)
    _put_visits(laptop, visits)
    _put_photos(laptop, photos, 2**20)
    laptop.close()
    world.office.close()
    return world, laptop.path


def _temp(db: Path) -> Path:
    return Path(f"{db}.bundles") / "temp"


def _one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


def _run(db: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "monitor_app", "--db", str(db), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _timed(db: Path, *args: str) -> float:
    start = time.perf_counter()
    assert _run(db, *args).wait(timeout=60) == 0
    return time.perf_counter() - start


def _kill_at_random(db: Path, args: tuple[str, ...], whole: float, rng: random.Random,
                    attempts: int = 4) -> None:
    """Kill `args` at random moments; whatever each kill leaves is for the next run to find."""
    for _ in range(attempts):
        child = _run(db, *args)
        time.sleep(rng.uniform(0.1, 1.0) * whole)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


def _kill_when(db: Path, args: tuple[str, ...], look: Callable[[], bool],
               attempts: int = 5) -> bool:
    """Kill `args` the moment `look` finds a leftover; whether one was still there after the
    kill (a run may remove it between the look and the kill, so a few attempts are allowed)."""
    for _ in range(attempts):
        child = _run(db, *args)
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline and not look():
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if look():
            return True
    return False


def _left_on(stick: Path) -> bool:
    hidden = [p.name for p in stick.iterdir() if p.name.startswith(".")]
    assert all(name.startswith(PREFIX) and ".mcbundle" not in name for name in hidden), hidden
    return bool(hidden)


def _clear_text_in(temp: Path) -> bool:
    return temp.is_dir() and any(temp.iterdir())


def test_killed_exports_and_imports_leave_nothing_the_next_one_does_not_remove(
        tmp_path: Path, cli: Cli) -> None:
    world, laptop_db = _laptop(tmp_path, 5000, photos=48)
    stick = tmp_path / "stick"
    stick.mkdir()
    rng = random.Random(20261124)
    export = ("export", "--out", str(stick))
    whole = _timed(laptop_db, *export)
    [bundle] = stick.glob("*.mcbundle")
    temp = _temp(laptop_db)

    _kill_at_random(laptop_db, export, whole, rng)
    _left_on(stick)  # whatever a kill left on the stick is hidden and not named like a bundle
    assert _kill_when(laptop_db, export, lambda: _clear_text_in(temp))
    assert _kill_when(laptop_db, export, lambda: _left_on(stick))
    assert cli("export", "--out", str(stick), db=laptop_db).code == 0
    assert list(temp.iterdir()) == []
    assert [p.name for p in stick.iterdir()] == [bundle.name]

    office_db = world.root / "office.db"
    whole = _timed(office_db, "verify", str(bundle))
    _kill_at_random(office_db, ("import", str(bundle)), whole, rng)
    assert _kill_when(office_db, ("import", str(bundle)), lambda: _clear_text_in(_temp(office_db)))
    assert cli("verify", str(bundle), db=office_db).code == 0
    assert list(_temp(office_db).iterdir()) == []


@contextmanager
def _refusing_with(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> Iterator[None]:
    """`bundle_writer.<name>` fails with `code` after doing its work, as a disk would."""
    real = getattr(bundle_writer, name)

    def failing(*args: object, **kwargs: object) -> object:
        real(*args, **kwargs)
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patch:
        patch.setattr(bundle_writer, name, failing)
        yield


def test_a_full_stick_is_one_refusal_and_leaves_nothing(tmp_path: Path, cli: Cli,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    world, laptop_db = _laptop(tmp_path, 200)
    stick = tmp_path / "stick"
    stick.mkdir()
    before = dump_database(laptop_db)
    with _refusing_with(monkeypatch, "seal", errno.ENOSPC):
        result = cli("export", "--out", str(stick), db=laptop_db)
    assert result.code == 1 and _one_line(result.err), result.err
    assert "El disco está lleno" in result.err and str(stick) in result.err
    assert list(stick.iterdir()) == [] and list(_temp(laptop_db).iterdir()) == []
    assert dump_database(laptop_db) == before

    office_db = world.root / "office.db"
    before = dump_database(office_db)
    with _refusing_with(monkeypatch, "_sync", errno.ENOSPC):  # fsync: the plain ZIP was written
        result = cli("publish", "--out", str(stick / "ref.mcbundle"), db=office_db)
    assert result.code == 1 and _one_line(result.err), result.err
    assert "El disco está lleno" in result.err and str(stick / "ref.mcbundle") in result.err
    assert list(stick.iterdir()) == [] and list(_temp(office_db).iterdir()) == []
    assert dump_database(office_db) == before


def test_a_file_size_limit_is_one_refusal_and_leaves_nothing(tmp_path: Path) -> None:
    """A real error from the kernel (EFBIG under RLIMIT_FSIZE) in a real process, unprivileged.
    The plain ZIP is built in the laptop's private temp folder before it is sealed onto the
    stick, so the refusal names whichever of the two the limit stopped."""
    world, db = _laptop(tmp_path, 3000)
    stick = tmp_path / "stick"
    stick.mkdir()
    before = dump_database(db)
    limit = 64 * 1024  # the bundle is larger; the database's -shm and the log are not

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-m", "monitor_app", "--db", str(db), "export", "--out", str(stick)],
        capture_output=True, text=True, timeout=60, preexec_fn=limited)
    assert proc.returncode == 1 and _one_line(proc.stderr), proc.stderr
    assert "No se pudo escribir" in proc.stderr
    assert str(stick) in proc.stderr or str(_temp(db)) in proc.stderr
    assert list(stick.iterdir()) == [] and list(_temp(db).iterdir()) == []
    assert dump_database(db) == before


@contextmanager
def _mounted(*args: str) -> Iterator[None]:
    subprocess.run(["mount", *args], check=True, capture_output=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", args[-1]], check=True, capture_output=True)


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system of `folder` but for about `leave` bytes."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    (folder / "filler").write_bytes(b"\0" * max(free - leave, 0))


@needs_root
def test_a_really_full_stick_refuses_export_and_publish(tmp_path: Path, cli: Cli) -> None:
    world, laptop_db = _laptop(tmp_path, 2000)
    office_db = world.root / "office.db"
    stick = tmp_path / "stick"
    stick.mkdir()
    with _mounted("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(stick)):
        _fill(stick, 16 * 1024)  # room for the start of each bundle, not for all of it
        for db, args in ((laptop_db, ("export", "--out", str(stick))),
                         (office_db, ("publish", "--out", str(stick / "ref.mcbundle")))):
            before = dump_database(db)
            result = cli(*args, db=db)
            assert result.code == 1 and _one_line(result.err), result.err
            assert "El disco está lleno" in result.err and str(stick) in result.err
            assert [p.name for p in stick.iterdir()] == ["filler"]
            assert list(_temp(db).iterdir()) == [] and dump_database(db) == before


@needs_root
def test_a_read_only_stick_refuses_export_and_publish(tmp_path: Path, cli: Cli) -> None:
    world, laptop_db = _laptop(tmp_path, 20)
    office_db = world.root / "office.db"
    stick = tmp_path / "stick"
    stick.mkdir()
    with _mounted("-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(stick)):
        for db, args in ((laptop_db, ("export", "--out", str(stick))),
                         (office_db, ("publish", "--out", str(stick / "ref.mcbundle")))):
            result = cli(*args, db=db)
            assert result.code == 1 and _one_line(result.err), result.err
            assert "No se puede escribir en" in result.err and str(stick) in result.err
            assert list(stick.iterdir()) == [] and list(_temp(db).iterdir()) == []


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from monitor_app.services.context import open_initialised
ctx = open_initialised(Path(sys.argv[1]))
with ctx.recording() as rec:
    rec.put("visits", "v-unflushed", {"cod_mod": "0335273", "anexo": "0", "date": "2024-05-03",
                                      "type": "monitoreo"})
os.kill(os.getpid(), signal.SIGKILL)  # before closing: the commit stays in the -wal
"""


def _listed(cli: Cli, db: Path) -> list[str]:
    result = cli("records", "list", "visits", "--json", db=db)
    assert result.code == 0, result.err
    return sorted(visit["id"] for visit in json.loads(result.out))


@needs_root
@pytest.mark.parametrize("left", ["nothing", "wal and shm", "wal only"])
def test_a_database_on_a_read_only_disk_reads_and_refuses_writes(tmp_path: Path, cli: Cli,
                                                                 left: str) -> None:
    """What a killed program left beside the database is read, or refused, never ignored."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "monitor.db"
    assert cli("init", "--role", "especialista", "--name", "Ana", "--ugel", "150105",
               db=db).code == 0
    with initialised(db) as ctx:
        add_schools(ctx, SCHOOL_A)
        with ctx.recording() as rec:
            rec.put("visits", "v-closed", {**VISIT})
    expected = ["v-closed"]
    if left != "nothing":
        subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db)], timeout=60)
        assert Path(f"{db}-wal").stat().st_size > 0
        expected.append("v-unflushed")
        if left == "wal only":
            Path(f"{db}-shm").unlink()
    files = sorted(p.name for p in home.iterdir())
    view = tmp_path / "view"
    view.mkdir()
    on_view = view / "monitor.db"
    with _mounted("--bind", "-o", "ro", str(home), str(view)):
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        if left == "wal only":
            refused = cli("records", "list", "visits", db=on_view)
            assert refused.code == 1 and _one_line(refused.err), refused.err
            assert "solo lectura" in refused.err
        else:
            assert _listed(cli, on_view) == expected
        visit = json.dumps({**VISIT, "date": "2024-05-04"})
        result = cli("records", "put", "visits", stdin=visit, db=on_view)
        assert result.code == 1 and _one_line(result.err), result.err
        assert "solo lectura" in result.err
    assert sorted(p.name for p in home.iterdir()) == files
    assert _listed(cli, db) == expected
