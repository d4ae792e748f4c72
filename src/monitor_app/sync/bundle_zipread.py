"""Reading the bundle ZIP layout strictly: every header field checked, sizes bounded, no paths."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_zipwrite import (
    CENTRAL,
    CENTRAL_SIG,
    DEFLATED,
    DOS_DATE,
    DOS_TIME,
    END,
    END_SIG,
    LOCAL,
    LOCAL_SIG,
    STORED,
    VERSION,
)

READ_CHUNK = 256 * 1024
OUT_CHUNK = 256 * 1024
MAX_NAME = len(lim.BLOB_PREFIX) + 64
_SIZE_LIMITS = {lim.MANIFEST: lim.MAX_MANIFEST_BYTES, lim.SIGNATURE: lim.SIGNATURE_BYTES,
                lim.CHANGES: lim.MAX_CHANGES_BYTES}


@dataclass(frozen=True)
class Entry:
    name: str
    method: int
    crc: int
    compressed: int
    size: int
    data_offset: int


def _corrupt(detail: str) -> BundleRefused:
    return BundleRefused(BundleProblem.CORRUPT, detail)


def _read_at(f: BinaryIO, offset: int, length: int) -> bytes:
    f.seek(offset)
    data = f.read(length)
    if len(data) != length:
        raise BundleRefused(BundleProblem.TRUNCATED, "file ends early")
    return data


def member_name(raw: bytes) -> str:
    """The name if it is one a bundle may hold; path tricks and strangers are refused."""
    name = raw.decode("ascii", errors="replace")
    if name in _SIZE_LIMITS or (
        name.startswith(lim.BLOB_PREFIX) and lim.SHA256_HEX.fullmatch(name[len(lim.BLOB_PREFIX):])
    ):
        return name
    tricky = any(t in name for t in ("..", "\\", ":", "\x00", "\ufffd")) or name.startswith("/")
    kind = "unsafe" if tricky else "unexpected"
    raise BundleRefused(BundleProblem.UNSAFE_MEMBER, f"{kind} member name {name[:80]!r}")


def _method_and_size(name: str, method: int, compressed: int, size: int) -> None:
    wanted = DEFLATED if name == lim.CHANGES else STORED
    if method != wanted:
        raise BundleRefused(BundleProblem.UNSUPPORTED_FORMAT, f"{name}: compression {method}")
    if size > _SIZE_LIMITS.get(name, lim.MAX_BLOB_BYTES):
        raise BundleRefused(BundleProblem.TOO_LARGE, f"{name}: {size} bytes")
    if method == STORED and compressed != size:
        raise _corrupt(f"{name}: stored sizes differ")
    if method == DEFLATED and size > max(compressed * lim.MAX_RATIO, lim.RATIO_FLOOR):
        raise BundleRefused(BundleProblem.TOO_LARGE, f"{name}: compression ratio too high")


def _end_record(f: BinaryIO, file_size: int) -> tuple[int, int, int]:
    if file_size > lim.MAX_ZIP_BYTES:
        raise BundleRefused(BundleProblem.TOO_LARGE, "bundle file too large")
    if file_size < END.size:
        raise BundleRefused(BundleProblem.TRUNCATED, "end of ZIP not found")
    sig, disk, cd_disk, count, total, cd_size, cd_start, comment = END.unpack(
        _read_at(f, file_size - END.size, END.size))
    if sig != END_SIG:
        raise BundleRefused(BundleProblem.TRUNCATED, "end of ZIP not found")
    if (disk, cd_disk, comment) != (0, 0, 0) or count != total:
        raise _corrupt("unusual ZIP end record")
    if count > lim.MAX_BLOBS + 3:
        raise BundleRefused(BundleProblem.TOO_LARGE, f"{count} ZIP members")
    if count < 3:
        raise _corrupt(f"{count} ZIP members")
    if cd_start + cd_size != file_size - END.size or cd_size > count * (CENTRAL.size + MAX_NAME):
        raise _corrupt("ZIP central directory misplaced")
    return count, cd_start, cd_size


def _central_entries(f: BinaryIO, count: int, start: int, size: int) -> Iterator[tuple]:
    data = _read_at(f, start, size)
    pos = 0
    for _ in range(count):
        if pos + CENTRAL.size > size:
            raise _corrupt("ZIP central directory short")
        fields = CENTRAL.unpack_from(data, pos)
        name_len = fields[10]
        name = data[pos + CENTRAL.size:pos + CENTRAL.size + name_len]
        pos += CENTRAL.size + name_len
        if len(name) != name_len:
            raise _corrupt("ZIP central directory short")
        yield fields, name
    if pos != size:
        raise _corrupt("ZIP central directory long")


def read_directory(f: BinaryIO, file_size: int) -> list[Entry]:
    """The members in file order, after checking that the ZIP is exactly the bundle layout:
    members back to back from offset 0, then the central directory, then the end record."""
    count, cd_start, cd_size = _end_record(f, file_size)
    entries: list[Entry] = []
    seen: set[str] = set()
    offset = 0
    for fields, raw_name in _central_entries(f, count, cd_start, cd_size):
        (sig, made_by, needed, flags, method, time, date, crc, compressed, size, name_len,
         extra_len, comment_len, disk, internal, external, header_at) = fields
        name = member_name(raw_name)
        if name in seen:
            raise BundleRefused(BundleProblem.UNSAFE_MEMBER, f"duplicate member {name}")
        seen.add(name)
        if (sig, made_by, needed, flags, time, date, extra_len, comment_len, disk, internal,
                external) != (CENTRAL_SIG, VERSION, VERSION, 0, DOS_TIME, DOS_DATE, 0, 0, 0, 0, 0):
            raise _corrupt(f"{name}: unusual ZIP header")
        _method_and_size(name, method, compressed, size)
        if header_at != offset:
            raise _corrupt(f"{name}: ZIP member misplaced")
        local = _read_at(f, offset, LOCAL.size + name_len)
        if local != LOCAL.pack(LOCAL_SIG, VERSION, 0, method, DOS_TIME, DOS_DATE, crc,
                               compressed, size, name_len, 0) + raw_name:
            raise _corrupt(f"{name}: local header differs from the directory")
        data_offset = offset + LOCAL.size + name_len
        offset = data_offset + compressed
        entries.append(Entry(name, method, crc, compressed, size, data_offset))
    if offset != cd_start:
        raise _corrupt("data between ZIP members")
    return entries


def _raw_chunks(f: BinaryIO, entry: Entry) -> Iterator[bytes]:
    f.seek(entry.data_offset)
    left = entry.compressed
    while left:
        data = f.read(min(READ_CHUNK, left))
        if not data:
            raise BundleRefused(BundleProblem.TRUNCATED, f"{entry.name}: file ends early")
        left -= len(data)
        yield data


def _inflated(f: BinaryIO, entry: Entry) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-15)
    raw = _raw_chunks(f, entry)
    produced = 0
    while not inflater.eof:
        data = inflater.unconsumed_tail or next(raw, b"")
        try:
            out = inflater.decompress(data, OUT_CHUNK)
        except zlib.error:
            raise _corrupt(f"{entry.name}: bad deflate data") from None
        produced += len(out)
        if produced > entry.size:
            raise _corrupt(f"{entry.name}: more data than declared")
        if not out and not data:
            raise _corrupt(f"{entry.name}: deflate data incomplete")
        if out:
            yield out
    if inflater.unused_data or inflater.unconsumed_tail or next(raw, b""):
        raise _corrupt(f"{entry.name}: data after the deflate stream")


def member_chunks(f: BinaryIO, entry: Entry) -> Iterator[bytes]:
    """The member's bytes in pieces of at most 256 KiB; size and CRC checked at the end.
    Decompression never produces more than the declared size."""
    pieces = _inflated(f, entry) if entry.method == DEFLATED else _raw_chunks(f, entry)
    crc = 0
    size = 0
    for piece in pieces:
        crc = zlib.crc32(piece, crc)
        size += len(piece)
        yield piece
    if size != entry.size or crc != entry.crc:
        raise _corrupt(f"{entry.name}: CRC or size mismatch")


def read_member(f: BinaryIO, entry: Entry) -> bytes:
    """A small member whole (its size was bounded by `read_directory`)."""
    return b"".join(member_chunks(f, entry))
