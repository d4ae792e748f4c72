"""The office's panel: visits counted per month and per enrolled device (not the free-text
specialist), filters by the padrón's columns, premises counted once, devices about to expire;
the command line prints the same figures and refuses a filter value no school has."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from monitor_app.cli.main import main as cli_main
from monitor_app.core.checklist import ItemCode, Status
from monitor_app.core.errors import MonitorError
from monitor_app.reports.panel import (
    PanelFilter,
    filter_options,
    months_shown,
    panel_figures,
    resolved,
)
from monitor_app.services.panel import kept_services, panel_data
from monitor_app.services.records import put_records
from monitor_app.services.sync_import import import_bundle
from tests.conftest import FakeWallClock
from tests.services.sync_world import World, make_world

TODAY = dt.date(2024, 10, 27)  # FakeWallClock's day
AGUSTINO, LURIGANCHO = "0335273", "0334458"  # schools of two districts in the padrón
SHARED = "0339457"  # one of two services on its premises


def _visits(world: World, name: str, visits: list[tuple[str, str, str]]) -> None:
    """A laptop `name` records visits (cod_mod, date, status) and its bundle is merged."""
    laptop = world.enrolled_laptop(name)
    put_records(laptop, "visits", enumerate([
        {"cod_mod": cod_mod, "date": date, "type": "monitoreo", "status": status,
         "specialist": "texto libre"} for cod_mod, date, status in visits], start=1))
    import_bundle(world.office, world.export(laptop, f"{name}-visits"))
    laptop.close()


def panel_world(root: Path, wall: FakeWallClock) -> World:
    """An office whose laptops ana and beto recorded visits, dated back from the wall's day:
    ana 3 held in the 12 months shown (2 at one school, 1 at another), beto 1."""
    world = make_world(root, wall)
    today = dt.date.fromtimestamp(wall() / 1000)

    def ago(days: int) -> str:
        return (today - dt.timedelta(days=days)).isoformat()

    _visits(world, "ana", [(AGUSTINO, ago(25), "cerrada"), (AGUSTINO, ago(47), "cerrada"),
                           (LURIGANCHO, ago(7), "en_curso"),
                           (AGUSTINO, ago(400), "cerrada"),  # before the 12 months shown
                           (AGUSTINO, ago(-24), "planificada")])  # not held
    _visits(world, "beto", [(LURIGANCHO, ago(73), "cerrada"),
                            (LURIGANCHO, ago(26), "anulada")])  # not held
    return world


@pytest.fixture
def world(tmp_path: Path) -> World:
    return panel_world(tmp_path, FakeWallClock())


def _district(world: World, cod_mod: str) -> str:
    return str(world.office.store.conn.execute(
        "SELECT d_dist FROM schools WHERE cod_mod = ?", [cod_mod]).fetchone()[0])


def test_visits_count_per_month_and_per_enrolled_device(world: World) -> None:
    data = panel_data(world.office, today=TODAY)
    figures = panel_figures(data)
    months = dict((month, counts[0]) for month, counts in figures.visits_by_month.rows())
    assert list(months) == months_shown(TODAY) and months_shown(TODAY)[0] == "2023-11"
    assert {m: n for m, n in months.items() if n} == {"2024-08": 1, "2024-09": 1, "2024-10": 2}
    assert figures.visits_by_specialist.rows() == [("ana", (3,)), ("beto", (1,))]
    assert figures.headline.visits == 4
    assert figures.headline.visited == 2  # both schools had a visit held this quarter


def test_a_district_filter_keeps_its_schools_only(world: World) -> None:
    data = panel_data(world.office, today=TODAY)
    district = _district(world, LURIGANCHO)
    assert district != _district(world, AGUSTINO) and district in filter_options(data).districts
    figures = panel_figures(data, PanelFilter(district=district))
    every = panel_figures(data)
    assert 0 < figures.headline.schools < every.headline.schools
    assert figures.visits_by_specialist.rows() == [("ana", (1,)), ("beto", (1,))]
    statuses = dict(zip(figures.checklist.categories, figures.checklist.counts, strict=True))
    assert all(sum(counts) == figures.headline.schools for counts in statuses.values())
    assert set(figures.checklist.series) == {status.value for status in Status}
    assert statuses[ItemCode.GRD_PLAN] == tuple(
        sum(1 for s in data.schools if PanelFilter(district=district).keeps(s)
            for item in s.row.items if item.code is ItemCode.GRD_PLAN and item.status is status)
        for status in Status)


def test_premises_shared_by_services_count_once_and_devices_expire_in_the_window(
        world: World) -> None:
    office = world.office
    local = str(office.store.conn.execute("SELECT codlocal FROM schools WHERE cod_mod = ?",
                                          [SHARED]).fetchone()[0])
    services = office.store.conn.execute("SELECT count(*) FROM schools WHERE codlocal = ?",
                                         [local]).fetchone()[0]
    soon, later = (TODAY + dt.timedelta(days=n) for n in (30, 31))
    put_records(office, "safety_devices", enumerate([
        {"codlocal": local, "device_type": "extintor", "quantity": 3,
         "expiry_date": soon.isoformat()},
        {"codlocal": local, "device_type": "botiquin", "quantity": 1,
         "expiry_date": later.isoformat()},
        {"codlocal": local, "device_type": "extintor", "quantity": 2, "state": "vencido",
         "expiry_date": soon.isoformat()}], start=1))
    put_records(office, "libraries", enumerate([
        {"codlocal": local, "library_type": "biblioteca_escolar", "inventory_date": "2024-03-01"}], start=1))
    figures = panel_figures(panel_data(office, today=TODAY))
    [(device, schools)] = figures.expiring_devices
    assert (device.device_type, device.quantity, device.expiry_date) == ("extintor", 3, soon)
    assert len(schools) == services and figures.headline.expiring == 3
    library = dict(figures.library.rows())
    assert library["with_library"] == (1, figures.headline.locals_ - 1)
    assert library["inventoried_this_year"][0] == 1


def test_a_filter_value_is_matched_as_the_padron_spells_it_or_refused(world: World) -> None:
    data = panel_data(world.office, today=TODAY)
    district = _district(world, AGUSTINO)
    options = filter_options(data)
    assert resolved(options, PanelFilter(district=district.lower())).district == district
    with pytest.raises(MonitorError) as refusal:
        resolved(options, PanelFilter(area="Lunar"))
    assert refusal.value.params["value"] == "Lunar"
    chosen, kept = kept_services(world.office, PanelFilter(district=district.lower()))
    assert chosen.in_words() == f"Distrito: {district}"
    assert [s.cod_mod for s in kept] == [s.row.school.cod_mod for s in data.schools
                                         if s.row.school.district == district]


def test_the_command_line_prints_the_panel_and_refuses_an_unknown_filter(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    district = _district(world, LURIGANCHO)
    world.office.close()
    db = str(world.root / "office.db")
    assert cli_main(["--db", db, "report", "panel", "--district", district, "--json",
                     "--date", TODAY.isoformat()]) == 0
    shown = json.loads(capsys.readouterr().out)
    rows = shown["figures"]["visits_by_specialist"]["rows"]
    assert rows == [{"category": "ana", "counts": [1]}, {"category": "beto", "counts": [1]}]
    assert cli_main(["--db", db, "report", "panel", "--date", TODAY.isoformat()]) == 0
    text = capsys.readouterr().out
    assert "Visitas por especialista (últimos 12 meses)" in text and "  ana: 3" in text
    assert cli_main(["--db", db, "report", "panel", "--area", "Lunar"]) == 1
    err = capsys.readouterr().err
    assert "«--area»" in err and "Lunar" in err and "Urbana" in err
    assert len(err.strip().splitlines()) == 1


def test_the_coverage_workbook_holds_the_filtered_schools(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    district = _district(world, AGUSTINO)
    world.office.close()
    db = str(world.root / "office.db")
    out = tmp_path / "ate.xlsx"
    assert cli_main(["--db", db, "report", "coverage", "--out", str(out),
                     "--district", district.lower(), "--json"]) == 0
    schools = json.loads(capsys.readouterr().out)["schools"]
    book = load_workbook(out, read_only=True)
    districts = [row[4] for row in book["IIEE"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(districts) == schools > 0 and set(districts) == {district}
    summary = {row[0]: row[1] for row in book["Resumen"].iter_rows(values_only=True)
               if len(row) > 1}
    assert summary["IIEE incluidas"] == f"Distrito: {district}"
