"""The inbox: a folder of bundles imported file by file, one damaged file not stopping the
others; what was received, the latest first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.inbox import bundle_files, import_files, received_bundles
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import SCHOOL_A, FakeWallClock
from tests.services.sync_world import World, make_world, put


def stick_with_bundles(tmp_path: Path) -> tuple[World, Path]:
    """A stick holding Ana's and Beto's bundles, a damaged one and a text file."""
    world = make_world(tmp_path, FakeWallClock())
    stick = tmp_path / "USB"
    stick.mkdir()
    for name in ("ana", "beto"):
        laptop = world.laptop(name)
        put(laptop, "visits", {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02",
                               "type": "monitoreo"})
        bundle = world.export(laptop, name)
        shutil.copy(bundle, stick / bundle.name)
    (stick / "roto.mcbundle").write_bytes(b"PK\x03\x04 not a whole bundle")
    (stick / "notas.txt").write_text("no soy un paquete")
    (stick / "sub").mkdir()
    return world, stick


def test_a_folder_is_imported_file_by_file(tmp_path: Path) -> None:
    world, stick = stick_with_bundles(tmp_path)
    files = bundle_files([stick])
    assert [f.name for f in files][-1] == "roto.mcbundle" and len(files) == 3
    ticks: list[tuple[int, int | None]] = []
    outcomes = import_files(world.office, files, lambda d, t: ticks.append((d, t)),
                            lambda: False)
    assert [o.outcome for o in outcomes].count(Outcome.HELD) == 2
    assert outcomes[-1].outcome is Outcome.REFUSED and ticks[-1] == (3, 3)
    received = received_bundles(world.office)
    assert {r.sender for r in received} >= {"ana", "beto"}
    assert all(r.changes > 0 for r in received if r.outcome is Outcome.HELD)


def test_cancelling_keeps_what_was_imported(tmp_path: Path) -> None:
    world, stick = stick_with_bundles(tmp_path)
    asked = iter([False, True])
    with pytest.raises(MonitorError) as stopped:
        import_files(world.office, bundle_files([stick]), lambda *_: None, lambda: next(asked))
    assert stopped.value.code is ErrorCode.CANCELLED
    assert len(received_bundles(world.office)) == 1


def test_a_watched_folder_hands_over_a_file_once_its_copy_is_complete(tmp_path: Path) -> None:
    from monitor_app.services.inbox import FolderWatch

    folder = tmp_path / "compartida"
    folder.mkdir()
    watch = FolderWatch(folder)
    assert watch.ready() == []
    copying = folder / "ana.mcbundle"
    copying.write_bytes(b"x" * 100)  # a copy under way
    assert watch.ready() == []  # seen once
    with copying.open("ab") as more:
        more.write(b"y" * 100)  # still growing
    assert watch.ready() == []
    assert watch.ready() == [copying]  # the same size twice: complete
    assert watch.ready() == []  # handed over once
    (folder / "notas.txt").write_text("no soy un paquete")
    (folder / "vacio.mcbundle").write_bytes(b"")
    assert watch.ready() == [] and watch.ready() == []


def test_a_file_gone_before_its_turn_is_said_in_words(tmp_path: Path) -> None:
    from monitor_app.services.inbox import FileRefused
    from monitor_app.services.messages import describe

    world, stick = stick_with_bundles(tmp_path)
    gone = stick / "borrado.mcbundle"  # listed, then removed before its import
    [outcome] = import_files(world.office, [gone], lambda *_: None, lambda: False)
    assert isinstance(outcome, FileRefused) and outcome.outcome is Outcome.REFUSED
    assert outcome.refusal is not None and "borrado.mcbundle" in describe(outcome.refusal)


def test_each_bundle_received_says_how_many_photos_it_carried(tmp_path: Path) -> None:
    import hashlib
    import os

    from monitor_app.core.ids import uuid7
    from monitor_app.services.sync_admin import approve_device
    from monitor_app.storage.evidence_files import store_file

    world = make_world(tmp_path, FakeWallClock())
    laptop = world.laptop("ana")
    with laptop.recording() as rec:
        visit = uuid7()
        rec.put("visits", visit, {"cod_mod": SCHOOL_A.cod_mod, "date": "2024-05-02",
                                  "type": "monitoreo"})
        for _ in range(3):
            data = os.urandom(2048)
            sha256 = hashlib.sha256(data).hexdigest()
            rec.put("evidence", uuid7(), {"sha256": sha256, "visit_id": visit,
                                          "media_type": "image/jpeg", "size_bytes": len(data)})
            store_file(laptop.store, sha256, "image/jpeg", len(data), [data])
    [held] = import_files(world.office, [world.export(laptop, "ana")], lambda d, t: None,
                          lambda: False)
    assert held.outcome is Outcome.HELD
    [received] = received_bundles(world.office)
    assert (received.photos, received.role, received.changes > 0) == (3, "especialista", True)
    approve_device(world.office, laptop.require_identity().device_id)  # the held bundle merges
    [merged] = received_bundles(world.office)
    assert (merged.outcome, merged.photos) == (Outcome.MERGED, 3)
