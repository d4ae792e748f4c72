"""Writing the one ZIP layout bundles use: fixed header fields, no extras, no ZIP64."""

from __future__ import annotations

import hashlib
import struct
import zlib
from typing import BinaryIO

from monitor_app.sync.bundle_manifest import Member

LOCAL = struct.Struct("<IHHHHHIIIHH")
CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
END = struct.Struct("<IHHHHIIH")
LOCAL_SIG, CENTRAL_SIG, END_SIG = 0x04034B50, 0x02014B50, 0x06054B50
VERSION = 20  # "2.0", made by MS-DOS (upper byte 0): deflate, no ZIP64
DOS_TIME, DOS_DATE = 0, 0x21  # 1980-01-01 00:00:00: the time is in the manifest instead
STORED, DEFLATED = 0, 8
LIMIT_32 = 0xFFFFFFFF
DEFLATE_LEVEL = 6


class MemberWriter:
    """One member being written; `close()` patches its local header and returns its hash."""

    def __init__(self, zip_writer: ZipWriter, name: str, method: int) -> None:
        self._zip = zip_writer
        self._file = zip_writer.file
        self.name = name.encode("utf-8")
        self.method = method
        self.offset = self._file.tell()
        self._file.write(LOCAL.pack(LOCAL_SIG, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) + self.name)
        self._compressor = (
            zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15) if method == DEFLATED else None
        )
        self._sha = hashlib.sha256()
        self.crc = 0
        self.size = 0
        self.compressed = 0

    def write(self, data: bytes) -> None:
        self._sha.update(data)
        self.crc = zlib.crc32(data, self.crc)
        self.size += len(data)
        if self._compressor is not None:
            data = self._compressor.compress(data)
        self.compressed += len(data)
        self._file.write(data)

    def close(self) -> Member:
        if self._compressor is not None:
            tail = self._compressor.flush()
            self.compressed += len(tail)
            self._file.write(tail)
        if max(self.size, self.compressed, self._file.tell()) > LIMIT_32:
            raise ValueError("bundle member too large for one bundle: split the export")
        end = self._file.tell()
        self._file.seek(self.offset)
        self._file.write(self.local_header())
        self._file.seek(end)
        self._zip.entries.append(self)
        return Member(self._sha.hexdigest(), self.size)

    def local_header(self) -> bytes:
        return LOCAL.pack(LOCAL_SIG, VERSION, 0, self.method, DOS_TIME, DOS_DATE, self.crc,
                          self.compressed, self.size, len(self.name), 0)

    def central_header(self) -> bytes:
        return CENTRAL.pack(CENTRAL_SIG, VERSION, VERSION, 0, self.method, DOS_TIME, DOS_DATE,
                            self.crc, self.compressed, self.size, len(self.name), 0, 0, 0, 0, 0,
                            self.offset) + self.name


class ZipWriter:
    """Members in the order they are added, then the central directory and its end record."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.entries: list[MemberWriter] = []

    def member(self, name: str, method: int) -> MemberWriter:
        return MemberWriter(self, name, method)

    def add_bytes(self, name: str, data: bytes) -> Member:
        writer = self.member(name, STORED)
        writer.write(data)
        return writer.close()

    def finish(self) -> None:
        start = self.file.tell()
        for entry in self.entries:
            self.file.write(entry.central_header())
        size = self.file.tell() - start
        if self.file.tell() > LIMIT_32 or len(self.entries) > 0xFFFF:
            raise ValueError("bundle too large for one file: split the export")
        count = len(self.entries)
        self.file.write(END.pack(END_SIG, 0, 0, count, count, size, start, 0))
