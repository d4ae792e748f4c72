"""Checklists and the coverage workbook for a UGEL of 2,000 school services with 10 visits each.

Run: python bench/bench_checklist.py [--schools 2000] [--visits 10] [--db PATH] [--rebuild]
Targets (issue 4): every school's checklist < 2 s; the coverage XLSX < 10 s and < 300 MB peak.

The office database is built once through the services (`put_records`: validation, scope and
change capture, as real work writes it) and kept at `bench/out/office_<schools>.db`
(git-ignored); `--rebuild` makes it again. Two services share each local, and most locals
have a GRD plan, body, brigade, drills, devices and a library with copies, movements and
loans. The checklists are timed in this process on a freshly opened database (best and median
of 5); the workbook is written in a fresh subprocess so its peak resident memory is its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor_app.core.directory import School
from monitor_app.core.roles import Role
from monitor_app.services.checklist import all_checklists
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.records import put_records
from tests.conftest import FakeWallClock, add_schools, enrol

TODAY = dt.date(2024, 10, 27)  # the fixed wall clock of FakeWallClock
DISTRICTS = ("ATE", "CHACLACAYO", "CIENEGUILLA", "EL AGUSTINO", "LA MOLINA", "LURIGANCHO",
             "SAN JUAN DE LURIGANCHO", "SANTA ANITA")
LEVELS = ("Inicial - Jardín", "Primaria", "Secundaria")
DEVICES = ("extintor", "botiquin", "senaletica", "linterna")


def _put(ctx: AppContext, kind: str, records: list[dict]) -> list[str]:
    report = put_records(ctx, kind, enumerate(records, start=1))
    return report.created + report.updated + report.unchanged


def _day(rng: random.Random, start: dt.date, end: dt.date) -> str:
    return (start + dt.timedelta(days=rng.randrange((end - start).days + 1))).isoformat()


def _schools(count: int) -> list[School]:
    return [School(cod_mod=f"{1_000_000 + n:07d}", anexo="0", codlocal=f"{500_000 + n // 2:06d}",
                   cen_edu=f"IE N° {n} SANTA ROSA", d_niv_mod=LEVELS[n % 3],
                   d_dist=DISTRICTS[(n // 2) % len(DISTRICTS)], codooii="150105")
            for n in range(count)]


def _grd(ctx: AppContext, rng: random.Random, locals_: list[str]) -> None:
    _put(ctx, "grd_plans", [
        {"codlocal": c, "year": year, "status": rng.choice(statuses),
         "approval_date": "2024-03-15" if year == 2024 else "2023-03-15"}
        for c in locals_ for year, statuses in (
            (2023, ("aprobado",)), (2024, ("aprobado", "actualizado", "en_elaboracion")))
        if rng.random() < 0.9])
    bodies = _put(ctx, "grd_bodies", [
        {"codlocal": c, "body_type": "comite_condiciones_operativas",
         "rd_number": rng.choice(["", f"RD {n:03d}-2024"]), "rd_date": "2024-03-01"}
        for n, c in enumerate(locals_)])
    _put(ctx, "grd_body_members", [{"body_id": b, "name": f"Integrante {m}", "role": "presidente"}
                                   for b in bodies for m in range(3)])
    brigades = _put(ctx, "brigades", [{"codlocal": c, "brigade_type": "educacion_ambiental_grd"}
                                      for c in locals_])
    _put(ctx, "brigade_members", [
        {"brigade_id": b, "name": f"B{m}", "member_type": "docente" if m == 0 else "estudiante",
         "role": "lider" if m == 0 else "escolar",
         **({"trained_on": "2024-04-10"} if rng.random() < 0.8 else {})}
        for b in brigades for m in range(5)])
    _put(ctx, "drills", [{"codlocal": c, "date": d, "shift": "manana", "hazard": "sismo",
                          "national": True, "students": 300}
                         for c in locals_ for d in ("2024-05-31", "2024-08-15")
                         if rng.random() < 0.85])
    _put(ctx, "safety_devices", [
        {"codlocal": c, "device_type": kind, "quantity": rng.randint(1, 4),
         "state": rng.choice(["operativo"] * 8 + ["por_reponer", "vencido"]),
         "expiry_date": _day(rng, dt.date(2024, 6, 1), dt.date(2026, 6, 1))}
        for c in locals_ for kind in DEVICES])


def _libraries(ctx: AppContext, rng: random.Random, locals_: list[str], copies: int) -> None:
    libraries = _put(ctx, "libraries", [
        {"codlocal": c, "library_type": "biblioteca_escolar", "responsible": "Prof. Rosa",
         "inventory_date": _day(rng, dt.date(2023, 10, 1), TODAY), "space_set_up": True,
         "collection_organised": True, "hours_posted": rng.random() < 0.7,
         "loan_register": rng.random() < 0.7, "plan_lector_activities": True,
         "enough_furniture": rng.random() < 0.5}
        for c in locals_ if rng.random() < 0.85])
    copy_ids = _put(ctx, "library_copies", [
        {"library_id": lib, "registration_number": f"{n:05d}", "title": f"Libro {n}",
         "copy_type": "literatura", "origin": "dotacion_minedu"}
        for lib in libraries for n in range(copies)])
    _put(ctx, "library_movements", [
        {"copy_id": c, "date": "2024-03-01", "quantity": rng.randint(1, 3), "reason": "ingreso"}
        for c in copy_ids])
    _put(ctx, "library_loans", [
        {"copy_id": c, "reader": "A.M.", "out_date": "2024-10-01", "due_date": "2024-10-15",
         **({"returned_date": "2024-10-10"} if rng.random() < 0.5 else {})}
        for c in copy_ids[::6]])


def _visits(ctx: AppContext, rng: random.Random, schools: list[School], per_school: int) -> None:
    visits = _put(ctx, "visits", [
        {"cod_mod": s.cod_mod, "date": _day(rng, dt.date(2024, 1, 15), TODAY),
         "type": "monitoreo", "status": "cerrada", "specialist": "Ana Quispe"}
        for s in schools for _ in range(per_school)])
    _put(ctx, "commitments", [
        {"visit_id": v, "description": "Actualizar el plan de GRD",
         "due_date": _day(rng, dt.date(2024, 3, 1), dt.date(2025, 3, 1)),
         "status": rng.choice(["pendiente", "en_proceso", "cumplido", "cumplido"])}
        for v in visits])


def build(db: Path, schools: int, visits: int, copies: int = 30) -> None:
    rng = random.Random(4)
    ctx = enrol(db, role=Role.UGEL, wall=FakeWallClock())
    directory = _schools(schools)
    add_schools(ctx, *directory)
    locals_ = sorted({s.codlocal for s in directory})
    with_grd = [c for c in locals_ if rng.random() < 0.9]
    start = time.perf_counter()
    _grd(ctx, rng, with_grd)
    _libraries(ctx, rng, locals_, copies)
    _visits(ctx, rng, directory, visits)
    records = sum(ctx.store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
        "visits", "commitments", "grd_plans", "grd_bodies", "grd_body_members", "brigades",
        "brigade_members", "drills", "safety_devices", "libraries", "library_copies",
        "library_movements", "library_loans"))
    elapsed = time.perf_counter() - start
    print(f"built        : {records:,} records through put_records in {elapsed:.0f} s "
          f"({records / elapsed:,.0f} records/s)")
    ctx.close()


def time_checklists(db: Path, rounds: int = 5) -> tuple[list[float], int]:
    timings, count = [], 0
    for _ in range(rounds):
        ctx = open_initialised(db)
        start = time.perf_counter()
        count = len(all_checklists(ctx, today=TODAY))
        timings.append(time.perf_counter() - start)
        ctx.close()
    return timings, count


def coverage_in_subprocess(db: Path, out: Path) -> dict[str, float]:
    code = f"""
import datetime as dt, json, resource, time
from pathlib import Path
from monitor_app.services.context import open_initialised
from monitor_app.services.reports import write_coverage_report
ctx = open_initialised(Path({str(db)!r}))
start = time.perf_counter()
summary = write_coverage_report(ctx, Path({str(out)!r}), today=dt.date(2024, 10, 27))
elapsed = time.perf_counter() - start
print(json.dumps({{"schools": summary.schools, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=2000)
    parser.add_argument("--visits", type=int, default=10)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    db = args.db or ROOT / "bench" / "out" / f"office_{args.schools}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild:
        for path in db.parent.glob(db.name + "*"):
            path.unlink()
    if not db.exists():
        build(db, args.schools, args.visits)
    timings, count = time_checklists(db)
    print(f"checklists   : {count:,} schools in best {min(timings):.2f} s, median "
          f"{statistics.median(timings):.2f} s (target < 2 s)")
    out = db.with_suffix(".xlsx")
    result = coverage_in_subprocess(db, out)
    print(f"coverage xlsx: {result['schools']:,} rows in {result['seconds']:.2f} s "
          f"(target < 10 s), peak {result['peak_mb']:.0f} MB resident (target < 300 MB), "
          f"{out.stat().st_size / 1e6:.1f} MB file")


if __name__ == "__main__":
    main()
