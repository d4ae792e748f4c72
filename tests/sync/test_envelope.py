"""The encryption envelope: only the recipients read it, and any cut, swap or edit is refused."""

from __future__ import annotations

import hashlib
import io
import json
import struct
from pathlib import Path

import pytest

from monitor_app.sync import envelope
from monitor_app.sync.bundle_envelope_stream import open_payload, seal
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_json import canonical_bytes
from tests.sync.test_bundle_support import (
    ESCROW,
    OFFICE,
    STRANGER,
    read_all,
    refusal,
    sample_changes,
    write,
)

P = BundleProblem
BLOCK = envelope.CHUNK + envelope.TAG


def _no_cancel() -> None:
    pass


def _seal(payload: bytes, recipients: list) -> bytes:
    out = io.BytesIO()
    seal(io.BytesIO(payload), out, envelope.make_header(recipients), _no_cancel)
    return out.getvalue()


def _open(sealed: bytes, keys: list) -> bytes:
    src, out = io.BytesIO(sealed), io.BytesIO()
    header = envelope.read_header(src)
    open_payload(src, header, envelope.unwrap(header, keys), out, _no_cancel)
    return out.getvalue()


def _split(sealed: bytes) -> tuple[bytes, list[bytes]]:
    start = len(envelope.MAGIC)
    (length,) = struct.unpack(">I", sealed[start:start + 4])
    head_end = start + 4 + length
    body = sealed[head_end:]
    return sealed[:head_end], [body[i:i + BLOCK] for i in range(0, len(body), BLOCK)]


def _reason(sealed: bytes, keys: list) -> P:
    with pytest.raises(BundleRefused) as refused:
        _open(sealed, keys)
    return refused.value.reason


def test_key_id_is_the_start_of_the_public_key_hash() -> None:
    public = OFFICE.public_key()
    assert envelope.key_id(public) == hashlib.sha256(envelope.raw_public(public)).hexdigest()[:16]


@pytest.mark.parametrize("size", [0, 1, envelope.CHUNK - 1, envelope.CHUNK, envelope.CHUNK + 1,
                                  3 * envelope.CHUNK])
def test_every_payload_size_round_trips_for_each_recipient(size: int) -> None:
    payload = bytes(range(256)) * (size // 256) + bytes(size % 256)
    sealed = _seal(payload, [OFFICE.public_key(), ESCROW.public_key()])
    _, chunks = _split(sealed)
    assert len(chunks) == max(1, -(-size // envelope.CHUNK))
    assert _open(sealed, [OFFICE]) == payload == _open(sealed, [STRANGER, ESCROW])
    assert _reason(sealed, [STRANGER]) is P.WRONG_RECIPIENT


def test_chunks_reordered_dropped_repeated_or_added_are_refused() -> None:
    sealed = _seal(bytes(range(256)) * 1025, [OFFICE.public_key()])  # four full chunks + last
    head, chunks = _split(sealed)
    assert len(chunks) == 5
    variants = {
        "swapped": [chunks[1], chunks[0], *chunks[2:]],
        "middle dropped": [*chunks[:2], *chunks[3:]],
        "repeated": [chunks[0], *chunks],
        "appended": [*chunks, chunks[-1]],
        "last moved": [chunks[-1], *chunks[:-1]],
    }
    for name, variant in variants.items():
        assert _reason(head + b"".join(variant), [OFFICE]) is P.TAMPERED, name
    assert _reason(head + b"".join(chunks[:-1]), [OFFICE]) is P.TRUNCATED
    assert _reason(head, [OFFICE]) is P.TRUNCATED


def test_chunks_of_another_file_for_the_same_key_are_refused() -> None:
    first = _seal(bytes(3 * envelope.CHUNK), [OFFICE.public_key()])
    second = _seal(bytes(3 * envelope.CHUNK), [OFFICE.public_key()])
    head, chunks = _split(first)
    _, others = _split(second)
    assert _reason(head + b"".join([chunks[0], others[1], chunks[2]]), [OFFICE]) is P.TAMPERED


def _with_header(sealed: bytes, edit: dict) -> bytes:
    head, chunks = _split(sealed)
    data = json.loads(head[len(envelope.MAGIC) + 4:])
    data.update(edit)
    raw = canonical_bytes(data)
    return envelope.MAGIC + struct.pack(">I", len(raw)) + raw + b"".join(chunks)


def test_header_edits_are_refused_by_every_chunk() -> None:
    sealed = _seal(b"payload", [OFFICE.public_key(), ESCROW.public_key()])
    stanzas = json.loads(_split(sealed)[0][len(envelope.MAGIC) + 4:])["recipients"]
    assert _reason(_with_header(sealed, {"recipients": stanzas[:1]}), [OFFICE]) is P.TAMPERED
    assert _reason(_with_header(sealed, {"recipients": stanzas[::-1]}), [OFFICE]) is P.TAMPERED
    assert _reason(_with_header(sealed, {"nonce_prefix": "00" * 7}), [OFFICE]) is P.TAMPERED


def test_a_broken_wrapped_key_or_ephemeral_key_is_refused() -> None:
    sealed = _seal(b"payload", [OFFICE.public_key()])
    stanza = json.loads(_split(sealed)[0][len(envelope.MAGIC) + 4:])["recipients"][0]
    first = "01" if stanza["wrapped_key"].startswith("00") else "00"  # 1 in 256 began with 00
    flipped = dict(stanza, wrapped_key=first + stanza["wrapped_key"][2:])
    assert _reason(_with_header(sealed, {"recipients": [flipped]}), [OFFICE]) is P.TAMPERED
    low_order = dict(stanza, ephemeral_key="00" * 32)
    assert _reason(_with_header(sealed, {"recipients": [low_order]}), [OFFICE]) is P.TAMPERED


@pytest.mark.parametrize(("edit", "reason"), [
    ({"cipher": "AES"}, P.UNSUPPORTED_FORMAT),
    ({"version": 2}, P.UNSUPPORTED_FORMAT),
    ({"chunk_size": 1024}, P.UNSUPPORTED_FORMAT),
    ({"recipients": []}, P.CORRUPT),
    ({"nonce_prefix": "zz" * 7}, P.CORRUPT),
    ({"nonce_prefix": "AB" * 7}, P.CORRUPT),
    ({"extra": 1}, P.UNSUPPORTED_FORMAT),
])
def test_headers_we_do_not_write_are_refused(edit: dict, reason: P) -> None:
    sealed = _with_header(_seal(b"payload", [OFFICE.public_key()]), edit)
    assert _reason(sealed, [OFFICE]) is reason


def test_a_header_not_in_canonical_form_is_refused() -> None:
    head, chunks = _split(_seal(b"payload", [OFFICE.public_key()]))
    raw = json.dumps(json.loads(head[len(envelope.MAGIC) + 4:]), indent=1).encode()
    sealed = envelope.MAGIC + struct.pack(">I", len(raw)) + raw + b"".join(chunks)
    assert _reason(sealed, [OFFICE]) is P.CORRUPT


def test_a_bundle_sealed_by_someone_else_does_not_match_its_manifest(tmp_path: Path) -> None:
    """A plain bundle wrapped afterwards for the office: the signed manifest names no recipient."""
    plain = write(tmp_path / "plain.mcbundle", sample_changes(5)).path
    rewrapped = tmp_path / "rewrapped.mcbundle"
    rewrapped.write_bytes(_seal(plain.read_bytes(), [OFFICE.public_key()]))
    assert refusal(rewrapped).reason is P.TAMPERED


def test_a_bundle_file_with_chunks_swapped_is_refused(tmp_path: Path) -> None:
    rows = sample_changes(20_000)
    path = write(tmp_path / "b.mcbundle", rows, recipients=[OFFICE.public_key()]).path
    head, chunks = _split(path.read_bytes())
    assert len(chunks) >= 3
    swapped = tmp_path / "swapped.mcbundle"
    swapped.write_bytes(head + b"".join([chunks[1], chunks[0], *chunks[2:]]))
    assert refusal(swapped).reason is P.TAMPERED
    dropped = tmp_path / "dropped.mcbundle"
    dropped.write_bytes(head + b"".join(chunks[:-1]))
    assert refusal(dropped).reason is P.TRUNCATED
    assert len(read_all(path)[1]) == 20_000
