"""Laptops and their office through the real services: enrolment, export, import outcomes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.sync_admin import (
    approve_device,
    conflicts,
    resolve_conflict,
    revoke_device,
)
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.sync_registry import Outcome, load_office
from monitor_app.sync.rebuild import check_rebuild
from monitor_app.storage.change_verdicts import list_verdicts
from tests.conftest import FakeWallClock
from tests.services.sync_world import V1, V2, VISIT, World, make_world, put, visible, visit_id


@pytest.fixture
def world(tmp_path: Path, wall: FakeWallClock) -> World:
    return make_world(tmp_path, wall)


def test_a_laptop_joins_with_the_office_bundle_and_gets_the_directory(world: World) -> None:
    laptop = world.laptop("ana")
    assert laptop.require_identity().scope.ugel == "150105"
    office = load_office(laptop.store)
    assert office is not None and office.device_id == world.office.require_identity().device_id
    assert laptop.store.conn.execute("SELECT count(*) FROM schools").fetchone()[0] == 448
    assert laptop.store.conn.execute("SELECT count(*) FROM schools WHERE telefono IS NOT NULL"
                                     ).fetchone()[0] == 0


def test_a_director_joins_only_with_the_bundle_of_their_school(world: World) -> None:
    director = world.laptop("rosa", role=Role.DIRECTOR, school="0335273")
    assert [row[0] for row in director.store.conn.execute("SELECT cod_mod FROM schools")] == ["0335273"]
    whole = world.publish("whole.mcbundle")
    from monitor_app.services.sync_reference import enrol_with_office

    with pytest.raises(MonitorError) as refusal:
        enrol_with_office(world.root / "other.db", role=Role.DIRECTOR, name="x",
                          office_file=whole, school="0335364")
    assert refusal.value.code is ErrorCode.DIRECTOR_BUNDLE_MISMATCH
    assert not (world.root / "other.db").exists()


def test_unknown_device_is_held_then_merged_on_approval(world: World) -> None:
    laptop = world.laptop("ana")
    put(laptop, "visits", {**VISIT, "id": V1})
    bundle = world.export(laptop, "out")
    held = import_bundle(world.office, bundle)
    assert held.outcome is Outcome.HELD and held.fingerprint and held.device_name == "ana"
    assert visible(world.office, "visits") == []
    _, merged = approve_device(world.office, laptop.require_identity().device_id)
    assert [o.outcome for o in merged] == [Outcome.MERGED]
    assert visible(world.office, "visits") == visible(laptop, "visits")
    again = import_bundle(world.office, bundle)
    assert again.outcome is Outcome.ALREADY


def test_acknowledgements_shrink_the_next_export(world: World) -> None:
    laptop = world.laptop("ana")
    world.enrol(laptop)
    put(laptop, "visits", {**VISIT, "id": V1})
    first = world.export(laptop, "one")
    assert import_bundle(world.office, first).outcome is Outcome.MERGED
    assert import_bundle(laptop, world.publish("acks.mcbundle")).outcome is Outcome.MERGED
    put(laptop, "visits", {"id": V1, "notes": "segunda"})
    second = world.export(laptop, "two")
    from monitor_app.sync.bundle_reader import open_bundle

    with open_bundle(second, decryption_keys=[_office_key(world)], temp_dir=world.root) as opened:
        assert (opened.manifest.change_count, opened.manifest.seq_from) == (1, 11)


def _office_key(world: World):  # type: ignore[no-untyped-def]
    from monitor_app.services.sync_files import encryption_key

    return encryption_key(world.office)


def test_concurrent_edits_are_kept_listed_and_resolved(world: World) -> None:
    ana = world.laptop("ana")
    world.enrol(ana)
    put(ana, "visits", {**VISIT, "id": V1})
    assert import_bundle(world.office, world.export(ana, "a1")).outcome is Outcome.MERGED
    # the office and ana edit the same field, neither having seen the other's edit
    put(world.office, "visits", {"id": V1, "notes": "oficina"})
    put(ana, "visits", {"id": V1, "notes": "ana"})
    assert import_bundle(world.office, world.export(ana, "a2")).counts["conflicts"] == 1
    [conflict] = conflicts(world.office)
    resolve_conflict(world.office, conflict.id, value_json='"acordado"')
    assert conflicts(world.office) == []
    assert world.office.store.conn.execute("SELECT notes FROM visits").fetchone() == ("acordado",)
    assert check_rebuild(world.office.store) == []


def test_revoked_device_is_refused_and_nothing_changes(world: World) -> None:
    laptop = world.laptop("ana")
    world.enrol(laptop)
    revoke_device(world.office, laptop.require_identity().device_id)
    put(laptop, "visits", {**VISIT, "id": V1})
    outcome = import_bundle(world.office, world.export(laptop, "out"))
    assert (outcome.outcome, outcome.reason) == (Outcome.REFUSED, "revoked")
    assert visible(world.office, "visits") == []


def test_changes_reaching_beyond_the_senders_school_are_rejected_and_the_rest_merges(
        world: World) -> None:
    director = world.laptop("rosa", role=Role.DIRECTOR, school="0335273")
    world.enrol(director)
    [own] = put(director, "visits", VISIT)
    other = visit_id("ajena", cod_mod="0335364")
    with director.recording() as rec:  # as a tampered laptop would write, past its own checks
        rec.put("visits", other, {"cod_mod": "0335364", "anexo": "0", "date": "2024-05-02",
                                  "type": "monitoreo", "_deleted": False})
    outcome = import_bundle(world.office, world.export(director, "out"))
    assert (outcome.outcome, outcome.counts["rejected"]) == (Outcome.MERGED, 5)
    assert [row[0] for row in visible(world.office, "visits")] == [own]
    verdicts = list_verdicts(world.office.store.conn)
    assert {(v.pk, v.reason) for v, _ in verdicts} == {(other, "out_of_scope")}


def test_a_clock_days_ahead_is_quarantined(world: World) -> None:
    fast = FakeWallClock(world.wall.now_ms + 3 * 86_400_000)
    laptop = world.laptop("ana", wall=fast)
    world.enrol(laptop)
    put(laptop, "visits", {**VISIT, "id": V1})
    bundle = world.export(laptop, "out")
    outcome = import_bundle(world.office, bundle)
    assert (outcome.outcome, outcome.reason) == (Outcome.QUARANTINED, "clock_ahead")
    assert visible(world.office, "visits") == []
    accepted = import_bundle(world.office, bundle, accept_clock=True)
    assert accepted.outcome is Outcome.MERGED
    assert visible(world.office, "visits") == visible(laptop, "visits")


def test_a_cloned_laptop_is_quarantined(world: World, tmp_path: Path) -> None:
    laptop = world.laptop("ana")
    world.enrol(laptop)
    clone_db = tmp_path / "clone.db"
    laptop.close()
    shutil.copy(world.root / "ana.db", clone_db)
    shutil.copytree(world.root / "ana.db.keys", tmp_path / "clone.db.keys")
    from monitor_app.services.context import open_initialised

    original = open_initialised(world.root / "ana.db", wall_ms=world.wall)
    clone = open_initialised(clone_db, wall_ms=world.wall)
    put(original, "visits", {**VISIT, "id": V1})
    put(clone, "visits", {**VISIT, "id": V2})
    assert import_bundle(world.office, world.export(original, "o")).outcome is Outcome.MERGED
    outcome = import_bundle(world.office, world.export(clone, "c"))
    assert (outcome.outcome, outcome.reason) == (Outcome.QUARANTINED, "cloned_device")
    assert [row[0] for row in visible(world.office, "visits")] == [V1]


def test_a_damaged_bundle_is_refused_and_kept_aside(world: World) -> None:
    laptop = world.laptop("ana")
    world.enrol(laptop)
    put(laptop, "visits", {**VISIT, "id": V1})
    bundle = world.export(laptop, "out")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x40
    bundle.write_bytes(bytes(data))
    outcome = import_bundle(world.office, bundle)
    assert outcome.outcome is Outcome.REFUSED
    assert visible(world.office, "visits") == []
    assert (world.root / "office.db.bundles" / "rejected" / bundle.name).exists()


def test_an_office_will_not_import_reference_bundles(world: World) -> None:
    outcome = import_bundle(world.office, world.publish())
    assert (outcome.outcome, outcome.reason) == (Outcome.REFUSED, "own_bundle")


def _bundle_with_schema(world: World, laptop, schema_version: int, name: str) -> Path:  # type: ignore[no-untyped-def]
    """The laptop's pending changes, written as an older or newer version would label them."""
    import monitor_app
    from monitor_app.services.sync_files import public_encryption_key, signing_key
    from monitor_app.storage.sync_registry import load_office as office_of
    from monitor_app.sync.bundle_writer import write_bundle
    from monitor_app.sync.change import read_changes

    identity = laptop.require_identity()
    office = office_of(laptop.store)
    assert office is not None
    rows = [(c.seq, c.tbl, c.pk, c.col, c.value, c.hlc, c.base_hlc)
            for c in read_changes(laptop.store, identity.device_id, after_seq=office.acked_seq)]
    return write_bundle(
        world.root / name, device_id=identity.device_id, role=identity.role, scope=identity.scope,
        schema_version=schema_version, app_version=monitor_app.__version__, changes=rows,
        signing_key=signing_key(laptop),
        recipients=[public_encryption_key(office.encryption_public_key)],
        extra={"kind": "device", "device_name": identity.name}, temp_dir=world.root,
    ).path


def test_a_bundle_from_a_newer_schema_is_quarantined_and_an_older_one_merges(world: World) -> None:
    from monitor_app.services.sync_files import SCHEMA_VERSION

    laptop = world.laptop("ana")
    world.enrol(laptop)
    put(laptop, "visits", {**VISIT, "id": V1})
    newer = import_bundle(world.office, _bundle_with_schema(world, laptop, SCHEMA_VERSION + 1, "n.mcbundle"))
    assert (newer.outcome, newer.reason) == (Outcome.QUARANTINED, "newer_schema")
    assert visible(world.office, "visits") == []
    older = import_bundle(world.office, _bundle_with_schema(world, laptop, 2, "o.mcbundle"))
    assert older.outcome is Outcome.MERGED
    assert visible(world.office, "visits") == visible(laptop, "visits")


def test_a_bundle_for_another_office_is_refused(world: World, tmp_path: Path, wall: FakeWallClock) -> None:
    other = make_world(tmp_path / "other", wall)
    laptop = other.laptop("ana")
    put(laptop, "visits", {**VISIT, "id": V1})
    outcome = import_bundle(world.office, other.export(laptop, "out"))
    assert (outcome.outcome, outcome.reason) == (Outcome.REFUSED, "wrong_recipient")
    assert visible(world.office, "visits") == []


def test_reimporting_the_same_file_is_recognised_before_any_decryption(world: World) -> None:
    laptop = world.laptop("ana")
    world.enrol(laptop)
    put(laptop, "visits", {**VISIT, "id": V1})
    bundle = world.export(laptop, "out")
    first = import_bundle(world.office, bundle)
    again = import_bundle(world.office, bundle)
    assert (first.outcome, again.outcome) == (Outcome.MERGED, Outcome.ALREADY)
    assert again.bundle_id == first.bundle_id


def test_delete_against_edit_is_flagged_and_keeping_the_edit_restores(world: World) -> None:
    ana = world.laptop("ana")
    world.enrol(ana)
    put(ana, "visits", {**VISIT, "id": V1})
    assert import_bundle(world.office, world.export(ana, "a1")).outcome is Outcome.MERGED
    from monitor_app.services.records import delete_record

    delete_record(world.office, "visits", V1)
    put(ana, "visits", {"id": V1, "notes": "sigue vigente"})
    import_bundle(world.office, world.export(ana, "a2"))
    [conflict] = conflicts(world.office)
    assert conflict.kind.value == "delete_edit"
    edit = next(c for c in conflict.changes if c.col == "notes")
    resolve_conflict(world.office, conflict.id, keep=f"{edit.device_id}:{edit.seq}")
    assert conflicts(world.office) == []
    assert world.office.store.conn.execute("SELECT _deleted, notes FROM visits").fetchone() == (0, "sigue vigente")


def test_deleting_after_seeing_an_edit_is_no_conflict(world: World) -> None:
    ana = world.laptop("ana")
    world.enrol(ana)
    put(ana, "visits", {**VISIT, "id": V1})
    put(ana, "visits", {"id": V1, "notes": "editada"})
    assert import_bundle(world.office, world.export(ana, "a1")).outcome is Outcome.MERGED
    from monitor_app.services.records import delete_record

    delete_record(world.office, "visits", V1)
    assert conflicts(world.office) == []


def test_an_import_interrupted_at_any_statement_leaves_the_office_as_it_was(world: World) -> None:
    """SQLite's progress handler aborts the running statement after a given number of steps:
    the import fails at that point, whichever it is, and must leave nothing behind."""
    import sqlite3

    laptop = world.laptop("ana")
    world.enrol(laptop)
    put(laptop, "visits", *({**VISIT, "id": visit_id(f"v{n}")} for n in range(30)))
    bundle = world.export(laptop, "out")
    conn = world.office.store.conn

    def snapshot() -> list[tuple]:
        return [*visible(world.office, "visits"), *conn.execute("SELECT * FROM changes").fetchall(),
                *conn.execute("SELECT * FROM field_clock").fetchall(),
                *conn.execute("SELECT bundle_id, outcome FROM bundles").fetchall()]

    before = snapshot()
    interrupted = 0
    for steps in (50, 200, 1_000, 3_000, 8_000, 20_000, 60_000):
        conn.set_progress_handler(lambda: 1, steps)
        try:
            import_bundle(world.office, bundle)
        except sqlite3.OperationalError as stop:
            assert "interrupt" in str(stop)
            interrupted += 1
        else:
            break  # enough steps to get through: every later run would find it merged
        finally:
            conn.set_progress_handler(None, 0)
        assert snapshot() == before
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert interrupted >= 4
    assert import_bundle(world.office, bundle).ok
    assert visible(world.office, "visits") == visible(laptop, "visits")
