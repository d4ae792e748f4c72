"""Fuzzing bundle files: thousands of mutated bundles, and only refusals (or harmless reads) come out.

A seeded RNG makes each run reproducible. `MONITOR_FUZZ_NIGHTLY=1` raises the count to 50,000;
`MONITOR_FUZZ_COUNT` and `MONITOR_FUZZ_SEED` set them exactly.
"""

from __future__ import annotations

import collections
import os
import random
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor_app.sync import envelope
from monitor_app.sync.bundle_errors import BundleRefused
from tests.sync.test_bundle_support import (
    ESCROW,
    OFFICE,
    make_blob,
    members,
    read_all,
    rezip,
    sample_changes,
    write,
)

NIGHTLY = os.environ.get("MONITOR_FUZZ_NIGHTLY") == "1"
COUNT = int(os.environ.get("MONITOR_FUZZ_COUNT", "50000" if NIGHTLY else "2000"))
SEED = int(os.environ.get("MONITOR_FUZZ_SEED", "20241027"))
BLOCK = envelope.CHUNK + envelope.TAG

Mutation = Callable[[random.Random, bytes, Path], bytes]


def _flip(rng: random.Random, data: bytes, _: Path) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        out[rng.randrange(len(out))] ^= rng.randint(1, 255)
    return bytes(out)


def _insert(rng: random.Random, data: bytes, _: Path) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + rng.randbytes(rng.randint(1, 16)) + data[at:]


def _delete(rng: random.Random, data: bytes, _: Path) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 64):]


def _truncate(rng: random.Random, data: bytes, _: Path) -> bytes:
    return data[:rng.randrange(len(data))]


def _copy_range(rng: random.Random, data: bytes, _: Path) -> bytes:
    start = rng.randrange(len(data))
    piece = data[start:start + rng.randint(1, 200)]
    at = rng.randint(0, len(data))
    return data[:at] + piece + data[at + len(piece) * rng.randint(0, 1):]


def _shuffle_members(rng: random.Random, data: bytes, folder: Path) -> bytes:
    """Member-level surgery on a plain bundle, rebuilt in the bundle ZIP layout."""
    source = folder / "source.zip"
    source.write_bytes(data)
    try:
        items = members(source)
    except Exception:  # noqa: BLE001 - already mutated beyond the standard library
        return _flip(rng, data, folder)
    if not items:
        return _flip(rng, data, folder)
    choice = rng.randrange(5)
    if choice == 0:
        rng.shuffle(items)
    elif choice == 1 and len(items) > 1:
        a, b = rng.sample(range(len(items)), 2)
        items[a], items[b] = (items[a][0], items[b][1]), (items[b][0], items[a][1])
    elif choice == 2:
        items.insert(rng.randint(0, len(items)), rng.choice(items))
    elif choice == 3:
        items.pop(rng.randrange(len(items)))
    else:
        index = rng.randrange(len(items))
        name, payload = items[index]
        items[index] = (name, payload[:-1] + bytes([payload[-1] ^ 1]) if payload else b"x")
    return rezip(folder / "shuffled.zip", items).read_bytes()


def _shuffle_chunks(rng: random.Random, data: bytes, _: Path) -> bytes:
    """Chunk-level surgery on an encrypted bundle: swap, drop or repeat whole chunks."""
    start = len(envelope.MAGIC)
    if len(data) < start + 4:
        return _flip(rng, data, _)
    (length,) = struct.unpack(">I", data[start:start + 4])
    head, body = data[:start + 4 + length], data[start + 4 + length:]
    chunks = [body[i:i + BLOCK] for i in range(0, len(body), BLOCK)]
    if not chunks:
        return _flip(rng, data, _)
    choice = rng.randrange(3)
    if choice == 0 and len(chunks) > 1:
        a, b = rng.sample(range(len(chunks)), 2)
        chunks[a], chunks[b] = chunks[b], chunks[a]
    elif choice == 1:
        chunks.pop(rng.randrange(len(chunks)))
    else:
        chunks.insert(rng.randint(0, len(chunks)), rng.choice(chunks))
    return head + b"".join(chunks)


BYTE_MUTATIONS: list[Mutation] = [_flip, _flip, _insert, _delete, _truncate, _copy_range]


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bases")
    photo = make_blob(folder, b"\xff\xd8" + random.Random(1).randbytes(150_000))
    small = make_blob(folder, b"tiny")
    two = [OFFICE.public_key(), ESCROW.public_key()]
    return {
        "plain": write(folder / "plain.mcbundle", sample_changes(40), blobs=[small]).path,
        "empty": write(folder / "empty.mcbundle", []).path,
        "sealed": write(folder / "sealed.mcbundle", sample_changes(300), blobs=[photo, small],
                        recipients=two).path,
    }


def test_mutated_bundles_give_only_refusals_or_the_same_content(
        bases: dict[str, Path], tmp_path: Path) -> None:
    rng = random.Random(SEED)
    originals = {name: (path.read_bytes(), read_all(path)) for name, path in bases.items()}
    outcomes: collections.Counter[str] = collections.Counter()
    target = tmp_path / "mutant.mcbundle"
    for case in range(COUNT):
        name = rng.choice(sorted(originals))
        data, expected = originals[name]
        shuffle = _shuffle_chunks if name == "sealed" else _shuffle_members
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            mutation = shuffle if rng.random() < 0.15 else rng.choice(BYTE_MUTATIONS)
            data = mutation(rng, data, tmp_path) if data else data
        target.write_bytes(data)
        try:
            content = read_all(target)
        except BundleRefused as refused:
            assert not refused.detail.startswith("unhandled"), (SEED, case, repr(refused))
            outcomes[refused.reason.value] += 1
            continue
        except Exception as exc:
            raise AssertionError(f"seed {SEED} case {case}: {exc!r} escaped") from exc
        assert content == expected, (SEED, case)
        outcomes["same"] += 1
    assert sum(outcomes.values()) == COUNT
    assert outcomes["same"] < COUNT * 0.05, outcomes
    print(dict(outcomes))
