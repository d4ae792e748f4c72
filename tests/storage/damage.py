"""Damaging a database file the way a failing disk does: pages overwritten with noise."""

from __future__ import annotations

import random
from pathlib import Path

PAGE = 4096


def damage(db: Path, first: float = 0.5, last: float = 0.8, seed: int = 7) -> None:
    """Overwrite the body of the pages between fractions `first` and `last` of the file
    (page 1, the header and schema root, is spared, so the file still opens)."""
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    noise = random.Random(seed)
    for page in range(max(int(pages * first), 1), max(int(pages * last), 2)):
        start = page * PAGE + 8
        data[start:start + 400] = bytes(noise.randrange(256) for _ in range(400))
    db.write_bytes(bytes(data))
