"""How a kind of synced record is described: its table, fields, types and identity."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class FieldType(StrEnum):
    TEXT = "text"
    DATE = "date"
    TIME = "time"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    CATALOGUE = "catalogue"
    REFERENCE = "reference"
    COD_MOD = "cod_mod"
    ANEXO = "anexo"
    CODLOCAL = "codlocal"
    ISBN = "isbn"
    MONTHS = "months"
    JSON = "json"
    SHA256 = "sha256"


class Place(StrEnum):
    """Where a record belongs, which decides who may hold and change it."""

    SCHOOL = "school"  # a service (cod_mod, anexo): visits
    LOCAL = "local"  # the premises (codlocal): GRD, brigades, devices, library
    LINK = "link"  # wherever the record it references belongs: answers, commitments...


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    required: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    references: str | None = None
    catalogue: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int = 4000

    def describe(self) -> dict[str, Any]:
        info: dict[str, Any] = {"name": self.name, "type": self.type.value, "required": self.required}
        if self.choices:
            info["choices"] = list(self.choices)
        if self.default is not None:
            info["default"] = self.default
        if self.references:
            info["references"] = self.references
        if self.catalogue:
            info["catalogue"] = self.catalogue
        if self.minimum is not None:
            info["minimum"] = self.minimum
        if self.maximum is not None:
            info["maximum"] = self.maximum
        return info


def flag(name: str) -> FieldSpec:
    """A yes/no field that starts as no (a document present, an item of a checklist)."""
    return FieldSpec(name, FieldType.BOOLEAN, default=False)


# A check over a whole record (its stored fields with the incoming ones on top) on a given day;
# it raises MonitorError naming the field. Pure: the day is passed in, never read from a clock.
RecordRule = Callable[[Mapping[str, Any], dt.date], None]


@dataclass(frozen=True)
class KindSpec:
    """A kind of record: its table and fields (besides `id` and the soft-delete mark).

    `natural_key` names the fields whose values give the record its id (the same on every
    device, so records created apart merge instead of duplicating); those fields never change.
    `unique` kinds refuse a second create with the same natural key instead of updating.
    `late_key` names the trailing key fields added after the kind was first released: they
    count in the id only when one of them is set, so records made before keep their ids.
    """

    name: str
    fields: tuple[FieldSpec, ...]
    natural_key: tuple[str, ...] = ()
    unique: bool = False
    rules: tuple[RecordRule, ...] = ()
    late_key: tuple[str, ...] = ()

    @property
    def table(self) -> str:
        return self.name

    @functools.cached_property
    def _by_name(self) -> dict[str, FieldSpec]:
        return {f.name: f for f in self.fields}

    def field(self, name: str) -> FieldSpec | None:
        # Asked for every field of every record put: a dict, not a scan of the fields.
        return self._by_name.get(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def place(self) -> Place:
        if self.field("cod_mod") is not None:
            return Place.SCHOOL
        if self.field("codlocal") is not None:
            return Place.LOCAL
        return Place.LINK

    @property
    def links(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.references is not None)

    def describe(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "kind": self.name,
            "place": self.place.value,
            "fields": [{"name": "id", "type": "text", "required": False}]
            + [f.describe() for f in self.fields],
        }
        if self.natural_key:
            info["natural_key"] = list(self.natural_key)
        return info
