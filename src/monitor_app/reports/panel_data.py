"""Reading the panel's data: every school's coverage row (its checklist included), the visits
held in the months shown with the device that recorded each, and the devices about to expire,
all in one read snapshot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from monitor_app.core.checklist import device_expired
from monitor_app.core.progress import Cancelled, Progress, checker, never_cancelled, no_progress
from monitor_app.reports.coverage_rows import read_row_sources
from monitor_app.reports.panel import (
    EXPIRY_WINDOW_DAYS,
    ExpiringDevice,
    HeldVisit,
    PanelData,
    PanelSchool,
    months_shown,
)
from monitor_app.storage.checklist_facts import FactsIndex, SchoolService, day_of, read_snapshot
from monitor_app.storage.database import Store

PROGRESS_EVERY = 200


def held_visits(store: Store, today: dt.date) -> tuple[HeldVisit, ...]:
    """The visits held in the months shown up to `today`, each with the device that created it:
    a visit's place never changes once written, so the writer of its `cod_mod` is its author."""
    first = months_shown(today)[0] + "-01"
    rows = store.conn.execute(
        "SELECT v.cod_mod, coalesce(v.anexo, '0'), v.date, coalesce(f.device_id, '') "
        "FROM visits v LEFT JOIN field_clock f "
        "ON f.tbl = 'visits' AND f.pk = v.id AND f.col = 'cod_mod' "
        "WHERE v._deleted = 0 AND v.status NOT IN ('planificada', 'anulada') "
        "AND v.date >= ? AND v.date <= ?", [first, today.isoformat()])
    return tuple(HeldVisit(cod_mod, anexo, day, device)
                 for cod_mod, anexo, date, device in rows
                 if (day := day_of(date)) is not None)


def device_names(store: Store) -> dict[str, str]:
    """The names the office knows devices by: those that sent bundles, and itself."""
    names = dict(store.conn.execute("SELECT device_id, name FROM devices"))
    names.update(store.conn.execute("SELECT device_id, name FROM device"))
    return names


def expiring(index: FactsIndex, today: dt.date) -> dict[str, tuple[ExpiringDevice, ...]]:
    """Per local, its devices not yet expired whose expiry date is within the window."""
    last = today + dt.timedelta(days=EXPIRY_WINDOW_DAYS)
    found: dict[str, tuple[ExpiringDevice, ...]] = {}
    for local, facts in index.by_local.items():
        soon = tuple(ExpiringDevice(local, d.device_type, d.quantity, d.expiry_date)
                     for d in facts.devices
                     if d.expiry_date is not None and not device_expired(d, today)
                     and d.expiry_date <= last)
        if soon:
            found[local] = soon
    return found


def padron_columns(store: Store) -> dict[tuple[str, str], tuple[str, str]]:
    """Per school service, the padrón's area (rural/urbana) and management."""
    rows = store.conn.execute("SELECT cod_mod, anexo, coalesce(dareacenso, ''), "
                              "coalesce(d_gestion, '') FROM schools")
    return {(cod_mod, anexo): (area, management) for cod_mod, anexo, area, management in rows}


def read_panel(store: Store, schools: Sequence[SchoolService], today: dt.date, *,
               progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> PanelData:
    check = checker(cancelled)
    progress(0, len(schools))
    with read_snapshot(store):
        sources = read_row_sources(store, today)
        held, names = held_visits(store, today), device_names(store)
        padron = padron_columns(store)
    check()
    rows = []
    for done, school in enumerate(schools, start=1):
        area, management = padron.get((school.cod_mod, school.anexo), ("", ""))
        rows.append(PanelSchool(sources.row(school), area, management))
        if done % PROGRESS_EVERY == 0:
            check()
            progress(done, len(schools))
    progress(len(schools), len(schools))
    return PanelData(today=today, schools=tuple(rows), visits=held, device_names=names,
                     devices=expiring(sources.index, today))
