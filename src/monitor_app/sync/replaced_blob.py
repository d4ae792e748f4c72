"""The changes a bundle's changes replaced, carried as one gzipped blob beside them: a line
`<seq>\t<replaced device_id>\t<replaced seq>` per name, for the bundle's own device. A blob is
signed and encrypted with the rest, and an older reader ignores it, so the format stays 1."""

from __future__ import annotations

import gzip
import hashlib
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.relayed import MAX_DEVICE_ID

MAX_LINE = 200


def write_replaced(names: Iterable[tuple[int, str, int]], folder: Path
                   ) -> tuple[str, Path, int] | None:
    """(sha256, file, lines) of the blob, or None when nothing was replaced."""
    path = folder / "replaced.tsv.gz"
    count = 0
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                              compresslevel=6, mtime=0) as out:
        for seq, device_id, replaced_seq in names:
            out.write(f"{seq}\t{device_id}\t{replaced_seq}\n".encode())
            count += 1
    if not count:
        path.unlink()
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest(), path, count


def _corrupt(detail: str) -> BundleRefused:
    return BundleRefused(BundleProblem.CORRUPT, f"replaced changes: {detail}")


def _number(text: bytes) -> int:
    if not text.isdigit() or len(text) > 19 or not 0 < int(text) <= lim.MAX_INT:
        raise ValueError(text)
    return int(text)


def read_replaced(blob: BinaryIO) -> Iterator[tuple[int, str, int]]:
    """(seq, replaced device_id, replaced seq) per line; a malformed one refuses the bundle."""
    try:
        with gzip.GzipFile(fileobj=blob, mode="rb") as lines:
            for number, raw in enumerate(io.BufferedReader(lines), start=1):  # type: ignore[arg-type]
                parts = raw.rstrip(b"\n").split(b"\t")
                if len(raw) > MAX_LINE or not raw.endswith(b"\n") or len(parts) != 3:
                    raise _corrupt(f"line {number}")
                device = parts[1].decode("ascii", "replace")
                if not 0 < len(device) <= MAX_DEVICE_ID or not device.isprintable() \
                        or not parts[1].isascii():
                    raise _corrupt(f"line {number}: device")
                try:
                    yield _number(parts[0]), device, _number(parts[2])
                except ValueError:
                    raise _corrupt(f"line {number}: seq") from None
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise _corrupt(str(exc)) from None
