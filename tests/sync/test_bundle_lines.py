"""Change lines are checked one by one, even in a bundle signed by whoever made it."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_changes import LineEncoder, parse_line, parse_rows
from monitor_app.sync.bundle_errors import BundleProblem, BundleRefused
from monitor_app.sync.bundle_json import canonical_bytes
from monitor_app.sync.bundle_manifest import Manifest
from monitor_app.sync.bundle_manifest_load import load_manifest
from tests.sync.test_bundle_support import (
    SIGNER,
    members,
    read_all,
    refusal,
    rezip,
    sample_changes,
    with_changes,
    write,
)

P = BundleProblem
GOOD = '[1,"visits","pk-1","notes","\\"x\\"",5,0]'
RANGES = {"change_count": 1, "seq_from": 1, "seq_to": 1, "hlc_from": 5, "hlc_to": 5}


@pytest.fixture
def base(tmp_path: Path) -> list[tuple[str, bytes]]:
    return members(write(tmp_path / "base.mcbundle", sample_changes(3)).path)


def _read(tmp_path: Path, base: list, lines: bytes, **ranges: int) -> BundleRefused | list:
    path = rezip(tmp_path / "forged.mcbundle", with_changes(base, lines, **{**RANGES, **ranges}))
    try:
        return read_all(path)[1]
    except BundleRefused as refused:
        return refused


def test_a_forged_but_well_formed_line_is_read(tmp_path: Path, base: list) -> None:
    changes = _read(tmp_path, base, GOOD.encode() + b"\n")
    assert isinstance(changes, list) and changes[0].value == '"x"'


@pytest.mark.parametrize("line", [
    '[1,"visits","pk-1","notes","\\"x\\"",5]', '{"seq":1}', '"text"', "[]",
    '["1","visits","pk-1","notes","\\"x\\"",5,0]', '[1.0,"visits","pk-1","notes","1",5,0]',
    '[true,"visits","pk-1","notes","1",5,0]', '[1,"visits","pk-1","notes","1",5,-1]',
    '[1,"visits","pk-1","notes","1",9223372036854775808,0]',
    '[1,"visits","pk-1","notes","1",5,1e3]', '[1,"vis its","pk-1","notes","1",5,0]',
    '[1,["visits"],"pk-1","notes","1",5,0]', '[1,"visits","pk-1",{"c":1},"1",5,0]',
    '[1,"visits","pk-1","","1",5,0]', '[1,"visits","pk-1","' + "c" * 65 + '","1",5,0]',
    '[1,"visits","","notes","1",5,0]', '[1,"visits","a\\nb","notes","1",5,0]',
    '[1,"visits","' + "p" * 201 + '","notes","1",5,0]', '[1,"visits",7,"notes","1",5,0]',
    '[1,"visits","\\ud800","notes","1",5,0]', '[1,"visits","pk-1","notes",1,5,0]',
    '[1,"visits","pk-1","notes","x",5,0]', '[1,"visits","pk-1","notes","NaN",5,0]',
    '[1,"visits","pk-1","notes","1e400",5,0]', '[1,"visits","pk-1","notes"," 1",5,0]',
    '[1,"visits","pk-1","notes","18446744073709551616",5,0]',
    '[1,"visits","pk-1","notes","\\"\\\\ud800\\"",5,0]',
    '[1,"visits","pk-1","notes","' + "[" * 40 + "]" * 40 + '",5,0]',
    '[1,"visits","pk-1","notes","{\\"a\\":Infinity}",5,0]',
    " " + GOOD, GOOD + " ", GOOD + GOOD, GOOD + "\r", "\ufeff" + GOOD, "[" * 5000,
])
def test_malformed_lines_are_refused(tmp_path: Path, base: list, line: str) -> None:
    outcome = _read(tmp_path, base, line.encode() + b"\n")
    assert isinstance(outcome, BundleRefused), line
    assert outcome.reason in (P.CORRUPT, P.TOO_LARGE) and "line 1" in outcome.detail


@pytest.mark.parametrize(("lines", "ranges"), [
    (GOOD, {}),  # no final newline
    (GOOD + "\n\n", {}),
    ("\n" + GOOD + "\n", {}),
    (GOOD + "\n" + GOOD + "\n", {"change_count": 2}),
    (GOOD + "\n" + GOOD.replace("[1,", "[0,") + "\n", {"change_count": 2, "seq_from": 0}),
    (GOOD.replace("[1,", "[2,") + "\n" + GOOD + "\n", {"change_count": 2, "seq_to": 2}),
    (GOOD + "\n", {"seq_to": 2}),
    (GOOD + "\n", {"hlc_to": 6}),
    (GOOD + "\n", {"change_count": 2, "seq_to": 2}),
    (GOOD.replace("[1,", "[3,") + "\n", {}),
    ("", {}),
])
def test_lines_that_disagree_with_the_manifest_are_refused(tmp_path: Path, base: list,
                                                           lines: str, ranges: dict) -> None:
    outcome = _read(tmp_path, base, lines.encode(), **ranges)
    assert isinstance(outcome, BundleRefused) and outcome.reason is P.CORRUPT, (lines, outcome)


def test_invalid_utf8_and_overlong_lines_are_refused(tmp_path: Path, base: list) -> None:
    bad = _read(tmp_path, base, GOOD.replace("pk-1", "pk-\xff").encode("latin-1") + b"\n")
    assert isinstance(bad, BundleRefused) and bad.reason is P.CORRUPT
    value = json.dumps(json.dumps("v" * (lim.MAX_LINE_BYTES + 10)))
    long = _read(tmp_path, base, GOOD.replace('"\\"x\\""', value).encode() + b"\n")
    assert isinstance(long, BundleRefused) and long.reason is P.TOO_LARGE


def test_a_tampered_changes_member_is_reported_as_tampered_not_malformed(tmp_path: Path,
                                                                          base: list) -> None:
    forged = with_changes(base, GOOD.encode() + b"\n", **RANGES)
    items = [(n, b"garbage\n" if n == lim.CHANGES else d) for n, d in forged]
    assert refusal(rezip(tmp_path / "x.mcbundle", items)).reason is P.TAMPERED


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_as_a_line_give_a_row_or_a_refusal(raw: bytes) -> None:
    try:
        parse_line(raw, set())
    except BundleRefused:
        pass


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_json, min_size=0, max_size=8))
def test_any_json_array_as_a_line_gives_a_row_or_a_refusal(items: list) -> None:
    try:
        raw = json.dumps(items, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except ValueError:
        return
    try:
        row = parse_line(raw, set())
    except BundleRefused:
        return
    assert row == tuple(items)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 400), max_size=12), st.integers(1, 60))
def test_lines_split_anywhere_across_chunks_read_the_same(cuts: list[int], count: int) -> None:
    rows = sample_changes(count)
    data = LineEncoder("d").encode(rows)
    points = sorted({min(c * 7, len(data)) for c in cuts} | {0, len(data)})
    chunks = [data[a:b] for a, b in itertools.pairwise(points)]
    manifest = _manifest_for(rows)
    assert list(parse_rows(chunks, manifest)) == rows


def _manifest_for(rows: list) -> Manifest:
    fields = {
        "format": lim.FORMAT, "format_version": lim.FORMAT_VERSION, "schema_version": 1,
        "app_version": "t", "device_id": "d", "role": "especialista",
        "scope": {"ugel": "150105", "cod_mod": None}, "seq_from": rows[0][0],
        "seq_to": rows[-1][0], "hlc_from": min(r[5] for r in rows),
        "hlc_to": max(r[5] for r in rows), "change_count": len(rows),
        "exported_at": "2024-01-01T00:00:00.000Z",
        "signing_public_key": SIGNER.public_key().public_bytes_raw().hex(),
        "recipient_key_ids": [], "last_office_seq_applied": 0, "extra": {},
        "members": {lim.CHANGES: {"sha256": "0" * 64, "size": 0}},
    }
    raw = canonical_bytes(fields)
    return load_manifest(raw, SIGNER.sign(raw))
