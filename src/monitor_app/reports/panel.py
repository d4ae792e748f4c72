"""The office's panel: how its schools stand, as figures over the schools a filter keeps.

The data is read once (`panel_data.read_panel`); filtering and the figures are pure functions
over it, so changing a filter in the window costs a few milliseconds. Every figure is a table
(categories × series of counts) that the window draws as a chart and shows as a table, and the
command line prints."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from monitor_app.core.checklist import ItemCode, Status
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.grd_kinds import PLAN_STATUSES
from monitor_app.reports.coverage_rows import SchoolRow
from monitor_app.storage.checklist_facts import SchoolService

MONTHS_SHOWN = 12
EXPIRY_WINDOW_DAYS = 30
NO_PLAN = ""  # the plan status of a school with no plan recorded for the year


@dataclass(frozen=True)
class PanelSchool:
    """A school service's coverage row, with the padrón's columns the panel filters by."""

    row: SchoolRow
    area: str
    management: str

    @property
    def key(self) -> tuple[str, str]:
        return self.row.school.cod_mod, self.row.school.anexo


@dataclass(frozen=True)
class HeldVisit:
    """A visit that took place: its school, day and the enrolled device that recorded it."""

    cod_mod: str
    anexo: str
    date: dt.date
    device_id: str


@dataclass(frozen=True)
class ExpiringDevice:
    """A safety device of a local whose expiry date falls within the next 30 days."""

    codlocal: str
    device_type: str
    quantity: int
    expiry_date: dt.date


@dataclass(frozen=True)
class PanelData:
    today: dt.date
    schools: tuple[PanelSchool, ...]
    visits: tuple[HeldVisit, ...]
    device_names: dict[str, str]
    devices: dict[str, tuple[ExpiringDevice, ...]]  # per local


@dataclass(frozen=True)
class PanelFilter:
    """The padrón's values a school must have; None keeps every school."""

    district: str | None = None
    level: str | None = None
    area: str | None = None
    management: str | None = None

    def keeps(self, school: PanelSchool) -> bool:
        return self.keeps_service(school.row.school, school.area, school.management)

    def keeps_service(self, service: SchoolService, area: str, management: str) -> bool:
        return all(wanted is None or wanted == value for wanted, value in (
            (self.district, service.district), (self.level, service.level),
            (self.area, area), (self.management, management)))

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


    def in_words(self) -> str:
        """The filter as the coverage workbook's summary says it (in Spanish, as the report)."""
        words = (("Distrito", self.district), ("Nivel", self.level), ("Área", self.area),
                 ("Gestión", self.management))
        return "; ".join(f"{name}: {value}" for name, value in words if value is not None)


@dataclass(frozen=True)
class FilterOptions:
    districts: tuple[str, ...]
    levels: tuple[str, ...]
    areas: tuple[str, ...]
    managements: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """One of the panel's figures: a count per category for each series. Categories and series
    are codes or names; the faces turn codes into words."""

    key: str
    categories: tuple[str, ...]
    series: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # one tuple per category, a count per series

    def rows(self) -> list[tuple[str, tuple[int, ...]]]:
        return list(zip(self.categories, self.counts, strict=True))


@dataclass(frozen=True)
class Headline:
    schools: int
    visited: int  # schools with a visit held this quarter
    visits: int  # visits held in the months shown
    expiring: int  # devices (units) expiring within the window
    locals_: int
    copies: int  # on the ledgers of the locals' libraries
    loans_out: int


@dataclass(frozen=True)
class PanelFigures:
    headline: Headline
    visits_by_month: Figure
    visits_by_specialist: Figure
    visited_this_quarter: Figure
    checklist: Figure
    grd_plans: Figure
    brigades_and_drills: Figure
    expiring_devices: tuple[tuple[ExpiringDevice, tuple[PanelSchool, ...]], ...]
    library: Figure

    def figures(self) -> list[Figure]:
        return [self.visits_by_month, self.visits_by_specialist, self.visited_this_quarter,
                self.checklist, self.grd_plans, self.brigades_and_drills, self.library]


def distinct(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({value for value in values if value}))


def options_of(schools: Iterable[tuple[SchoolService, str, str]]) -> FilterOptions:
    """The values each filter can take among (service, area, management) rows."""
    rows = list(schools)
    return FilterOptions(
        districts=distinct(service.district for service, _, _ in rows),
        levels=distinct(service.level for service, _, _ in rows),
        areas=distinct(area for _, area, _ in rows),
        managements=distinct(management for _, _, management in rows),
    )


def filter_options(data: PanelData) -> FilterOptions:
    """The values each filter can take: those of the schools in the data."""
    return options_of((s.row.school, s.area, s.management) for s in data.schools)


def resolved(options: FilterOptions, panel_filter: PanelFilter) -> PanelFilter:
    """The filter with each value spelt as the padrón spells it (case aside); a value no school
    has is refused, naming those that exist."""
    chosen: dict[str, str | None] = {}
    for name, known in (("district", options.districts), ("level", options.levels),
                        ("area", options.areas), ("management", options.managements)):
        wanted = getattr(panel_filter, name)
        found = [value for value in known if wanted is not None
                 and value.casefold() == wanted.strip().casefold()]
        if wanted is not None and not found:
            raise MonitorError(ErrorCode.INVALID_VALUE, field=f"--{name}", value=wanted,
                               allowed=", ".join(known) or "—")
        chosen[name] = found[0] if found else None
    return PanelFilter(**chosen)


def kept_schools(data: PanelData, panel_filter: PanelFilter) -> list[PanelSchool]:
    return [school for school in data.schools if panel_filter.keeps(school)]


def months_shown(today: dt.date, count: int = MONTHS_SHOWN) -> list[str]:
    """The `count` months ending with today's, oldest first, as YYYY-MM."""
    index = today.year * 12 + today.month - 1
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(index - count + 1, index + 1)]


def _one_series(key: str, series: str, counted: Sequence[tuple[str, int]]) -> Figure:
    return Figure(key, tuple(c for c, _ in counted), (series,), tuple((n,) for _, n in counted))


def _visits_in_window(data: PanelData, schools: Sequence[PanelSchool]) -> list[HeldVisit]:
    keys = {school.key for school in schools}
    first = months_shown(data.today)[0] + "-01"
    return [v for v in data.visits
            if (v.cod_mod, v.anexo) in keys and v.date.isoformat() >= first]


def visits_by_month(data: PanelData, visits: Sequence[HeldVisit]) -> Figure:
    per_month = Counter(v.date.isoformat()[:7] for v in visits)
    return _one_series("visits_by_month", "visits",
                       [(month, per_month[month]) for month in months_shown(data.today)])


def visits_by_specialist(data: PanelData, visits: Sequence[HeldVisit]) -> Figure:
    """Visits per enrolled device, most first; a device the office does not know by name is
    shown by its id."""
    per_device = Counter(v.device_id for v in visits)
    named = [(data.device_names.get(device, device), n) for device, n in per_device.items()]
    return _one_series("visits_by_specialist", "visits",
                       sorted(named, key=lambda pair: (-pair[1], pair[0])))


def visited_this_quarter(schools: Sequence[PanelSchool]) -> Figure:
    visited = sum(s.row.visits.this_quarter > 0 for s in schools)
    return _one_series("visited_this_quarter", "schools",
                       [("visited", visited), ("not_visited", len(schools) - visited)])


def checklist_by_item(schools: Sequence[PanelSchool]) -> Figure:
    statuses = Counter((item.code, item.status) for s in schools for item in s.row.items)
    return Figure("checklist", tuple(ItemCode), tuple(Status),
                  tuple(tuple(statuses[(code, status)] for status in Status)
                        for code in ItemCode))


def grd_plans(schools: Sequence[PanelSchool]) -> Figure:
    per_status = Counter(s.row.plan_status for s in schools)
    return _one_series("grd_plans", "schools",
                       [(status, per_status[status]) for status in (*PLAN_STATUSES, NO_PLAN)])


def brigades_and_drills(schools: Sequence[PanelSchool]) -> Figure:
    rows = [s.row for s in schools]
    return Figure("brigades_and_drills", ("brigade", "trained", "drill"), ("with", "without"),
                  tuple((n, len(rows) - n) for n in (
                      sum(r.brigades > 0 for r in rows), sum(r.trained > 0 for r in rows),
                      sum(r.drills > 0 for r in rows))))


def _locals(schools: Sequence[PanelSchool]) -> dict[str, list[PanelSchool]]:
    by_local: dict[str, list[PanelSchool]] = {}
    for school in schools:
        by_local.setdefault(school.row.school.codlocal, []).append(school)
    return by_local


def _rows_per_local(schools: Sequence[PanelSchool]) -> list[SchoolRow]:
    """One row per local: services on one premises share its GRD records and its library."""
    return [group[0].row for group in _locals(schools).values()]


def library(schools: Sequence[PanelSchool], today: dt.date) -> Figure:
    """Of the kept schools' locals: how many have a library, and an inventory this year."""
    rows = _rows_per_local(schools)
    with_library = sum(r.library is not None for r in rows)
    inventoried = sum(r.library is not None and r.inventory_date is not None
                      and r.inventory_date.year == today.year for r in rows)
    return Figure("library", ("with_library", "inventoried_this_year"), ("with", "without"),
                  ((with_library, len(rows) - with_library), (inventoried, len(rows) - inventoried)))


def expiring_devices(data: PanelData, schools: Sequence[PanelSchool]
                     ) -> tuple[tuple[ExpiringDevice, tuple[PanelSchool, ...]], ...]:
    """Each expiring device of the kept schools' locals, soonest first, with those schools."""
    found = [(device, tuple(group)) for local, group in _locals(schools).items()
             for device in data.devices.get(local, ())]
    return tuple(sorted(found, key=lambda pair: (pair[0].expiry_date, pair[0].codlocal,
                                                  pair[0].device_type)))


def panel_figures(data: PanelData, panel_filter: PanelFilter = PanelFilter()) -> PanelFigures:
    schools = kept_schools(data, panel_filter)
    visits = _visits_in_window(data, schools)
    expiring = expiring_devices(data, schools)
    quarter = visited_this_quarter(schools)
    locals_ = _rows_per_local(schools)
    return PanelFigures(
        headline=Headline(schools=len(schools), visited=quarter.counts[0][0],
                          visits=len(visits),
                          expiring=sum(device.quantity for device, _ in expiring),
                          locals_=len(locals_),
                          copies=sum(r.library.copies for r in locals_ if r.library),
                          loans_out=sum(r.library.loans_out for r in locals_ if r.library)),
        visits_by_month=visits_by_month(data, visits),
        visits_by_specialist=visits_by_specialist(data, visits),
        visited_this_quarter=quarter,
        checklist=checklist_by_item(schools),
        grd_plans=grd_plans(schools),
        brigades_and_drills=brigades_and_drills(schools),
        expiring_devices=expiring,
        library=library(schools, data.today),
    )
