"""Records of one school written through the services, for the checklist and coverage tests
(the fixtures' clock reads 2024-10-27)."""

from __future__ import annotations

from dataclasses import dataclass

from monitor_app.core.directory import School
from monitor_app.services.context import AppContext
from monitor_app.services.records import put_records


def put(ctx: AppContext, kind: str, *records: dict) -> list[str]:
    report = put_records(ctx, kind, enumerate(records, start=1))
    return report.created + report.updated + report.unchanged


@dataclass
class Written:
    plan: str
    body_members: list[str]
    brigade: str
    drills: list[str]
    visits: list[str]
    commitments: list[str]
    library: str
    copies: list[str]


def record_school(ctx: AppContext, school: School) -> Written:
    """A school that meets every item on 2024-10-27 except its devices (an extinguisher expires
    within 30 days) and its library (no loan register)."""
    local = school.codlocal
    [plan] = put(ctx, "grd_plans", {"codlocal": local, "year": 2024, "status": "aprobado",
                                    "approval_rd": "RD 010-2024", "approval_date": "2024-03-15"})
    put(ctx, "grd_plans", {"codlocal": local, "year": 2023, "status": "aprobado"})
    [body] = put(ctx, "grd_bodies", {"codlocal": local, "body_type": "comite_condiciones_operativas",
                                     "rd_number": "RD 005-2024", "rd_date": "2024-03-01"})
    members = put(ctx, "grd_body_members",
                  {"body_id": body, "name": "Rosa Huamán", "role": "presidente"},
                  {"body_id": body, "name": "Luis Quispe", "role": "responsable_grd"})
    [brigade] = put(ctx, "brigades", {"codlocal": local, "brigade_type": "educacion_ambiental_grd",
                                      "formed_on": "2024-03-20"})
    put(ctx, "brigade_members",
        {"brigade_id": brigade, "name": "Prof. Carmen", "member_type": "docente", "role": "lider",
         "trained_on": "2024-04-10"},
        {"brigade_id": brigade, "name": "J.P.", "member_type": "estudiante", "role": "escolar",
         "trained_on": "2024-04-10"})
    drills = put(ctx, "drills",
                 {"codlocal": local, "date": "2024-05-31", "shift": "manana", "hazard": "sismo",
                  "national": True},
                 {"codlocal": local, "date": "2024-08-15", "shift": "manana", "hazard": "sismo",
                  "national": True})
    put(ctx, "safety_devices",
        {"codlocal": local, "device_type": "extintor", "quantity": 2, "expiry_date": "2024-11-20"},
        {"codlocal": local, "device_type": "botiquin", "quantity": 1})
    visits = put(ctx, "visits",
                 {"cod_mod": school.cod_mod, "date": "2024-04-02", "type": "monitoreo",
                  "status": "cerrada"},
                 {"cod_mod": school.cod_mod, "date": "2024-10-02", "type": "monitoreo",
                  "status": "cerrada"})
    commitments = put(ctx, "commitments",
                      {"visit_id": visits[0], "description": "Plan lector", "due_date": "2024-06-30",
                       "status": "cumplido"},
                      {"visit_id": visits[1], "description": "Señalética", "due_date": "2025-01-15"})
    [library] = put(ctx, "libraries", {
        "codlocal": local, "library_type": "biblioteca_escolar", "responsible": "Prof. Rosa",
        "inventory_date": "2024-07-01", "space_set_up": True, "collection_organised": True,
        "hours_posted": True, "plan_lector_activities": True, "enough_furniture": True})
    copies = put(ctx, "library_copies",
                 {"library_id": library, "registration_number": "0001", "title": "Paco Yunque"},
                 {"library_id": library, "registration_number": "0002", "title": "Ríos profundos"})
    put(ctx, "library_movements",
        {"copy_id": copies[0], "date": "2024-03-01", "quantity": 3, "reason": "ingreso"},
        {"copy_id": copies[1], "date": "2024-03-01", "quantity": 2, "reason": "ingreso"})
    put(ctx, "library_loans",
        {"copy_id": copies[0], "reader": "A.M.", "out_date": "2024-10-20", "due_date": "2024-10-30"},
        {"copy_id": copies[1], "reader": "B.R.", "out_date": "2024-09-01", "due_date": "2024-09-10",
         "returned_date": "2024-09-09"})
    return Written(plan, members, brigade, drills, visits, commitments, library, copies)
