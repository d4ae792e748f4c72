"""Turning one padrón row (upper-case column -> text) into the values a directory table stores.

This runs 180,000 times per national cut, so it builds plain tuples in field order (the stored
form) instead of dataclasses; `School(*values)` gives the record when one is wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from monitor_app.core import codes
from monitor_app.core.directory import (
    CONTACT_FIELDS,
    PREMISES_FIELDS,
    SCHOOL_FIELDS,
    SUPPORT_INSTITUTION_LEVEL,
    Premises,
    RowIssue,
    RowRejected,
    School,
    Values,
)

_S = {name: index for index, name in enumerate(SCHOOL_FIELDS)}
_P = {name: index for index, name in enumerate(PREMISES_FIELDS)}
SCHOOL_KEY = (_S["cod_mod"], _S["anexo"])
SCHOOL_CODOOII = _S["codooii"]
PREMISES_KEY = (_P["codlocal"], _P["cod_mod"])
PREMISES_CODUGEL = _P["codugel"]
SCHOOL_COLUMNS = tuple(name.upper() for name in SCHOOL_FIELDS)  # what a reader is asked for
PREMISES_COLUMNS = tuple(name.upper() for name in PREMISES_FIELDS)
# What a row is screened by before the rest of it is read: the fields of its refusals, its key
# and the UGEL code its scope is judged by (the screen gives its key, cod_mod and UGEL code).
SCHOOL_SCREEN_COLUMNS = ("COD_MOD", "ANEXO", "CEN_EDU", "NIV_MOD", "CODOOII")
PREMISES_SCREEN_COLUMNS = ("CODLOCAL", "COD_MOD", "CODUGEL")
Fields = tuple[str, ...]
Parser = Callable[[Fields], Values]
Screened = tuple[tuple[str, str], str, str]  # (key, cod_mod, UGEL code)
Screen = Callable[[Fields], Screened]


def coordinate(raw: str) -> float | None:
    """Degrees, or None: the padrón writes 0.0 (and blanks) for an unknown position."""
    text = raw.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    if value == 0.0 or not -180.0 <= value <= 180.0:
        return None
    return value


def padron_date(raw: str) -> str | None:
    """ISO date from the padrón's dd-mm-yyyy (or dd/mm/yyyy, or already ISO); None if unusable."""
    text = raw.strip()
    if not text:
        return None
    if len(text) == 10 and text[2] == text[5] and text[2] in "-/":  # the padrón's own form
        day, month, year = text[:2], text[3:5], text[6:]
        if (day + month + year).isdigit() and "01" <= month <= "12" and "01" <= day <= "31":
            return f"{year}-{month}-{day}"
        return None
    parts = text.replace("/", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    if len(parts[0]) == 4:
        year, month, day = parts
    else:
        day, month, year = parts
    if len(year) != 4 or not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _code(raw: str, length: int) -> str:
    return raw if len(raw) == length else codes.pad_code(raw, length)


def _valid_code(raw: str, length: int) -> str:
    """A row's key code, padded, or RowRejected: missing or not `length` digits."""
    text = raw.strip()
    if not text:
        raise RowRejected(RowIssue.MISSING_CODE)
    code = _code(text, length)
    if not codes.is_code(code, length):
        raise RowRejected(RowIssue.INVALID_CODE, text)
    return code


def _school_name(raw: str, level: str, cod_mod: str) -> str:
    """A school's name, or RowRejected: blank, or the row is a support institution's."""
    name = raw.strip()
    if not name:
        raise RowRejected(RowIssue.MISSING_NAME, cod_mod)
    if level == SUPPORT_INSTITUTION_LEVEL:
        raise RowRejected(RowIssue.SUPPORT_INSTITUTION, f"{cod_mod} {name}")
    return name


def school_screen(fields: Fields) -> Screened:
    """From one row's SCHOOL_SCREEN_COLUMNS texts: its key, cod_mod and CODOOII, or the same
    RowRejected its whole parse gives; a row can be judged before the rest of it is read."""
    raw_code, raw_anexo, raw_name, level, codooii = fields
    cod_mod = _valid_code(raw_code, codes.COD_MOD_LENGTH)
    _school_name(raw_name, level, cod_mod)
    return (cod_mod, codes.normalise_anexo(raw_anexo)), cod_mod, _code(codooii, 6)


def premises_screen(fields: Fields) -> Screened:
    """From one row's PREMISES_SCREEN_COLUMNS texts: its key, cod_mod and CODUGEL."""
    raw_local, raw_code, codugel = fields
    cod_mod = _code(raw_code, codes.COD_MOD_LENGTH)
    return (_valid_code(raw_local, codes.CODLOCAL_LENGTH), cod_mod), cod_mod, _code(codugel, 6)


def school_parser(*, keep_contacts: bool) -> Parser:
    """A function from one row's SCHOOL_COLUMNS texts to a school's stored values, or
    RowRejected. Readers hand over stripped text; only the key fields are stripped again."""
    i_code, i_name, i_anexo = _S["cod_mod"], _S["cen_edu"], _S["anexo"]
    i_level = _S["niv_mod"]
    padded = [(_S[f], n) for f, n in (("codlocal", 6), ("codooii", 6), ("codgeo", 6))]
    coordinates = [_S["nlat_ie"], _S["nlong_ie"]]
    dates = [_S["fechareg"], _S["fecha_act"]]
    contacts = [_S[f] for f in CONTACT_FIELDS]

    def parse(fields: Fields) -> Values:
        values: list[str | float | None] = list(fields)
        cod_mod = _valid_code(fields[i_code], codes.COD_MOD_LENGTH)
        name = _school_name(fields[i_name], fields[i_level], cod_mod)
        values[i_code], values[i_name] = cod_mod, name
        values[i_anexo] = codes.normalise_anexo(fields[i_anexo])
        for index, length in padded:
            values[index] = _code(fields[index], length)
        for index in coordinates:
            values[index] = coordinate(fields[index])
        for index in dates:
            values[index] = padron_date(fields[index])
        for index in contacts:
            values[index] = (values[index] or None) if keep_contacts else None
        return tuple(values)

    return parse


def premises_parser() -> Parser:
    """A function from one row's PREMISES_COLUMNS texts (locales adicionales file) to a
    premises' stored values, or RowRejected."""
    i_local = _P["codlocal"]
    padded = [(_P[f], n) for f, n in (("cod_mod", 7), ("codugel", 6), ("codgeo", 6))]
    coordinates = [_P["nlatitud"], _P["nlongitud"]]

    def parse(fields: Fields) -> Values:
        values: list[str | float | None] = list(fields)
        values[i_local] = _valid_code(fields[i_local], codes.CODLOCAL_LENGTH)
        for index, length in padded:
            values[index] = _code(fields[index], length)
        for index in coordinates:
            values[index] = coordinate(fields[index])
        return tuple(values)

    return parse


def school_from_row(row: Mapping[str, str], *, keep_contacts: bool) -> School:
    """A School from one row given by column name (convenient outside the import loop)."""
    fields = tuple(row.get(column, "") for column in SCHOOL_COLUMNS)
    return School(*school_parser(keep_contacts=keep_contacts)(fields))


def premises_from_row(row: Mapping[str, str]) -> Premises:
    return Premises(*premises_parser()(tuple(row.get(column, "") for column in PREMISES_COLUMNS)))
