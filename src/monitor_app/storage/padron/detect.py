"""Opens a padrón file with the reader its content (then its extension) calls for."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron.dbf import DbfReader
from monitor_app.storage.padron.dbf_header import looks_like_dbf
from monitor_app.storage.padron.delimited import DelimitedReader
from monitor_app.storage.padron.rows import PadronReader, unreadable
from monitor_app.storage.padron.xlsx import XlsxReader

SNIFF_BYTES = 64 * 1024
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1a")  # \x1a: the DOS end-of-file mark some exports keep
MAX_CONTROL_SHARE = 0.01


def open_padron(path: Path) -> PadronReader:
    """A reader whose header is already checked, so a broken file fails here and not halfway."""
    path = Path(path)
    if path.is_dir():
        raise MonitorError(ErrorCode.FILE_UNREADABLE, path=str(path), detail="is a directory")
    try:
        stream = open(path, "rb")  # noqa: SIM115 - the reader owns it until close()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    try:
        head = stream.read(SNIFF_BYTES)
        stream.seek(0)
        return _reader(path, stream, head)
    except OSError as exc:
        stream.close()
        raise unreadable(path, exc) from exc
    except BaseException:
        stream.close()
        raise


def _reader(path: Path, stream: BinaryIO, head: bytes) -> PadronReader:
    suffix = path.suffix.lower()
    if not head:
        raise MonitorError(ErrorCode.UNKNOWN_FILE_FORMAT, path=str(path))
    if head.startswith(ZIP_MAGIC):
        return XlsxReader(path, stream)
    if looks_like_dbf(head) or suffix == ".dbf":
        return DbfReader(path, stream)
    if suffix in XLSX_SUFFIXES:
        raise MonitorError(ErrorCode.XLSX_INVALID, path=str(path), detail="not a ZIP archive")
    if _is_text(head):
        return DelimitedReader(path, stream)
    raise MonitorError(ErrorCode.UNKNOWN_FILE_FORMAT, path=str(path))


def _is_text(head: bytes) -> bool:
    """No NUL and hardly any other control byte: UTF-16, images, archives and DBFs all fail."""
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 0x20 and byte not in TEXT_CONTROLS)
    return controls <= len(head) * MAX_CONTROL_SHARE
