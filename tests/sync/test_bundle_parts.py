"""The part format (docs/bundle-format.md, "Parts for e-mail"): parts written from a whole file
join back to it, and any damaged byte, cut or foreign signature is one refusal."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from monitor_app.sync import bundle_parts as bp
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_json import canonical_bytes

DEVICE = "0192a1b2-0000-7000-8000-00000000abcd"
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def _split(tmp_path: Path, whole_bytes: bytes, part_limit: int,
           key: Ed25519PrivateKey = KEY) -> list[Path]:
    whole = tmp_path / "especialista-0000abcd-1-40.mcbundle"
    whole.write_bytes(whole_bytes)
    chunk, count = bp.plan(len(whole_bytes), part_limit)
    export_id = hashlib.sha256(whole_bytes).hexdigest()
    made = []
    with open(whole, "rb") as src:
        for index in range(1, count + 1):
            header = bp.piece_header(src, export_id=export_id, index=index, count=count,
                                     whole_size=len(whole_bytes), whole_name=whole.name,
                                     chunk_size=chunk, device_id=DEVICE, signing_key=key)
            path = tmp_path / bp.part_name(whole.name, index, count)
            with open(path, "wb") as out:
                bp.write_part(out, header, src, key)
            made.append(path)
    return made


def _header_end(data: bytes) -> int:
    length = int.from_bytes(data[len(bp.MAGIC):len(bp.MAGIC) + 4], "big")
    return len(bp.MAGIC) + 4 + length + 64


def test_parts_stay_within_the_limit_and_join_back(tmp_path: Path) -> None:
    whole = random.Random(1).randbytes(49_000)  # pieces of 12,000 - OVERHEAD bytes: 5 parts
    limit = 12_000
    made = _split(tmp_path, whole, limit)
    assert [p.name for p in made] == [
        f"especialista-0000abcd-1-40.parte-{i}-de-5.mcpart" for i in range(1, 6)]
    joined = bytearray()
    for index, path in enumerate(made, start=1):
        assert path.stat().st_size <= limit
        header, _ = bp.read_part(path, joined.extend)
        assert (header.index, header.count, header.device_id) == (index, 5, DEVICE)
        assert header.export_id == hashlib.sha256(whole).hexdigest()
    assert bytes(joined) == whole


def test_names_sort_in_order() -> None:
    assert bp.part_name("x.mcbundle", 3, 12) == "x.parte-03-de-12.mcpart"
    assert bp.part_name("x.mcbundle", 1, 1) == "x.parte-1-de-1.mcpart"
    with pytest.raises(ValueError):
        bp.plan(100, bp.OVERHEAD)


def test_every_flipped_byte_is_refused(tmp_path: Path) -> None:
    [part] = _split(tmp_path, b"piece of a bundle" * 8, 4096)
    data = part.read_bytes()
    end = _header_end(data)
    reasons = set()
    for at in range(len(data)):
        damaged = bytearray(data)
        damaged[at] ^= 0x41
        part.write_bytes(damaged)
        with pytest.raises(BundleRefused) as refused:
            bp.read_part(part)
        if at >= end:  # the piece: its hash says so, and the header still names the part
            assert refused.value.reason is BundleProblem.TAMPERED
            assert isinstance(refused.value, bp.DamagedPiece)
        reasons.add(refused.value.reason)
        assert "unhandled" not in refused.value.detail
    assert reasons <= {BundleProblem.CORRUPT, BundleProblem.BAD_SIGNATURE, BundleProblem.TAMPERED,
                       BundleProblem.TRUNCATED, BundleProblem.TOO_LARGE,
                       BundleProblem.UNSUPPORTED_FORMAT, BundleProblem.NOT_A_BUNDLE}


def test_every_cut_and_any_extra_byte_is_refused(tmp_path: Path) -> None:
    [part] = _split(tmp_path, b"abc" * 100, 4096)
    data = part.read_bytes()
    for length in range(len(data)):
        part.write_bytes(data[:length])
        with pytest.raises(BundleRefused) as refused:
            bp.read_part(part)
        assert refused.value.reason is BundleProblem.TRUNCATED
    part.write_bytes(data + b"\0")
    with pytest.raises(bp.DamagedPiece) as extra:
        bp.read_part(part)
    assert extra.value.reason is BundleProblem.CORRUPT and extra.value.header.index == 1


def test_a_part_signed_by_another_key_than_it_names(tmp_path: Path) -> None:
    [part] = _split(tmp_path, b"abc" * 100, 4096)
    data = part.read_bytes()
    end = _header_end(data)
    other = Ed25519PrivateKey.generate()
    resigned = data[:end - 64] + other.sign(data[:end - 64]) + data[end:]
    part.write_bytes(resigned)
    with pytest.raises(BundleRefused) as refused:
        bp.read_part(part)
    assert refused.value.reason is BundleProblem.BAD_SIGNATURE


def _with_header(tmp_path: Path, change: dict[str, object], raw: bytes | None = None,
                 spaced: bool = False) -> Path:
    """A part whose header was edited and signed again with the key it names."""
    [part] = _split(tmp_path, b"abc" * 100, 4096)
    data = part.read_bytes()
    end = _header_end(data)
    header = {**json.loads(data[len(bp.MAGIC) + 4:end - 64]), **change}
    if raw is None:
        raw = json.dumps(header).encode() if spaced else canonical_bytes(header)
    signed = bp.MAGIC + len(raw).to_bytes(4, "big") + raw
    part.write_bytes(signed + KEY.sign(signed) + data[end:])
    return part


@pytest.mark.parametrize(("change", "reason"), [
    ({"index": True}, BundleProblem.CORRUPT),  # a bool is not an int
    ({"index": 2}, BundleProblem.CORRUPT),  # beyond the count
    ({"count": 2}, BundleProblem.CORRUPT),  # the sizes make one part
    ({"piece_size": 299}, BundleProblem.CORRUPT),
    ({"whole_size": 300.0}, BundleProblem.CORRUPT),
    ({"whole_name": "../x.mcbundle"}, BundleProblem.CORRUPT),
    ({"device_id": "a/b"}, BundleProblem.CORRUPT),
    ({"export_id": "AB" * 32}, BundleProblem.CORRUPT),
    ({"extra": 1}, BundleProblem.CORRUPT),
    ({"format": "monitor-de-campo-bundle"}, BundleProblem.NOT_A_BUNDLE),
    ({"format_version": 2}, BundleProblem.UNSUPPORTED_FORMAT),
])
def test_header_fields_are_checked(tmp_path: Path, change: dict[str, object],
                                   reason: BundleProblem) -> None:
    with pytest.raises(BundleRefused) as refused:
        bp.read_part(_with_header(tmp_path, change))
    assert refused.value.reason is reason


def test_a_header_not_canonical_or_too_large_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BundleRefused) as refused:
        bp.read_part(_with_header(tmp_path, {}, spaced=True))
    assert refused.value.reason is BundleProblem.CORRUPT
    big = _with_header(tmp_path, {}, raw=b" " * (bp.MAX_HEADER + 1))
    with pytest.raises(BundleRefused) as refused:
        bp.read_part(big)
    assert refused.value.reason is BundleProblem.TOO_LARGE


def test_parts_are_not_bundles_and_are_told_apart(tmp_path: Path) -> None:
    [part] = _split(tmp_path, b"abc" * 100, 4096)
    assert bp.looks_like_part(part)
    renamed = part.rename(tmp_path / "adjunto.bin")
    assert bp.looks_like_part(renamed)
    bundle = tmp_path / "x.mcbundle"
    bundle.write_bytes(b"MCBUNDLE-ENC1\n...")
    assert not bp.looks_like_part(bundle)
    later = tmp_path / "later.bin"
    later.write_bytes(b"MCPART-2\n" + bytes(100))
    with pytest.raises(BundleRefused) as refused:
        bp.read_part(later)
    assert refused.value.reason is BundleProblem.UNSUPPORTED_FORMAT
