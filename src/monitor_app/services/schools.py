"""Finding schools in the directory: the ones assigned and being worked on first, and why each
matched."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from monitor_app.core.directory import School
from monitor_app.core.search import fold, unexplained_matches, words_of
from monitor_app.services.context import AppContext
from monitor_app.storage import schools as school_table
from monitor_app.storage.assignments import assigned_keys
from monitor_app.storage.school_records import last_visit_dates, open_commitment_counts

# The directory fields the search index holds (storage/schools.py, schools_fts).
SEARCHED_FIELDS = ("cen_edu", "cod_mod", "codlocal", "d_dist", "cen_pob")
RECENT_DAYS = 180  # a school visited since then counts as one being worked on
SchoolKey = tuple[str, str]  # (cod_mod, anexo)


@dataclass(frozen=True)
class SchoolMatch:
    school: School
    last_visit: str | None  # ISO date of its latest visit
    open_commitments: int
    opened: bool  # opened recently in this window
    worked_on: bool  # opened, visited lately or with open commitments: listed first
    hidden_matches: tuple[str, ...] = ()  # fields not shown that hold a word typed
    assigned: bool = False  # the UGEL assigned it to this installation's specialist (D33)

    @property
    def key(self) -> SchoolKey:
        return (self.school.cod_mod, self.school.anexo)

    @property
    def tier(self) -> int:
        """Where the search box lists it: assigned first, then being worked on (opened here
        first), then the rest."""
        return 0 if self.assigned else 1 if self.opened else 2 if self.worked_on else 3


def my_assigned_schools(ctx: AppContext) -> set[tuple[str, str]]:
    """The (cod_mod, anexo) of the schools the office assigned to this installation (none at an
    office, or before it is set up). Here, not beside the assignments' writes: the search is on
    the window's start-up path, and those bring the record checks."""
    return set() if ctx.identity is None else assigned_keys(ctx.store, ctx.identity.device_id)


def search_schools(ctx: AppContext, text: str, limit: int) -> list[School]:
    return school_table.search_schools(ctx.store, text, max(1, limit))


def count_schools(ctx: AppContext) -> int:
    return school_table.count_schools(ctx.store)


def find_schools(ctx: AppContext, text: str, limit: int, *, shown: Collection[str],
                 opened: Sequence[SchoolKey] = ()) -> list[SchoolMatch]:
    """Schools for the search box. Empty text: those assigned to this specialist, then those
    opened recently, then those with open commitments or a recent visit, then the rest by name.
    Typed text: an exact code first, then the same tiers, by relevance within each. `shown`
    names the fields the reader sees; a match elsewhere is reported in `hidden_matches`."""
    visits = last_visit_dates(ctx.store)
    commitments = open_commitment_counts(ctx.store)
    assigned = my_assigned_schools(ctx)
    since = (ctx.today() - dt.timedelta(days=RECENT_DAYS)).isoformat()
    recent = {key for key, day in visits.items() if day >= since} | set(commitments)
    order = {key: n for n, key in enumerate(opened)}

    def match(school: School) -> SchoolMatch:
        key = (school.cod_mod, school.anexo)
        return SchoolMatch(school, visits.get(key), commitments.get(key, 0), key in order,
                           key in order or key in recent, _hidden_matches(school, text, shown),
                           key in assigned)

    if not words_of(text):
        first = [match(s) for key in [*opened, *sorted((recent | assigned) - set(order))]
                 if (s := school_table.school_by_code(ctx.store, *key)) is not None]
        first.sort(key=lambda m: (m.tier, order.get(m.key, 0), _newest_first(m.last_visit),
                                  fold(m.school.cen_edu)))
        taken = {m.key for m in first}
        rest = [match(s) for s in search_schools(ctx, "", limit + len(taken))
                if (s.cod_mod, s.anexo) not in taken]
        return (first + rest)[:limit]
    code = text.strip()
    found = [match(s) for s in search_schools(ctx, text, limit)]
    found.sort(key=lambda m: (code not in (m.school.cod_mod, m.school.codlocal), m.tier))
    return found


def _newest_first(day: str | None) -> int:
    return -dt.date.fromisoformat(day).toordinal() if day else 0


def _hidden_matches(school: School, text: str, shown: Collection[str]) -> tuple[str, ...]:
    values = {name: getattr(school, name) or "" for name in SEARCHED_FIELDS}
    return unexplained_matches(
        text, {n: v for n, v in values.items() if n in shown},
        {n: v for n, v in values.items() if n not in shown})
