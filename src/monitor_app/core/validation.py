"""Checks and normalises a record written by a user before anything touches storage."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from monitor_app.core import codes
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.identity import id_matches, identity_fields, mint_id, natural_key_id
from monitor_app.core.isbn import isbn13
from monitor_app.core.kind_spec import FieldSpec, FieldType, KindSpec

DELETED = "_deleted"
MAX_ID_LENGTH = 64
_SPACE = re.compile(r"\s")


def _wrong_type(spec: FieldSpec, value: Any) -> MonitorError:
    return MonitorError(ErrorCode.WRONG_TYPE, field=spec.name, expected=spec.type.value,
                        value=repr(value)[:60])


def _text(spec: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise _wrong_type(spec, value)
    text = value.strip()
    if len(text) > spec.max_length:
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text[:40] + "…",
                           allowed=f"≤ {spec.max_length}")
    return text


def _date(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value)
    try:
        if len(text) != len("2024-01-31"):
            raise ValueError(text)
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text,
                           allowed="AAAA-MM-DD") from None


_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _time(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value)
    if not _TIME.fullmatch(text):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text, allowed="HH:MM")
    return text


def _in_range(spec: FieldSpec, value: float) -> None:
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"{'' if low is None else _plain(low)}–{'' if high is None else _plain(high)}"
        raise MonitorError(ErrorCode.OUT_OF_RANGE, field=spec.name, value=value, allowed=bounds)


def _plain(bound: float) -> str:
    return str(int(bound)) if float(bound).is_integer() else str(bound)


def _integer(spec: FieldSpec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(spec, value)
    _in_range(spec, value)
    return value


def _number(spec: FieldSpec, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise _wrong_type(spec, value)
    _in_range(spec, float(value))
    return float(value)


def _boolean(spec: FieldSpec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _wrong_type(spec, value)
    return value


def _choice(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value)
    if text not in spec.choices:
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text,
                           allowed=", ".join(spec.choices))
    return text


def _catalogue_code(spec: FieldSpec, value: Any) -> str:
    """The code's form only: whether it is in its catalogue is asked of the stored catalogues."""
    text = _text(spec, value)
    if not text or len(text) > 64 or any(ch.isspace() for ch in text):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text,
                           allowed=f"código del catálogo {spec.catalogue}")
    return text


def _reference(spec: FieldSpec, value: Any) -> str:
    """Another record's id: the same rule as an id (printable, no spaces, at most 64)."""
    text = _text(spec, value)
    if (not text or len(text) > MAX_ID_LENGTH or not text.isprintable()
            or _SPACE.search(text)):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=repr(text)[1:-1],
                           allowed="id")
    return text


def _cod_mod(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value)
    if not codes.is_code(codes.pad_code(text, codes.COD_MOD_LENGTH), codes.COD_MOD_LENGTH):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text,
                           allowed="7 dígitos")
    return codes.pad_code(text, codes.COD_MOD_LENGTH)


def _anexo(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value)
    if len(text) > 1 or (text and not text.isalnum()):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text, allowed="0-9")
    return codes.normalise_anexo(text)


def _codlocal(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value)
    code = codes.pad_code(text, codes.CODLOCAL_LENGTH)
    if not codes.is_code(code, codes.CODLOCAL_LENGTH):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text,
                           allowed="6 dígitos")
    return code


def _isbn(spec: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise _wrong_type(spec, value)
    code = isbn13(value)
    if code is None:
        raise MonitorError(ErrorCode.INVALID_ISBN, field=spec.name, value=value.strip()[:40])
    return code


def _months(spec: FieldSpec, value: Any) -> str:
    """Months of the year as canonical JSON text: sorted, each once."""
    if not isinstance(value, list) or any(
        isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 12 for m in value
    ):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=repr(value)[:60],
                           allowed="[1..12]")
    return json.dumps(sorted(set(value)))


def _json(spec: FieldSpec, value: Any) -> str:
    """Any JSON value, stored as its canonical text (what the instrument item expects is
    checked against the instrument, not here)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if len(text) > spec.max_length:
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text[:40] + "…",
                           allowed=f"≤ {spec.max_length}")
    return text


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _sha256(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value).lower()
    if not _SHA256.fullmatch(text):
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text[:70],
                           allowed="SHA-256")
    return text


_NORMALISERS = {
    FieldType.TEXT: _text,
    FieldType.DATE: _date,
    FieldType.TIME: _time,
    FieldType.INTEGER: _integer,
    FieldType.NUMBER: _number,
    FieldType.BOOLEAN: _boolean,
    FieldType.CHOICE: _choice,
    FieldType.CATALOGUE: _catalogue_code,
    FieldType.REFERENCE: _reference,
    FieldType.COD_MOD: _cod_mod,
    FieldType.ANEXO: _anexo,
    FieldType.CODLOCAL: _codlocal,
    FieldType.ISBN: _isbn,
    FieldType.MONTHS: _months,
    FieldType.JSON: _json,
    FieldType.SHA256: _sha256,
}

_DECODED = (FieldType.MONTHS, FieldType.JSON)


def field_value(spec: FieldSpec, value: Any) -> Any:
    """The stored form of one value; None clears an optional field."""
    if value is None:
        if spec.required:
            raise MonitorError(ErrorCode.REQUIRED_FIELD, field=spec.name)
        return None
    normalised = _NORMALISERS[spec.type](spec, value)
    if isinstance(normalised, str):
        encodable(spec.name, normalised)
    if spec.required and normalised == "":
        raise MonitorError(ErrorCode.REQUIRED_FIELD, field=spec.name)
    return normalised


def encodable(field: str, text: str) -> str:
    """Text SQLite can store: a lone UTF-16 surrogate (which JSON's \\ud800 escapes can make)
    is not text, and would fail only when written."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise MonitorError(ErrorCode.TEXT_NOT_ENCODABLE, field=field) from None
    return text


def record_id(value: Any) -> str:
    """An id as every replica and file name must carry it: printable, no spaces, ≤ 64."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID_LENGTH:
        raise MonitorError(ErrorCode.WRONG_TYPE, field="id", expected="text",
                           value=repr(value)[:60])
    if not value.isprintable() or _SPACE.search(value):
        raise MonitorError(ErrorCode.INVALID_VALUE, field="id", value=repr(value)[1:-1],
                           allowed="id")
    return encodable("id", value)


def _check_fields(kind: KindSpec, incoming: Any) -> dict[str, Any]:
    if not isinstance(incoming, dict):
        raise MonitorError(ErrorCode.NOT_AN_OBJECT, kind=kind.name)
    for name in incoming:
        if name != "id" and kind.field(name) is None:
            raise MonitorError(ErrorCode.UNKNOWN_FIELD, kind=kind.name, field=name,
                               known=", ".join(("id", *kind.field_names)))
    return incoming


def record_key(kind: KindSpec, incoming: Any) -> str | None:
    """The id a put addresses: the one given, else the natural key's, else None (a new
    record). Raises on a malformed record so nothing is looked up for it."""
    fields = _check_fields(kind, incoming)
    if "id" in fields:
        return record_id(fields["id"])
    if not kind.natural_key:
        return None
    key_values = {}
    for name in kind.natural_key:
        spec = kind.field(name)
        key_values[name] = field_value(spec, fields.get(name))  # type: ignore[arg-type]
    return natural_key_id(kind, key_values)


def prepare_put(
    kind: KindSpec, incoming: Any, existing: Mapping[str, Any] | None, pk: str | None = None
) -> tuple[str, dict[str, Any]]:
    """(id, fields to write) for one put: a new record gets defaults and must have every
    required field (an empty field of a new record is not written: NULL is its value); an
    existing one changes only the fields named (a deleted one is restored).

    Identity fields (the natural key, or where the record belongs) never change: its id vouches
    for them (`core/identity.py`). A new record's id is minted from them; an id given for a new
    record must be the one they give."""
    fields = _check_fields(kind, incoming)
    if pk is None:
        pk = record_key(kind, fields)
    values = {
        name: field_value(kind.field(name), value)  # type: ignore[arg-type]
        for name, value in fields.items()
        if name != "id"
    }
    if existing is None:
        for spec in kind.fields:
            if spec.name not in values:
                if spec.required:
                    raise MonitorError(ErrorCode.REQUIRED_FIELD, field=spec.name)
                values[spec.name] = spec.default
        if pk is None:
            pk = mint_id(kind, values)
        elif not id_matches(kind, pk, values):
            if kind.natural_key:
                raise MonitorError(ErrorCode.KEY_FIELD_CHANGED, kind=kind.name,
                                   field=", ".join(kind.natural_key))
            raise MonitorError(ErrorCode.ID_NOT_FOR_NEW_RECORD, kind=kind.name, id=pk)
        values = {name: value for name, value in values.items() if value is not None}
        values[DELETED] = False
    else:
        for name in identity_fields(kind):
            if name in values and values[name] != existing.get(name):
                raise MonitorError(ErrorCode.KEY_FIELD_CHANGED, kind=kind.name, field=name)
        if existing.get(DELETED):
            values[DELETED] = False
    return pk, values


def stored_to_record(kind: KindSpec, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row as the user sees it: id first, then fields in their declared order."""
    record: dict[str, Any] = {"id": row["id"]}
    for spec in kind.fields:
        value = row.get(spec.name)
        if spec.type is FieldType.BOOLEAN and value is not None:
            value = bool(value)
        elif spec.type in _DECODED and isinstance(value, str):
            value = json.loads(value)
        record[spec.name] = value
    return record
