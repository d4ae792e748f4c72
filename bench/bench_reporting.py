"""The stored checklist of a national PostgreSQL station (`reporting.checklist`, issue 13).

Run: python bench/bench_reporting.py [--schools 180000] [--visits 10] [--touched 20 500]

A throw-away PostgreSQL 15 (durable: fsync on) holds a DRE station with `--schools` school
services, two per local (so half as many locals), 220 UGEL codes. Each local has a GRD plan
for 2023 and 2024, a GRD committee with 3 members, a brigade with 5, 2 drills, 4 safety
devices and a library; each service has `--visits` visits with one commitment each, a tenth
of them reported kept. The rows are copied straight into the tables (the checklist reads
only the visible rows; how they got there does not change its cost). Then it times:
- the daily full refresh (every service in scope, computed by core/checklist.py and copied
  into the table), twice (empty table, then replacing every row), with peak memory, and the
  largest wait of a reader polling `reporting.checklist` meanwhile;
- the after-import refresh for an import that touched the records of N locals (`--touched`).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from monitor_app.cli.main import main  # noqa: E402
from monitor_app.services.context import open_initialised  # noqa: E402
from monitor_app.services.reporting import refresh_after_import, refresh_checklists  # noqa: E402
from monitor_app.storage.database_address import PostgresAddress  # noqa: E402
from monitor_app.sync.merge import MergeResult  # noqa: E402
from tests.pg_server import database_url, postgres_server  # noqa: E402

UGELS = [f"{150100 + n:06d}" for n in range(220)]


def _copy(conn: psycopg.Connection, table: str, columns: str, rows: list[tuple]) -> None:
    with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _id() -> str:
    return uuid.uuid4().hex


def build(conn: psycopg.Connection, schools: int, visits: int) -> dict[str, list[str]]:
    """The station's rows; returns each local's safety device ids (what an import touches)."""
    rng = random.Random(13)
    conn.execute("SELECT set_config('monitor.capture_open', '1', false)")
    _copy(conn, "schools", "cod_mod, anexo, codlocal, cen_edu, d_niv_mod, d_dist, codooii, "
          "d_dreugel, updated_hlc",
          [(f"{1_000_000 + n:07d}", "0", f"{500_000 + n // 2:06d}", f"IE N° {n}",
            ("Inicial", "Primaria", "Secundaria")[n % 3], f"DISTRITO {n % 1800}",
            UGELS[(n // 2) % len(UGELS)], f"UGEL {(n // 2) % len(UGELS)}", 1)
           for n in range(schools)])
    locals_ = [f"{500_000 + n:06d}" for n in range((schools + 1) // 2)]
    devices: dict[str, list[str]] = {}
    plans, bodies, members, brigades, brigadistas, drills, safety, libraries = (
        [] for _ in range(8))
    for local in locals_:
        plans += [(_id(), local, 2023, "aprobado", "2023-03-15"),
                  (_id(), local, 2024, rng.choice(["aprobado", "en_elaboracion"]), "2024-03-15")]
        body = _id()
        bodies.append((body, local, "comite_condiciones_operativas", "RD 001-2024"))
        members += [(_id(), body, f"Integrante {m}", "presidente") for m in range(3)]
        brigade = _id()
        brigades.append((brigade, local, "educacion_ambiental_grd"))
        brigadistas += [(_id(), brigade, f"B{m}", "lider" if m == 0 else "escolar",
                         "2024-04-10" if rng.random() < 0.8 else None) for m in range(5)]
        drills += [(_id(), local, day, 1) for day in ("2024-05-31", "2024-08-15")]
        ids = [_id() for _ in range(4)]
        devices[local] = ids
        safety += [(i, local, kind, 2, "operativo", "2025-06-01") for i, kind in
                   zip(ids, ("extintor", "botiquin", "senaletica", "linterna"))]
        libraries.append((_id(), local, "Prof. Rosa", "2024-06-01", 1, 1, 1, 1, 1))
    _copy(conn, "grd_plans", "id, codlocal, year, status, approval_date", plans)
    _copy(conn, "grd_bodies", "id, codlocal, body_type, rd_number", bodies)
    _copy(conn, "grd_body_members", "id, body_id, name, role", members)
    _copy(conn, "brigades", "id, codlocal, brigade_type", brigades)
    _copy(conn, "brigade_members", "id, brigade_id, name, role, trained_on", brigadistas)
    _copy(conn, "drills", "id, codlocal, date, national", drills)
    _copy(conn, "safety_devices", "id, codlocal, device_type, quantity, state, expiry_date",
          safety)
    _copy(conn, "libraries", "id, codlocal, responsible, inventory_date, space_set_up, "
          "collection_organised, hours_posted, loan_register, plan_lector_activities", libraries)
    for start in range(0, schools, 20_000):
        visit_rows, commitments, reports = [], [], []
        for n in range(start, min(schools, start + 20_000)):
            for _ in range(visits):
                visit, commitment = _id(), _id()
                visit_rows.append((visit, f"{1_000_000 + n:07d}", "0", "2024-05-02", "monitoreo",
                                   "cerrada"))
                commitments.append((commitment, visit, "Actualizar el plan de GRD",
                                    f"2024-{rng.randint(3, 12):02d}-15",
                                    rng.choice(["pendiente", "cumplido"])))
                if rng.random() < 0.1:
                    reports.append((_id(), commitment, "2024-09-01"))
        _copy(conn, "visits", "id, cod_mod, anexo, date, type, status", visit_rows)
        _copy(conn, "commitments", "id, visit_id, description, due_date, status", commitments)
        _copy(conn, "commitment_reports", "id, commitment_id, reported_on", reports)
    conn.execute("ANALYZE")
    return devices


class Reader(threading.Thread):
    """Polls `reporting.checklist` the way a dashboard does, noting its longest wait."""

    def __init__(self, url: str, schools: int) -> None:
        super().__init__(daemon=True)
        self.url, self.schools = url, schools
        self.stop = threading.Event()
        self.longest = 0.0
        self.reads = 0

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.stop.is_set():
                cod_mod = f"{1_000_000 + random.randrange(self.schools):07d}"
                start = time.perf_counter()
                conn.execute("SELECT status, count(*) FROM reporting.checklist WHERE cod_mod = %s "
                             "GROUP BY status", [cod_mod]).fetchall()
                self.longest = max(self.longest, time.perf_counter() - start)
                self.reads += 1
                time.sleep(0.02)


def _mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(url: str, schools: int, visits: int, touched: list[int]) -> None:
    os.environ["MONITOR_APP_HOME"] = tempfile.mkdtemp(prefix="bench-reporting-")
    assert main(["--db", url, "init", "--role", "dre", "--name", "DRE"]) == 0
    start = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        devices = build(conn, schools, visits)
        records = conn.execute("SELECT (SELECT count(*) FROM visits) + (SELECT count(*) FROM "
                               "commitments) + (SELECT count(*) FROM safety_devices)").fetchone()[0]
    print(f"built         : {schools:,} services, {len(devices):,} locals, {records:,} visits, "
          f"commitments and devices (and the rest) in {time.perf_counter() - start:.0f} s")
    ctx = open_initialised(PostgresAddress(url))
    before = _mb()
    for label in ("full, empty  ", "full, replace"):
        reader = Reader(url, schools)
        reader.start()
        start = time.perf_counter()
        done = refresh_checklists(ctx, today=ctx.today())
        elapsed = time.perf_counter() - start
        reader.stop.set()
        reader.join()
        print(f"{label} : {done.schools:,} services, {done.rows:,} rows in {elapsed:.1f} s "
              f"({done.schools / elapsed:,.0f} services/s); peak {_mb():.0f} MB resident "
              f"({before:.0f} MB before); reader: {reader.reads} reads, longest "
              f"{reader.longest * 1000:.0f} ms")
    locals_ = sorted(devices)
    for count in touched:
        chosen = random.Random(count).sample(locals_, count)
        result = MergeResult(touched={"safety_devices": frozenset(
            i for local in chosen for i in devices[local])})
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            done = refresh_after_import(ctx, result)
            timings.append(time.perf_counter() - start)
        assert done is not None and not done.full
        print(f"after import  : {count:,} locals touched → {done.schools:,} services, "
              f"{done.rows:,} rows in best {min(timings) * 1000:.0f} ms of 3")
    ctx.close()


def _main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=180_000)
    parser.add_argument("--visits", type=int, default=10)
    parser.add_argument("--touched", type=int, nargs="*", default=[20, 500, 5000])
    args = parser.parse_args()
    with postgres_server(durable=True) as socket:
        with psycopg.connect(database_url(socket, "postgres"), autocommit=True) as admin:
            admin.execute("CREATE DATABASE bench")
        run(database_url(socket, "bench"), args.schools, args.visits, args.touched)


if __name__ == "__main__":
    _main()
