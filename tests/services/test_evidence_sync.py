"""Photos travel with the laptop's bundle: the office keeps the same bytes, once, in the same
transaction as the records; a photo file that is not what was signed refuses the whole bundle."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from monitor_app.services.context import AppContext
from monitor_app.services.evidence import attach_photo, evidence_for, missing_photos, photo_bytes
from monitor_app.services.records import delete_record
from monitor_app.services.sync_files import encryption_key
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.sync_registry import Outcome
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync import envelope
from monitor_app.sync.bundle_envelope_stream import open_payload, seal
from monitor_app.sync.bundle_reader import open_bundle
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world, put, visible
from tests.storage.photo_files import jpeg
from tests.sync.test_bundle_support import members, rezip


@pytest.fixture
def world(tmp_path: Path, wall: FakeWallClock) -> World:
    return make_world(tmp_path, wall)


@pytest.fixture
def laptop(world: World) -> AppContext:
    made = world.laptop("ana")
    world.enrol(made)
    return made


def _counts(ctx: AppContext) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        ctx.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("evidence_files", "evidence", "changes"))


def _blobs(world: World, bundle: Path) -> list[str]:
    """The photo files a bundle carries (not the blob naming replaced changes)."""
    with open_bundle(bundle, decryption_keys=[encryption_key(world.office)],
                     temp_dir=world.root) as opened:
        replaced = opened.manifest.extra.get("replaced", {}).get("blob")
        return [name for name in opened.blob_names() if name != replaced]


def test_a_photo_travels_to_the_office_once(world: World, laptop: AppContext) -> None:
    [visit] = put(laptop, "visits", VISIT)
    photo = attach_photo(laptop, jpeg(2400, 1800, orientation=6), visit_id=visit, caption="aula")
    bundle = world.export(laptop, "out")
    assert _blobs(world, bundle) == [photo.sha256]
    merged = import_bundle(world.office, bundle)
    assert merged.outcome is Outcome.MERGED, merged
    assert merged.counts["photos"] == 1 and merged.counts["photos_missing"] == 0
    office_copy = photo_bytes(world.office, photo.sha256)
    assert hashlib.sha256(office_copy).hexdigest() == photo.sha256
    assert office_copy == photo_bytes(laptop, photo.sha256)
    assert evidence_for(world.office, visit_id=visit) == [photo]
    assert visible(world.office, "evidence") == visible(laptop, "evidence")
    counts = _counts(world.office)
    assert import_bundle(world.office, bundle).outcome is Outcome.ALREADY
    again = import_bundle(world.office, world.export(laptop, "again"))  # same changes, new file
    assert again.outcome is Outcome.MERGED and again.counts["photos"] == 0
    assert _counts(world.office) == counts


def test_only_photos_of_the_exported_changes_travel(world: World, laptop: AppContext) -> None:
    [visit] = put(laptop, "visits", VISIT)
    kept = attach_photo(laptop, jpeg(300, 200), visit_id=visit)
    dropped = attach_photo(laptop, jpeg(200, 300), visit_id=visit)
    delete_record(laptop, "evidence", dropped.id)  # a deleted photo does not travel
    first = world.export(laptop, "one")
    assert _blobs(world, first) == [kept.sha256]
    assert import_bundle(world.office, first).outcome is Outcome.MERGED
    assert import_bundle(laptop, world.publish("acks.mcbundle")).outcome is Outcome.MERGED
    put(laptop, "evidence", {"id": kept.id, "caption": "nueva leyenda"})
    assert _blobs(world, world.export(laptop, "two")) == []  # the office has it already


def test_a_record_without_its_file_merges_and_is_listed_until_the_file_comes(
        world: World, laptop: AppContext) -> None:
    [visit] = put(laptop, "visits", VISIT)
    photo = attach_photo(laptop, jpeg(300, 200), visit_id=visit)
    kept = laptop.store.conn.execute("SELECT * FROM evidence_files").fetchall()
    laptop.store.conn.execute("DELETE FROM evidence_files")  # as a laptop that lost the file
    first = import_bundle(world.office, world.export(laptop, "one"))
    assert first.outcome is Outcome.MERGED and first.counts["photos_missing"] == 1
    assert [e.id for e in missing_photos(world.office)] == [photo.id]
    laptop.store.conn.execute("INSERT INTO evidence_files VALUES (?, ?, ?)", kept[0])
    second = import_bundle(world.office, world.export(laptop, "two"))
    assert second.outcome is Outcome.MERGED and second.counts["photos"] == 1
    assert missing_photos(world.office) == []


def _plain_zip(world: World, bundle: Path, out: Path) -> Path:
    with bundle.open("rb") as src, out.open("wb") as dst:
        header = envelope.read_header(src)
        open_payload(src, header, envelope.unwrap(header, [encryption_key(world.office)]), dst,
                     lambda: None)
    return out


def _sealed_for_office(world: World, plain: Path, out: Path) -> Path:
    office = encryption_key(world.office).public_key()
    with plain.open("rb") as src, out.open("wb") as dst:
        seal(src, dst, envelope.make_header([office]), lambda: None)
    return out


def _other_bytes(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0xFF
    return bytes(changed)


@pytest.mark.parametrize("surgery", ["photo changed", "photo added"])
def test_a_bundle_whose_photo_is_not_what_was_signed_is_refused(
        world: World, laptop: AppContext, surgery: str) -> None:
    [visit] = put(laptop, "visits", VISIT)
    attach_photo(laptop, jpeg(300, 200), visit_id=visit)
    plain = _plain_zip(world, world.export(laptop, "out"), world.root / "plain.zip")
    items = members(plain)
    if surgery == "photo changed":
        items = [(n, _other_bytes(d) if n.startswith(lim.BLOB_PREFIX) else d) for n, d in items]
    else:
        extra = b"\xff\xd8 not listed"
        items.insert(1, (lim.BLOB_PREFIX + hashlib.sha256(extra).hexdigest(), extra))
    forged = _sealed_for_office(world, rezip(world.root / "forged.zip", items),
                                world.root / "forged.mcbundle")
    before = _counts(world.office)
    outcome = import_bundle(world.office, forged)
    assert (outcome.outcome, outcome.reason) == (Outcome.REFUSED, "tampered")
    assert _counts(world.office) == before


def test_a_bundle_without_photos_from_before_still_merges(world: World, laptop: AppContext) -> None:
    put(laptop, "visits", VISIT)
    bundle = world.export(laptop, "out")
    assert _blobs(world, bundle) == []
    assert import_bundle(world.office, bundle).outcome is Outcome.MERGED
