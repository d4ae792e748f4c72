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


def damage_pages_of(db: Path, name: str, seed: int = 7) -> int:
    """Overwrite the pages of one table or index (as `dbstat` lists them); how many."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", [name])]
    finally:
        conn.close()
    data = bytearray(db.read_bytes())
    noise = random.Random(seed)
    for page in pages:
        start = (page - 1) * PAGE + (100 if page == 1 else 0)
        data[start:start + PAGE // 2] = bytes(noise.randrange(256) for _ in range(PAGE // 2))
    db.write_bytes(bytes(data))
    return len(pages)
