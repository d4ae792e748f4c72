"""An office under attack: Dora, the enrolled director of one school, signs hostile bundles with
her own real keys; every merged table must stay as it was outside her school and its local.

The world is built once per session through the real services (padrón, enrolment, approval,
export, import) and copied for each test, so each test starts from the same office:

* Ana (especialista) created, and the office merged: visit V at 0335273 with a commitment, the
  GRD plan of 0335273's local for this year, a library there with a copy and two movements.
* Dora (director of 0336586, local 305082) created, and the office merged: a visit of her
  school with a commitment and an answer, her local's GRD plan with a hazard, a library there
  with a copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import monitor_app
from monitor_app.core.hlc import pack
from monitor_app.core.kinds import KINDS
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.sync_files import SCHEMA_VERSION, public_encryption_key, signing_key
from monitor_app.services.sync_import import import_bundle
from monitor_app.services.station_move import move_station
from monitor_app.services.sync_outcome import ImportOutcome
from monitor_app.storage.database_address import DatabaseTarget, PostgresAddress
from monitor_app.storage.change_verdicts import list_verdicts
from monitor_app.storage.changes import encode_value
from monitor_app.storage.sync_registry import Outcome, load_office
from monitor_app.sync.bundle_writer import write_bundle
from monitor_app.sync.rebuild import check_rebuild
from tests.conftest import FakeWallClock
from tests.pg_server import database_name, drop_database, fresh_database
from tests.postgres.twins import COMPANIONS
from tests.services.sync_world import VISIT, make_world, put

ANA_SCHOOL, ANA_LOCAL = "0335273", "304756"
DORA_SCHOOL, DORA_LOCAL = "0336586", "305082"  # in the UGEL 05 padrón (tests/fixtures/padron)
OTHER_SCHOOL = "0335364"  # a third school of the same UGEL, nobody's here
YEAR = 2024  # "this year" for the fixed wall clock (tests/conftest.py START_MS)
LOW = 1
HIGH = pack(int(dt.datetime(2100, 1, 1, tzinfo=dt.UTC).timestamp() * 1000))
MERGED_TABLES = (*KINDS, "field_clock")

Forged = tuple[str, str, str, str, int, int]  # (tbl, pk, col, value JSON text, hlc, base_hlc)
Row = tuple[int, str, str, str, str, int, int]  # a bundle line: (seq, *Forged)
# An identity change is judged against the values the record's id vouches for: rejected when
# it differs, or written by someone who had seen the field; when it matches, by its sender's
# scope. Until a true creation of the record has arrived it waits (a forged creation whose
# values no id vouches for waits for ever: it is never applied).
IDENTITY_REASONS = {"identity_mismatch", "identity_changed", "out_of_scope", "awaiting_creation"}
VALUE_REASONS = {"invalid_value", "wrong_type", "out_of_range", "not_canonical",
                 "not_in_catalogue", "malformed_json", "text_not_encodable", "invalid_isbn",
                 "required_field"}


def j(value: Any) -> str:
    """A value as a change logs it (canonical JSON text)."""
    return encode_value(value)


@dataclass(frozen=True)
class Ids:
    visit: str
    commitment: str
    plan: str
    library: str
    copy: str
    movements: tuple[str, ...]
    dora_visit: str
    dora_commitment: str
    dora_answer: str
    dora_plan: str
    dora_hazard: str
    dora_library: str
    dora_copy: str

    @property
    def anas(self) -> tuple[str, ...]:
        return (self.visit, self.commitment, self.plan, self.library, self.copy, *self.movements)

    @property
    def doras(self) -> tuple[str, ...]:
        return (self.dora_visit, self.dora_commitment, self.dora_answer, self.dora_plan,
                self.dora_hazard, self.dora_library, self.dora_copy)


@dataclass(frozen=True)
class Template:
    root: Path
    ids: Ids
    wall_ms: int
    creation: str  # Ana's creation bundle, relative to root


def _build(root: Path) -> Template:
    wall = FakeWallClock()
    world = make_world(root, wall)
    ana = world.laptop("ana")
    world.enrol(ana)
    dora = world.laptop("dora", role=Role.DIRECTOR, school=DORA_SCHOOL)
    wall.now_ms += 1000
    [dv] = put(dora, "visits", {**VISIT, "cod_mod": DORA_SCHOOL})
    [dc] = put(dora, "commitments", {"visit_id": dv, "description": "Pintar el aula"})
    [da] = put(dora, "answers", {"visit_id": dv, "instrument": "rubricas_aula", "version": 1,
                                 "item": "d1", "value": 3})
    [dp] = put(dora, "grd_plans", {"codlocal": DORA_LOCAL, "year": YEAR})
    [dh] = put(dora, "grd_plan_hazards", {"plan_id": dp, "hazard": "sismo", "months": [3],
                                          "risk_level": "alto"})
    [dl] = put(dora, "libraries", {"codlocal": DORA_LOCAL, "library_type": "biblioteca_escolar"})
    [dk] = put(dora, "library_copies", {"library_id": dl, "registration_number": "D-1",
                                        "title": "Los ríos profundos", "year": 1958})
    world.enrol(dora)
    wall.now_ms += 1000
    [v] = put(ana, "visits", VISIT)
    [c] = put(ana, "commitments", {"visit_id": v, "description": "Arreglar el techo",
                                   "due_date": "2024-06-01"})
    [p] = put(ana, "grd_plans", {"codlocal": ANA_LOCAL, "year": YEAR, "status": "aprobado"})
    [lib] = put(ana, "libraries", {"codlocal": ANA_LOCAL, "library_type": "biblioteca_escolar"})
    [k] = put(ana, "library_copies", {"library_id": lib, "registration_number": "001",
                                      "title": "Paco Yunque"})
    moves = put(ana, "library_movements",
                {"copy_id": k, "date": "2024-09-30", "quantity": 12, "reason": "ingreso"},
                {"copy_id": k, "date": "2024-10-01", "quantity": -2, "reason": "baja"})
    creation = world.export(ana, "ana-creation")
    assert list_verdicts(world.office.store.conn) == []
    for ctx in (world.office, ana, dora):
        ctx.close()
    ids = Ids(v, c, p, lib, k, tuple(moves), dv, dc, da, dp, dh, dl, dk)
    return Template(root, ids, wall.now_ms, str(creation.relative_to(root)))


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return _build(tmp_path_factory.mktemp("security-template"))


class Forger:
    """Writes bundles as Dora's laptop (or another enrolled one) would sign them, with whatever
    changes an attacker chooses; seqs continue after the ones the device already sent."""

    def __init__(self, site: Site, laptop: AppContext | None = None) -> None:
        self.site = site
        self.laptop = laptop or site.dora
        identity = self.laptop.require_identity()
        self.device_id = identity.device_id
        (last,) = self.laptop.store.conn.execute(
            "SELECT max(seq) FROM changes WHERE device_id = ?", [self.device_id]).fetchone()
        self.next_seq = (last or 0) + 1
        self._made = 0

    def rows(self, changes: Sequence[Forged]) -> list[Row]:
        """The changes with the next seqs of Dora's device."""
        seqs = range(self.next_seq, self.next_seq + len(changes))
        self.next_seq += len(changes)
        return [(seq, *change) for seq, change in zip(seqs, changes)]

    def write_rows(self, rows: Sequence[Row], *, device_name: str = "dora",
                   folder: Path | None = None) -> Path:
        """A bundle of exactly these rows (a second call with the same rows is a re-export)."""
        site, identity = self.site, self.laptop.require_identity()
        office = load_office(self.laptop.store)
        assert office is not None
        self._made += 1
        out = (folder or site.root / "forged") / f"forged-{identity.name}-{self._made}.mcbundle"
        out.parent.mkdir(exist_ok=True)
        write_bundle(
            out, device_id=identity.device_id, role=identity.role, scope=identity.scope,
            schema_version=SCHEMA_VERSION, app_version=monitor_app.__version__, changes=rows,
            signing_key=signing_key(self.laptop),
            recipients=[public_encryption_key(office.encryption_public_key)],
            extra={"kind": "device", "device_name": device_name}, temp_dir=site.root)
        return out

    def write(self, changes: Sequence[Forged], **kwargs: Any) -> tuple[Path, list[int]]:
        """The bundle file and the seqs its changes got."""
        rows = self.rows(changes)
        return self.write_rows(rows, **kwargs), [row[0] for row in rows]

    def send(self, changes: Sequence[Forged], **kwargs: Any) -> tuple[ImportOutcome, list[int]]:
        """Write and import (a far-ahead clock accepted, as a person may do)."""
        path, seqs = self.write(changes, **kwargs)
        return self.site.receive(path), seqs


@dataclass
class Site:
    """One copy of the template: the office, Dora's laptop (her keys and log), the clock."""

    root: Path
    office: AppContext
    dora: AppContext
    wall: FakeWallClock
    ids: Ids
    creation: Path
    forger: Forger = field(init=False)

    def __post_init__(self) -> None:
        self.forger = Forger(self)

    @property
    def office_db(self) -> DatabaseTarget:
        """The office's database: its file, or the PostgreSQL database it was moved into."""
        return self.office.store.server or self.root / "office.db"

    @property
    def dora_id(self) -> str:
        return self.forger.device_id

    @property
    def now(self) -> int:
        return pack(self.wall.now_ms)

    def receive(self, path: Path, accept_clock: bool = True) -> ImportOutcome:
        """Import at the office, a far-ahead clock accepted (as a person may do) unless told."""
        return import_bundle(self.office, path, accept_clock=accept_clock)

    def clock_of(self, table: str, pk: str, col: str) -> int:
        (stamp,) = self.office.store.conn.execute(
            "SELECT hlc FROM field_clock WHERE tbl = ? AND pk = ? AND col = ?",
            [table, pk, col]).fetchone()
        return stamp

    def codlocal_of(self, cod_mod: str) -> str:
        (codlocal,) = self.office.store.conn.execute(
            "SELECT codlocal FROM schools WHERE cod_mod = ?", [cod_mod]).fetchone()
        return codlocal

    def close(self) -> None:
        self.office.close()
        self.dora.close()
        address = self.office.store.server
        if address is not None:
            drop_database(address.url.split("host=")[1], address.url)


_server_templates: dict[tuple[Path, str], tuple[PostgresAddress, Path]] = {}


def _office_on_server(template: Template, socket: str) -> PostgresAddress:
    """A new database holding the template's office: the template moved once into a database
    of its own, then copied by the server for each site (a move each time is ten times slower),
    with the office's keys and bundle folders."""
    key = (template.root, socket)
    if key not in _server_templates:
        copy = Path(tempfile.mkdtemp(prefix="security-template-"))
        shutil.copytree(template.root, copy, dirs_exist_ok=True)
        for suffix in COMPANIONS:
            shutil.copytree(copy / f"office.db{suffix}", copy / "kept" / f"office.db{suffix}")
        _server_templates[key] = (PostgresAddress(fresh_database(socket)), copy / "kept")
        move_station(copy / "office.db", _server_templates[key][0])
    original, kept = _server_templates[key]
    made = PostgresAddress(fresh_database(socket, template=database_name(original.url)))
    station = made.station_path()
    for suffix in COMPANIONS:
        shutil.copytree(kept / f"office.db{suffix}", station.with_name(station.name + suffix))
    return made


def open_site(template: Template, dest: Path, *, merged: bool = True,
              server: str | None = None) -> Site:
    """A copy of the template; `merged`: the office has imported Ana's creation bundle;
    `server`: the socket of a PostgreSQL server the office is kept on instead of its file (the
    same trust on both engines)."""
    shutil.copytree(template.root, dest)
    wall = FakeWallClock(template.wall_ms)
    office_db: DatabaseTarget = dest / "office.db"
    if server is not None:
        office_db = _office_on_server(template, server)
    office = open_initialised(office_db, wall_ms=wall)
    dora = open_initialised(dest / "dora.db", wall_ms=wall)
    site = Site(dest, office, dora, wall, template.ids, dest / template.creation)
    if merged:
        outcome = import_bundle(office, site.creation)
        assert outcome.outcome is Outcome.MERGED, outcome
    return site


@pytest.fixture
def site(template: Template, tmp_path: Path, office_server: str | None) -> Iterator[Site]:
    made = open_site(template, tmp_path / "site", server=office_server)
    yield made
    made.close()


# -- what the office shows -------------------------------------------------------------------

Snapshot = dict[str, dict[tuple[Any, ...], str]]


def snapshot(ctx: AppContext) -> Snapshot:
    """Every merged table, each row as its exact repr (1, 1.0 and '1' differ)."""
    conn = ctx.store.conn
    taken: Snapshot = {}
    for table in KINDS:
        taken[table] = {(row[0],): repr(row) for row in conn.execute(f"SELECT * FROM [{table}]")}
    taken["field_clock"] = {tuple(row[:3]): repr(row)
                            for row in conn.execute("SELECT * FROM field_clock")}
    return taken


def changed_records(before: Snapshot, after: Snapshot) -> set[tuple[str, str]]:
    """(table, record id) of every row added, removed or changed (field_clock rows count for
    the record they clock)."""
    found = set()
    for table in MERGED_TABLES:
        old, new = before[table], after[table]
        for key in old.keys() | new.keys():
            if old.get(key) != new.get(key):
                found.add((table, key[0]) if table != "field_clock" else (key[0], key[1]))
    return found


def assert_untouched(site: Site, before: Snapshot, allowed: Iterable[str] = ()) -> None:
    """No merged row changed but those of the `allowed` record ids; and the tables are still
    the projection of the log's applied changes."""
    changed = {(table, pk) for table, pk in changed_records(before, snapshot(site.office))
               if pk not in set(allowed)}
    assert changed == set(), f"records changed by the attack: {sorted(changed)}"
    assert check_rebuild(site.office.store) == []


def verdicts(site: Site) -> dict[int, tuple[str, str]]:
    """Dora's changes kept without being applied: seq -> (status, reason)."""
    return {v.seq: (v.status.value, v.reason) for v, _ in list_verdicts(site.office.store.conn)
            if v.device_id == site.dora_id}


def assert_kept(site: Site, outcome: ImportOutcome, seqs: Iterable[int],
                status: str | None = None, reasons: Iterable[str] | None = None) -> None:
    """The bundle merged and each of `seqs` is listed as kept, never applied: with `status`
    when given (else rejected, or waiting for a creation that never came), and a reason among
    `reasons` when given."""
    assert outcome.outcome is Outcome.MERGED, (outcome.outcome, outcome.reason, outcome.detail)
    found = verdicts(site)
    wanted = set(reasons) if reasons is not None else None
    for seq in seqs:
        assert seq in found, f"seq {seq} applied, not listed; verdicts: {found}"
        waiting = found[seq] == ("pending", "awaiting_creation")
        if status is not None:
            assert found[seq][0] == status, (seq, found[seq])
        elif waiting:
            continue
        else:
            assert found[seq][0] == "rejected", (seq, found[seq])
        if wanted is not None:
            assert found[seq][1] in wanted, (seq, found[seq])



def all_verdicts(site: Site) -> list[tuple[Any, ...]]:
    """Every kept change with its verdict, as comparable tuples."""
    return [(*dataclasses.astuple(v), value) for v, value in list_verdicts(site.office.store.conn)]


def place_of(site: Site, table: str, pk: str) -> tuple[str | None, str | None]:
    """(cod_mod, codlocal) where the office placed a record, following its parents."""
    conn = site.office.store.conn
    for _ in range(8):
        row = conn.execute("SELECT cod_mod, codlocal, parent_tbl, parent_pk FROM record_places "
                           "WHERE tbl = ? AND pk = ?", [table, pk]).fetchone()
        if row is None:
            return None, None
        if row[2] is None:
            return row[0], row[1]
        table, pk = row[2], row[3]
    return None, None


def is_doras(site: Site, table: str, pk: str) -> bool:
    """Whether the record belongs to Dora's school or to its local."""
    cod_mod, codlocal = place_of(site, table, pk)
    return cod_mod == DORA_SCHOOL or codlocal == DORA_LOCAL
