"""Manifests: size and nesting limits, strict fields, canonical form and the signature."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem
from monitor_app.sync.envelope import key_id
from tests.sync.test_bundle_support import (
    OFFICE,
    OTHER_SIGNER,
    SIGNER,
    members,
    read_all,
    refusal,
    resigned,
    rezip,
    sample_changes,
    write,
)

P = BundleProblem


def test_oversized_and_deeply_nested_manifests_are_refused(small: Path, tmp_path: Path) -> None:
    items = members(small)
    huge = resigned(items, {"extra": {"notes": "x" * lim.MAX_MANIFEST_BYTES}})
    assert refusal(rezip(tmp_path / "a", huge)).reason is P.TOO_LARGE
    nested: object = 1
    for _ in range(lim.MAX_MANIFEST_DEPTH):
        nested = [nested]
    deep = resigned(items, {"extra": {"n": nested}})
    assert refusal(rezip(tmp_path / "b", deep)).reason is P.TOO_LARGE
    raw = b'{"extra":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    very_deep = [(n, raw if n == lim.MANIFEST else d) for n, d in items]
    assert refusal(rezip(tmp_path / "c", very_deep)).reason is P.TOO_LARGE


@pytest.mark.parametrize(("edit", "reason"), [
    ({"format_version": 2}, P.UNSUPPORTED_FORMAT),
    ({"format": "something-else"}, P.NOT_A_BUNDLE),
    ({"surprise": 1}, P.CORRUPT),
    ({"app_version": None}, P.CORRUPT),
    ({"extra": {"ratio": 0.5}}, P.CORRUPT),
    ({"extra": {"big": 2**64}}, P.CORRUPT),
    ({"extra": [1]}, P.CORRUPT),
    ({"role": "hacker"}, P.UNSUPPORTED_FORMAT),
    ({"scope": {"ugel": "15010", "cod_mod": None}}, P.CORRUPT),
    ({"device_id": "../../etc"}, P.CORRUPT),
    ({"change_count": 7}, P.CORRUPT),
    ({"seq_to": 5}, P.CORRUPT),
    ({"exported_at": "2024-02-30T00:00:00.000Z"}, P.CORRUPT),
    ({"schema_version": True}, P.CORRUPT),
    ({"recipient_key_ids": ["0123456789abcdef", "0123456789abcdef"]}, P.CORRUPT),
])
def test_bad_manifest_fields_are_refused_even_when_signed(small: Path, tmp_path: Path,
                                                          edit: dict, reason: P) -> None:
    items = resigned(members(small), edit)
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is reason


def test_a_manifest_not_in_canonical_form_is_refused(small: Path, tmp_path: Path) -> None:
    items = members(small)
    raw = json.dumps(json.loads(dict(items)[lim.MANIFEST]), indent=1).encode()
    edited = [(n, raw if n == lim.MANIFEST else SIGNER.sign(raw) if n == lim.SIGNATURE else d)
              for n, d in items]
    assert refusal(rezip(tmp_path / "x.mcbundle", edited)).reason is P.CORRUPT


def test_an_edited_manifest_without_a_new_signature_is_refused(small: Path, tmp_path: Path) -> None:
    items = members(small)
    signature = dict(items)[lim.SIGNATURE]
    edited = [(n, signature if n == lim.SIGNATURE else d)
              for n, d in resigned(items, {"last_office_seq_applied": 99})]
    assert refusal(rezip(tmp_path / "x.mcbundle", edited)).reason is P.BAD_SIGNATURE


def test_a_signature_by_another_key_is_refused(small: Path, tmp_path: Path) -> None:
    items = resigned(members(small), {}, key=OTHER_SIGNER)
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.BAD_SIGNATURE


def test_a_bundle_re_signed_by_another_key_names_that_key(small: Path, tmp_path: Path) -> None:
    """Valid, but the caller sees a key it has not enrolled and holds the bundle."""
    other_hex = OTHER_SIGNER.public_key().public_bytes_raw().hex()
    items = resigned(members(small), {"signing_public_key": other_hex}, key=OTHER_SIGNER)
    manifest_bytes, _, _ = read_all(rezip(tmp_path / "x.mcbundle", items))
    assert json.loads(manifest_bytes)["signing_public_key"] == other_hex


def test_a_decrypted_copy_shipped_plain_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "b.mcbundle", sample_changes(3), recipients=[OFFICE.public_key()]).path
    items = resigned(members(write(tmp_path / "plain.mcbundle", sample_changes(3)).path),
                     {"recipient_key_ids": [key_id(OFFICE.public_key())]})
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.TAMPERED
    assert read_all(path)[1]  # the encrypted original is fine
