"""Demo evidence photos: small coloured cards naming the school, drawn the same way for the same
seed, attached to visits, answers, plans and devices through the evidence service."""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Iterable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from monitor_app.services.context import AppContext
from monitor_app.services.demo_plan import Record, record_id
from monitor_app.services.evidence import attach_photo
from monitor_app.storage.photos import process_photo

CARD_SIZE = (480, 360)
# Chance that a record of each kind gets a photo: enough for the acta and the lists to show some.
_CHANCE = {"visits": 0.15, "grd_plans": 0.2, "safety_devices": 0.1}


@dataclass(frozen=True)
class DemoPhoto:
    data: bytes
    target: str  # the evidence field naming what it is attached to: visit_id, answer_id...
    target_id: str
    caption: str
    taken_on: dt.date


def card(rng: random.Random, title: str, subtitle: str) -> bytes:
    """A JPEG card in a random soft colour with two lines of text."""
    colour = tuple(rng.randint(90, 220) for _ in range(3))
    image = Image.new("RGB", CARD_SIZE, colour)  # type: ignore[arg-type]
    draw = ImageDraw.Draw(image)
    draw.rectangle((16, 16, CARD_SIZE[0] - 16, CARD_SIZE[1] - 16), outline=(255, 255, 255),
                   width=4)
    draw.text((40, 120), title, fill=(20, 20, 20), font=ImageFont.load_default(size=44))
    draw.text((40, 200), subtitle, fill=(20, 20, 20), font=ImageFont.load_default(size=22))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def stored_sha256(data: bytes) -> str:
    """The SHA-256 the evidence service will store the photo under (an answer of type photo
    names it before the photo is attached)."""
    return process_photo(data, "demo").sha256


_TARGETS = {"visits": "visit_id", "grd_plans": "grd_plan_id", "safety_devices": "safety_device_id"}


def record_photos(rng: random.Random, codlocal: str, records: Iterable[Record],
                  today: dt.date) -> list[DemoPhoto]:
    """Photos of some closed visits, approved plans and extinguishers."""
    photos = []
    for kind, record in records:
        if kind not in _CHANCE or rng.random() >= _CHANCE[kind]:
            continue
        if kind == "visits" and record["status"] == "cerrada":
            caption, day = "Visita a la IE", dt.date.fromisoformat(record["date"])
        elif kind == "grd_plans" and record.get("approval_date"):
            caption, day = "Plan de GRD aprobado", dt.date.fromisoformat(record["approval_date"])
        elif kind == "safety_devices" and record["device_type"] == "extintor":
            caption, day = "Extintor: etiqueta de vencimiento", today
        else:
            continue
        title = f"IE {record['cod_mod']}" if "cod_mod" in record else f"Local {codlocal}"
        photos.append(DemoPhoto(card(rng, title, caption), _TARGETS[kind],
                                record_id(kind, record), caption, day))
    return photos


def attach_all(ctx: AppContext, photos: Iterable[DemoPhoto]) -> list[str]:
    """Attach each photo (one transaction each, inside the caller's); the evidence ids."""
    return [
        attach_photo(ctx, photo.data, **{photo.target: photo.target_id}, caption=photo.caption,
                     taken_on=photo.taken_on, name="demo.jpg").id
        for photo in photos
    ]
