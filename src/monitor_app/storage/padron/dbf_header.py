"""The dBASE III / FoxBASE+ header of a padrón DBF: field layout, record count, code page."""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron.rows import column_names

Refuse = Callable[[str], MonitorError]

DEFAULT_ENCODING = "cp850"  # ESCALE publishes Padron_web.dbf in code page 850
TEXT_TYPES = frozenset("CNFDLM")  # every one is stored as text in the record
TERMINATOR = 0x0D
PREFIX = struct.Struct("<BBBBIHH")  # version, yy, mm, dd, records, header length, record length
DESCRIPTOR_SIZE = 32
MAX_HEADER_PADDING = 263  # Visual FoxPro keeps a backlink area after the terminator
# dBASE III and IV, FoxBASE+/FoxPro and Visual FoxPro; dBASE 7 (0x04, 0x8C) has another layout.
VERSIONS = frozenset({0x03, 0x83, 0x8B, 0xF5, 0x30, 0x31, 0x32})
SMALLEST_HEADER = 32 + DESCRIPTOR_SIZE + 1

# Language-driver byte -> code page. Only single-byte code pages: the reader slices decoded
# records by byte offset. Anything else (0x00, unknown, Asian double-byte) falls back to cp850.
CODE_PAGES = {
    0x01: "cp437",
    0x02: "cp850",
    0x03: "cp1252",
    0x04: "mac_roman",
    0x57: "cp1252",
    0x58: "cp1252",
    0x59: "cp1252",
    0x64: "cp852",
    0x65: "cp866",
    0x66: "cp865",
    0x67: "cp861",
    0x6A: "cp737",
    0x6B: "cp857",
    0xC8: "cp1250",
    0xC9: "cp1251",
    0xCA: "cp1254",
    0xCB: "cp1253",
}


@dataclass(frozen=True)
class DbfField:
    name: str
    type: str
    offset: int  # within the record, after the deletion flag
    length: int


@dataclass(frozen=True)
class DbfHeader:
    record_count: int
    header_length: int
    record_length: int
    fields: tuple[DbfField, ...]
    encoding: str

    @property
    def data_end(self) -> int:
        return self.header_length + self.record_count * self.record_length


def looks_like_dbf(head: bytes) -> bool:
    """A dBASE version byte, a plausible YYMMDD date (control bytes in text) and sizes."""
    if len(head) < 32 or head[0] not in VERSIONS or head[2] > 12 or head[3] > 31:
        return False
    _, _, _, _, _, header_length, record_length = PREFIX.unpack_from(head)
    return header_length >= SMALLEST_HEADER and record_length >= 2


def read_header(path: Path, stream: BinaryIO) -> DbfHeader:
    """Parse and check the header; the stream is left just after it."""

    def bad(detail: str) -> MonitorError:
        return MonitorError(ErrorCode.DBF_BAD_HEADER, path=str(path), detail=detail)

    head = stream.read(32)
    if not head:
        raise bad("empty file")
    if head[0] not in VERSIONS:
        raise bad(f"not a dBASE III file (first byte 0x{head[0]:02x})")
    if len(head) < 32:
        raise bad(f"header cut short: {len(head)} of 32 bytes")
    _, _, _, _, record_count, header_length, record_length = PREFIX.unpack_from(head)
    descriptors = stream.read(max(header_length - 32, 0))
    if len(descriptors) < header_length - 32:
        raise bad(f"header cut short: {32 + len(descriptors)} of {header_length} bytes")
    fields = _fields(descriptors, bad)
    used = 1 + sum(field.length for field in fields)
    if record_length != used:
        raise bad(f"record length {record_length} but the fields take {used} bytes")
    encoding = CODE_PAGES.get(head[29], DEFAULT_ENCODING)
    return DbfHeader(record_count, header_length, record_length, fields, encoding)


def _fields(descriptors: bytes, bad: Refuse) -> tuple[DbfField, ...]:
    end = next(
        (at for at in range(0, len(descriptors), DESCRIPTOR_SIZE) if descriptors[at] == TERMINATOR),
        -1,
    )
    if end == -1:
        raise bad("no field terminator (0x0D) within the header length")
    if end == 0:
        raise bad("no fields")
    if len(descriptors) - end - 1 > MAX_HEADER_PADDING:
        raise bad(f"header length overshoots the fields by {len(descriptors) - end - 1} bytes")
    fields: list[DbfField] = []
    offset = 1
    for start in range(0, end, DESCRIPTOR_SIZE):
        field = _field(descriptors[start : start + DESCRIPTOR_SIZE], offset, len(fields) + 1, bad)
        fields.append(field)
        offset += field.length
    column_names((field.name for field in fields), bad)
    return tuple(fields)


def _field(descriptor: bytes, offset: int, number: int, bad: Refuse) -> DbfField:
    if len(descriptor) < DESCRIPTOR_SIZE:
        raise bad("field descriptors cut short")
    raw_name = descriptor[:11].split(b"\x00", 1)[0].strip()
    if not raw_name or not raw_name.isascii() or not raw_name.decode("ascii").isprintable():
        raise bad(f"field {number} has no readable name")
    name = raw_name.decode("ascii")
    kind = chr(descriptor[11])
    if kind not in TEXT_TYPES:
        raise bad(f"field {name} has unsupported type {kind!r}")
    length = descriptor[16]
    if kind == "C":
        length += descriptor[17] << 8  # Clipper/FoxPro long character fields
    if length == 0:
        raise bad(f"field {name} has length 0")
    return DbfField(name, kind, offset, length)
