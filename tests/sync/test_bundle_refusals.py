"""Damaged or truncated bundle files, and files that are no bundle, are refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.sync.bundle_errors import BundleProblem
from tests.sync.test_bundle_support import (
    ESCROW,
    OFFICE,
    read_all,
    refusal,
    sample_changes,
    write,
)

P = BundleProblem


def _mutated(original: Path, data: bytes | bytearray) -> Path:
    path = original.with_name("mutated.mcbundle")
    path.write_bytes(bytes(data))
    return path


def _refused_or_same(original: Path, data: bytes | bytearray, keys: tuple = (OFFICE,)) -> str:
    """The reason a mutated copy was refused, or "same" if it still reads exactly the same."""
    path = _mutated(original, data)
    try:
        content = read_all(path, keys)
    except Exception as exc:  # noqa: BLE001 - the assertion below names what escaped
        assert type(exc).__name__ == "BundleRefused", repr(exc)
        assert not exc.detail.startswith("unhandled"), repr(exc)  # type: ignore[attr-defined]
        return exc.reason.value  # type: ignore[attr-defined]
    assert content == read_all(original, keys)
    return "same"


@pytest.mark.parametrize("encrypted", [False, True])
def test_every_single_byte_flip_of_a_small_bundle_is_refused(tmp_path: Path, encrypted: bool) -> None:
    recipients = [OFFICE.public_key(), ESCROW.public_key()] if encrypted else []
    path = write(tmp_path / "b.mcbundle", sample_changes(4), recipients=recipients).path
    data = path.read_bytes()
    outcomes = {_refused_or_same(path, data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:])
                for i in range(len(data))}
    assert "same" not in outcomes


def test_bit_flips_across_a_larger_bundle_are_refused(richer: Path) -> None:
    data = richer.read_bytes()
    for i in [*range(0, len(data), 37), len(data) - 1]:
        for bit in (0x01, 0x80):
            flipped = bytearray(data)
            flipped[i] ^= bit
            assert _refused_or_same(richer, flipped) != "same", i


@pytest.mark.parametrize("encrypted", [False, True])
def test_truncation_at_any_length_is_refused(tmp_path: Path, encrypted: bool) -> None:
    recipients = [OFFICE.public_key()] if encrypted else []
    path = write(tmp_path / "b.mcbundle", sample_changes(4), recipients=recipients).path
    data = path.read_bytes()
    outcomes = {_refused_or_same(path, data[:n]) for n in range(len(data))}
    assert "same" not in outcomes
    assert P.TRUNCATED.value in outcomes


def test_appended_bytes_are_refused(small: Path) -> None:
    assert _refused_or_same(small, small.read_bytes() + b"\0") != "same"


@pytest.mark.parametrize(("content", "reason"), [
    (b"", P.NOT_A_BUNDLE), (b"hello, this is text\n", P.NOT_A_BUNDLE),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), P.NOT_A_BUNDLE), (b"PK\x03\x04", P.TRUNCATED),
    (b"PK\x05\x06" + bytes(18), P.NOT_A_BUNDLE), (b"MCBUNDLE-ENC1\n", P.TRUNCATED),
    (b"MCBUNDLE-ENC1\n\xff\xff\xff\xff", P.TOO_LARGE), (b"MCBUNDLE-ENC2\n", P.UNSUPPORTED_FORMAT),
])
def test_files_that_are_not_bundles_are_refused(tmp_path: Path, content: bytes, reason: P) -> None:
    path = tmp_path / "x.mcbundle"
    path.write_bytes(content)
    assert refusal(path).reason is reason


def test_unreadable_paths_are_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path / "missing.mcbundle").reason is P.UNREADABLE
    assert refusal(tmp_path).reason is P.UNREADABLE
