"""The stored facts the checklist reads: for one school, or for every school at once with one
query per table (never one per school). Deleted records, and commitments of deleted or
annulled visits, do not count."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from monitor_app.core.checklist import (
    BrigadeFacts,
    BrigadeMemberFacts,
    CommitmentFacts,
    DeviceFacts,
    DrillFacts,
    GrdBodyFacts,
    LibraryFacts,
    PlanFacts,
    SchoolFacts,
)
from monitor_app.core.library_kinds import FUNCTIONAL_ITEMS
from monitor_app.storage.catalogues import national_drill_dates
from monitor_app.storage.database import Store


@dataclass(frozen=True)
class SchoolService:
    """A school service of the directory, with what the checklist and the reports show of it."""

    cod_mod: str
    anexo: str
    codlocal: str
    codooii: str
    name: str
    level: str
    district: str


_SERVICES = ("SELECT cod_mod, anexo, codlocal, coalesce(codooii, ''), cen_edu, "
             "coalesce(d_niv_mod, ''), coalesce(d_dist, '') FROM schools")


def school_services(store: Store, cod_mod: str | None = None) -> list[SchoolService]:
    """Every service in the directory (or the anexos of one código modular), by code."""
    sql = _SERVICES + " {where} ORDER BY cod_mod, anexo"
    rows = (store.conn.execute(sql.format(where=""), []) if cod_mod is None
            else store.conn.execute(sql.format(where="WHERE cod_mod = ?"), [cod_mod]))
    return [SchoolService(*row) for row in rows]


def day_of(value: object) -> dt.date | None:
    """A stored ISO date, or None when empty (or not a date, which validation never stores)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def national_dates(store: Store) -> tuple[dt.date, ...]:
    return tuple(d for d in map(day_of, national_drill_dates(store)) if d is not None)


@dataclass
class _LocalFacts:
    plans: list[PlanFacts] = field(default_factory=list)
    grd_body: GrdBodyFacts | None = None
    brigades: list[BrigadeFacts] = field(default_factory=list)
    drills: list[DrillFacts] = field(default_factory=list)
    devices: list[DeviceFacts] = field(default_factory=list)
    library: LibraryFacts | None = None


@dataclass
class FactsIndex:
    """Facts grouped by local (GRD, library) and by código modular (commitments)."""

    by_local: dict[str, _LocalFacts] = field(default_factory=dict)
    commitments: dict[str, list[CommitmentFacts]] = field(default_factory=dict)

    def facts(self, codlocal: str, cod_mod: str) -> SchoolFacts:
        local = self.by_local.get(codlocal) or _LocalFacts()
        return SchoolFacts(
            plans=tuple(local.plans),
            grd_body=local.grd_body,
            brigades=tuple(local.brigades),
            drills=tuple(local.drills),
            devices=tuple(local.devices),
            library=local.library,
            commitments=tuple(self.commitments.get(cod_mod, ())),
        )

    def local(self, codlocal: str) -> _LocalFacts:
        return self.by_local.setdefault(codlocal, _LocalFacts())


IN_LIMIT = 500  # values per `IN (...)` list


def _select(store: Store, sql: str, column: str,
            values: Sequence[str] | None) -> Iterable[sqlite3.Row]:
    """Run `sql` over every row, or only where `column` is one of `values`; `{where}` marks
    the spot."""
    if values is None:
        return store.conn.execute(sql.format(where=""))
    return itertools.chain.from_iterable(
        store.conn.execute(sql.format(where=f"AND {column} IN ({', '.join('?' * len(part))})"),
                           part)
        for part in (values[start:start + IN_LIMIT] for start in range(0, len(values), IN_LIMIT)))


def _load_plans(store: Store, index: FactsIndex, codlocal: Sequence[str] | None) -> None:
    sql = ("SELECT codlocal, year, status, approval_date, updated_on FROM grd_plans "
           "WHERE _deleted = 0 {where} ORDER BY codlocal, year")
    for local, year, status, approved, updated in _select(store, sql, "codlocal", codlocal):
        if year is None:  # a plan whose year a merge refused (a hostile creation) is no year's
            continue
        index.local(local).plans.append(
            PlanFacts(int(year), status or "en_elaboracion", day_of(approved), day_of(updated)))


def _load_bodies(store: Store, index: FactsIndex, codlocal: Sequence[str] | None) -> None:
    sql = ("SELECT b.codlocal, b.body_type, b.rd_number, b.rd_date, "
           "(SELECT count(*) FROM grd_body_members m WHERE m.body_id = b.id AND m._deleted = 0) "
           "FROM grd_bodies b WHERE b._deleted = 0 {where}")
    for local, body_type, rd_number, rd_date, members in _select(store, sql, "b.codlocal",
                                                                 codlocal):
        index.local(local).grd_body = GrdBodyFacts(body_type, rd_number or "", day_of(rd_date),
                                                   members)


def _load_brigades(store: Store, index: FactsIndex, codlocal: Sequence[str] | None) -> None:
    sql = ("SELECT b.codlocal, b.id, b.brigade_type, m.role, m.trained_on FROM brigades b "
           "LEFT JOIN brigade_members m ON m.brigade_id = b.id AND m._deleted = 0 "
           "WHERE b._deleted = 0 {where} ORDER BY b.codlocal, b.brigade_type, b.id, m.role, m.id")
    members: dict[str, list[BrigadeMemberFacts]] = defaultdict(list)
    brigades: dict[str, tuple[str, str]] = {}
    for local, brigade_id, brigade_type, role, trained_on in _select(store, sql, "b.codlocal",
                                                                     codlocal):
        brigades[brigade_id] = (local, brigade_type)
        if role is not None:
            members[brigade_id].append(BrigadeMemberFacts(role, day_of(trained_on)))
    for brigade_id, (local, brigade_type) in brigades.items():
        index.local(local).brigades.append(
            BrigadeFacts(brigade_type, tuple(members.get(brigade_id, ()))))


def _load_drills(store: Store, index: FactsIndex, codlocal: Sequence[str] | None) -> None:
    sql = ("SELECT codlocal, date, national FROM drills WHERE _deleted = 0 {where} "
           "ORDER BY codlocal, date, id")
    for local, date, national in _select(store, sql, "codlocal", codlocal):
        day = day_of(date)
        if day is not None:
            index.local(local).drills.append(DrillFacts(day, bool(national)))


def _load_devices(store: Store, index: FactsIndex, codlocal: Sequence[str] | None) -> None:
    sql = ("SELECT codlocal, device_type, quantity, state, expiry_date FROM safety_devices "
           "WHERE _deleted = 0 {where} ORDER BY codlocal, device_type, id")
    for local, device_type, quantity, state, expiry in _select(store, sql, "codlocal", codlocal):
        index.local(local).devices.append(
            DeviceFacts(device_type, int(quantity or 0), state or "operativo", day_of(expiry)))


def _load_libraries(store: Store, index: FactsIndex, codlocal: Sequence[str] | None) -> None:
    flags = ", ".join(FUNCTIONAL_ITEMS)
    sql = (f"SELECT codlocal, inventory_date, responsible, {flags} FROM libraries "
           "WHERE _deleted = 0 {where}")
    for local, inventory, responsible, *set_flags in _select(store, sql, "codlocal", codlocal):
        functional = frozenset(name for name, on in zip(FUNCTIONAL_ITEMS, set_flags) if on)
        index.local(local).library = LibraryFacts(day_of(inventory), functional,
                                                  responsible or "")


def _load_commitments(store: Store, index: FactsIndex, cod_mod: Sequence[str] | None) -> None:
    sql = ("SELECT v.cod_mod, c.status, c.due_date, r.reported_on FROM commitments c "
           "JOIN visits v ON v.id = c.visit_id "
           "LEFT JOIN commitment_reports r ON r.commitment_id = c.id AND r._deleted = 0 "
           "WHERE c._deleted = 0 AND v._deleted = 0 AND v.status IS NOT 'anulada' {where} "
           "ORDER BY v.cod_mod, c.due_date, c.id")
    for school, status, due, reported in _select(store, sql, "v.cod_mod", cod_mod):
        index.commitments.setdefault(school, []).append(
            CommitmentFacts(status or "pendiente", day_of(due), day_of(reported)))


def _load(store: Store, codlocal: Sequence[str] | None,
          cod_mod: Sequence[str] | None) -> FactsIndex:
    index = FactsIndex()
    for load in (_load_plans, _load_bodies, _load_brigades, _load_drills, _load_devices,
                 _load_libraries):
        load(store, index, codlocal)
    _load_commitments(store, index, cod_mod)
    return index


def school_facts(store: Store, school: SchoolService) -> SchoolFacts:
    """The facts of one school: its local's records and its código modular's commitments."""
    with read_snapshot(store):
        return _load(store, [school.codlocal], [school.cod_mod]).facts(school.codlocal,
                                                                       school.cod_mod)


def some_facts(store: Store, schools: Iterable[SchoolService]) -> FactsIndex:
    """The facts of these schools, a few queries for many (their locals' and códigos
    modulares' records)."""
    schools = list(schools)
    with read_snapshot(store):
        return _load(store, sorted({s.codlocal for s in schools}),
                     sorted({s.cod_mod for s in schools}))


def all_facts(store: Store) -> FactsIndex:
    """The facts of every school, one query per table."""
    with read_snapshot(store):
        return _load(store, None, None)


@contextmanager
def read_snapshot(store: Store) -> Iterator[None]:
    """Reads that see one state of the database, even if another connection commits meanwhile
    (WAL); inside a caller's transaction, that transaction already does."""
    if store.conn.in_transaction:
        yield
        return
    store.conn.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        if store.conn.in_transaction:
            store.conn.execute("COMMIT")


# Where a record of each table the facts read belongs: its local, or its código modular (the
# commitments of a school are its visits'). A table not named here does not change a checklist.
_LOCAL_OF = {
    **{table: f"SELECT DISTINCT codlocal FROM {table} WHERE id IN ({{ids}})"
       for table in ("grd_plans", "grd_bodies", "brigades", "drills", "safety_devices",
                     "libraries")},
    "grd_body_members": "SELECT DISTINCT b.codlocal FROM grd_body_members m JOIN grd_bodies b "
                        "ON b.id = m.body_id WHERE m.id IN ({ids})",
    "brigade_members": "SELECT DISTINCT b.codlocal FROM brigade_members m JOIN brigades b "
                       "ON b.id = m.brigade_id WHERE m.id IN ({ids})",
}
_SCHOOL_OF = {
    "visits": "SELECT DISTINCT cod_mod FROM visits WHERE id IN ({ids})",
    "commitments": "SELECT DISTINCT v.cod_mod FROM commitments c JOIN visits v "
                   "ON v.id = c.visit_id WHERE c.id IN ({ids})",
    "commitment_reports": "SELECT DISTINCT v.cod_mod FROM commitment_reports r JOIN commitments c "
                          "ON c.id = r.commitment_id JOIN visits v ON v.id = c.visit_id "
                          "WHERE r.id IN ({ids})",
}
FACT_TABLES = frozenset(_LOCAL_OF) | frozenset(_SCHOOL_OF)


def _codes_of(store: Store, sql: str, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), IN_LIMIT):
        part = ids[start:start + IN_LIMIT]
        found.update(code for (code,) in store.conn.execute(
            sql.format(ids=", ".join("?" * len(part))), part) if code is not None)
    return found


def services_of_records(store: Store, records: Mapping[str, Iterable[str]]
                        ) -> list[SchoolService]:
    """The school services whose checklist reads any of these records (table → ids): the
    services of their locals, and of their códigos modulares."""
    locals_: set[str] = set()
    codes: set[str] = set()
    for table, ids in records.items():
        if table in _LOCAL_OF:
            locals_ |= _codes_of(store, _LOCAL_OF[table], sorted(ids))
        elif table in _SCHOOL_OF:
            codes |= _codes_of(store, _SCHOOL_OF[table], sorted(ids))
    sql = _SERVICES + " WHERE 1 = 1 {where}"
    found = {SchoolService(*row) for row in itertools.chain(
        _select(store, sql, "codlocal", sorted(locals_)),
        _select(store, sql, "cod_mod", sorted(codes)))}
    return sorted(found, key=lambda s: (s.cod_mod, s.anexo))
