"""The kinds of synced records, their fields and types. Names may be extended, never changed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError


class FieldType(StrEnum):
    TEXT = "text"
    DATE = "date"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    REFERENCE = "reference"
    COD_MOD = "cod_mod"
    ANEXO = "anexo"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    required: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    references: str | None = None
    max_length: int = 4000

    def describe(self) -> dict[str, Any]:
        info: dict[str, Any] = {"name": self.name, "type": self.type.value, "required": self.required}
        if self.choices:
            info["choices"] = list(self.choices)
        if self.default is not None:
            info["default"] = self.default
        if self.references:
            info["references"] = self.references
        return info


@dataclass(frozen=True)
class KindSpec:
    """A kind of record: its table and fields (besides `id` and the soft-delete mark)."""

    name: str
    fields: tuple[FieldSpec, ...]

    @property
    def table(self) -> str:
        return self.name

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def describe(self) -> dict[str, Any]:
        return {
            "kind": self.name,
            "fields": [{"name": "id", "type": "text", "required": False}]
            + [f.describe() for f in self.fields],
        }


VISIT_TYPES = (
    "monitoreo",
    "acompanamiento",
    "asistencia_tecnica",
    "supervision",
    "verificacion_compromisos",
)
VISIT_STATUSES = ("planificada", "en_curso", "cerrada", "anulada")
COMMITMENT_STATUSES = ("pendiente", "en_proceso", "cumplido", "no_cumplido", "anulado")

VISITS = KindSpec(
    "visits",
    (
        FieldSpec("cod_mod", FieldType.COD_MOD, required=True),
        FieldSpec("anexo", FieldType.ANEXO, default="0"),
        FieldSpec("date", FieldType.DATE, required=True),
        FieldSpec("type", FieldType.CHOICE, required=True, choices=VISIT_TYPES),
        FieldSpec("status", FieldType.CHOICE, choices=VISIT_STATUSES, default="planificada"),
        FieldSpec("notes", FieldType.TEXT, default=""),
    ),
)

COMMITMENTS = KindSpec(
    "commitments",
    (
        FieldSpec("visit_id", FieldType.REFERENCE, required=True, references="visits"),
        FieldSpec("description", FieldType.TEXT, required=True),
        FieldSpec("responsible", FieldType.TEXT, default=""),
        FieldSpec("due_date", FieldType.DATE),
        FieldSpec("status", FieldType.CHOICE, choices=COMMITMENT_STATUSES, default="pendiente"),
    ),
)

KINDS: dict[str, KindSpec] = {kind.name: kind for kind in (VISITS, COMMITMENTS)}


def kind_named(name: str) -> KindSpec:
    try:
        return KINDS[name]
    except KeyError:
        raise MonitorError(
            ErrorCode.UNKNOWN_KIND, kind=name, known=", ".join(sorted(KINDS))
        ) from None
