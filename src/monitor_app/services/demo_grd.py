"""Demo disaster-risk management of a local: GRD body, plans, brigades, drills and devices,
each shaped to the situation its checklist item was given."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from monitor_app.core.grd_kinds import PLAN_DOCUMENTS, RISK_LEVELS, SHIFTS
from monitor_app.services import demo_names as names
from monitor_app.services.demo_plan import DemoLocal, DemoSetting, Record, Situation, key_id

_SHIFT_TIMES = {"manana": "10:00", "tarde": "15:00", "noche": "20:00"}
OLD_BRIGADES = ("senalizacion_evacuacion", "primeros_auxilios", "busqueda_salvamento",
                "contra_incendios", "proteccion_entrega")


def _rd(rng: random.Random, day: dt.date) -> str:
    return f"RD N.° {rng.randint(1, 150):03d}-{day.year}-IE"


def _body(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> list[Record]:
    situation = local.situations["grd_body"]
    if situation is Situation.SIN_DATO:
        return []
    record: dict[str, Any] = {"codlocal": local.codlocal,
                              "body_type": "comite_condiciones_operativas",
                              "responsible_grd": names.person(rng)}
    if situation is Situation.CUMPLE:
        day = setting.days_ago(rng.randint(10, 500))
        record |= {"rd_number": _rd(rng, day), "rd_date": day.isoformat()}
    elif situation is Situation.VENCIDO:  # the old commission, formed years ago
        day = setting.days_ago(rng.randint(3 * 365, 6 * 365))
        record |= {"body_type": "comision_grd", "rd_number": _rd(rng, day),
                   "rd_date": day.isoformat()}
    body_id = key_id("grd_bodies", {"codlocal": local.codlocal})
    roles = ["presidente", "responsable_grd", "secretario", "miembro_docente", "miembro_padres",
             "miembro_estudiantes"][: rng.randint(3, 6)]
    members: list[Record] = [
        ("grd_body_members", {
            "id": setting.demo_id("grd_body_members", body_id, role), "body_id": body_id,
            "role": role,
            "name": names.student(rng) if role == "miembro_estudiantes" else names.person(rng),
        })
        for role in roles
    ]
    return [("grd_bodies", record), *members]


def _hazards(rng: random.Random, setting: DemoSetting, plan_id: str) -> list[Record]:
    hazards = rng.sample(setting.catalogues["hazards"], rng.randint(2, 4))
    if "sismo" in setting.catalogues["hazards"] and "sismo" not in hazards:
        hazards[0] = "sismo"  # Lima: every plan names the earthquake
    records: list[Record] = []
    for hazard in hazards:
        start = rng.randint(1, 12)
        months = list(range(1, 13)) if hazard == "sismo" else [
            (start + n - 1) % 12 + 1 for n in range(rng.randint(1, 4))]
        contingency = rng.random() < 0.7
        records.append(("grd_plan_hazards", {
            "plan_id": plan_id, "hazard": hazard, "months": months,
            "risk_level": rng.choice(RISK_LEVELS), "has_contingency": contingency,
            "contingency_notes": "Plan de contingencia aprobado con el plan." if contingency else "",
        }))
    return records


def _plan(rng: random.Random, setting: DemoSetting, local: DemoLocal, year: int, status: str
          ) -> list[Record]:
    record: dict[str, Any] = {"codlocal": local.codlocal, "year": year, "status": status}
    if status in ("aprobado", "actualizado"):
        approved = (setting.this_year_day(rng) if year == setting.today.year
                    else dt.date(year, rng.randint(2, 5), rng.randint(1, 28)))
        record |= {"approval_rd": _rd(rng, approved), "approval_date": approved.isoformat()}
        if status == "actualizado":
            record["updated_on"] = min(approved + dt.timedelta(days=rng.randint(20, 120)),
                                       setting.today).isoformat()
    record |= {name: rng.random() < (0.8 if status != "no_tiene" else 0.1)
               for name in PLAN_DOCUMENTS}
    plan_id = key_id("grd_plans", {"codlocal": local.codlocal, "year": year})
    hazards = _hazards(rng, setting, plan_id) if status != "no_tiene" else []
    return [("grd_plans", record), *hazards]


def _plans(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> list[Record]:
    """This year's plan (approved, updated, in the making) and last year's; an out-of-date
    local has only last year's."""
    situation = local.situations["grd_plan"]
    if situation is Situation.SIN_DATO:
        return []
    year = setting.today.year
    last_status = rng.choice(("aprobado", "actualizado", "no_tiene", "en_elaboracion"))
    records = _plan(rng, setting, local, year - 1,
                    "aprobado" if situation is Situation.VENCIDO else last_status)
    if situation is Situation.CUMPLE:
        records += _plan(rng, setting, local, year, rng.choice(("aprobado", "actualizado")))
    elif situation is Situation.PENDIENTE:
        records += _plan(rng, setting, local, year, "en_elaboracion")
    return records


def _brigade(rng: random.Random, setting: DemoSetting, local: DemoLocal, brigade_type: str
             ) -> list[Record]:
    situation = local.situations["brigade"]
    formed = (setting.days_ago(rng.randint(400, 700)) if situation is Situation.VENCIDO
              else setting.this_year_day(rng))
    record = {"codlocal": local.codlocal, "brigade_type": brigade_type,
              "formed_on": formed.isoformat(), "rd_number": _rd(rng, formed)}
    brigade_id = key_id("brigades", record)
    team = [("docente", "lider"), *[("docente", "responsable")] * rng.randint(1, 2),
            *[("estudiante", "escolar")] * rng.randint(3, 6)]
    if situation is Situation.PENDIENTE:  # no leader named yet, half the team untrained
        team[0] = ("docente", "responsable")
    members: list[Record] = []
    for n, (member_type, role) in enumerate(team):
        trained = formed + dt.timedelta(days=rng.randint(0, 30))
        untrained = situation is Situation.PENDIENTE and n % 2 == 1
        members.append(("brigade_members", {
            "id": setting.demo_id("brigade_members", brigade_id, str(n)),
            "brigade_id": brigade_id, "member_type": member_type, "role": role,
            "name": names.student(rng) if member_type == "estudiante" else names.person(rng),
            "position": "alterno" if rng.random() < 0.2 else "titular",
            **({} if untrained else {"trained_on": min(trained, setting.today).isoformat()}),
        }))
    return [("brigades", record), *members]


def _brigades(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> list[Record]:
    """The current single brigade, and in some locals also a few of the older six."""
    if local.situations["brigade"] is Situation.SIN_DATO:
        return []
    types = ["educacion_ambiental_grd"]
    if rng.random() < 0.3:
        types += rng.sample(OLD_BRIGADES, rng.randint(1, 3))
    return [record for kind in types for record in _brigade(rng, setting, local, kind)]


def _drill(rng: random.Random, local: DemoLocal, day: dt.date, national: bool) -> Record:
    shift = "manana" if national or rng.random() < 0.7 else rng.choice(SHIFTS)
    students = rng.randint(60, 900)
    return ("drills", {
        "codlocal": local.codlocal, "date": day.isoformat(), "shift": shift,
        "time": _SHIFT_TIMES[shift], "hazard": "multipeligro" if national else "sismo",
        "national": national, "students": students, "teachers": max(3, students // 25),
        "staff": rng.randint(1, 8), "parents": rng.randint(0, 60),
        "evacuation_seconds": rng.randint(60, 420), "alarm_worked": rng.random() < 0.85,
        "observations": rng.choice(names.OBSERVATIONS), "reported": rng.random() < 0.7,
    })


def _drills(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> list[Record]:
    """On target: this year's drills including the last national date; behind: only a drill
    of its own this year; out of date: only last year's."""
    situation = local.situations["drills"]
    if situation is Situation.SIN_DATO:
        return []
    year = setting.today.year
    national = setting.past_national()
    last_year = [day for day in national if day.year == year - 1]
    days: dict[dt.date, bool] = {day: True for day in rng.sample(last_year, min(2, len(last_year)))}
    if situation is Situation.CUMPLE:
        days |= {day: True for day in national if day.year == year}
        if national:
            days[national[-1]] = True
        days.setdefault(setting.this_year_day(rng), False)
    elif situation is Situation.PENDIENTE:
        own = setting.this_year_day(rng)
        while own in national:
            own -= dt.timedelta(days=1)
        days.setdefault(own, False)
    return [_drill(rng, local, day, on_national) for day, on_national in sorted(days.items())]


def _devices(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> list[Record]:
    """An extinguisher always; its expiry and the others' state follow the situation."""
    situation = local.situations["devices"]
    if situation is Situation.SIN_DATO:
        return []
    others = [t for t in setting.catalogues["device_types"] if t != "extintor"]
    chosen = ["extintor", *rng.sample(others, rng.randint(2, 5))]
    expiry = {Situation.CUMPLE: rng.randint(60, 540), Situation.PENDIENTE: rng.randint(1, 29),
              Situation.VENCIDO: -rng.randint(1, 200)}[situation]
    replace = situation is Situation.PENDIENTE and rng.random() < 0.5
    records: list[Record] = []
    for n, device_type in enumerate(chosen):
        record: dict[str, Any] = {
            "id": setting.demo_id("safety_devices", local.codlocal, device_type),
            "codlocal": local.codlocal, "device_type": device_type,
            "quantity": rng.randint(1, 6), "location": rng.choice(names.LOCATIONS),
            "state": "por_reponer" if replace and n == len(chosen) - 1 else "operativo",
        }
        if device_type == "extintor":
            record["expiry_date"] = (setting.today + dt.timedelta(days=expiry)).isoformat()
            if expiry < 0 and rng.random() < 0.5:
                record["state"] = "vencido"
        records.append(("safety_devices", record))
    return records


def grd_records(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> list[Record]:
    return [
        *_body(rng, setting, local),
        *_plans(rng, setting, local),
        *_brigades(rng, setting, local),
        *_drills(rng, setting, local),
        *_devices(rng, setting, local),
    ]
