"""The school directory (padrón de IIEE): school services and premises, as stored."""

from __future__ import annotations

import operator
from dataclasses import dataclass, fields
from enum import StrEnum

SUPPORT_INSTITUTION_LEVEL = "a"  # NIV_MOD of ODEC, CRAEI, SAANEE...: not schools
CONTACT_FIELDS = ("director", "telefono", "email")  # personal data (Ley 29733)
Values = tuple[str | float | None, ...]


# Columns that tell the two official layouts apart.
SCHOOL_REQUIRED_COLUMNS = ("COD_MOD", "CEN_EDU")
PREMISES_REQUIRED_COLUMNS = ("CODLOCAL", "COD_MOD", "TIPOLOCAL")


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

    def values(self) -> Values:
        """The fields in declared order: the form rows are stored and compared in."""
        return _school_values(self)  # type: ignore[no-any-return]


SCHOOL_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(School))
_school_values = operator.attrgetter(*SCHOOL_FIELDS)


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

    def values(self) -> Values:
        return _premises_values(self)  # type: ignore[no-any-return]


PREMISES_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Premises))
_premises_values = operator.attrgetter(*PREMISES_FIELDS)
