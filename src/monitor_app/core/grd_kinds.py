"""Disaster-risk management of a local: its GRD body, plan, brigades, drills and devices."""

from __future__ import annotations

from monitor_app.core.kind_spec import FieldSpec, FieldType, KindSpec, flag
from monitor_app.core.record_rules import no_dni, not_in_future

PLAN_STATUSES = ("no_tiene", "en_elaboracion", "aprobado", "actualizado")
RISK_LEVELS = ("bajo", "medio", "alto", "muy_alto")
MEMBER_TYPES = ("docente", "personal", "estudiante", "padre_madre")
POSITIONS = ("titular", "alterno")
SHIFTS = ("manana", "tarde", "noche")
DEVICE_STATES = ("operativo", "por_reponer", "vencido")
PLAN_DOCUMENTS = (
    "has_risk_map",
    "has_evacuation_map",
    "has_isie",
    "protocol_first_aid",
    "protocol_socioemotional",
    "protocol_student_handover",
    "protocol_fire",
)


GRD_BODIES = KindSpec(
    "grd_bodies",
    (
        FieldSpec("codlocal", FieldType.CODLOCAL, required=True),
        FieldSpec("body_type", FieldType.CATALOGUE, required=True, catalogue="grd_body_types"),
        FieldSpec("rd_number", FieldType.TEXT, default="", max_length=60),
        FieldSpec("rd_date", FieldType.DATE),
        FieldSpec("responsible_grd", FieldType.TEXT, default="", max_length=120),
    ),
    natural_key=("codlocal",),
    rules=(not_in_future("rd_date"),),
)

GRD_BODY_MEMBERS = KindSpec(
    "grd_body_members",
    (
        FieldSpec("body_id", FieldType.REFERENCE, required=True, references="grd_bodies"),
        FieldSpec("name", FieldType.TEXT, required=True, max_length=120),
        FieldSpec("role", FieldType.CATALOGUE, required=True, catalogue="grd_body_roles"),
    ),
    rules=(no_dni("name"),),
)

GRD_PLANS = KindSpec(
    "grd_plans",
    (
        FieldSpec("codlocal", FieldType.CODLOCAL, required=True),
        FieldSpec("year", FieldType.INTEGER, required=True, minimum=2000, maximum=2100),
        FieldSpec("status", FieldType.CHOICE, choices=PLAN_STATUSES, default="en_elaboracion"),
        FieldSpec("approval_rd", FieldType.TEXT, default="", max_length=60),
        FieldSpec("approval_date", FieldType.DATE),
        FieldSpec("updated_on", FieldType.DATE),
        *(flag(name) for name in PLAN_DOCUMENTS),
    ),
    natural_key=("codlocal", "year"),
    rules=(not_in_future("approval_date"), not_in_future("updated_on")),
)

GRD_PLAN_HAZARDS = KindSpec(
    "grd_plan_hazards",
    (
        FieldSpec("plan_id", FieldType.REFERENCE, required=True, references="grd_plans"),
        FieldSpec("hazard", FieldType.CATALOGUE, required=True, catalogue="hazards"),
        FieldSpec("months", FieldType.MONTHS),
        FieldSpec("risk_level", FieldType.CHOICE, required=True, choices=RISK_LEVELS),
        flag("has_contingency"),
        FieldSpec("contingency_notes", FieldType.TEXT, default=""),
    ),
    natural_key=("plan_id", "hazard"),
)

BRIGADES = KindSpec(
    "brigades",
    (
        FieldSpec("codlocal", FieldType.CODLOCAL, required=True),
        FieldSpec("brigade_type", FieldType.CATALOGUE, required=True, catalogue="brigade_types"),
        FieldSpec("formed_on", FieldType.DATE),
        FieldSpec("rd_number", FieldType.TEXT, default="", max_length=60),
    ),
    natural_key=("codlocal", "brigade_type"),
    rules=(not_in_future("formed_on"),),
)

BRIGADE_MEMBERS = KindSpec(
    "brigade_members",
    (
        FieldSpec("brigade_id", FieldType.REFERENCE, required=True, references="brigades"),
        FieldSpec("name", FieldType.TEXT, required=True, max_length=120),
        FieldSpec("member_type", FieldType.CHOICE, required=True, choices=MEMBER_TYPES),
        FieldSpec("role", FieldType.CATALOGUE, required=True, catalogue="brigade_roles"),
        FieldSpec("position", FieldType.CHOICE, choices=POSITIONS, default="titular"),
        FieldSpec("trained_on", FieldType.DATE),
    ),
    rules=(no_dni("name"), not_in_future("trained_on")),
)

DRILLS = KindSpec(
    "drills",
    (
        FieldSpec("codlocal", FieldType.CODLOCAL, required=True),
        FieldSpec("date", FieldType.DATE, required=True),
        FieldSpec("shift", FieldType.CHOICE, required=True, choices=SHIFTS),
        FieldSpec("time", FieldType.TIME),
        FieldSpec("hazard", FieldType.CATALOGUE, required=True, catalogue="hazards"),
        flag("national"),
        FieldSpec("students", FieldType.INTEGER, minimum=0, default=0),
        FieldSpec("teachers", FieldType.INTEGER, minimum=0, default=0),
        FieldSpec("staff", FieldType.INTEGER, minimum=0, default=0),
        FieldSpec("parents", FieldType.INTEGER, minimum=0, default=0),
        FieldSpec("evacuation_seconds", FieldType.INTEGER, minimum=0, maximum=86_400),
        FieldSpec("alarm_worked", FieldType.BOOLEAN),
        FieldSpec("observations", FieldType.TEXT, default=""),
        flag("reported"),
    ),
    natural_key=("codlocal", "date", "shift"),
    rules=(not_in_future("date"),),
)

SAFETY_DEVICES = KindSpec(
    "safety_devices",
    (
        FieldSpec("codlocal", FieldType.CODLOCAL, required=True),
        FieldSpec("device_type", FieldType.CATALOGUE, required=True, catalogue="device_types"),
        FieldSpec("quantity", FieldType.INTEGER, required=True, minimum=0, maximum=100_000),
        FieldSpec("state", FieldType.CHOICE, choices=DEVICE_STATES, default="operativo"),
        FieldSpec("location", FieldType.TEXT, default="", max_length=200),
        FieldSpec("expiry_date", FieldType.DATE),
    ),
)
