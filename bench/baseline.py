"""The yardstick several benchmarks compare against: a plain `executemany` insert in one
transaction into a table keyed by random text UUIDs (WAL, synchronous=NORMAL)."""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path


def plain_insert_seconds(folder: Path, rows: int, *, preload: int = 0) -> float:
    """Seconds to insert `rows` rows into a table already holding `preload` rows."""
    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("DROP TABLE IF EXISTS t")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT)")

    def batch(count: int) -> list[tuple[str, ...]]:
        return [(str(uuid.uuid4()), "0335273", "2024-05-02", "monitoreo", f"nota {n}")
                for n in range(count)]

    insert = "INSERT INTO t VALUES (?, ?, ?, ?, ?)"
    if preload:
        conn.execute("BEGIN")
        conn.executemany(insert, batch(preload))
        conn.execute("COMMIT")
    data = batch(rows)
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(insert, data)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed
