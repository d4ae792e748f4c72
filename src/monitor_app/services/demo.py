"""`monitor-app demo`: fill the database with a realistic UGEL, written through the same
services as real work (so it syncs), the same for the same seed on the same day."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from monitor_app.core.kinds import KINDS
from monitor_app.core.progress import (
    Cancelled,
    Progress,
    check_cancelled,
    never_cancelled,
    no_progress,
)
from monitor_app.services.changes import Changes
from monitor_app.services.context import AppContext
from monitor_app.services.demo_answers import answer_records
from monitor_app.services.demo_assignments import add_demo_assignments
from monitor_app.services.demo_grd import grd_records
from monitor_app.services.demo_library import library_records
from monitor_app.services.demo_photos import DemoPhoto, attach_all, record_photos
from monitor_app.services.demo_plan import (
    DemoLocal,
    DemoSetting,
    Record,
    choose_locals,
    group_locals,
    plan_locals,
)
from monitor_app.services.demo_visits import commitment_records, plan_visits, visit_records
from monitor_app.services.directory_import import import_directory
from monitor_app.services.evidence import evidence_for
from monitor_app.services.instruments import instrument, list_instruments
from monitor_app.services.records import PutReport, put_one
from monitor_app.services.schools import count_schools, search_schools
from monitor_app.storage.catalogues import catalogue_codes, national_drill_dates

DEMO_PADRON = "padron_ugel05_lima.dbf"
# Enough schools for every checklist status and every report to show, few enough to be
# written in seconds.
MAX_SERVICES = 150
_CATALOGUES = ("visit_types", "hazards", "device_types", "library_types", "copy_origins")


@dataclass
class DemoSummary:
    seed: int
    directory_rows: int = 0  # services imported from the shipped padrón (0: schools were there)
    services_in_scope: int = 0
    services: int = 0
    codlocals: list[str] = field(default_factory=list)  # the locals filled
    reports: dict[str, PutReport] = field(default_factory=dict)

    @property
    def locals(self) -> int:
        return len(self.codlocals)

    @property
    def capped(self) -> bool:
        return self.services < self.services_in_scope

    @property
    def unchanged(self) -> bool:
        return not any(r.created or r.updated for r in self.reports.values())

    def report(self, kind: str) -> PutReport:
        return self.reports.setdefault(kind, PutReport())

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind, in the order kinds are declared: created, updated, unchanged."""
        return {
            kind: {"created": len(r.created), "updated": len(r.updated),
                   "unchanged": len(r.unchanged)}
            for kind in KINDS if (r := self.reports.get(kind)) is not None
        }

    def changes(self) -> Changes:
        touched = Changes()
        for kind, report in self.reports.items():
            touched |= report.changes(kind)
        return touched


def _import_directory(ctx: AppContext, cancelled: Cancelled) -> int:
    """The shipped padrón (UGEL 05 Lima) when the database holds no schools yet."""
    if count_schools(ctx):
        return 0
    shipped = resources.files("monitor_app.resources") / "demo" / DEMO_PADRON
    with resources.as_file(shipped) as path:
        return import_directory(ctx, Path(path), cancelled=cancelled).new


def _setting(ctx: AppContext, seed: int) -> DemoSetting:
    latest = [instrument(ctx, code) for code in sorted({i.code for i in list_instruments(ctx)})]
    return DemoSetting(
        seed=seed,
        today=ctx.today(),
        catalogues={name: catalogue_codes(ctx.store, name) for name in _CATALOGUES},
        national_dates=tuple(dt.date.fromisoformat(d) for d in national_drill_dates(ctx.store)),
        instruments=tuple(latest),
    )


def _local_records(setting: DemoSetting, local: DemoLocal) -> tuple[list[Record], list[DemoPhoto]]:
    """Everything the demo writes for one local, parents before what links to them, and its
    photos. Each local draws from its own random source: adding a school to the directory
    does not change what the others get."""
    rng = random.Random(f"{setting.seed}:{local.codlocal}")
    records: list[Record] = []
    photos: list[DemoPhoto] = []
    for service in local.services:
        visits = plan_visits(rng, setting, service)
        answers, answer_photos = answer_records(rng, setting, f"IE {service.cod_mod}", visits)
        records += [*visit_records(rng, setting, service, visits), *answers,
                    *commitment_records(rng, setting, service, visits)]
        photos += answer_photos
    records += [*grd_records(rng, setting, local), *library_records(rng, setting, local)]
    return records, [*photos, *record_photos(rng, local.codlocal, records, setting.today)]


def fill_demo(ctx: AppContext, *, seed: int = 1, max_services: int = MAX_SERVICES,
              progress: Progress = no_progress, cancelled: Cancelled = never_cancelled
              ) -> DemoSummary:
    """Write a demo UGEL for the schools in scope (at most `max_services` services, whole
    locals picked by the seed), importing the shipped padrón first into an empty directory.
    One transaction: a refusal or a cancel leaves the database as it was."""
    scope = ctx.require_identity().scope
    summary = DemoSummary(seed=seed)
    with ctx.transaction():
        summary.directory_rows = _import_directory(ctx, cancelled)
        setting = _setting(ctx, seed)
        in_scope = group_locals(search_schools(ctx, "", count_schools(ctx)), scope)
        rng = random.Random(seed)
        planned = plan_locals(rng, choose_locals(rng, in_scope, max_services))
        summary.services_in_scope = sum(len(services) for services in in_scope.values())
        summary.services = sum(len(local.services) for local in planned)
        summary.codlocals = [local.codlocal for local in planned]
        photos: list[DemoPhoto] = []
        with ctx.recording() as rec:
            for done, local in enumerate(planned, start=1):
                check_cancelled(cancelled)
                records, local_photos = _local_records(setting, local)
                for kind, record in records:
                    put_one(ctx, rec, KINDS[kind], record, summary.report(kind))
                photos += local_photos
                progress(done, len(planned))
            add_demo_assignments(ctx, rec, [(s.cod_mod, s.anexo) for local in planned
                                            for s in local.services],
                                 seed, summary.report)
        check_cancelled(cancelled)
        _attach(ctx, photos, summary.report("evidence"))
    return summary


def _attach(ctx: AppContext, photos: list[DemoPhoto], report: PutReport) -> None:
    known = {evidence.id for evidence in evidence_for(ctx)}
    for evidence_id in attach_all(ctx, photos):
        (report.unchanged if evidence_id in known else report.created).append(evidence_id)
