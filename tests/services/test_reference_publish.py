"""The office's instruments, catalogues and drill calendar reach laptops in its reference
bundle; bundles from before they travelled still import; a tampered one is refused."""

from __future__ import annotations

import gzip
import json
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import monitor_app
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.catalogues import import_catalogue_file, list_catalogues
from monitor_app.services.instruments import import_instrument_file, list_instruments
from monitor_app.services.records import put_record
from monitor_app.services.sync_files import SCHEMA_VERSION, bundles_dir, signing_key
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.sync_publish import office_acknowledgements
from monitor_app.services.sync_reference import REFERENCE
from monitor_app.storage.changes import load_last_hlc
from monitor_app.storage.device import encryption_public_key
from monitor_app.storage.directory_snapshot import write_snapshot
from monitor_app.storage.reference_defaults import shipped_instruments
from monitor_app.storage.sync_registry import Outcome
from monitor_app.sync.bundle_writer import write_bundle
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, World, make_world
from tests.sync.test_bundle_support import members, rezip

CATALOGUES = {
    "format": "monitor-catalogues", "version": 1,
    "catalogues": {"visit_types": [
        {"code": "visita_grd", "es": "Visita de verificación GRD", "en": "GRD check visit"}]},
    "national_drills": [{"date": "2027-05-28", "shift": "manana", "time": "10:00",
                         "hazard": "multipeligro", "label": "Simulacro 2027"}],
}


@pytest.fixture
def world(tmp_path: Path, wall: FakeWallClock) -> World:
    return make_world(tmp_path, wall)


def extend_office(world: World) -> None:
    """A new version of the rubrics and a catalogue extension, loaded at the office."""
    rubrics = shipped_instruments()["rubricas_aula-v1.json"]
    rubrics["version"] = 2
    rubrics["sections"][0]["items"][2]["maximum"] = 45
    (world.root / "rubricas_aula-v2.json").write_text(json.dumps(rubrics), encoding="utf-8")
    (world.root / "catalogos.json").write_text(json.dumps(CATALOGUES), encoding="utf-8")
    import_instrument_file(world.office, world.root / "rubricas_aula-v2.json")
    import_catalogue_file(world.office, world.root / "catalogos.json")


def laptop_state(laptop: object) -> tuple[list[tuple], list[tuple], list[tuple]]:
    conn = laptop.store.conn  # type: ignore[attr-defined]
    return (conn.execute("SELECT code, version, sha256 FROM instruments ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT * FROM catalogue_entries ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT * FROM national_drills ORDER BY 1, 2").fetchall())


def test_a_laptop_joining_gets_the_offices_instruments_and_catalogues(world: World) -> None:
    extend_office(world)
    laptop = world.laptop("ana")
    assert ("rubricas_aula", 2) in {(r.code, r.version) for r in list_instruments(laptop)}
    assert "visita_grd" in {e.code for e in list_catalogues(laptop, "visit_types")}
    assert laptop_state(laptop) == laptop_state(world.office)


def test_a_later_reference_bundle_brings_new_versions_and_codes(world: World) -> None:
    laptop = world.laptop("ana")
    visit = put_record(laptop, "visits", VISIT)
    answer = {"visit_id": visit, "instrument": "rubricas_aula", "version": 2,
              "item": "estudiantes_presentes", "value": 30}
    with pytest.raises(MonitorError) as unknown:
        put_record(laptop, "answers", answer)
    assert unknown.value.code is ErrorCode.INSTRUMENT_NOT_FOUND

    extend_office(world)
    outcome = import_bundle(laptop, world.publish("later.mcbundle"))
    assert (outcome.outcome, outcome.reference) == (Outcome.MERGED, True)
    assert (outcome.counts["instruments"], outcome.counts["catalogue_entries"],
            outcome.counts["national_drills"]) == (1, 1, 1)
    assert laptop_state(laptop) == laptop_state(world.office)
    put_record(laptop, "answers", answer)
    put_record(laptop, "visits", {**VISIT, "type": "visita_grd"})

    again = import_bundle(laptop, world.publish("again.mcbundle"))
    assert (again.counts["instruments"], again.counts["catalogue_entries"]) == (0, 0)


def test_a_director_bundle_carries_them_too(world: World) -> None:
    from monitor_app.core.roles import Role

    extend_office(world)
    director = world.laptop("rosa", role=Role.DIRECTOR, school="0335273")
    assert laptop_state(director) == laptop_state(world.office)


def publish_without_reference_data(world: World, out: Path) -> Path:
    """A reference bundle as offices published it before instruments and catalogues travelled."""
    ctx = world.office
    identity = ctx.require_identity()
    with tempfile.TemporaryDirectory(dir=bundles_dir(ctx, "temp")) as folder:
        digest, snapshot, rows = write_snapshot(ctx.store, Path(folder), None)
        extra = {
            "kind": REFERENCE,
            "office": {"device_id": identity.device_id, "name": identity.name,
                       "ugel": identity.scope.ugel, "signing_public_key": identity.public_key_hex,
                       "encryption_public_key": encryption_public_key(ctx.store)},
            "directory": {"blob": digest, "rows": rows, "school": None},
            "acks": office_acknowledgements(ctx),
            "office_hlc": load_last_hlc(ctx.store),
        }
        return write_bundle(out, device_id=identity.device_id, role=identity.role,
                            scope=identity.scope, schema_version=SCHEMA_VERSION,
                            app_version=monitor_app.__version__, changes=(),
                            blobs=[(digest, snapshot)], signing_key=signing_key(ctx), extra=extra,
                            temp_dir=bundles_dir(ctx, "temp")).path


def test_an_older_reference_bundle_without_them_still_imports(world: World) -> None:
    laptop = world.laptop("ana")
    before = laptop_state(laptop)
    extend_office(world)
    old = publish_without_reference_data(world, world.root / "old.mcbundle")
    outcome = import_bundle(laptop, old)
    assert outcome.outcome is Outcome.MERGED
    assert "instruments" not in outcome.counts
    assert laptop_state(laptop) == before


def _flip_a_byte(bundle: Path, name: str, member: bytes) -> None:
    data = bundle.read_bytes()
    at = data.index(member) + len(member) // 2
    bundle.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:])


def _repack_with_more_instruments(bundle: Path, name: str, member: bytes) -> None:
    """A well-formed member (right CRC) whose content is not the one the manifest signed."""
    document = json.loads(gzip.decompress(member))
    extra = json.loads(document["instruments"][0])
    extra["version"] = 9
    document["instruments"].append(json.dumps(extra))
    forged = gzip.compress(json.dumps(document).encode("utf-8"))
    rezip(bundle, [(n, forged if n == name else d) for n, d in members(bundle)])


@pytest.mark.parametrize(("damage", "reason"), [(_flip_a_byte, "corrupt"),
                                                (_repack_with_more_instruments, "tampered")])
def test_a_damaged_reference_data_member_is_refused_and_nothing_changes(
        world: World, damage: Callable[[Path, str, bytes], None], reason: str) -> None:
    laptop = world.laptop("ana")
    before = laptop_state(laptop)
    extend_office(world)
    bundle = world.publish("damaged.mcbundle")
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        name = f"blobs/{manifest['extra']['reference_data']['blob']}"
        member = archive.read(name)
    damage(bundle, name, member)
    outcome = import_bundle(laptop, bundle)
    assert (outcome.outcome, outcome.reason) == (Outcome.REFUSED, reason)
    assert laptop_state(laptop) == before
