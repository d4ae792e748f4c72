"""The lines of `changes.jsonl`: compact JSON arrays written in seq order, parsed strictly."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring  # type: ignore[attr-defined]

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_json import check_tree, has_lone_surrogate, parse_text
from monitor_app.sync.bundle_manifest import Manifest
from monitor_app.sync.change import ChangeLike, ChangeRow

MAX_KNOWN_NAMES = 10_000
_MAX_INT, _MAX_PK, _MAX_VALUE = lim.MAX_INT, lim.MAX_PK_CHARS, lim.MAX_VALUE_CHARS


@dataclass
class Ranges:
    """What the manifest says about the changes, gathered while they stream past."""

    count: int = 0
    seq_from: int = 0
    seq_to: int = 0
    hlc_from: int = 0
    hlc_to: int = 0


class LineEncoder:
    """Turns changes into lines; names repeat, so their JSON form is kept."""

    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        self.ranges = Ranges()
        self._names: dict[str, str] = {}

    def _name(self, name: str) -> str:
        quoted = self._names.get(name)
        if quoted is None:
            quoted = self._names[name] = encode_basestring(name)
        return quoted

    def encode(self, batch: Iterable[ChangeRow | ChangeLike]) -> bytes:
        """Lines identical to `json.dumps(row, ensure_ascii=False, separators=(",", ":"))`,
        each ending in a newline."""
        lines, r = [], self.ranges
        count, last, low, high = r.count, r.seq_to, r.hlc_from, r.hlc_to
        for item in batch:
            if isinstance(item, tuple):
                seq, tbl, pk, col, value, hlc, base = item
            elif item.device_id != self.device_id:
                raise ValueError(f"change {item.seq} belongs to device {item.device_id}")
            else:
                seq, tbl, pk, col, value, hlc, base = (
                    item.seq, item.tbl, item.pk, item.col, item.value, item.hlc, item.base_hlc)
            if type(seq) is not int or type(hlc) is not int or type(base) is not int:
                raise TypeError(f"change {seq!r}: seq, hlc and base_hlc must be int")
            if count == 0:
                r.seq_from, low, high = seq, hlc, hlc
            elif seq <= last:
                raise ValueError(f"changes must come in ascending seq order (seq {seq})")
            last, count = seq, count + 1
            if hlc < low:
                low = hlc
            elif hlc > high:
                high = hlc
            lines.append(f"[{seq},{self._name(tbl)},{encode_basestring(pk)},"
                         f"{self._name(col)},{encode_basestring(value)},{hlc},{base}]\n")
        r.count, r.seq_to, r.hlc_from, r.hlc_to = count, last, low, high
        return "".join(lines).encode("utf-8")


def _corrupt(detail: str) -> BundleRefused:
    return BundleRefused(BundleProblem.CORRUPT, detail)


def _lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    tail = b""
    for chunk in chunks:
        lines = (tail + chunk if tail else chunk).split(b"\n")
        tail = lines.pop()
        if len(tail) > lim.MAX_LINE_BYTES:
            raise BundleRefused(BundleProblem.TOO_LARGE, "line too long")
        for line in lines:
            if not line or len(line) > lim.MAX_LINE_BYTES:
                raise _corrupt("empty or too long line")
            yield line
    if tail:
        raise _corrupt("last line not terminated")


def _check_name(name: object, known: set[str]) -> None:
    if type(name) is not str or not lim.IDENTIFIER.fullmatch(name):
        raise _corrupt("bad table or column name")
    if len(known) < MAX_KNOWN_NAMES:
        known.add(name)


def parse_line(raw: bytes, known: set[str]) -> ChangeRow:
    """One line checked for types and ranges; `known` caches table and column names seen."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _corrupt("not UTF-8") from None
    row = parse_text(text, "change")
    if type(row) is not list or len(row) != 7:
        raise _corrupt("not a change")
    seq, tbl, pk, col, value, hlc, base = row
    if (type(seq) is not int or type(hlc) is not int or type(base) is not int
            or not (0 < seq <= _MAX_INT and 0 <= hlc <= _MAX_INT and 0 <= base <= _MAX_INT)):
        raise _corrupt("bad seq or clock")
    if type(tbl) is not str or tbl not in known:
        _check_name(tbl, known)
    if type(col) is not str or col not in known:
        _check_name(col, known)
    if type(pk) is not str or not 0 < len(pk) <= _MAX_PK or not pk.isprintable():
        raise _corrupt("bad pk")
    if type(value) is not str or len(value) > _MAX_VALUE:
        raise _corrupt("bad value")
    parsed = parse_text(value, "value")
    kind = type(parsed)
    if kind is str:
        if "\\u" in value and has_lone_surrogate(parsed):
            raise _corrupt("value: invalid text")
    elif kind is not bool and parsed is not None:
        check_tree(parsed, "value", lim.MAX_VALUE_DEPTH)
    return (seq, tbl, pk, col, value, hlc, base)


def parse_rows(chunks: Iterable[bytes], manifest: Manifest) -> Iterator[ChangeRow]:
    """Rows of `changes.jsonl` in order; refuses any line out of the manifest's ranges, and at
    the end any difference from its count and ranges."""
    known: set[str] = set()
    m = manifest
    first, previous, count, low, high = 0, m.seq_from - 1, 0, m.hlc_from, m.hlc_to
    for number, line in enumerate(_lines(chunks), start=1):
        try:
            row = parse_line(line, known)
        except BundleRefused as refusal:
            raise BundleRefused(refusal.reason, f"changes line {number}: {refusal.detail}") from None
        seq, hlc = row[0], row[5]
        if not previous < seq <= m.seq_to or count == m.change_count:
            raise _corrupt(f"changes line {number}: seq out of order or out of the manifest's range")
        if not count:
            first, low, high = seq, hlc, hlc
        previous, count = seq, count + 1
        if hlc < low:
            low = hlc
        elif hlc > high:
            high = hlc
        yield row
    if count and (first, previous, low, high) != (m.seq_from, m.seq_to, m.hlc_from, m.hlc_to):
        raise _corrupt("changes differ from the manifest's seq or hlc ranges")
    if count != m.change_count:
        raise _corrupt("changes differ from the manifest's count")
