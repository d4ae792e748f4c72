"""What a PostgreSQL station keeps for BI tools: each school's checklist, stored by the same
Python rules the `checklist` command runs (never copied into SQL) so `reporting.checklist`
can read it, and the roles that may read the `reporting` views (docs/national.md).

A full refresh (every school in scope) runs once a day: `monitor-app reporting refresh`
from cron, or else the first import of the day, and again after anything every school is
measured against changed (the directory, catalogues, national drill dates). After every import,
reply and write of the station's own, only the schools whose records changed are computed
again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from monitor_app.core.checklist import checklist
from monitor_app.core.checklist_texts import item_data
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.checklist import checklist_labels, schools_in_scope
from monitor_app.services.context import AppContext
from monitor_app.storage.checklist_facts import (
    FACT_TABLES,
    FactsIndex,
    SchoolService,
    national_dates,
    services_of_records,
    some_facts,
)

if TYPE_CHECKING:
    from monitor_app.sync.merge import MergeResult

log = logging.getLogger("monitor_app")
BATCH = 2_000  # services computed and copied at a time: memory stays bounded nationally
LANG = "es"  # the sentences stored: the language of the schools and of their reports


@dataclass(frozen=True)
class Refreshed:
    """What a refresh stored: for how many services, how many rows, as of which day."""

    schools: int
    rows: int
    day: dt.date
    full: bool


def _station(ctx: AppContext, action: str) -> Any:
    """The station's PostgreSQL connection; anything else is refused."""
    ctx.require_office(action)
    if ctx.store.server is None:
        raise MonitorError(ErrorCode.REPORTING_NEEDS_POSTGRES)
    return ctx.store.conn.raw


def _rows(ctx: AppContext, services: Sequence[SchoolService], index: FactsIndex, day: dt.date,
          labels: Mapping[str, str], calendar: tuple[dt.date, ...],
          shown: dict[Hashable, tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """The stored rows of these services' checklists. Most schools share most sentences (the
    same item, status and values): each is rendered once per refresh, kept in `shown`."""
    from monitor_app.storage.pg.reporting import params_json

    stamp = dt.datetime.fromtimestamp(ctx.wall_ms() / 1000, dt.UTC)
    for school in services:
        items = checklist(index.facts(school.codlocal, school.cod_mod), day, calendar)
        for position, item in enumerate(items, start=1):
            key = (item.code, item.status, item.reason.key, tuple(item.reason.params.items()),
                   item.action.key, tuple(item.action.params.items()))
            text = shown.get(key)
            if text is None:
                data = item_data(item, LANG, labels)
                text = shown[key] = (
                    data["code"], data["title"], data["status"], data["status_word"],
                    data["reason"], data["action"], data["reason_key"], data["action_key"],
                    params_json(data["params"]))
            yield (school.cod_mod, school.anexo, school.codlocal, position, *text, day, stamp)


def _store(ctx: AppContext, services: list[SchoolService] | None, day: dt.date) -> Refreshed:
    """Compute and store, in one transaction, the checklists of `services` (None: every
    service in scope, noted as the day's full refresh)."""
    from monitor_app.storage.pg import reporting as table

    raw = ctx.store.conn.raw
    labels, calendar = checklist_labels(ctx, LANG), national_dates(ctx.store)
    written = 0
    shown: dict[Hashable, tuple[Any, ...]] = {}
    with ctx.transaction():
        table.lock_refresh(raw)
        chosen = schools_in_scope(ctx) if services is None else services
        chosen = sorted(chosen, key=lambda s: (s.codlocal, s.cod_mod, s.anexo))
        table.clear_checklists(raw, None if services is None
                               else [(s.cod_mod, s.anexo) for s in chosen])
        for start in range(0, len(chosen), BATCH):
            batch = chosen[start:start + BATCH]
            index = some_facts(ctx.store, batch)
            written += table.copy_checklists(
                raw, _rows(ctx, batch, index, day, labels, calendar, shown))
        if services is None:
            table.note_full_refresh(raw, day)
    return Refreshed(len(chosen), written, day, services is None)


def refresh_checklists(ctx: AppContext, *, today: dt.date | None = None) -> Refreshed:
    """Every school's checklist in scope, as of `today` (the station's day unless given)."""
    _station(ctx, "reporting refresh")
    return _store(ctx, None, today or ctx.today())


def refresh_after_import(ctx: AppContext, result: MergeResult) -> Refreshed | None:
    """After an import's (or a reply's) transaction: the checklists of the schools whose
    records it changed, or every school's if the day has no full refresh yet."""
    return _refresh_touched(ctx, result.touched, result.touched_overflow, "the import",
                            full_when_due=True)


def refresh_after_local_writes(ctx: AppContext,
                               written: Mapping[str, Iterable[str]]) -> Refreshed | None:
    """After the station's own writes (`records put`, a resolved conflict, an assignment…):
    the checklists of the schools they touched; the day's full refresh stays cron's or the
    next import's."""
    return _refresh_touched(ctx, written, (), "the station's own writes", full_when_due=False)


def full_refresh_due(ctx: AppContext) -> None:
    """Inside the transaction that changed what every school is measured against: the next
    import (or `reporting refresh`) computes every school again."""
    if ctx.store.server is not None:
        from monitor_app.storage.pg import reporting as table

        table.forget_full_refresh(ctx.store.conn.raw)


def _refresh_touched(ctx: AppContext, touched: Mapping[str, Iterable[str]],
                     overflow: Collection[str], what: str, *,
                     full_when_due: bool) -> Refreshed | None:
    """A failure here leaves the committed writes as they are (they must not be reported as
    failed) and the next refresh does every school."""
    if ctx.store.server is None:
        return None
    from monitor_app.storage.pg import reporting as table

    raw = ctx.store.conn.raw
    day = ctx.today()
    try:
        every_school = full_when_due and table.last_full_refresh(raw) != day
        if every_school or not FACT_TABLES.isdisjoint(overflow):
            return _store(ctx, None, day)
        facts = {t: ids for t, ids in touched.items() if t in FACT_TABLES}
        if not facts:
            return Refreshed(0, 0, day, False)
        scope = ctx.require_identity().scope
        services = [s for s in services_of_records(ctx.store, facts)
                    if scope.holds(s.cod_mod, s.codooii)]
        return _store(ctx, services, day)
    except Exception:  # committed already: a failure here must not report it failed
        log.exception("the stored checklists were not refreshed after %s", what)
        table.forget_full_refresh(raw)
        return None


def grant_reporting(ctx: AppContext, role: str, *, revoke: bool = False) -> None:
    """Let an existing database role read the `reporting` views and nothing else (or no
    longer). Roles are made by the server's administrator (docs/national.md): the station
    needs no right to create them."""
    from monitor_app.storage.pg import reporting as table

    raw = _station(ctx, "reporting grant")
    if not table.role_exists(raw, role):
        raise MonitorError(ErrorCode.REPORTING_ROLE_MISSING, role=role)
    (table.revoke_reader if revoke else table.grant_reader)(raw, role)


def reporting_readers(ctx: AppContext) -> list[str]:
    from monitor_app.storage.pg import reporting as table

    return table.readers(_station(ctx, "reporting grant"))
