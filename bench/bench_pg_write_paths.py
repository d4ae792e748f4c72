"""Issue 13's first measurement, before any PostgreSQL code exists: how fast each way of writing
a merge's change rows into PostgreSQL is, beside the issue's floor (a plain COPY of as many rows
into a table with a random-UUID primary key), and what SQLAlchemy Core would cost on the SQLite
path the desktop keeps (D43).

    python bench/bench_pg_write_paths.py [--rows 1000000]

Needs `pip install "psycopg[binary]" sqlalchemy` (neither is a dependency of the app) and
PostgreSQL's server programs (`initdb`, `pg_ctl`; Debian's `postgresql` package). It starts its
own server on a Unix socket in a temporary folder, as the `postgres` user when run as root
(`initdb` refuses root), and stops it at the end.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.pg_server import postgres_server  # noqa: E402  (the tests' throw-away server)

COLUMNS = ("device_id", "seq", "tbl", "pk", "col", "value", "hlc", "base_hlc")
CHANGES = ("CREATE TABLE changes (device_id text NOT NULL, seq bigint NOT NULL, tbl text NOT NULL, "
           "pk text NOT NULL, col text NOT NULL, value text NOT NULL, hlc bigint NOT NULL, "
           "base_hlc bigint NOT NULL, PRIMARY KEY (device_id, seq))")


def change_rows(count: int, devices: int = 50) -> list[tuple]:
    """Rows shaped like the change log's (one field change each), from `devices` laptops."""
    rnd = random.Random(13)
    device_ids = [str(uuid.UUID(int=rnd.getrandbits(128))) for _ in range(devices)]
    return [(device_ids[i % devices], i // devices + 1, "visits",
             str(uuid.UUID(int=rnd.getrandbits(128))), "observations", f'"observación {i}"',
             1_700_000_000_000 + i, 0) for i in range(count)]


def timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def postgres_paths(socket: str, rows: list[tuple]) -> None:
    import psycopg

    conn = psycopg.connect(host=socket, user="postgres", dbname="postgres", autocommit=True)

    def fresh() -> None:
        conn.execute("DROP TABLE IF EXISTS floor_rows, changes")
        conn.execute("CREATE TABLE floor_rows (id uuid PRIMARY KEY, device_id text, seq bigint, "
                     "tbl text, pk text, col text, value text, hlc bigint, base_hlc bigint)")
        conn.execute(CHANGES)

    def copy_into(table: str, with_uuid: bool) -> None:
        with conn.transaction(), conn.cursor().copy(f"COPY {table} FROM STDIN") as copy:
            for row in rows:
                copy.write_row((uuid.uuid4(), *row) if with_uuid else row)

    def pipelined_insert() -> None:
        with conn.transaction():
            conn.cursor().executemany(
                "INSERT INTO changes VALUES (%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING", rows)

    def staged() -> None:
        with conn.transaction():
            conn.execute("CREATE TEMP TABLE staged (LIKE changes) ON COMMIT DROP")
            with conn.cursor().copy("COPY staged FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            conn.execute("INSERT INTO changes SELECT * FROM staged ON CONFLICT DO NOTHING")

    def floor_copy() -> None:
        copy_into("floor_rows", True)

    n = len(rows)
    ways = (("COPY straight into the log", lambda: copy_into("changes", False)),
            ("pipelined INSERT … ON CONFLICT", pipelined_insert),
            ("COPY to staging, INSERT … SELECT", staged))
    seconds: dict[str, list[float]] = {name: [] for name, _ in (("floor", None), *ways)}
    for _round in range(2):  # interleaved: a busy moment hurts all alike
        for name, work in (("floor", floor_copy), *ways):
            fresh()
            seconds[name].append(timed(work))
    floor = min(seconds["floor"])
    print(f"floor: COPY into a random-UUID key table  {n / floor:>9,.0f} rows/s  ({floor:.2f} s)")
    for name, _work in ways:
        best = min(seconds[name])
        print(f"{name:40} {n / best:>9,.0f} rows/s  = {floor / best:.2f} of the floor")
    conn.close()


def sqlite_paths(rows: list[tuple]) -> None:
    import sqlalchemy as sa

    def raw() -> float:
        db = sqlite3.connect(":memory:")
        db.execute(CHANGES.replace("bigint", "INTEGER") + " WITHOUT ROWID")
        with db:
            return timed(lambda: db.executemany(
                "INSERT OR IGNORE INTO changes VALUES (?,?,?,?,?,?,?,?)", rows))

    def core() -> float:
        engine = sa.create_engine("sqlite://")
        metadata = sa.MetaData()
        table = sa.Table("changes", metadata, *(
            sa.Column(name, sa.BigInteger if name in ("seq", "hlc", "base_hlc") else sa.Text,
                      primary_key=name in ("device_id", "seq")) for name in COLUMNS))
        metadata.create_all(engine)
        data = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
        with engine.begin() as connection:
            return timed(lambda: connection.execute(table.insert().prefix_with("OR IGNORE"), data))

    n = len(rows)
    plain, through_core = min(raw() for _ in range(3)), min(core() for _ in range(3))
    print(f"SQLite, {n:,} rows: executemany {n / plain:,.0f} rows/s; SQLAlchemy Core "
          f"{n / through_core:,.0f} rows/s ({through_core / plain:.1f}× the time)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    options = parser.parse_args()
    rows = change_rows(options.rows)
    with postgres_server(durable=True) as socket:
        postgres_paths(socket, rows)
    sqlite_paths(rows[:200_000])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
