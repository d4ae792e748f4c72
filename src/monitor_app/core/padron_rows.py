"""Turning padrón rows (upper-case column -> text) into the values a directory table stores.

This runs over 180,000 rows per national cut, so it works a block of rows at a time, column by
column: each field's rule is mapped over its column (remembered while the column repeats, see
`ColumnMap`), and the stored rows are zipped from the columns only as SQLite takes them. The
rules below are the only definition of a row's refusals and stored form; `school_from_row` gives
one row as a `School` through the same parser.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import count

from monitor_app.core import codes
from monitor_app.core.column_map import ColumnMap
from monitor_app.core.directory import (
    CONTACT_FIELDS,
    PREMISES_FIELDS,
    SCHOOL_FIELDS,
    SUPPORT_INSTITUTION_LEVEL,
    Premises,
    RowIssue,
    RowRejected,
    School,
)

_S = {name: index for index, name in enumerate(SCHOOL_FIELDS)}
_P = {name: index for index, name in enumerate(PREMISES_FIELDS)}
SCHOOL_KEY = (_S["cod_mod"], _S["anexo"])
PREMISES_KEY = (_P["codlocal"], _P["cod_mod"])
SCHOOL_COLUMNS = tuple(name.upper() for name in SCHOOL_FIELDS)  # the stored fields' columns
PREMISES_COLUMNS = tuple(name.upper() for name in PREMISES_FIELDS)
# What a row is screened by before the rest of it is read: the fields of its refusals, its key
# and the UGEL code its scope is judged by (the screen gives its key, cod_mod and UGEL code).
SCHOOL_SCREEN_COLUMNS = ("COD_MOD", "ANEXO", "CEN_EDU", "NIV_MOD", "CODOOII")
PREMISES_SCREEN_COLUMNS = ("CODLOCAL", "COD_MOD", "CODUGEL")
Fields = tuple[str, ...]
Columns = Sequence[Sequence[str]]  # a block of rows by column: columns[field][row]
Screened = tuple[tuple[str, str], str, str]  # (key, cod_mod, UGEL code)
Screen = Callable[[Fields], Screened]
Value = str | float | None
DAYS = 40_000  # a century of dates, each parsed once per file


@dataclass(frozen=True)
class Parsed:
    """A block of rows parsed: the stored values by field (as `columns`, row for row; a refused
    row's values mean nothing) and why each refused row was refused, by its index in the block."""

    columns: list[Sequence[Value]]
    refused: dict[int, RowRejected]


Parser = Callable[[Columns], Parsed]


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


def _code(length: int, raw: str) -> str:
    return raw if len(raw) == length else codes.pad_code(raw, length)


def _valid_code(length: int, raw: str) -> str:
    """A row's key code, padded, or RowRejected: missing or not `length` digits."""
    text = raw.strip()
    if not text:
        raise RowRejected(RowIssue.MISSING_CODE)
    code = _code(length, text)
    if not codes.is_code(code, length):
        raise RowRejected(RowIssue.INVALID_CODE, text)
    return code


# Rules of one text each, for mapping over columns (positional partials: keywords cost a dict
# per call).
_valid_cod_mod = partial(_valid_code, codes.COD_MOD_LENGTH)
_valid_codlocal = partial(_valid_code, codes.CODLOCAL_LENGTH)
_cod_mod = partial(_code, codes.COD_MOD_LENGTH)
_six_digits = partial(_code, 6)  # codlocal, and the UGEL and ubigeo codes


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
    cod_mod = _valid_cod_mod(raw_code)
    _school_name(raw_name, level, cod_mod)
    return (cod_mod, codes.normalise_anexo(raw_anexo)), cod_mod, _six_digits(codooii)


def premises_screen(fields: Fields) -> Screened:
    """From one row's PREMISES_SCREEN_COLUMNS texts: its key, cod_mod and CODUGEL."""
    raw_local, raw_code, codugel = fields
    cod_mod = _cod_mod(raw_code)
    return (_valid_codlocal(raw_local), cod_mod), cod_mod, _six_digits(codugel)


def school_columns_read(*, keep_contacts: bool) -> tuple[str | None, ...]:
    """What a school parser reads: SCHOOL_COLUMNS, None for the contacts it does not keep (a
    reader need not cut them)."""
    withheld = () if keep_contacts else tuple(field.upper() for field in CONTACT_FIELDS)
    return tuple(None if column in withheld else column for column in SCHOOL_COLUMNS)


def school_parser(*, keep_contacts: bool) -> Parser:
    """A function from a block of rows' `school_columns_read` texts (stripped by the reader) to
    the schools' stored values and refusals. It keeps what it learns between blocks: use one per
    file."""
    i_code, i_name, i_level = _S["cod_mod"], _S["cen_edu"], _S["niv_mod"]
    rules: list[tuple[int, ColumnMap[Value]]] = [
        (_S["anexo"], ColumnMap(codes.normalise_anexo)),
        *((_S[field], ColumnMap(_six_digits)) for field in ("codlocal", "codooii", "codgeo")),
        *((_S[field], ColumnMap(coordinate)) for field in ("nlat_ie", "nlong_ie")),
        *((_S[field], ColumnMap(padron_date, DAYS)) for field in ("fechareg", "fecha_act")),
        *((_S[field], ColumnMap(_contact)) for field in CONTACT_FIELDS if keep_contacts),
    ]
    withheld = [] if keep_contacts else [_S[field] for field in CONTACT_FIELDS]

    def parse(columns: Columns) -> Parsed:
        values: list[Sequence[Value]] = list(columns)
        refused: dict[int, RowRejected] = {}
        cod_mods = _checked(_valid_cod_mod, refused, columns[i_code])
        values[i_code] = cod_mods
        values[i_name] = _checked(_school_name, refused, columns[i_name], columns[i_level], cod_mods)
        for index, rule in rules:
            values[index] = rule(columns[index])
        for index in withheld:
            values[index] = [None] * len(cod_mods)
        return Parsed(values, refused)

    return parse


def premises_parser() -> Parser:
    """A function from a block of rows' PREMISES_COLUMNS texts (locales adicionales file) to the
    premises' stored values and refusals."""
    i_local = _P["codlocal"]
    rules: list[tuple[int, ColumnMap[Value]]] = [
        (_P["cod_mod"], ColumnMap(_cod_mod)),
        *((_P[field], ColumnMap(_six_digits)) for field in ("codugel", "codgeo")),
        *((_P[field], ColumnMap(coordinate)) for field in ("nlatitud", "nlongitud")),
    ]

    def parse(columns: Columns) -> Parsed:
        values: list[Sequence[Value]] = list(columns)
        refused: dict[int, RowRejected] = {}
        values[i_local] = _checked(_valid_codlocal, refused, columns[i_local])
        for index, rule in rules:
            values[index] = rule(columns[index])
        return Parsed(values, refused)

    return parse


def _contact(raw: str) -> str | None:
    return raw or None


def _checked(rule: Callable[..., str], refused: dict[int, RowRejected],
             *columns: Sequence[str | None]) -> list[str | None]:
    """`rule` over the rows of `columns`; a row it refuses gets None, and its RowRejected in
    `refused` unless an earlier rule refused it already (a row says its first reason)."""
    try:
        return list(map(rule, *columns))  # nearly every block: no row refused
    except RowRejected:
        pass

    def check(index: int, *texts: str) -> str | None:
        try:
            return rule(*texts)
        except RowRejected as rejected:
            refused.setdefault(index, rejected)
            return None

    return list(map(check, count(), *columns))


def school_from_row(row: Mapping[str, str], *, keep_contacts: bool) -> School:
    """A School from one row given by column name (convenient outside the import loop), or the
    row's RowRejected."""
    return School(*_one_row(school_parser(keep_contacts=keep_contacts), row, SCHOOL_COLUMNS))


def premises_from_row(row: Mapping[str, str]) -> Premises:
    return Premises(*_one_row(premises_parser(), row, PREMISES_COLUMNS))


def _one_row(parse: Parser, row: Mapping[str, str], columns: tuple[str, ...]) -> list[Value]:
    parsed = parse([[row.get(column, "")] for column in columns])
    for rejected in parsed.refused.values():
        raise rejected
    return [column[0] for column in parsed.columns]
