"""The school directory (padrón de IIEE): one school service or premises per row, normalised."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from enum import StrEnum

from monitor_app.core import codes

SUPPORT_INSTITUTION_LEVEL = "a"  # NIV_MOD of ODEC, CRAEI, SAANEE...: not schools
CONTACT_FIELDS = ("director", "telefono", "email")  # personal data (Ley 29733)


class RowIssue(StrEnum):
    """Why a directory row was not imported; reported with its row number."""

    MISSING_CODE = "missing_code"
    INVALID_CODE = "invalid_code"
    MISSING_NAME = "missing_name"
    SUPPORT_INSTITUTION = "support_institution"
    DUPLICATE = "duplicate"
    OUT_OF_SCOPE = "out_of_scope"


class RowRejected(Exception):
    def __init__(self, issue: RowIssue, detail: str = "") -> None:
        super().__init__(issue.value, detail)
        self.issue = issue
        self.detail = detail


@dataclass(frozen=True)
class School:
    """One school service (código modular + anexo). Field names follow the official padrón."""

    cod_mod: str
    anexo: str
    codlocal: str
    cen_edu: str
    niv_mod: str = ""
    d_niv_mod: str = ""
    d_forma: str = ""
    cod_car: str = ""
    d_cod_car: str = ""
    gestion: str = ""
    d_gestion: str = ""
    ges_dep: str = ""
    d_ges_dep: str = ""
    dir_cen: str = ""
    localidad: str = ""
    cen_pob: str = ""
    dareacenso: str = ""
    codgeo: str = ""
    d_dpto: str = ""
    d_prov: str = ""
    d_dist: str = ""
    d_region: str = ""
    codooii: str = ""
    d_dreugel: str = ""
    nlat_ie: float | None = None
    nlong_ie: float | None = None
    cod_tur: str = ""
    d_cod_tur: str = ""
    estado: str = ""
    d_estado: str = ""
    fechareg: str | None = None
    fecha_act: str | None = None
    director: str | None = None
    telefono: str | None = None
    email: str | None = None

    def content_hash(self) -> str:
        """Digest of every field: tells an updated row of a newer cut from an unchanged one."""
        payload = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:32]


SCHOOL_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(School))
SCHOOL_TEXT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(School) if f.type == "str"
)


@dataclass(frozen=True)
class Premises:
    """A local (premises) from the padrón's locales adicionales file."""

    codlocal: str
    cod_mod: str
    tipolocal: str = ""
    d_tipoloc: str = ""
    direccion: str = ""
    localidad: str = ""
    referencia: str = ""
    cen_pob: str = ""
    codgeo: str = ""
    nom_dpto: str = ""
    nom_prov: str = ""
    nom_dist: str = ""
    codugel: str = ""
    d_dreugel: str = ""
    d_codarea: str = ""
    nlatitud: float | None = None
    nlongitud: float | None = None
    statlocal: str = ""
    d_statloca: str = ""

    def content_hash(self) -> str:
        payload = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:32]


PREMISES_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Premises))

# Columns that tell the two official layouts apart.
SCHOOL_REQUIRED_COLUMNS = ("COD_MOD", "CEN_EDU")
PREMISES_REQUIRED_COLUMNS = ("CODLOCAL", "COD_MOD", "TIPOLOCAL")


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


def _text(values: Mapping[str, str], column: str) -> str:
    return values.get(column, "").strip()


def school_from_row(values: Mapping[str, str], *, keep_contacts: bool) -> School:
    """A School from one padrón row (upper-case column names), or RowRejected saying why."""
    raw_code = _text(values, "COD_MOD")
    if not raw_code:
        raise RowRejected(RowIssue.MISSING_CODE)
    cod_mod = codes.pad_code(raw_code, codes.COD_MOD_LENGTH)
    if not codes.is_code(cod_mod, codes.COD_MOD_LENGTH):
        raise RowRejected(RowIssue.INVALID_CODE, raw_code)
    name = _text(values, "CEN_EDU")
    if not name:
        raise RowRejected(RowIssue.MISSING_NAME, cod_mod)
    niv_mod = _text(values, "NIV_MOD")
    if niv_mod == SUPPORT_INSTITUTION_LEVEL:
        raise RowRejected(RowIssue.SUPPORT_INSTITUTION, f"{cod_mod} {name}")
    text = {f: _text(values, f.upper()) for f in SCHOOL_TEXT_FIELDS}
    text.update(
        cod_mod=cod_mod,
        anexo=codes.normalise_anexo(values.get("ANEXO", "")),
        codlocal=codes.pad_code(text["codlocal"], codes.CODLOCAL_LENGTH),
        codooii=codes.pad_code(text["codooii"], codes.CODOOII_LENGTH),
        codgeo=codes.pad_code(text["codgeo"], 6),
        cen_edu=name,
        niv_mod=niv_mod,
    )
    contacts = {f: (_text(values, f.upper()) or None) if keep_contacts else None
                for f in CONTACT_FIELDS}
    return School(
        **text,
        nlat_ie=coordinate(values.get("NLAT_IE", "")),
        nlong_ie=coordinate(values.get("NLONG_IE", "")),
        fechareg=padron_date(values.get("FECHAREG", "")),
        fecha_act=padron_date(values.get("FECHA_ACT", "")),
        **contacts,
    )


def premises_from_row(values: Mapping[str, str]) -> Premises:
    """A Premises from one row of the locales adicionales file, or RowRejected."""
    raw_code = _text(values, "CODLOCAL")
    if not raw_code:
        raise RowRejected(RowIssue.MISSING_CODE)
    codlocal = codes.pad_code(raw_code, codes.CODLOCAL_LENGTH)
    if not codes.is_code(codlocal, codes.CODLOCAL_LENGTH):
        raise RowRejected(RowIssue.INVALID_CODE, raw_code)
    text = {f: _text(values, f.upper()) for f in PREMISES_FIELDS if f not in ("nlatitud", "nlongitud")}
    text.update(
        codlocal=codlocal,
        cod_mod=codes.pad_code(text["cod_mod"], codes.COD_MOD_LENGTH),
        codugel=codes.pad_code(text["codugel"], codes.CODOOII_LENGTH),
        codgeo=codes.pad_code(text["codgeo"], 6),
    )
    return Premises(
        **text,
        nlatitud=coordinate(values.get("NLATITUD", "")),
        nlongitud=coordinate(values.get("NLONGITUD", "")),
    )
