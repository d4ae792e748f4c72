"""Changes of many devices carried in one bundle (an office's reply): gzipped blobs of lines
`<device_id>\t<the change as a bundle line>\t<what it replaced: device:seq;...>`, each line
checked as strictly as `changes.jsonl`.

Blobs are content-addressed members of the bundle, signed and encrypted with it, so the bundle
format itself is unchanged; the manifest's `extra.relayed` names them.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_changes import parse_line
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.change import Row

LINES_PER_BLOB = 200_000
WRITE_BATCH = 4096
MAX_DEVICE_ID = 64


RelayedRow = tuple[str, int, str, str, str, str, int, int, str]  # a Row, then its replaced
# changes as `device:seq;device:seq` ("" for none)


def _line(row: RelayedRow) -> str:
    """The same bytes as json.dumps(ensure_ascii=False, separators=(",", ":")) of the change,
    made without it (a reply writes a million of them)."""
    device_id, seq, tbl, pk, col, value, stamp, base, replaced = row
    return (f"{device_id}\t[{seq},{encode_basestring(tbl)},{encode_basestring(pk)},"
            f"{encode_basestring(col)},{encode_basestring(value)},{stamp},{base}]"
            f"\t{replaced or ''}\n")


def write_relayed(rows: Iterable[RelayedRow], folder: Path) -> list[tuple[str, Path, int]]:
    """(sha256, file, lines) of each blob holding `rows`, in order."""
    written: list[tuple[str, Path, int]] = []
    iterator = iter(rows)
    while True:
        path = folder / f"relayed-{len(written)}.jsonl.gz"
        count = 0
        with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                                  compresslevel=6, mtime=0) as out:
            while batch := list(itertools.islice(iterator, min(WRITE_BATCH,
                                                               LINES_PER_BLOB - count))):
                out.write("".join(map(_line, batch)).encode())
                count += len(batch)
        if not count:
            path.unlink()
            return written
        written.append((hashlib.sha256(path.read_bytes()).hexdigest(), path, count))
        if count < LINES_PER_BLOB:
            return written


def _corrupt(detail: str) -> BundleRefused:
    return BundleRefused(BundleProblem.CORRUPT, f"relayed changes: {detail}")


def read_relayed(blob: BinaryIO) -> Iterator[tuple[Row, tuple[tuple[str, int], ...]]]:
    """The changes of one blob with what each replaced; a malformed line refuses the bundle."""
    known: set[str] = set()
    try:
        with gzip.GzipFile(fileobj=blob, mode="rb") as lines:
            for number, raw in enumerate(io.BufferedReader(lines), start=1):  # type: ignore[arg-type]
                if len(raw) > lim.MAX_LINE_BYTES or not raw.endswith(b"\n"):
                    raise _corrupt(f"line {number} too long or not terminated")
                device, tab, rest = raw[:-1].partition(b"\t")
                change, tab_2, replaced = rest.rpartition(b"\t")
                device_id = device.decode("ascii", "replace")
                if not tab or not tab_2 or not 0 < len(device_id) <= MAX_DEVICE_ID \
                        or not device.isascii() or not device_id.isprintable():
                    raise _corrupt(f"line {number}: no device")
                try:
                    row = parse_line(change, known)
                    names = _replaced(replaced)
                except BundleRefused as refusal:
                    raise _corrupt(f"line {number}: {refusal.detail}") from None
                yield (device_id, *row), names
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise _corrupt(str(exc)) from None


def _replaced(text: bytes) -> tuple[tuple[str, int], ...]:
    """`device:seq;device:seq` checked: printable ASCII ids, positive seqs."""
    if not text:
        return ()
    names = []
    for item in text.split(b";"):
        device, colon, seq = item.rpartition(b":")
        if (not colon or not device.isascii() or not 0 < len(device) <= MAX_DEVICE_ID
                or not device.decode("ascii").isprintable() or not seq.isdigit()
                or len(seq) > 19 or not 0 < int(seq) <= lim.MAX_INT):
            raise BundleRefused(BundleProblem.CORRUPT, "bad replaced change")
        names.append((device.decode("ascii"), int(seq)))
    return tuple(names)
