"""Writing and reading bundle files: what goes in comes out, plain or encrypted, and nothing else."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role, Scope
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_reader import open_bundle
from monitor_app.sync.bundle_writer import bundle_file_name
from monitor_app.sync.change import Change
from monitor_app.sync.envelope import key_id
from tests.sync.test_bundle_support import (
    DEVICE,
    ESCROW,
    OFFICE,
    SIGNER,
    STRANGER,
    make_blob,
    members,
    read_all,
    refusal,
    sample_changes,
    write,
)

MOMENT = datetime(2024, 10, 27, 3, 33, 20, 123456, tzinfo=UTC)


def _expected(rows: list[tuple]) -> list[Change]:
    return [Change(DEVICE, *row) for row in rows]


def test_plain_round_trip_gives_back_every_change_and_the_manifest(tmp_path: Path) -> None:
    rows = sample_changes(1000, start_seq=41)
    info = write(tmp_path / "b.mcbundle", rows, exported_at=MOMENT, last_office_seq_applied=17,
                 extra={"acks": {"dev-b": [[1, 90]]}})
    manifest_bytes, changes, blobs = read_all(info.path)
    assert changes == _expected(rows)
    assert blobs == {}
    assert info.bundle_id == hashlib.sha256(manifest_bytes).hexdigest()
    assert dict(members(info.path))[lim.MANIFEST] == manifest_bytes
    m = info.manifest
    assert (m.seq_from, m.seq_to, m.change_count) == (41, 1040, 1000)
    assert (m.hlc_from, m.hlc_to) == (min(r[5] for r in rows), max(r[5] for r in rows))
    assert (m.device_id, m.role, m.scope, m.schema_version) == (DEVICE, Role.ESPECIALISTA,
                                                               Scope("150105"), 4)
    assert m.exported_at == "2024-10-27T03:33:20.123Z"
    assert m.last_office_seq_applied == 17 and m.extra == {"acks": {"dev-b": [[1, 90]]}}
    assert m.recipient_key_ids == () and not info.encrypted
    assert json.loads(manifest_bytes)["format"] == "monitor-de-campo-bundle"


def test_rows_are_the_change_table_columns_without_the_device(tmp_path: Path) -> None:
    rows = sample_changes(30)
    info = write(tmp_path / "b.mcbundle", rows)
    with open_bundle(info.path, temp_dir=tmp_path) as bundle:
        assert list(bundle.rows()) == rows
        assert [c.as_row() for c in bundle.changes()] == [(DEVICE, *r) for r in rows]


def test_encrypted_for_two_recipients_each_can_read_and_a_third_cannot(tmp_path: Path) -> None:
    rows = sample_changes(500)
    blob = make_blob(tmp_path, b"\xff\xd8 a photo")
    info = write(tmp_path / "b.mcbundle", rows, blobs=[blob],
                 recipients=[OFFICE.public_key(), ESCROW.public_key()])
    assert info.path.read_bytes().startswith(b"MCBUNDLE-ENC1\n")
    assert info.manifest.recipient_key_ids == (key_id(OFFICE.public_key()),
                                               key_id(ESCROW.public_key()))
    for key in (OFFICE, ESCROW):
        _, changes, blobs = read_all(info.path, [STRANGER, key])
        assert changes == _expected(rows) and blobs == {blob[0]: b"\xff\xd8 a photo"}
    assert refusal(info.path, [STRANGER]).reason is BundleProblem.WRONG_RECIPIENT
    assert refusal(info.path, []).reason is BundleProblem.WRONG_RECIPIENT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.mcbundle", blob[1].name]


def test_decrypted_copy_lives_in_temp_dir_only_while_open(tmp_path: Path) -> None:
    info = write(tmp_path / "b.mcbundle", sample_changes(5), recipients=[OFFICE.public_key()])
    work = tmp_path / "work"
    work.mkdir()
    with open_bundle(info.path, decryption_keys=[OFFICE], temp_dir=work) as bundle:
        assert bundle.encrypted and len(list(work.iterdir())) == 1
        assert len(list(bundle.changes())) == 5
    assert list(work.iterdir()) == []


def test_blobs_are_stored_hashed_and_deduplicated(tmp_path: Path) -> None:
    photos = [make_blob(tmp_path, bytes([n]) * (1000 + n)) for n in range(3)]
    info = write(tmp_path / "b.mcbundle", sample_changes(3), blobs=[*photos, photos[0]])
    assert info.blob_count == 3
    _, _, blobs = read_all(info.path)
    assert blobs == {sha: path.read_bytes() for sha, path in photos}
    with open_bundle(info.path, temp_dir=tmp_path) as bundle:
        assert bundle.blob_names() == sorted(sha for sha, _ in photos)
        with pytest.raises(KeyError):
            bundle.open_blob("0" * 64)


def test_a_blob_that_does_not_match_its_name_is_not_written(tmp_path: Path) -> None:
    sha, path = make_blob(tmp_path, b"original")
    path.write_bytes(b"changed on disk")
    with pytest.raises(ValueError, match="does not match"):
        write(tmp_path / "b.mcbundle", sample_changes(3), blobs=[(sha, path)])
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_an_empty_bundle_is_valid(tmp_path: Path) -> None:
    info = write(tmp_path / "b.mcbundle", [])
    _, changes, blobs = read_all(info.path)
    assert changes == [] and blobs == {}
    m = info.manifest
    assert (m.change_count, m.seq_from, m.seq_to, m.hlc_from, m.hlc_to) == (0, 0, 0, 0, 0)


def test_same_manifest_gives_the_same_bundle_id_and_the_same_plain_file(tmp_path: Path) -> None:
    rows = sample_changes(200)
    first = write(tmp_path / "a.mcbundle", rows, exported_at=MOMENT)
    second = write(tmp_path / "b.mcbundle", rows, exported_at=MOMENT)
    assert first.bundle_id == second.bundle_id
    assert first.path.read_bytes() == second.path.read_bytes()
    sealed = write(tmp_path / "c.mcbundle", rows, exported_at=MOMENT,
                   recipients=[OFFICE.public_key()])
    resealed = write(tmp_path / "d.mcbundle", rows, exported_at=MOMENT,
                     recipients=[OFFICE.public_key()])
    assert sealed.bundle_id == resealed.bundle_id != first.bundle_id  # recipients are signed
    assert sealed.path.read_bytes() != resealed.path.read_bytes()  # fresh keys each time
    later = write(tmp_path / "e.mcbundle", rows, exported_at=MOMENT.replace(second=21))
    assert later.bundle_id != first.bundle_id


def test_values_come_back_as_the_exact_stored_text(tmp_path: Path) -> None:
    texts = ['"a\\"b\\\\c\\n"', '"ñandú 🦙 \u2028"', '{"a":[1,2.5,null,{"b":false}]}', "-0.0",
             "1e+300", "9223372036854775807", '""', "null"]
    rows = [(n + 1, "visits", f"pk-{n}", "notes", text, 5 + n, 0) for n, text in enumerate(texts)]
    info = write(tmp_path / "b.mcbundle", rows)
    _, changes, _ = read_all(info.path)
    assert [c.value for c in changes] == texts


def test_the_writer_takes_change_objects_of_its_own_device_only(tmp_path: Path) -> None:
    rows = sample_changes(10)
    objects = _expected(rows)
    info = write(tmp_path / "a.mcbundle", objects)
    assert read_all(info.path)[1] == objects
    stranger = [Change("another-device", *rows[0])]
    with pytest.raises(ValueError, match="another-device"):
        write(tmp_path / "b.mcbundle", stranger)


def test_changes_out_of_order_are_not_written(tmp_path: Path) -> None:
    rows = sample_changes(10)
    with pytest.raises(ValueError, match="ascending"):
        write(tmp_path / "b.mcbundle", [rows[1], rows[0]])
    assert list(tmp_path.iterdir()) == []


def test_the_writer_never_publishes_what_its_reader_refuses(tmp_path: Path) -> None:
    bad = [(1, "visits; DROP TABLE x", "pk", "notes", '"x"', 5, 0)]
    with pytest.raises(BundleRefused) as refused:
        write(tmp_path / "b.mcbundle", bad)
    assert refused.value.reason is BundleProblem.CORRUPT
    with pytest.raises(BundleRefused):
        write(tmp_path / "c.mcbundle", [(1, "visits", "pk", "notes", "not json", 5, 0)])
    assert list(tmp_path.iterdir()) == []


def _cancel_after(calls: int) -> Callable[[], bool]:
    seen = itertools.count(1)
    return lambda: next(seen) > calls


@pytest.mark.parametrize("encrypted", [False, True])
def test_cancel_or_failure_leaves_no_file(tmp_path: Path, encrypted: bool) -> None:
    out, work = tmp_path / "out", tmp_path / "work"
    out.mkdir()
    work.mkdir()
    (out / "b.mcbundle").write_bytes(b"previous export")
    recipients = [OFFICE.public_key()] if encrypted else []
    rows = sample_changes(50_000)
    counted: list[int] = []
    write(tmp_path / "counted.mcbundle", rows, recipients=recipients,
          cancelled=lambda: bool(counted.append(1)), temp_dir=work)
    (tmp_path / "counted.mcbundle").unlink()
    checks = len(counted)
    assert checks > 20  # building, verifying and encrypting all look at the hook
    for stop_after in (0, 3, checks // 2, checks - 1):
        cancelled = _cancel_after(stop_after)
        with pytest.raises(MonitorError) as stopped:
            write(out / "b.mcbundle", rows, recipients=recipients, cancelled=cancelled,
                  temp_dir=work)
        assert stopped.value.code is ErrorCode.CANCELLED
        assert [p.name for p in out.iterdir()] == ["b.mcbundle"] and list(work.iterdir()) == []

    def failing() -> object:
        yield from sample_changes(9000)
        raise OSError("disk went away")

    with pytest.raises(OSError):
        write(out / "b.mcbundle", failing(), recipients=recipients, temp_dir=work)
    assert (out / "b.mcbundle").read_bytes() == b"previous export"
    assert [p.name for p in out.iterdir()] == ["b.mcbundle"] and list(work.iterdir()) == []


def test_progress_counts_changes_then_blobs(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    blob = make_blob(tmp_path, b"photo")
    write(tmp_path / "b.mcbundle", sample_changes(10_000), blobs=[blob], total=10_001,
          progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (10_001, 10_001)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_file_name_is_informative() -> None:
    assert bundle_file_name("especialista", DEVICE, 41, 1040) == (
        "especialista-3d4e5f-41-1040.mcbundle".replace("3d4e5f", DEVICE[-8:]))
    assert SIGNER  # the shared key pair is fixed, so bundle ids in failures are reproducible
