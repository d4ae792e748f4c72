"""One school's row of the coverage report, and the tallies the summary sheets are made of."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from monitor_app.core.checklist import (
    ChecklistItem,
    ItemCode,
    SchoolFacts,
    Status,
    checklist,
    device_expired,
)
from monitor_app.reports.coverage_figures import (
    LibraryFigures,
    VisitFigures,
    library_figures,
    visit_figures,
)
from monitor_app.storage.checklist_facts import (
    FactsIndex,
    SchoolService,
    all_facts,
    national_dates,
    read_snapshot,
)
from monitor_app.storage.database import Store

NOT_VISITED = VisitFigures()


@dataclass(frozen=True)
class SchoolRow:
    school: SchoolService
    visits: VisitFigures
    items: list[ChecklistItem]
    plan_status: str  # the current year's plan status code, "" when there is no such plan
    brigades: int
    trained: int
    drills: int
    devices_operative: int
    devices_expired: int
    library: LibraryFigures | None  # None when the local has no library recorded
    inventory_date: dt.date | None


def school_row(school: SchoolService, facts: SchoolFacts, items: list[ChecklistItem],
               visits: VisitFigures, library: LibraryFigures | None, today: dt.date) -> SchoolRow:
    year = today.year
    plan = next((p.status for p in facts.plans if p.year == year), "")
    expired = [device_expired(d, today) for d in facts.devices]
    return SchoolRow(
        school=school,
        visits=visits,
        items=items,
        plan_status=plan,
        brigades=len(facts.brigades),
        trained=sum(m.trained_on is not None for b in facts.brigades for m in b.members),
        drills=sum(d.date.year == year and d.date <= today for d in facts.drills),
        devices_operative=sum(d.quantity for d, gone in zip(facts.devices, expired)
                              if d.state == "operativo" and not gone),
        devices_expired=sum(d.quantity for d, gone in zip(facts.devices, expired) if gone),
        library=None if facts.library is None else (library or LibraryFigures()),
        inventory_date=None if facts.library is None else facts.library.inventory_date,
    )


@dataclass(frozen=True)
class RowSources:
    """What every school's row is made of, read once for all schools as of `today`."""

    today: dt.date
    index: FactsIndex
    calendar: tuple[dt.date, ...]
    visits: dict[tuple[str, str], VisitFigures]
    libraries: dict[str, LibraryFigures]

    def row(self, school: SchoolService) -> SchoolRow:
        facts = self.index.facts(school.codlocal, school.cod_mod)
        return school_row(school, facts, checklist(facts, self.today, self.calendar),
                          self.visits.get((school.cod_mod, school.anexo), NOT_VISITED),
                          self.libraries.get(school.codlocal), self.today)


def read_row_sources(store: Store, today: dt.date) -> RowSources:
    with read_snapshot(store):
        return RowSources(today, all_facts(store), tuple(national_dates(store)),
                          visit_figures(store, today), library_figures(store))


@dataclass
class Tally:
    """Counts over a set of schools: how many, how many visited this quarter, the visits, and
    each checklist item's statuses."""

    schools: int = 0
    visited: int = 0
    visits: int = 0
    statuses: Counter[tuple[ItemCode, Status]] = field(default_factory=Counter)

    def add(self, row: SchoolRow) -> None:
        self.schools += 1
        self.visited += row.visits.this_quarter > 0
        self.visits += row.visits.this_quarter
        self.statuses.update((i.code, i.status) for i in row.items)

    def share(self, count: int) -> float | None:
        return count / self.schools if self.schools else None

    def met_share(self, code: ItemCode) -> float | None:
        return self.share(self.statuses[(code, Status.CUMPLE)])
