"""Records only the office writes: which specialist is assigned which school (D33)."""

from __future__ import annotations

from monitor_app.core.kind_spec import FieldSpec, FieldType, KindSpec

# A school (service) assigned to a specialist, named by the enrolled device id the office knows
# them by. The key gives every retry the same id; ending an assignment deletes the record and
# assigning again restores it.
ASSIGNMENTS = KindSpec(
    "assignments",
    (
        FieldSpec("cod_mod", FieldType.COD_MOD, required=True),
        FieldSpec("anexo", FieldType.ANEXO, required=True),  # part of the key: always given
        FieldSpec("device_id", FieldType.TEXT, required=True, max_length=64),
        FieldSpec("specialist", FieldType.TEXT, default="", max_length=120),
        FieldSpec("assigned_on", FieldType.DATE),
    ),
    natural_key=("cod_mod", "anexo", "device_id"),
)

# Kinds whose changes are applied only when an office (UGEL or DRE) wrote them.
OFFICE_KINDS = frozenset({ASSIGNMENTS.name})
