"""Helpers shared by the bundle tests (keys, sample changes, ZIP surgery), and their own checks.

It is a test module only because the tests folder may not grow a conftest for this work.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from monitor_app.core import hlc
from monitor_app.core.roles import Role, Scope
from monitor_app.storage.changes import encode_value
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_changes import ChangeRow
from monitor_app.sync.bundle_errors import BundleRefused
from monitor_app.sync.bundle_json import canonical_bytes
from monitor_app.sync.bundle_reader import open_bundle
from monitor_app.sync.bundle_writer import BundleInfo, write_bundle
from monitor_app.sync.bundle_zipwrite import DEFLATED, STORED, ZipWriter
from tests.conftest import START_MS

DEVICE = "01929a3c-5b00-7c1e-8f00-0a1b2c3d4e5f"
SIGNER = Ed25519PrivateKey.from_private_bytes(bytes([7]) * 32)
OTHER_SIGNER = Ed25519PrivateKey.from_private_bytes(bytes([8]) * 32)
OFFICE = X25519PrivateKey.from_private_bytes(bytes([9]) * 32)
ESCROW = X25519PrivateKey.from_private_bytes(bytes([10]) * 32)
STRANGER = X25519PrivateKey.from_private_bytes(bytes([11]) * 32)
VALUES: list[Any] = ["0335273", "2024-05-02", "acompañamiento", None, True, 3, -2.5,
                     {"lat": -12.05, "lon": -77.04, "acc": 8}, ["a", "ñ", "\u2028"], ""]


def sample_changes(count: int, start_seq: int = 1) -> list[ChangeRow]:
    """Visit-like field writes: five fields per record, clocks increasing, some edits."""
    rows: list[ChangeRow] = []
    for n in range(count):
        seq = start_seq + n
        stamp = hlc.pack(START_MS + seq * 250, n % 3)
        base = hlc.pack(START_MS) if n % 7 == 0 else 0
        value = encode_value(VALUES[n % len(VALUES)])
        rows.append((seq, "visits", f"0192a1b2-{n // 5:04x}-7000-8000-00000000abcd",
                     ("cod_mod", "date", "type", "status", "notes")[n % 5], value, stamp, base))
    return rows


def make_blob(folder: Path, content: bytes) -> tuple[str, Path]:
    path = folder / f"photo-{hashlib.sha256(content).hexdigest()[:8]}.jpg"
    path.write_bytes(content)
    return hashlib.sha256(content).hexdigest(), path


def small_bundle(folder: Path) -> Path:
    """Six changes and one blob, plain."""
    return write(folder / "small.mcbundle", sample_changes(6),
                 blobs=[make_blob(folder, b"\xff\xd8jpeg")]).path


def richer_bundle(folder: Path) -> Path:
    """Five hundred changes and three blobs, plain."""
    blobs = [make_blob(folder, bytes([n]) * 3000) for n in range(3)]
    return write(folder / "richer.mcbundle", sample_changes(500), blobs=blobs).path


def write(out: Path, changes: Iterable[Any] = (), **options: Any) -> BundleInfo:
    fields: dict[str, Any] = {
        "device_id": DEVICE, "role": Role.ESPECIALISTA, "scope": Scope("150105"),
        "schema_version": 4, "app_version": "0.1.0", "signing_key": SIGNER,
        "temp_dir": out.parent,
    }
    fields.update(options)
    return write_bundle(out, changes=changes, **fields)


def read_all(path: Path, keys: Sequence[X25519PrivateKey] = (OFFICE,)) -> tuple[bytes, list, dict]:
    """Manifest bytes, changes and blob contents, as an import would see them."""
    with open_bundle(path, decryption_keys=keys, temp_dir=path.parent) as bundle:
        blobs = {sha: bundle.open_blob(sha).read() for sha in bundle.blob_names()}
        return bundle.manifest_bytes, list(bundle.changes()), blobs


def refusal(path: Path, keys: Sequence[X25519PrivateKey] = (OFFICE,)) -> BundleRefused:
    try:
        read_all(path, keys)
    except BundleRefused as refused:
        return refused
    raise AssertionError("bundle was accepted")


def members(path: Path) -> list[tuple[str, bytes]]:
    """The members of a plain bundle as the standard library reads them."""
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(path: Path, items: Sequence[tuple[str, bytes]]) -> Path:
    """A ZIP in the bundle layout holding exactly `items` (names and order as given)."""
    with open(path, "wb") as f:
        writer = ZipWriter(f)
        for name, data in items:
            member = writer.member(name, DEFLATED if name == lim.CHANGES else STORED)
            member.write(data)
            member.close()
        writer.finish()
    return path


def resigned(items: list[tuple[str, bytes]], edit: dict[str, Any],
             key: Ed25519PrivateKey = SIGNER) -> list[tuple[str, bytes]]:
    """The members with the manifest edited (None removes a field) and signed by `key`."""
    manifest = dict(_manifest(items))
    manifest.update(edit)
    manifest = {k: v for k, v in manifest.items() if v is not None}
    raw = canonical_bytes(manifest)
    out = [(n, d) for n, d in items if n not in (lim.MANIFEST, lim.SIGNATURE)]
    return [*out, (lim.MANIFEST, raw), (lim.SIGNATURE, key.sign(raw))]


def _manifest(items: Sequence[tuple[str, bytes]]) -> dict[str, Any]:
    return json.loads(dict(items)[lim.MANIFEST])


def with_changes(items: list[tuple[str, bytes]], lines: bytes, **edit: Any) -> list[tuple[str, bytes]]:
    """`changes.jsonl` replaced by `lines`, the manifest's hash and size updated and re-signed:
    what an attacker holding some signing key can make."""
    listed = dict(_manifest(items)["members"])
    listed[lim.CHANGES] = {"sha256": hashlib.sha256(lines).hexdigest(), "size": len(lines)}
    replaced = [(n, lines if n == lim.CHANGES else d) for n, d in items]
    return resigned(replaced, {"members": listed, **edit})


def test_rezip_reproduces_the_writer_byte_for_byte(tmp_path: Path) -> None:
    info = write(tmp_path / "b.mcbundle", sample_changes(50),
                 blobs=[make_blob(tmp_path, b"jpeg")])
    again = rezip(tmp_path / "again.mcbundle", members(info.path))
    assert again.read_bytes() == info.path.read_bytes()


def test_the_standard_library_reads_a_plain_bundle(tmp_path: Path) -> None:
    info = write(tmp_path / "b.mcbundle", sample_changes(20), blobs=[make_blob(tmp_path, b"x")])
    with zipfile.ZipFile(info.path) as archive:
        assert archive.testzip() is None
        kinds = {i.filename: i.compress_type for i in archive.infolist()}
    assert kinds[lim.CHANGES] == zipfile.ZIP_DEFLATED
    assert {kinds[n] for n in kinds if n != lim.CHANGES} == {zipfile.ZIP_STORED}
    assert list(kinds)[-2:] == [lim.MANIFEST, lim.SIGNATURE]
