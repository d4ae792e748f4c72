"""Who an installation belongs to, and which schools it may hold and change."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from monitor_app.core import codes
from monitor_app.core.errors import ErrorCode, MonitorError


class Role(StrEnum):
    ESPECIALISTA = "especialista"
    UGEL = "ugel"
    DIRECTOR = "director"
    DRE = "dre"  # a regional office: the station its UGELs send their merged data up to
    NACIONAL = "nacional"  # the national station its DREs send their merged data up to


OFFICE_ROLES = (Role.UGEL, Role.DRE, Role.NACIONAL)  # stations that merge what others send them
UPPER_OFFICES = (Role.DRE, Role.NACIONAL)  # stations fed by the offices one level down (D30)
_ABOVE = {Role.UGEL: Role.DRE, Role.DRE: Role.NACIONAL, Role.NACIONAL: None}
_BELOW = {Role.DRE: Role.UGEL, Role.NACIONAL: Role.DRE}


def office_above(role: Role) -> Role | None:
    """The office an installation joins: a laptop its UGEL, a UGEL its DRE, a DRE the national
    station; the national station none."""
    return _ABOVE.get(role, Role.UGEL)


def office_below(role: Role) -> Role | None:
    """The only offices an upper station takes bundles from: a DRE its UGELs, the national
    station its DREs (None: a UGEL, whose senders are laptops)."""
    return _BELOW.get(role)


def sender_refusal(station: Role, sender: Role) -> str | None:
    """Why an office does not take a device's bundle for the level it comes from (a reason
    code), or None. Each level talks only to the one next to it: a laptop's bundle never
    reaches a DRE or the national station, an office's relay only the office above it."""
    below = office_below(station)
    if sender is below:
        return None
    if sender in OFFICE_ROLES:
        return "not_a_dre_station" if sender is Role.DRE else "not_a_ugel_station"
    if below is None:
        return None
    return "not_a_dre" if below is Role.DRE else "not_a_ugel"


@dataclass(frozen=True)
class Scope:
    """A UGEL's jurisdiction, narrowed to one school (all its anexos) for a director. A DRE's
    scope has no UGEL code: it is the whole directory it holds, the union of its UGELs' (the
    national station's, the union of its DREs')."""

    ugel: str
    cod_mod: str | None = None

    def holds(self, school_cod_mod: str, school_codooii: str) -> bool:
        """Whether a school service belongs here. An empty codooii (some padrón cuts lack it)
        is taken as this UGEL's: the office chose to import that file."""
        if self.cod_mod is not None:
            return school_cod_mod == self.cod_mod
        return not self.ugel or school_codooii in ("", self.ugel)

    @property
    def holds_all(self) -> bool:
        """Whether every school service belongs here: a DRE's or the national station's scope."""
        return self.cod_mod is None and not self.ugel

    def holds_any(self, services: Iterable[tuple[str, str]]) -> bool:
        """Whether a local (the premises several services share) belongs here: it does when
        any of its (cod_mod, codooii) services does."""
        return any(self.holds(cod_mod, codooii) for cod_mod, codooii in services)


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    role: Role
    name: str
    scope: Scope
    public_key_hex: str
    created_at: str


def scope_for(role: Role, ugel: str | None, school: str | None) -> Scope:
    """Validate the scope asked for at enrolment (a DRE needs no code; the national station has
    none)."""
    if role is Role.NACIONAL:
        if school or ugel:
            raise MonitorError(ErrorCode.NATIONAL_WITHOUT_CODE)
        return Scope("")
    if role is Role.DRE:
        if school:
            raise MonitorError(ErrorCode.SCHOOL_NOT_ALLOWED_FOR_ROLE, role=role.value)
        return Scope(codes.codooii(ugel) if ugel else "")
    ugel_code = codes.codooii(ugel or "")
    if role is Role.DIRECTOR:
        if not school:
            raise MonitorError(ErrorCode.SCHOOL_REQUIRED_FOR_DIRECTOR)
        return Scope(ugel_code, codes.cod_mod(school))
    if school:
        raise MonitorError(ErrorCode.SCHOOL_NOT_ALLOWED_FOR_ROLE, role=role.value)
    return Scope(ugel_code)


def valid_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name or len(name) > 120:
        raise MonitorError(ErrorCode.INVALID_NAME, value=raw)
    return name
