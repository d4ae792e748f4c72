"""Demo visits to a school service and the commitments agreed at them, in every status."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from monitor_app.services import demo_names as names
from monitor_app.services.demo_plan import DemoService, DemoSetting, Record, Situation

VERIFICATION_TYPE = "verificacion_compromisos"
OPEN = ("pendiente", "en_proceso")


@dataclass(frozen=True)
class DemoVisit:
    id: str
    date: dt.date
    type: str
    status: str


def _times(rng: random.Random) -> tuple[str, str]:
    start = rng.randint(7 * 4, 11 * 4) * 15
    end = start + rng.randint(4, 12) * 15
    return f"{start // 60:02d}:{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}"


def _visit(rng: random.Random, setting: DemoSetting, service: DemoService, visit: DemoVisit,
           specialist: str) -> dict[str, Any]:
    start, end = _times(rng)
    modality = "remota" if rng.random() < 0.1 else "presencial"
    record: dict[str, Any] = {
        "id": visit.id, "cod_mod": service.cod_mod, "anexo": service.anexo,
        "date": visit.date.isoformat(), "type": visit.type, "status": visit.status,
        "specialist": specialist, "modality": modality,
        "notes": rng.choice(names.VISIT_NOTES) if visit.status != "planificada" else "",
        "acta_signed": visit.status == "cerrada" and rng.random() < 0.9,
    }
    if visit.status != "planificada":
        record |= {"start_time": start, "end_time": end}
    has_place = service.latitude is not None and service.longitude is not None
    if has_place and modality == "presencial" and visit.status == "cerrada" and rng.random() < 0.6:
        # where the specialist's phone said they were: near the padrón's point
        record["latitude"] = round(service.latitude + rng.uniform(-4e-4, 4e-4), 6)  # type: ignore[operator]
        record["longitude"] = round(service.longitude + rng.uniform(-4e-4, 4e-4), 6)  # type: ignore[operator]
    return record


def plan_visits(rng: random.Random, setting: DemoSetting, service: DemoService
                ) -> list[DemoVisit]:
    """The service's visits, oldest first: closed ones over the last ten months (the first at
    least two months ago, so its commitments may be overdue), and now and then one under way
    today, one cancelled and one planned ahead."""
    least = 2 if service.commitments is Situation.CUMPLE else 1
    closed = rng.randint(0 if service.commitments is Situation.SIN_DATO else least, 4)
    oldest = rng.randint(60, 300)
    days = sorted([oldest, *rng.sample(range(1, oldest), closed - 1)] if closed else [],
                  reverse=True)
    types = setting.catalogues["visit_types"]
    dated = [(setting.days_ago(d), rng.choice(types), "cerrada") for d in days]
    if len(dated) >= 2 and VERIFICATION_TYPE in types:
        dated[-1] = (dated[-1][0], VERIFICATION_TYPE, "cerrada")
    if rng.random() < 0.1:
        dated.append((setting.days_ago(rng.randint(1, 200)), rng.choice(types), "anulada"))
    if rng.random() < 0.15:
        dated.append((setting.today, rng.choice(types), "en_curso"))
    if rng.random() < 0.3:
        dated.append((setting.today + dt.timedelta(days=rng.randint(3, 40)), rng.choice(types),
                      "planificada"))
    key = (service.cod_mod, service.anexo)
    return [DemoVisit(setting.demo_id("visits", *key, str(n)), day, kind, status)
            for n, (day, kind, status) in enumerate(sorted(dated))]


def visit_records(rng: random.Random, setting: DemoSetting, service: DemoService,
                  visits: list[DemoVisit]) -> list[Record]:
    specialist = rng.choice(names.SPECIALISTS)
    return [("visits", _visit(rng, setting, service, visit,
                              specialist if rng.random() < 0.8 else rng.choice(names.SPECIALISTS)))
            for visit in visits]


def _terms(rng: random.Random, setting: DemoSetting, situation: Situation, agreed: DemoVisit,
           verifiable: bool) -> list[tuple[str, dt.date]]:
    """(status, due date) of the commitments that give the service's checklist item its
    situation: all met or on time; some due within the month; one open and overdue."""
    def days(low: int, high: int, since: dt.date = setting.today) -> dt.date:
        return since + dt.timedelta(days=rng.randint(low, high))

    closed = [(status, days(15, 45, agreed.date)) for status in ("cumplido", "anulado")]
    later = ("en_proceso", days(45, 90))  # open, with time to spare
    if situation is Situation.CUMPLE:
        return [closed[0], *rng.choices([*closed, later], k=rng.randint(0, 2))]
    soon = [(rng.choice(OPEN), days(3, 28)) for _ in range(rng.randint(1, 2))]
    if situation is Situation.PENDIENTE:
        return [*soon, *([closed[0]] if verifiable and rng.random() < 0.5 else [])]
    overdue = (rng.choice(OPEN), days(7, (setting.today - agreed.date).days - 1, agreed.date))
    not_met = [("no_cumplido", days(15, 45, agreed.date))] if rng.random() < 0.6 else []
    return [overdue, *not_met, *(soon[:1] if rng.random() < 0.3 else [])]


def commitment_records(rng: random.Random, setting: DemoSetting, service: DemoService,
                       visits: list[DemoVisit]) -> list[Record]:
    """Commitments agreed at the service's first closed visit; those met (or judged not met)
    are verified at the last one."""
    closed = [v for v in visits if v.status == "cerrada"]
    if service.commitments is Situation.SIN_DATO or not closed:
        return []
    agreed, last = closed[0], closed[-1]
    verifiable = last is not agreed
    records: list[Record] = []
    chosen = rng.sample(names.COMMITMENTS, 3)
    terms = _terms(rng, setting, service.commitments, agreed, verifiable)
    for n, (status, due) in enumerate(terms):
        description, cge = chosen[n % len(chosen)]
        record: dict[str, Any] = {
            "id": setting.demo_id("commitments", agreed.id, str(n)), "visit_id": agreed.id,
            "description": description, "cge": cge, "responsible": names.person(rng),
            "due_date": due.isoformat(), "status": status,
        }
        if status in ("cumplido", "no_cumplido") and verifiable:
            record |= {"verified_visit_id": last.id, "verified_on": last.date.isoformat(),
                       "verification_note": "Verificado en la visita de seguimiento."
                       if status == "cumplido" else "No se evidenció avance."}
        records.append(("commitments", record))
        records += _school_report(setting, service.commitments, record, agreed, last)
    return records


def _school_report(setting: DemoSetting, situation: Situation, commitment: dict[str, Any],
                   agreed: DemoVisit, last: DemoVisit) -> list[Record]:
    """Now and then the school reported a commitment kept (D34): one the follow-up visit then
    verified, or one still open where the checklist is pending anyway. Drawn from the
    commitment's own random source, so the rest of the demo stays as it was."""
    rng = random.Random(commitment["id"])
    status = commitment["status"]
    verified = status == "cumplido" and commitment.get("verified_on")
    still_open = status in OPEN and situation is Situation.PENDIENTE
    if not (verified and rng.random() < 0.5) and not (still_open and rng.random() < 0.3):
        return []
    until = last.date if verified else setting.today
    day = agreed.date + dt.timedelta(days=rng.randint(1, max(1, (until - agreed.date).days)))
    return [("commitment_reports", {
        "commitment_id": commitment["id"], "reported_on": min(day, until).isoformat(),
        "note": rng.choice(("Se cumplió con apoyo de la APAFA.", "Cumplido; se adjuntan fotos.",
                            "Realizado por el comité de GRD.")),
        "reporter": "Dirección de la IE"})]
