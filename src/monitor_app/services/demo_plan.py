"""What the demo fills: which locals and services, and the situation each checklist item is
given there, spread so every status appears across the schools."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from monitor_app.core.directory import School
from monitor_app.core.instrument import Instrument
from monitor_app.core.kinds import KINDS
from monitor_app.core.roles import Scope
from monitor_app.core.identity import mint_id, natural_key_id, place_fields

INACTIVE = "2"  # ESTADO of a service the padrón lists as closed
# The checklist's items about the local (commitments are the service's): their names follow
# `core.checklist.ItemCode`.
LOCAL_ITEMS = ("grd_plan", "grd_body", "brigade", "drills", "devices", "library_inventory",
               "library_functional")

# A record to write: its kind and the fields as a user would send them.
Record = tuple[str, dict[str, Any]]


class Situation(StrEnum):
    """The checklist status the demo aims an item at."""

    CUMPLE = "cumple"
    PENDIENTE = "pendiente"
    VENCIDO = "vencido"
    SIN_DATO = "sin_dato"


# Most schools in order, a good share behind: what a UGEL's real data looks like.
_WEIGHTS = {Situation.CUMPLE: 4, Situation.PENDIENTE: 3, Situation.VENCIDO: 2,
            Situation.SIN_DATO: 1}


@dataclass(frozen=True)
class DemoService:
    cod_mod: str
    anexo: str
    latitude: float | None
    longitude: float | None
    commitments: Situation


@dataclass(frozen=True)
class DemoLocal:
    codlocal: str
    services: tuple[DemoService, ...]
    situations: Mapping[str, Situation]


@dataclass(frozen=True)
class DemoSetting:
    """What every generator needs besides its random source."""

    seed: int
    today: dt.date
    catalogues: Mapping[str, list[str]]
    national_dates: tuple[dt.date, ...]  # every national drill day, oldest first
    instruments: tuple[Instrument, ...] = ()

    def demo_id(self, kind: str, *parts: str) -> str:
        """The id of a record without a natural key: the same for the same seed and parts,
        whose first parts are where the record belongs (its place fields, in order)."""
        spec = KINDS[kind]
        place = dict(zip(place_fields(spec), parts))
        return mint_id(spec, place, basis="|".join(("demo", str(self.seed), kind, *parts)))

    def days_ago(self, days: int) -> dt.date:
        return self.today - dt.timedelta(days=days)

    def this_year_day(self, rng: random.Random) -> dt.date:
        """A day of this year up to today."""
        start = dt.date(self.today.year, 1, 1)
        return start + dt.timedelta(days=rng.randint(0, (self.today - start).days))

    def past_national(self) -> list[dt.date]:
        return [day for day in self.national_dates if day <= self.today]


def key_id(kind: str, values: Mapping[str, Any]) -> str:
    """The id a natural-key kind derives for these key values."""
    return natural_key_id(KINDS[kind], values)


def record_id(kind: str, record: Mapping[str, Any]) -> str:
    """The id a demo record is written under: the one it carries, else its natural key's."""
    return str(record["id"]) if "id" in record else key_id(kind, record)


def spread(rng: random.Random, count: int) -> list[Situation]:
    """`count` situations: each one at least once when there is room, the rest weighted."""
    everyone = list(Situation)[:count]
    rest = rng.choices(list(_WEIGHTS), weights=list(_WEIGHTS.values()), k=count - len(everyone))
    chosen = everyone + rest
    rng.shuffle(chosen)
    return chosen


def group_locals(schools: Iterable[School], scope: Scope) -> dict[str, list[School]]:
    """Active services in scope, by local (sorted by code)."""
    locals_: dict[str, list[School]] = {}
    for school in schools:
        if school.codlocal and school.estado != INACTIVE and scope.holds(school.cod_mod,
                                                                         school.codooii):
            locals_.setdefault(school.codlocal, []).append(school)
    return {code: sorted(services, key=lambda s: (s.cod_mod, s.anexo))
            for code, services in sorted(locals_.items())}


def choose_locals(rng: random.Random, locals_: dict[str, list[School]], cap: int
                  ) -> list[tuple[str, list[School]]]:
    """Whole locals, picked at random, until `cap` services are taken; sorted by code."""
    codes = list(locals_)
    rng.shuffle(codes)
    chosen: list[str] = []
    taken = 0
    for code in codes:
        if taken >= cap:
            break
        chosen.append(code)
        taken += len(locals_[code])
    return [(code, locals_[code]) for code in sorted(chosen)]


def plan_locals(rng: random.Random, chosen: list[tuple[str, list[School]]]) -> list[DemoLocal]:
    """Give each chosen local a situation per checklist item and each service one for its
    commitments."""
    per_item = {item: spread(rng, len(chosen)) for item in LOCAL_ITEMS}
    service_count = sum(len(services) for _, services in chosen)
    commitments = iter(spread(rng, service_count))
    planned = []
    for index, (code, services) in enumerate(chosen):
        planned.append(DemoLocal(
            codlocal=code,
            services=tuple(
                DemoService(s.cod_mod, s.anexo, s.nlat_ie, s.nlong_ie, next(commitments))
                for s in services
            ),
            situations={item: per_item[item][index] for item in LOCAL_ITEMS},
        ))
    return planned
