"""Instruments (fichas, rúbricas) as versioned data: parsing a definition, checking answers.

A definition is a JSON document (`resources/instruments/*.json`, format "monitor-instrument")
checked against the JSON Schema the caller passes in, plus the rules a schema cannot express.
Answers are keyed by (instrument, version, item code), so a version once published never
changes: a changed instrument is a new version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from monitor_app.core.errors import ErrorCode, MonitorError

FORMAT = "monitor-instrument"
YES_NO = ("si", "no")
YES_NO_NA = ("si", "no", "na")
LEVEL_VALUES = (1, 2, 3, 4)
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Level:
    value: int
    label: str
    descriptor: str


@dataclass(frozen=True)
class Option:
    code: str
    label: str


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    response: str
    required: bool = False
    evidence_required: bool = False
    means_of_verification: str = ""
    help: str = ""
    levels: tuple[Level, ...] = ()
    options: tuple[Option, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    items: tuple[Item, ...]
    description: str = ""


@dataclass(frozen=True)
class Instrument:
    code: str
    version: int
    title: str
    applies_to: str
    sections: tuple[Section, ...]
    description: str = ""
    definition: str = ""  # the canonical JSON text it was parsed from

    @property
    def sha256(self) -> str:
        return definition_sha256(self.definition)

    def items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items

    def item(self, code: str) -> Item | None:
        return next((item for item in self.items() if item.code == code), None)


def definition_text(document: Any) -> str:
    """The canonical JSON text of a definition: the same content always gives the same text
    (and hash), however the file was indented."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def definition_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- parsing -------------------------------------------------------------------------------

def _where(path: Collection[Any]) -> str:
    """`sections[1].items[3].levels` for the path ["sections", 1, "items", 3, "levels"]."""
    where = ""
    for part in path:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    return where or "documento"


def _refuse(name: str, problem: str, path: Collection[Any]) -> MonitorError:
    return MonitorError(ErrorCode.INSTRUMENT_INVALID, file=name, problem=problem, where=_where(path))


_TYPE_NAMES = {"object": "un objeto", "array": "una lista", "string": "un texto",
               "integer": "un número entero", "number": "un número", "boolean": "true o false"}


def _schema_problem(error: Any) -> str:
    """A jsonschema error as a short Spanish phrase (the path is reported apart)."""
    kind, expected, found = error.validator, error.validator_value, error.instance
    schema_path = list(error.schema_path)
    if "dependentSchemas" in schema_path:
        field = schema_path[schema_path.index("dependentSchemas") + 1]
        return f"«{field}» no corresponde a la respuesta «{found}»"
    if kind == "required":
        missing = [name for name in expected if name not in found]
        return f"falta «{missing[0]}»"
    if kind == "additionalProperties":
        unknown = sorted(set(found) - set(error.schema.get("properties", {})))
        return f"campo desconocido «{unknown[0]}»"
    if kind == "type":
        return f"se espera {_TYPE_NAMES.get(expected, expected)}"
    if kind == "const":
        return f"se espera «{expected}»"
    if kind == "enum":
        return f"«{found}» no es válido; se espera uno de: {', '.join(map(str, expected))}"
    if kind == "pattern":
        return f"«{found}» no es un código válido (letras sin tildes, dígitos, _ . -)"
    if kind == "minLength":
        return "no puede estar vacío"
    if kind == "maxLength":
        return f"demasiado largo (máximo {expected} caracteres)"
    if kind == "minItems":
        return f"se esperan al menos {expected} elementos"
    if kind == "maxItems":
        return f"se esperan como máximo {expected} elementos"
    if kind == "minimum":
        return f"debe ser ≥ {expected}"
    if kind == "maximum":
        return f"debe ser ≤ {expected}"
    return str(error.message)


def _check_schema(document: Any, name: str, schema: Mapping[str, Any]) -> None:
    # Imported here: jsonschema is slow to import and only loading an instrument needs it.
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    error = best_match(Draft202012Validator(schema).iter_errors(document))
    if error is not None:
        raise _refuse(name, _schema_problem(error), error.absolute_path)


def _item(raw: Mapping[str, Any], name: str, path: list[Any]) -> Item:
    levels = tuple(Level(lv["value"], lv["label"], lv["descriptor"]) for lv in raw.get("levels", ()))
    if levels and tuple(level.value for level in levels) != LEVEL_VALUES:
        raise _refuse(name, "los niveles deben tener los valores 1, 2, 3 y 4, en ese orden",
                      [*path, "levels"])
    options = tuple(Option(op["code"], op["label"]) for op in raw.get("options", ()))
    codes = [option.code for option in options]
    for index, code in enumerate(codes):
        if code in codes[:index]:
            raise _refuse(name, f"opción repetida «{code}»", [*path, "options", index, "code"])
    minimum, maximum = raw.get("minimum"), raw.get("maximum")
    if minimum is not None and maximum is not None and minimum > maximum:
        raise _refuse(name, f"el mínimo ({minimum}) es mayor que el máximo ({maximum})",
                      [*path, "minimum"])
    return Item(raw["code"], raw["text"], raw["response"], raw.get("required", False),
                raw.get("evidence_required", False), raw.get("means_of_verification", ""),
                raw.get("help", ""), levels, options, minimum, maximum)


def _sections(document: Mapping[str, Any], name: str) -> tuple[Section, ...]:
    sections: list[Section] = []
    seen_sections: set[str] = set()
    seen_items: set[str] = set()
    for s_index, raw in enumerate(document["sections"]):
        if raw["code"] in seen_sections:
            raise _refuse(name, f"sección repetida «{raw['code']}»", ["sections", s_index, "code"])
        seen_sections.add(raw["code"])
        items = []
        for i_index, raw_item in enumerate(raw["items"]):
            path = ["sections", s_index, "items", i_index]
            if raw_item["code"] in seen_items:
                raise _refuse(name, f"ítem repetido «{raw_item['code']}»", [*path, "code"])
            seen_items.add(raw_item["code"])
            items.append(_item(raw_item, name, path))
        sections.append(Section(raw["code"], raw["title"], tuple(items), raw.get("description", "")))
    return tuple(sections)


def parse_instrument(document: Any, name: str, schema: Mapping[str, Any]) -> Instrument:
    """The instrument a decoded JSON document defines, or one INSTRUMENT_INVALID refusal naming
    the file, the problem and where it is (`sections[1].items[3].levels`). `schema` is the
    decoded `instrument.schema.json` (read by the caller: the core does no I/O)."""
    _check_schema(document, name, schema)
    return Instrument(document["code"], document["version"], document["title"],
                      document["applies_to"], _sections(document, name),
                      document.get("description", ""), definition_text(document))


# --- answers -------------------------------------------------------------------------------

def _number_range(item: Item) -> str:
    low, high = item.minimum, item.maximum
    if low is not None and high is not None:
        return f"número de {low:g} a {high:g}"
    if low is not None:
        return f"número ≥ {low:g}"
    if high is not None:
        return f"número ≤ {high:g}"
    return "número"


def _is_number(value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _fits(item: Item, value: Any) -> tuple[bool, str]:
    """Whether a (non-null) answer fits the item's response type, and what would fit."""
    codes = [option.code for option in item.options]
    match item.response:
        case "yes_no" | "yes_no_na":
            allowed = YES_NO if item.response == "yes_no" else YES_NO_NA
            return isinstance(value, str) and value in allowed, ", ".join(allowed)
        case "level":
            values = [level.value for level in item.levels]
            fits = isinstance(value, int) and not isinstance(value, bool) and value in values
            return fits, ", ".join(map(str, values))
        case "number":
            fits = _is_number(value) and (item.minimum is None or value >= item.minimum) and (
                item.maximum is None or value <= item.maximum)
            return fits, _number_range(item)
        case "text":
            return isinstance(value, str), "texto"
        case "date":
            return _is_date(value), "AAAA-MM-DD"
        case "photo":
            return isinstance(value, str) and bool(_SHA256.fullmatch(value)), "SHA-256 de una evidencia (64 hex)"
        case "single_choice":
            return isinstance(value, str) and value in codes, ", ".join(codes)
        case "multiple_choice":
            fits = (isinstance(value, list) and all(isinstance(v, str) and v in codes for v in value)
                    and len(set(value)) == len(value))
            return fits, "lista sin repetidos de: " + ", ".join(codes)
    return False, item.response  # a response type this version does not know


def check_answer(instrument: Instrument, item_code: str, value: Any) -> None:
    """Refuse an answer the item does not know or that falls outside its scale. `None` (no
    answer yet) always fits: required items are checked when the visit is closed."""
    item = instrument.item(item_code)
    if item is None:
        raise MonitorError(ErrorCode.ITEM_NOT_FOUND, item=item_code, instrument=instrument.code,
                           version=instrument.version)
    if value is None:
        return
    fits, allowed = _fits(item, value)
    if not fits:
        shown = json.dumps(value, ensure_ascii=False)
        raise MonitorError(ErrorCode.ANSWER_OUT_OF_SCALE, item=item_code, value=shown[:60],
                           allowed=allowed, instrument=instrument.code, version=instrument.version)


def missing_evidence(instrument: Instrument, evidenced_item_codes: Collection[str],
                     answered_item_codes: Collection[str]) -> list[str]:
    """The answered items that require evidence (written, or a photo) and have none."""
    return [item.code for item in instrument.items()
            if item.evidence_required and item.code in answered_item_codes
            and item.code not in evidenced_item_codes]


def missing_required(instrument: Instrument, answered_item_codes: Collection[str]) -> list[str]:
    """The required items without an answer, in the instrument's order."""
    return [item.code for item in instrument.items()
            if item.required and item.code not in answered_item_codes]
