"""Relayed changes (an office's reply): written and read back exactly, malformed lines refused."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from monitor_app.sync.bundle_errors import BundleRefused
from monitor_app.sync.relayed import read_relayed, write_relayed

TRICKY = ['"a\\\\b"', json.dumps('comillas " y \\\\ barra, ñandú ✓, \u2028, \x1b[2K'), "null",
          "true", "12.5", json.dumps({"lat": -12.0})]


def test_rows_come_back_as_they_went_with_what_they_replaced(tmp_path: Path) -> None:
    rows = [("dev-a", n + 1, "visits", f"pk-{n}", "notes", value, 1000 + n, n,
             "dev-b:3;dev-c:7" if n % 2 else "") for n, value in enumerate(TRICKY)]
    [(_, path, count)] = write_relayed(rows, tmp_path)
    assert count == len(rows)
    with path.open("rb") as blob:
        back = list(read_relayed(blob))
    assert [row for row, _ in back] == [row[:8] for row in rows]
    assert [names for _, names in back] == [
        (("dev-b", 3), ("dev-c", 7)) if n % 2 else () for n in range(len(rows))]
    with gzip.open(path, "rt", encoding="utf-8") as lines:  # the change as a bundle line
        first = next(lines).split("\t")[1]
    assert first == json.dumps([1, "visits", "pk-0", "notes", TRICKY[0], 1000, 0],
                               ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("line", [b"no-tab-at-all\n", b"dev\t[1]\t\n",
                                  b"dev\t[1,\"visits\",\"p\",\"notes\",\"1\",1,0]\tbad\n",
                                  b"\t[1,\"visits\",\"p\",\"notes\",\"1\",1,0]\t\n"])
def test_a_malformed_line_refuses_the_reply(tmp_path: Path, line: bytes) -> None:
    path = tmp_path / "bad.gz"
    with gzip.open(path, "wb") as out:
        out.write(line)
    with path.open("rb") as blob, pytest.raises(BundleRefused):
        list(read_relayed(blob))
