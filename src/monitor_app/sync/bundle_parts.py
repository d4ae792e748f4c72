"""Parts of a finished bundle file, for channels with a size limit (e-mail, messaging apps):
each part is a signed header and one piece of the file, checkable on its own
(docs/bundle-format.md, "Parts for e-mail")."""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused, guarded
from monitor_app.sync.bundle_json import canonical_bytes, parse_bounded

MAGIC = b"MCPART-1\n"
FAMILY = b"MCPART-"  # a later part format starts the same way
FILE_SUFFIX = ".mcpart"
FORMAT = "monitor-de-campo-part"
FORMAT_VERSION = 1
LENGTH = struct.Struct(">I")
MAX_HEADER = 2048
MAX_PARTS = 999
MAX_WHOLE = lim.MAX_ZIP_BYTES + 2**21  # 3 GiB of plain bundle, sealed (tags, header)
# What a part holds besides its piece: every part then stays within the size it was cut for.
OVERHEAD = len(MAGIC) + LENGTH.size + MAX_HEADER + lim.SIGNATURE_BYTES
WHOLE_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,127}")
READ = 1 << 20
_FIELDS = frozenset({
    "format", "format_version", "export_id", "index", "count", "whole_size", "whole_name",
    "chunk_size", "piece_size", "piece_sha256", "device_id", "signing_public_key",
})
# Fields every part of one export shares (the rest say which piece this is).
_SHARED = ("export_id", "count", "whole_size", "whole_name", "chunk_size", "device_id",
           "signing_public_key")


@dataclass(frozen=True)
class PartHeader:
    export_id: str  # SHA-256 (hex) of the whole file
    index: int  # 1 … count
    count: int
    whole_size: int
    whole_name: str
    chunk_size: int  # the size of every piece but the last
    piece_size: int
    piece_sha256: str
    device_id: str
    signing_public_key: str  # 64 hex: the raw Ed25519 key that signed this header

    @property
    def piece_start(self) -> int:
        """Where the piece lies in the whole file."""
        return (self.index - 1) * self.chunk_size

    def same_export(self, other: PartHeader) -> bool:
        return all(getattr(self, name) == getattr(other, name) for name in _SHARED)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "format_version": FORMAT_VERSION, "export_id": self.export_id,
                "index": self.index, "count": self.count, "whole_size": self.whole_size,
                "whole_name": self.whole_name, "chunk_size": self.chunk_size,
                "piece_size": self.piece_size, "piece_sha256": self.piece_sha256,
                "device_id": self.device_id, "signing_public_key": self.signing_public_key}


class DamagedPiece(BundleRefused):
    """A part whose header verified but whose piece did not: it can still be named."""

    def __init__(self, reason: BundleProblem, detail: str, header: PartHeader) -> None:
        super().__init__(reason, detail)
        self.header = header


def plan(whole_size: int, part_limit: int) -> tuple[int, int]:
    """(chunk size, number of parts) for parts of at most `part_limit` bytes each."""
    chunk = part_limit - OVERHEAD
    if chunk <= 0:
        raise ValueError("part limit below the part overhead")
    return chunk, max(1, -(-whole_size // chunk))


def part_name(whole_name: str, index: int, count: int) -> str:
    """`<whole name without .mcbundle>.parte-02-de-12.mcpart`: sorts in order, reads as what
    it is. Informative only, like a bundle's name."""
    stem = whole_name.removesuffix(lim.FILE_SUFFIX)
    width = len(str(count))
    return f"{stem}.parte-{index:0{width}d}-de-{count}{FILE_SUFFIX}"


def looks_like_part(path: Path) -> bool:
    """Named like a part or starting like one (a damaged part is still routed here)."""
    if path.name.endswith(FILE_SUFFIX):
        return True
    try:
        with open(path, "rb") as f:
            return f.read(len(FAMILY)) == FAMILY
    except OSError:
        return False


def _public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def _signed(raw: bytes) -> bytes:
    """The signature covers the magic line and the length too: no byte before the piece is loose."""
    return MAGIC + LENGTH.pack(len(raw)) + raw


def piece_header(whole: BinaryIO, *, export_id: str, index: int, count: int, whole_size: int,
                 whole_name: str, chunk_size: int, device_id: str,
                 signing_key: Ed25519PrivateKey) -> PartHeader:
    """The header of part `index`, hashing its piece from the whole file."""
    start = (index - 1) * chunk_size
    size = min(chunk_size, whole_size - start)
    whole.seek(start)
    digest = hashlib.sha256()
    _stream(whole, size, digest.update)
    return PartHeader(export_id, index, count, whole_size, whole_name, chunk_size, size,
                      digest.hexdigest(), device_id, _public_hex(signing_key))


def write_part(out: BinaryIO, header: PartHeader, whole: BinaryIO,
               signing_key: Ed25519PrivateKey) -> None:
    """Magic line, header length, canonical header, its signature, then the piece."""
    raw = canonical_bytes(header.to_json())
    if len(raw) > MAX_HEADER or parse_header(raw) != header:  # write only what a reader takes
        raise ValueError("part header out of bounds")
    out.write(_signed(raw))
    out.write(signing_key.sign(_signed(raw)))
    whole.seek(header.piece_start)
    digest = hashlib.sha256()

    def write(data: bytes) -> None:
        digest.update(data)
        out.write(data)

    _stream(whole, header.piece_size, write)
    if digest.hexdigest() != header.piece_sha256:
        raise BundleRefused(BundleProblem.CORRUPT, "the whole file changed while it was split")


def _stream(src: BinaryIO, size: int, sink: Callable[[bytes], object]) -> None:
    left = size
    while left:
        data = src.read(min(READ, left))
        if not data:
            raise BundleRefused(BundleProblem.TRUNCATED, "part ends early")
        sink(data)
        left -= len(data)


def _corrupt(detail: str) -> BundleRefused:
    return BundleRefused(BundleProblem.CORRUPT, f"part header: {detail}")


def _int(data: dict[str, Any], name: str, low: int, high: int) -> int:
    value = data[name]
    if type(value) is not int or not low <= value <= high:
        raise _corrupt(f"bad {name}")
    return value


def _text(data: dict[str, Any], name: str, pattern: re.Pattern[str]) -> str:
    value = data[name]
    if type(value) is not str or not pattern.fullmatch(value):
        raise _corrupt(f"bad {name}")
    return value


def parse_header(raw: bytes) -> PartHeader:
    """The header's fields, each type-checked, and consistent with one another."""
    data = parse_bounded(raw, "part header", 2, floats=False)
    if type(data) is not dict or data.get("format") != FORMAT:
        raise BundleRefused(BundleProblem.NOT_A_BUNDLE, "part header of another format")
    version = data.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:
        raise BundleRefused(BundleProblem.UNSUPPORTED_FORMAT, f"part format {version!r}")
    if set(data) != _FIELDS:
        raise _corrupt("missing or unknown fields")
    if canonical_bytes(data) != raw:
        raise _corrupt("not in canonical form")
    count = _int(data, "count", 1, MAX_PARTS)
    index = _int(data, "index", 1, count)
    whole_size = _int(data, "whole_size", 1, MAX_WHOLE)
    chunk = _int(data, "chunk_size", 1, MAX_WHOLE)
    if -(-whole_size // chunk) != count:
        raise _corrupt("count does not match the sizes")
    piece = _int(data, "piece_size", 1, chunk)
    if piece != min(chunk, whole_size - (index - 1) * chunk):
        raise _corrupt("piece size does not match the sizes")
    return PartHeader(
        _text(data, "export_id", lim.SHA256_HEX), index, count, whole_size,
        _text(data, "whole_name", WHOLE_NAME), chunk, piece,
        _text(data, "piece_sha256", lim.SHA256_HEX), _text(data, "device_id", lim.DEVICE_ID),
        _text(data, "signing_public_key", lim.SHA256_HEX))


def _read_header(src: BinaryIO) -> tuple[PartHeader, bytes]:
    start = src.read(len(MAGIC) + LENGTH.size)
    head = start[:len(MAGIC)]
    if head != MAGIC[:len(head)]:
        if head.startswith(FAMILY):
            raise BundleRefused(BundleProblem.UNSUPPORTED_FORMAT, "a later part format")
        raise BundleRefused(BundleProblem.CORRUPT, "not a part: wrong first bytes")
    if len(start) < len(MAGIC) + LENGTH.size:
        raise BundleRefused(BundleProblem.TRUNCATED, "part ends early")
    (length,) = LENGTH.unpack(start[len(MAGIC):])
    if length > MAX_HEADER:
        raise BundleRefused(BundleProblem.TOO_LARGE, "part header too large")
    raw = src.read(length)
    signature = src.read(lim.SIGNATURE_BYTES)
    if len(raw) != length or len(signature) != lim.SIGNATURE_BYTES:
        raise BundleRefused(BundleProblem.TRUNCATED, "part ends early")
    header = parse_header(raw)
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(header.signing_public_key))
        key.verify(signature, _signed(raw))
    except (InvalidSignature, ValueError):
        raise BundleRefused(BundleProblem.BAD_SIGNATURE,
                            "part not signed by the key it names") from None
    return header, raw


def part_header(path: Path) -> PartHeader:
    """A part's header, signature checked, without reading its piece."""
    with guarded(), open(path, "rb") as src:
        return _read_header(src)[0]


def read_part(path: Path,
              sink: Callable[[bytes], object] | None = None) -> tuple[PartHeader, bytes]:
    """Check a part file whole: layout, header, signature, the piece's size and SHA-256, no
    byte after it. Returns the header and its exact bytes; `sink` receives the piece as it is
    read (what it got is only good once this returns). Every failure is one BundleRefused; a
    DamagedPiece when the header was good, so the part can still be named."""
    with guarded(), open(path, "rb") as src:
        header, raw = _read_header(src)
        digest = hashlib.sha256()

        def take(data: bytes) -> None:
            digest.update(data)
            if sink is not None:
                sink(data)

        try:
            _stream(src, header.piece_size, take)
        except BundleRefused as refusal:
            raise DamagedPiece(refusal.reason, refusal.detail, header) from None
        if src.read(1):
            raise DamagedPiece(BundleProblem.CORRUPT, "bytes after the piece", header)
        if digest.hexdigest() != header.piece_sha256:
            raise DamagedPiece(BundleProblem.TAMPERED, "piece does not match its hash", header)
    return header, raw
