"""Member surgery on bundle ZIPs: swapped, renamed, extra, duplicate, tricky names, zip bombs."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem
from monitor_app.sync.bundle_zipwrite import DEFLATED, ZipWriter
from tests.sync.test_bundle_support import (
    members,
    refusal,
    resigned,
    rezip,
    sample_changes,
    write,
)

P = BundleProblem


def test_changes_of_another_bundle_are_refused(small: Path, tmp_path: Path) -> None:
    other = write(tmp_path / "other.mcbundle", sample_changes(6, start_seq=2)).path
    theirs = dict(members(other))[lim.CHANGES]
    items = [(n, theirs if n == lim.CHANGES else d) for n, d in members(small)]
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.TAMPERED


def test_swapped_blob_contents_are_refused(richer: Path, tmp_path: Path) -> None:
    items = members(richer)
    blobs = [i for i, (n, _) in enumerate(items) if n.startswith(lim.BLOB_PREFIX)]
    a, b = blobs[0], blobs[1]
    items[a], items[b] = (items[a][0], items[b][1]), (items[b][0], items[a][1])
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.TAMPERED


def test_members_in_another_order_are_refused(richer: Path, tmp_path: Path) -> None:
    items = members(richer)
    assert refusal(rezip(tmp_path / "x.mcbundle", items[::-1])).reason is P.CORRUPT


@pytest.mark.parametrize("rename", ["changes.json", "CHANGES.JSONL", "blobs/readme.txt",
                                    "blobs/" + "A" * 64])
def test_a_renamed_member_is_refused(small: Path, tmp_path: Path, rename: str) -> None:
    items = [(rename if n == lim.CHANGES else n, d) for n, d in members(small)]
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.UNSAFE_MEMBER


def test_a_blob_renamed_to_another_hash_is_refused(small: Path, tmp_path: Path) -> None:
    items = [(lim.BLOB_PREFIX + "0" * 64 if n.startswith(lim.BLOB_PREFIX) else n, d)
             for n, d in members(small)]
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.TAMPERED


def test_an_extra_blob_not_in_the_manifest_is_refused(small: Path, tmp_path: Path) -> None:
    extra = (lim.BLOB_PREFIX + hashlib.sha256(b"x").hexdigest(), b"x")
    items = members(small)
    assert refusal(rezip(tmp_path / "x.mcbundle", [extra, *items])).reason is P.TAMPERED


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "blobs/../../x", "blobs\\x", "C:x",
                                  "readme.txt", "manifest.json/", "changes.jsonl\x00",
                                  "blobs/" + "0" * 63 + "é"])
def test_unexpected_and_path_trick_names_are_refused(small: Path, tmp_path: Path, name: str) -> None:
    items = members(small)
    items.insert(1, (name, b"x"))
    refused = refusal(rezip(tmp_path / "x.mcbundle", items))
    assert refused.reason is P.UNSAFE_MEMBER
    assert ("unsafe" in refused.detail) == (name not in ("readme.txt", "manifest.json/"))


@pytest.mark.parametrize("which", [lim.CHANGES, lim.MANIFEST, lim.SIGNATURE])
def test_duplicate_members_are_refused(small: Path, tmp_path: Path, which: str) -> None:
    items = members(small)
    items.insert(0, (which, dict(items)[which]))
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.UNSAFE_MEMBER


def test_missing_members_are_refused(small: Path, tmp_path: Path) -> None:
    items = members(small)
    without = {name: [i for i in items if i[0] != name] for name, _ in items}
    assert refusal(rezip(tmp_path / "a", without[lim.MANIFEST])).reason is P.NOT_A_BUNDLE
    assert refusal(rezip(tmp_path / "b", without[lim.SIGNATURE])).reason is P.BAD_SIGNATURE
    assert refusal(rezip(tmp_path / "c", without[lim.CHANGES])).reason is P.TAMPERED


def test_a_zip_of_another_layout_is_refused_even_with_the_right_members(small: Path) -> None:
    other = small.with_name("stdlib.mcbundle")
    with zipfile.ZipFile(other, "w") as archive:
        for name, data in members(small):
            method = zipfile.ZIP_DEFLATED if name == lim.CHANGES else zipfile.ZIP_STORED
            archive.writestr(name, data, compress_type=method)
    assert refusal(other).reason is P.CORRUPT


def _zeros_deflated(mebibytes: int) -> bytes:
    """Deflate data for `mebibytes` MiB of zeros without making them: full flushes make each
    MiB compress to the same bytes, which are repeated."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(bytes(2**20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert compressor.compress(bytes(2**20)) + compressor.flush(zlib.Z_FULL_FLUSH) == piece
    return piece * mebibytes + compressor.flush()


def _bomb(tmp_path: Path, items: list, declared: int, compressed: bytes) -> Path:
    """A changes member whose headers and signed manifest declare `declared` bytes."""
    listed = json.loads(dict(items)[lim.MANIFEST])["members"]
    listed[lim.CHANGES] = {"sha256": "0" * 64, "size": declared}
    items = resigned(items, {"members": listed})
    path = tmp_path / "bomb.mcbundle"
    with open(path, "wb") as f:
        writer = ZipWriter(f)
        for name, data in items:
            member = writer.member(name, DEFLATED if name == lim.CHANGES else 0)
            if name == lim.CHANGES:
                member.compressed, member.size = len(compressed), declared
                f.write(compressed)
            else:
                member.write(data)
            member.close()
        writer.finish()
    return path


def test_a_zip_bomb_is_refused_before_decompressing(small: Path, tmp_path: Path) -> None:
    start = time.perf_counter()
    bomb = _bomb(tmp_path, members(small), 2**30, _zeros_deflated(1024))
    assert bomb.stat().st_size < 2**21
    refused = refusal(bomb)
    assert refused.reason is P.TOO_LARGE and "ratio" in refused.detail
    assert time.perf_counter() - start < 10


def test_a_member_larger_than_declared_stops_decompressing(small: Path, tmp_path: Path) -> None:
    compressed = _zeros_deflated(256)  # 256 MiB of zeros claiming to be 4 MiB
    bomb = _bomb(tmp_path, members(small), 4 * 2**20 - 1, compressed)
    start = time.perf_counter()
    assert refusal(bomb).reason in (P.CORRUPT, P.TOO_LARGE)
    assert time.perf_counter() - start < 2
