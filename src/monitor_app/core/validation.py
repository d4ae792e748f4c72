"""Checks and normalises a record written by a user before anything touches storage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from monitor_app.core import codes
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.ids import uuid7
from monitor_app.core.kinds import FieldSpec, FieldType, KindSpec

DELETED = "_deleted"
MAX_ID_LENGTH = 64


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


def _integer(spec: FieldSpec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(spec, value)
    return value


def _number(spec: FieldSpec, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _wrong_type(spec, value)
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


def _reference(spec: FieldSpec, value: Any) -> str:
    text = _text(spec, value)
    if not text or len(text) > MAX_ID_LENGTH:
        raise MonitorError(ErrorCode.INVALID_VALUE, field=spec.name, value=text, allowed="id")
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


_NORMALISERS = {
    FieldType.TEXT: _text,
    FieldType.DATE: _date,
    FieldType.INTEGER: _integer,
    FieldType.NUMBER: _number,
    FieldType.BOOLEAN: _boolean,
    FieldType.CHOICE: _choice,
    FieldType.REFERENCE: _reference,
    FieldType.COD_MOD: _cod_mod,
    FieldType.ANEXO: _anexo,
}


def field_value(spec: FieldSpec, value: Any) -> Any:
    """The stored form of one value; None clears an optional field."""
    if value is None:
        if spec.required:
            raise MonitorError(ErrorCode.REQUIRED_FIELD, field=spec.name)
        return None
    normalised = _NORMALISERS[spec.type](spec, value)
    if spec.required and normalised == "":
        raise MonitorError(ErrorCode.REQUIRED_FIELD, field=spec.name)
    return normalised


def record_id(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID_LENGTH:
        raise MonitorError(ErrorCode.WRONG_TYPE, field="id", expected="text",
                           value=repr(value)[:60])
    if any(ch.isspace() for ch in value):
        raise MonitorError(ErrorCode.INVALID_VALUE, field="id", value=value, allowed="id")
    return value


def prepare_put(
    kind: KindSpec, incoming: Any, existing: Mapping[str, Any] | None
) -> tuple[str, dict[str, Any]]:
    """(id, fields to write) for one put: a new record gets defaults and must have every
    required field; an existing one changes only the fields named (a deleted one is restored)."""
    if not isinstance(incoming, dict):
        raise MonitorError(ErrorCode.NOT_AN_OBJECT, kind=kind.name)
    for name in incoming:
        if name != "id" and kind.field(name) is None:
            raise MonitorError(ErrorCode.UNKNOWN_FIELD, kind=kind.name, field=name,
                               known=", ".join(("id", *kind.field_names)))
    pk = record_id(incoming["id"]) if "id" in incoming else uuid7()
    values = {
        name: field_value(kind.field(name), value)  # type: ignore[arg-type]
        for name, value in incoming.items()
        if name != "id"
    }
    if existing is None:
        for spec in kind.fields:
            if spec.name not in values:
                if spec.required:
                    raise MonitorError(ErrorCode.REQUIRED_FIELD, field=spec.name)
                values[spec.name] = spec.default
        values[DELETED] = False
    elif existing.get(DELETED):
        values[DELETED] = False
    return pk, values


def stored_to_record(kind: KindSpec, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row as the user sees it: id first, then fields in their declared order."""
    record: dict[str, Any] = {"id": row["id"]}
    for spec in kind.fields:
        value = row.get(spec.name)
        if spec.type is FieldType.BOOLEAN and value is not None:
            value = bool(value)
        record[spec.name] = value
    return record
