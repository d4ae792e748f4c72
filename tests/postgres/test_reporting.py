"""The `reporting` schema of a PostgreSQL station: views that say what the command line says,
a role that reads them and nothing else, and the stored checklist kept current (issue 13)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from monitor_app.storage.pg.reporting_views import VIEWS
from tests.cli.conftest import Cli, Result
from tests.conftest import PADRON
from tests.pg_server import database_url

SCHOOL, LOCAL = "0335273", "304756"  # 017 CUNA JARDIN in the UGEL 05 padrón
OTHER = "0335364"  # 0015 LAS AZUCENAS, which the laptop never writes about


@dataclass
class Station:
    cli: Cli
    url: str
    laptop: Path
    tmp: Path
    device: str = ""

    def __call__(self, *args: str, stdin: str | None = None, db: Path | str | None = None
                 ) -> dict | list:
        done = self.cli(*args, "--json", stdin=stdin, db=db or self.url)  # type: ignore[arg-type]
        assert done.code == 0, done.err
        return json.loads(done.out)

    def run(self, *args: str) -> Result:
        """A command at the station, as typed (no --json)."""
        return self.cli(*args, db=self.url)  # type: ignore[arg-type]

    def put(self, kind: str, *records: dict) -> list[str]:
        lines = "\n".join(json.dumps(r) for r in records)
        return self("records", "put", kind, stdin=lines, db=self.laptop)["created"]

    def send(self) -> None:
        """The laptop's changes exported and imported at the station (approved the first time)."""
        bundle = self("export", "--out", str(self.tmp), db=self.laptop)["file"]
        if not self.device:
            self.device = json.loads(self.run("verify", bundle, "--json").out)["device_id"]
            self.run("import", bundle)  # held: an unknown device
            approved = self.run("devices", "approve", self.device)
            assert approved.code == 0 and "fusionado" in approved.out  # the held bundle
            return
        [outcome] = self("import", bundle)
        assert outcome["outcome"] == "merged", outcome

    def schools(self) -> int:
        return self.rows("SELECT count(*) AS n FROM public.schools")[0]["n"]

    def rows(self, sql: str, url: str | None = None) -> list[dict]:
        with psycopg.connect(url or self.url) as conn:
            cursor = conn.execute(sql)
            names = [c.name for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor]


@pytest.fixture
def station(cli: Cli, pg_url: str, tmp_path: Path) -> Station:
    """A UGEL station on PostgreSQL with the UGEL 05 padrón and a specialist's laptop joined."""
    def ok(*args: str, db: Path | str) -> None:
        done = cli(*args, db=db)  # type: ignore[arg-type]
        assert done.code == 0, done.err

    ok("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105", db=pg_url)
    ok("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=pg_url)
    ref, laptop = tmp_path / "ref.mcbundle", tmp_path / "ana.db"
    ok("publish", "--out", str(ref), db=pg_url)
    ok("init", "--role", "especialista", "--name", "Ana", "--office", str(ref), db=laptop)
    return Station(cli, pg_url, laptop, tmp_path)


def _field_records(station: Station) -> dict[str, list[str]]:
    """One school's records of most kinds, one visit deleted; sent to the station."""
    visits = station.put("visits", {"cod_mod": SCHOOL, "date": "2024-05-02", "type": "monitoreo",
                                    "specialist": "Ana", "acta_signed": True},
                         {"cod_mod": SCHOOL, "date": "2024-05-09", "type": "monitoreo"})
    assert station.cli("records", "delete", "visits", visits[1], db=station.laptop).code == 0
    made = {"visits": visits[:1]}
    made["commitments"] = station.put("commitments", {
        "visit_id": visits[0], "description": "Actualizar el plan de GRD", "due_date": "2024-06-30",
        "status": "pendiente"})
    made["grd_plans"] = station.put("grd_plans", {"codlocal": LOCAL, "year": 2024,
                                                  "status": "aprobado",
                                                  "approval_date": "2024-03-15",
                                                  "has_risk_map": True})
    made["brigades"] = station.put("brigades", {"codlocal": LOCAL,
                                                "brigade_type": "educacion_ambiental_grd"})
    made["brigade_members"] = station.put("brigade_members", {
        "brigade_id": made["brigades"][0], "name": "Rosa", "member_type": "docente",
        "role": "lider", "trained_on": "2024-04-10"})
    made["drills"] = station.put("drills", {"codlocal": LOCAL, "date": "2024-05-31",
                                            "shift": "manana", "hazard": "sismo",
                                            "national": True, "students": 120})
    made["safety_devices"] = station.put("safety_devices", {
        "codlocal": LOCAL, "device_type": "extintor", "quantity": 2, "state": "operativo",
        "expiry_date": "2025-01-31"})
    station.send()
    return made


def test_each_view_shows_the_live_records_the_command_line_lists(station: Station) -> None:
    made = _field_records(station)
    for kind, ids in made.items():
        listed = station("records", "list", kind)
        shown = station.rows(f"SELECT * FROM reporting.{kind} ORDER BY id")
        assert sorted(r["id"] for r in listed) == [r["id"] for r in shown] == sorted(ids), kind
        for record, row in zip(sorted(listed, key=lambda r: r["id"]), shown):
            for name, value in record.items():
                if name in row and name != "id":
                    shown_value = row[name]
                    if isinstance(shown_value, dt.date):
                        shown_value = shown_value.isoformat()
                    assert shown_value == value, (kind, name)
    [visit] = station.rows("SELECT * FROM reporting.visits")
    assert visit["school_name"] == "017 CUNA JARDIN" and visit["district"] == "EL AGUSTINO"
    assert visit["acta_signed"] is True and visit["type_label"]
    assert station.rows("SELECT count(*) AS n FROM reporting.visits WHERE id IN "
                        "(SELECT id FROM public.visits WHERE _deleted = 1)") == [{"n": 0}]
    assert len(station.rows("SELECT * FROM public.visits")) == 2  # the deleted one is kept there
    [commitment] = station.rows("SELECT * FROM reporting.commitments")
    assert commitment["cod_mod"] == SCHOOL and commitment["due_date"] == dt.date(2024, 6, 30)
    [member] = station.rows("SELECT * FROM reporting.brigade_members")
    assert member["codlocal"] == LOCAL and "017 CUNA JARDIN" in member["local_schools"]
    assert [b["members"] for b in station.rows("SELECT * FROM reporting.brigades")] == [1]
    [device] = station.rows("SELECT * FROM reporting.devices WHERE device_id = "
                            f"'{station.device}'")
    assert device["status"] == "approved" and device["last_merged_at"] is not None
    merged = station.rows("SELECT * FROM reporting.bundles WHERE outcome = 'merged'")
    assert [b["device_name"] for b in merged] == ["Ana"]
    assert len(station.rows("SELECT * FROM reporting.schools")) == station.schools()


def _stored(station: Station, cod_mod: str) -> list[dict]:
    return station.rows("SELECT * FROM reporting.checklist WHERE cod_mod = '%s' AND anexo = '0' "
                        "ORDER BY item_position" % cod_mod)


def _same_checklist(stored: list[dict], shown: dict) -> None:
    assert [r["item"] for r in stored] == [i["code"] for i in shown["items"]]
    for row, item in zip(stored, shown["items"]):
        assert (row["status"], row["reason"], row["action"], row["params"]) == (
            item["status"], item["reason"], item["action"], item["params"])
        assert row["as_of"].isoformat() == shown["date"]


def _refreshed_since(station: Station, before: dict[tuple[str, str], object]) -> set[str]:
    return {r["cod_mod"] for r in station.rows("SELECT * FROM reporting.checklist")
            if r["refreshed_at"] != before[(r["cod_mod"], r["item"])]}


def _refresh_times(station: Station) -> dict[tuple[str, str], object]:
    return {(r["cod_mod"], r["item"]): r["refreshed_at"]
            for r in station.rows("SELECT * FROM reporting.checklist")}


def _devices_item(station: Station) -> dict:
    [devices] = [r for r in _stored(station, SCHOOL) if r["item"] == "devices"]
    return devices


def test_an_import_stores_the_checklist_of_what_it_touched(station: Station) -> None:
    _field_records(station)  # the first import of the day: every school, as of today
    today = station.rows("SELECT * FROM reporting_state")[0]["full_refresh_on"]
    assert today == dt.date.today()
    _same_checklist(_stored(station, SCHOOL), station("checklist", SCHOOL))
    schools = station.schools()
    assert len(station.rows("SELECT * FROM reporting.checklist")) == 8 * schools
    before = _refresh_times(station)
    station.put("safety_devices", {"codlocal": LOCAL, "device_type": "botiquin", "quantity": 1,
                                   "state": "vencido"})
    station.send()  # the day's full refresh is done: only the local's schools again
    again = _refreshed_since(station, before)
    assert SCHOOL in again and OTHER not in again and len(again) <= 3  # the services of LOCAL
    assert _devices_item(station)["status"] == "vencido"
    _same_checklist(_stored(station, SCHOOL), station("checklist", SCHOOL))


def test_the_station_s_own_writes_store_the_checklist_of_what_they_touched(
        station: Station) -> None:
    _field_records(station)  # the day's full refresh
    before = _refresh_times(station)
    written = station.cli("records", "put", "safety_devices", db=station.url,  # type: ignore[arg-type]
                          stdin=json.dumps({"codlocal": LOCAL, "device_type": "botiquin",
                                            "quantity": 1, "state": "vencido"}))
    assert written.code == 0, written.err
    again = _refreshed_since(station, before)
    assert SCHOOL in again and OTHER not in again and len(again) <= 3  # the services of LOCAL
    assert _devices_item(station)["status"] == "vencido"
    _same_checklist(_stored(station, SCHOOL), station("checklist", SCHOOL))


def test_a_reply_from_the_dre_stores_the_checklist_of_what_it_changed(
        station: Station, tmp_path: Path) -> None:
    from tests.national_chain import export, reply_down, sent

    cli, dre = station.cli, tmp_path / "dre.db"
    for args in (("init", "--role", "dre", "--name", "DRE Lima Metropolitana"),
                 ("schools", "import", str(PADRON / "padron_ugel05_lima.dbf")),
                 ("publish", "--out", str(tmp_path / "dre.mcbundle"))):
        assert cli(*args, db=dre).code == 0
    assert station.run("join", str(tmp_path / "dre.mcbundle")).code == 0
    made = _field_records(station)
    sent(cli, export(cli, station.url, tmp_path), dre)  # type: ignore[arg-type]
    assert _devices_item(station)["status"] == "vencido"  # the extinguisher's date is past
    before = _refresh_times(station)
    renewed = json.dumps({"id": made["safety_devices"][0], "expiry_date": "2099-01-31"})
    assert cli("records", "put", "safety_devices", stdin=renewed, db=dre).code == 0
    reply_down(cli, dre, station.url, tmp_path / "a-la-ugel")
    assert OTHER not in _refreshed_since(station, before)
    assert _devices_item(station)["status"] != "vencido"
    _same_checklist(_stored(station, SCHOOL), station("checklist", SCHOOL))


def test_a_padron_import_that_changes_the_directory_makes_the_next_import_do_every_school(
        station: Station, tmp_path: Path) -> None:
    _field_records(station)
    today = [{"full_refresh_on": dt.date.today()}]
    assert station.rows("SELECT full_refresh_on FROM reporting_state") == today
    assert station.run("schools", "import", str(PADRON / "padron_ugel05_lima.dbf")).code == 0
    assert station.rows("SELECT full_refresh_on FROM reporting_state") == today  # unchanged
    renamed = tmp_path / "padron_nombres.csv"
    renamed.write_text("COD_MOD;ANEXO;CEN_EDU\n0335364;0;0015 LAS AZUCENAS DEL RIMAC\n",
                       encoding="utf-8")
    assert station.run("schools", "import", str(renamed)).code == 0
    assert station.rows("SELECT full_refresh_on FROM reporting_state") == [
        {"full_refresh_on": None}]
    before = _refresh_times(station)
    station.put("safety_devices", {"codlocal": LOCAL, "device_type": "botiquin", "quantity": 1,
                                   "state": "operativo"})
    station.send()
    assert OTHER in _refreshed_since(station, before)  # every school, not only LOCAL's
    assert station.rows("SELECT full_refresh_on FROM reporting_state") == today


def test_the_daily_refresh_stores_every_school_as_of_the_day_given(station: Station) -> None:
    _field_records(station)
    day = "2024-06-15"
    done = station("reporting", "refresh", "--date", day)
    schools = station.schools()
    assert done == {"date": day, "schools": schools, "rows": 8 * schools}
    assert {r["as_of"] for r in station.rows("SELECT as_of FROM reporting.checklist")} == {
        dt.date(2024, 6, 15)}
    for cod_mod in (SCHOOL, OTHER):
        _same_checklist(_stored(station, cod_mod), station("checklist", cod_mod, "--date", day))
    [commitments] = [r for r in _stored(station, SCHOOL) if r["item"] == "commitments"]
    assert commitments["status"] == "pendiente"  # due 2024-06-30: within 30 days of the 15th
    assert station.rows("SELECT full_refresh_on FROM reporting_state") == [
        {"full_refresh_on": dt.date(2024, 6, 15)}]


def _as_role(pg_url: str, role: str) -> str:
    parts = urlsplit(pg_url)
    return database_url(parts.query.split("=", 1)[1], parts.path.strip("/"), user=role)


def test_a_granted_role_reads_the_views_and_nothing_else(station: Station, pg_socket: str
                                                         ) -> None:
    _field_records(station)
    refused = station.run("reporting", "grant", "bi_lector")
    assert refused.code == 1 and "CREATE ROLE bi_lector" in refused.err
    with psycopg.connect(database_url(pg_socket, "postgres"), autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS bi_lector")
        admin.execute("CREATE ROLE bi_lector LOGIN")
    granted = station.run("reporting", "grant", "bi_lector")
    assert granted.code == 0, granted.err
    reader = _as_role(station.url, "bi_lector")
    for name, _ in VIEWS:
        station.rows(f"SELECT * FROM reporting.{name} LIMIT 1", url=reader)
    assert len(station.rows("SELECT * FROM reporting.visits", url=reader)) == 1
    with psycopg.connect(reader, autocommit=True) as conn:
        for sql in ("SELECT * FROM public.visits", "SELECT * FROM public.changes",
                    "SELECT * FROM public.school_checklists", "SELECT * FROM public.devices",
                    "DELETE FROM public.visits", "UPDATE public.schools SET cen_edu = 'x'",
                    "DELETE FROM reporting.schools", "CREATE TABLE reporting.mine (x int)",
                    "CREATE TABLE public.mine (x int)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    revoked = station.run("reporting", "grant", "bi_lector", "--revoke")
    assert revoked.code == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        station.rows("SELECT * FROM reporting.visits", url=reader)


def test_views_out_of_date_are_replaced_at_open_keeping_the_grants(station: Station,
                                                                   pg_socket: str) -> None:
    with psycopg.connect(database_url(pg_socket, "postgres"), autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS bi_tablero")
        admin.execute("CREATE ROLE bi_tablero LOGIN")
    assert station.run("reporting", "grant", "bi_tablero").code == 0
    with psycopg.connect(station.url, autocommit=True) as conn:  # as an older release left it
        conn.execute("DROP VIEW reporting.bundles")
        conn.execute("CREATE VIEW reporting.bundles AS SELECT 1 AS old_column")
        conn.execute("DROP VIEW reporting.drills")
        conn.execute("UPDATE reporting_state SET views = 'older'")
    assert station.run("devices", "list").code == 0
    reader = _as_role(station.url, "bi_tablero")
    assert station.rows("SELECT * FROM reporting.drills", url=reader) == []
    with psycopg.connect(reader) as conn:
        names = [c.name for c in conn.execute("SELECT * FROM reporting.bundles").description]
    assert names[0] == "bundle_id"


def test_an_sqlite_office_says_the_views_need_postgresql(cli: Cli) -> None:
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105").code == 0
    refused = cli("--lang", "en", "reporting", "refresh")
    assert refused.code == 1 and "only on a PostgreSQL station" in refused.err


def test_national_md_lists_every_view_and_column(cli: Cli, pg_url: str) -> None:
    assert cli("init", "--role", "dre", "--name", "DRE", db=pg_url).code == 0  # type: ignore[arg-type]
    doc = (Path(__file__).resolve().parents[2] / "docs" / "national.md").read_text("utf-8")
    documented = {}
    for line in doc.splitlines():
        if line.startswith("| `"):
            name, _, columns = (cell.strip() for cell in line.strip("|").split("|"))
            documented[name.strip("`")] = columns
    shared = ("school_name", "level", "ugel_code", "ugel_name", "region", "province", "district",
              "local_schools")
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                            "WHERE table_schema = 'reporting'").fetchall()
    assert set(documented) == {name for name, _ in VIEWS}
    for view, column in rows:
        assert column in shared or f"`{column}`" in documented[view], (view, column)
