"""Visits, the answers given with an instrument, commitments and evidence photos."""

from __future__ import annotations

from monitor_app.core.kind_spec import FieldSpec, FieldType, KindSpec
from monitor_app.core.record_rules import exactly_one_of, not_before, not_in_future

VISIT_STATUSES = ("planificada", "en_curso", "cerrada", "anulada")
VISIT_MODALITIES = ("presencial", "remota")
COMMITMENT_STATUSES = ("pendiente", "en_proceso", "cumplido", "no_cumplido", "anulado")
OPEN_COMMITMENT_STATUSES = ("pendiente", "en_proceso")
# What each visit type is filled in with: the instruments whose `applies_to` is one of these.
INSTRUMENTS_FOR_VISIT_TYPE: dict[str, tuple[str, ...]] = {
    "monitoreo": ("visit",),
    "acompanamiento": ("visit",),
    "supervision": ("grd", "drill"),
    "asistencia_tecnica": ("library",),
}

VISITS = KindSpec(
    "visits",
    (
        FieldSpec("cod_mod", FieldType.COD_MOD, required=True),
        FieldSpec("anexo", FieldType.ANEXO, default="0"),
        FieldSpec("date", FieldType.DATE, required=True),
        FieldSpec("type", FieldType.CATALOGUE, required=True, catalogue="visit_types"),
        FieldSpec("status", FieldType.CHOICE, choices=VISIT_STATUSES, default="planificada"),
        FieldSpec("notes", FieldType.TEXT, default=""),
        FieldSpec("specialist", FieldType.TEXT, default="", max_length=120),
        FieldSpec("start_time", FieldType.TIME),
        FieldSpec("end_time", FieldType.TIME),
        FieldSpec("modality", FieldType.CHOICE, choices=VISIT_MODALITIES, default="presencial"),
        FieldSpec("latitude", FieldType.NUMBER, minimum=-90, maximum=90),
        FieldSpec("longitude", FieldType.NUMBER, minimum=-180, maximum=180),
        FieldSpec("acta_signed", FieldType.BOOLEAN, default=False),
    ),
    rules=(
        not_in_future("date", unless={"status": ("planificada", "anulada")}),
        not_before("end_time", "start_time"),
    ),
)

ANSWERS = KindSpec(
    "answers",
    (
        FieldSpec("visit_id", FieldType.REFERENCE, required=True, references="visits"),
        FieldSpec("instrument", FieldType.TEXT, required=True, max_length=64),
        FieldSpec("version", FieldType.INTEGER, required=True, minimum=1),
        FieldSpec("item", FieldType.TEXT, required=True, max_length=64),
        FieldSpec("value", FieldType.JSON),
        FieldSpec("evidence_text", FieldType.TEXT, default=""),
        FieldSpec("note", FieldType.TEXT, default=""),
    ),
    natural_key=("visit_id", "instrument", "version", "item"),
)

COMMITMENTS = KindSpec(
    "commitments",
    (
        FieldSpec("visit_id", FieldType.REFERENCE, required=True, references="visits"),
        FieldSpec("description", FieldType.TEXT, required=True),
        FieldSpec("responsible", FieldType.TEXT, default=""),
        FieldSpec("due_date", FieldType.DATE),
        FieldSpec("status", FieldType.CHOICE, choices=COMMITMENT_STATUSES, default="pendiente"),
        FieldSpec("cge", FieldType.CATALOGUE, catalogue="cge"),
        FieldSpec("verified_visit_id", FieldType.REFERENCE, references="visits"),
        FieldSpec("verified_on", FieldType.DATE),
        FieldSpec("verification_note", FieldType.TEXT, default=""),
    ),
    rules=(not_in_future("verified_on"),),
)

EVIDENCE_TARGETS = ("visit_id", "answer_id", "grd_plan_id", "safety_device_id", "commitment_id")

EVIDENCE = KindSpec(
    "evidence",
    (
        FieldSpec("sha256", FieldType.SHA256, required=True),
        FieldSpec("visit_id", FieldType.REFERENCE, references="visits"),
        FieldSpec("answer_id", FieldType.REFERENCE, references="answers"),
        FieldSpec("grd_plan_id", FieldType.REFERENCE, references="grd_plans"),
        FieldSpec("safety_device_id", FieldType.REFERENCE, references="safety_devices"),
        FieldSpec("commitment_id", FieldType.REFERENCE, references="commitments"),
        FieldSpec("media_type", FieldType.TEXT, default="image/jpeg", max_length=64),
        FieldSpec("width", FieldType.INTEGER, minimum=1),
        FieldSpec("height", FieldType.INTEGER, minimum=1),
        FieldSpec("size_bytes", FieldType.INTEGER, minimum=1),
        FieldSpec("caption", FieldType.TEXT, default="", max_length=500),
        FieldSpec("taken_on", FieldType.DATE),
    ),
    natural_key=("sha256", *EVIDENCE_TARGETS),
    rules=(exactly_one_of(*EVIDENCE_TARGETS), not_in_future("taken_on")),
    late_key=("commitment_id",),  # photos of commitments came later (D34)
)

# The school's own word that a commitment was kept (D34): one per commitment, apart from the
# specialist's verification (the commitment's status and verified_* fields), so neither
# overwrites the other.
COMMITMENT_REPORTS = KindSpec(
    "commitment_reports",
    (
        FieldSpec("commitment_id", FieldType.REFERENCE, required=True, references="commitments"),
        FieldSpec("reported_on", FieldType.DATE, required=True),
        FieldSpec("note", FieldType.TEXT, default=""),
        FieldSpec("reporter", FieldType.TEXT, default="", max_length=120),
    ),
    natural_key=("commitment_id",),
    rules=(not_in_future("reported_on"),),
)
