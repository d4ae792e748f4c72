"""Demo answers: each visit under way or closed filled in with the instrument its type calls
for, every item answered with a value its response type accepts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from monitor_app.core.instrument import YES_NO_NA, Instrument, Item
from monitor_app.core.visit_kinds import INSTRUMENTS_FOR_VISIT_TYPE
from monitor_app.services import demo_names as names
from monitor_app.services.demo_photos import DemoPhoto, card, stored_sha256
from monitor_app.services.demo_plan import DemoSetting, Record, key_id
from monitor_app.services.demo_visits import DemoVisit

PHOTO_CHANCE = 0.2  # most photo items stay empty: a specialist does not always take one
_EVIDENCE = (
    "El docente plantea preguntas abiertas y la mayoría de estudiantes participa.",
    "Se observa a los estudiantes trabajando en equipos con roles asignados.",
    "El docente recorre los grupos y da pistas sin dar la respuesta.",
    "Algunos estudiantes quedan sin atención durante el trabajo individual.",
)


def _number(rng: random.Random, item: Item) -> int:
    low = int(item.minimum if item.minimum is not None else 0)
    high = int(item.maximum if item.maximum is not None else low + 100)
    return rng.randint(low, min(high, low + (60 if high <= 240 else 600)))


def _value(rng: random.Random, item: Item, day: dt.date) -> Any:
    match item.response:
        case "yes_no":
            return "si" if rng.random() < 0.75 else "no"
        case "yes_no_na":
            return rng.choices(YES_NO_NA, weights=(6, 2, 1))[0]
        case "level":
            return rng.choices([level.value for level in item.levels], weights=(1, 3, 4, 2))[0]
        case "number":
            return _number(rng, item)
        case "date":
            return (day - dt.timedelta(days=rng.randint(0, 60))).isoformat()
        case "single_choice":
            return rng.choice(item.options).code
        case "multiple_choice":
            return [o.code for o in rng.sample(item.options, rng.randint(1, len(item.options)))]
        case "text":
            if "grado" in item.code:
                return f"{rng.randint(1, 6)}.° {rng.choice(names.SECTIONS)}"
            return rng.choice(names.TEXT_ANSWERS)
    return None  # photos are chosen by the caller; a type this demo does not know stays empty


def _instrument(rng: random.Random, setting: DemoSetting, visit_type: str) -> Instrument | None:
    wanted = INSTRUMENTS_FOR_VISIT_TYPE.get(visit_type, ())
    fitting = [i for i in setting.instruments if i.applies_to in wanted]
    return rng.choice(fitting) if fitting else None


def answer_records(rng: random.Random, setting: DemoSetting, place: str,
                   visits: list[DemoVisit]) -> tuple[list[Record], list[DemoPhoto]]:
    """Answers for every visit under way or closed, and the photos some photo items name."""
    records: list[Record] = []
    photos: list[DemoPhoto] = []
    for visit in visits:
        instrument = (_instrument(rng, setting, visit.type)
                      if visit.status in ("cerrada", "en_curso") else None)
        if instrument is None:
            continue
        for item in instrument.items():
            if not item.required and rng.random() < 0.3:
                continue
            answer: dict[str, Any] = {"visit_id": visit.id, "instrument": instrument.code,
                                      "version": instrument.version, "item": item.code}
            if item.response == "photo":
                if rng.random() >= PHOTO_CHANCE:
                    continue
                data = card(rng, place, item.text[:40])
                answer["value"] = stored_sha256(data)
                photos.append(DemoPhoto(data, "answer_id", key_id("answers", answer),
                                        item.text[:200], visit.date))
            else:
                answer["value"] = _value(rng, item, visit.date)
            if item.response == "level":
                answer["evidence_text"] = rng.choice(_EVIDENCE)
            records.append(("answers", answer))
    return records, photos
