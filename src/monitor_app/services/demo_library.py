"""A demo library for a local: its profile, copies with valid ISBNs, the ledger of what came in
and went out, and loans returned, out and overdue."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from monitor_app.core.isbn import isbn13
from monitor_app.core.library_kinds import FUNCTIONAL_ITEMS
from monitor_app.services import demo_names as names
from monitor_app.services.demo_plan import DemoLocal, DemoSetting, Record, Situation, key_id

PERU_PREFIX = "978612"  # ISBN-13 registration group of Peru


def demo_isbn(rng: random.Random) -> str:
    """A valid ISBN-13 of Peru's group: twelve digits and the check digit that fits them."""
    first12 = PERU_PREFIX + f"{rng.randrange(10**6):06d}"
    return next(code for digit in "0123456789" if (code := isbn13(first12 + digit)))


def _profile(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> dict[str, Any]:
    """The library's profile: its inventory recent, old or never taken, and the functional
    items all in place or some missing, as the local's situations say."""
    inventory = local.situations["library_inventory"]
    functional = local.situations["library_functional"]
    missing = (set() if functional is Situation.CUMPLE
               else set(rng.sample(FUNCTIONAL_ITEMS, rng.randint(1, 3))))
    record = {
        "codlocal": local.codlocal,
        "library_type": rng.choice(setting.catalogues["library_types"]),
        "dedicated_room": rng.random() < 0.6,
        "responsible": names.person(rng),
        "opening_hours": rng.choice(names.OPENING_HOURS),
        "furniture": rng.choice(names.FURNITURE),
        "home_loans": rng.random() < 0.7,
        "plan_lector": rng.random() < 0.8,
        **{item: item not in missing for item in FUNCTIONAL_ITEMS},
    }
    if inventory is not Situation.PENDIENTE:
        age = rng.randint(200, 600) if inventory is Situation.VENCIDO else rng.randint(0, 150)
        record["inventory_date"] = setting.days_ago(age).isoformat()
    return record


def _copy(rng: random.Random, setting: DemoSetting, library_id: str, number: int
          ) -> dict[str, Any]:
    title, author, publisher, year, copy_type, level, language = rng.choice(names.TITLES)
    record = {
        "library_id": library_id, "registration_number": f"BE-{number:04d}", "title": title,
        "author": author, "publisher": publisher, "year": year, "copy_type": copy_type,
        "target_level": level, "language": language,
        "origin": rng.choice(setting.catalogues["copy_origins"]),
        "condition": rng.choices(("bueno", "regular", "malo"), weights=(6, 3, 1))[0],
    }
    if year >= 2007:  # older books carry no ISBN-13 on the cover
        record["isbn"] = demo_isbn(rng)
    # copies created apart with the same number are one: the id is the natural key's
    return {"id": key_id("library_copies", record), **record}


def _movements(rng: random.Random, setting: DemoSetting, copy_id: str, quantity: int
               ) -> tuple[list[Record], int]:
    """An entry of `quantity`, sometimes a copy written off or lost later; what is left."""
    arrived = setting.days_ago(rng.randint(90, 700))
    moves = [(arrived, quantity, "ingreso", "Recepción de la dotación")]
    if rng.random() < 0.2:
        reason = rng.choice(("baja", "extravio"))
        note = "Deteriorado, dado de baja" if reason == "baja" else "No devuelto a fin de año"
        moves.append((arrived + dt.timedelta(days=rng.randint(10, 80)), -1, reason, note))
    records: list[Record] = [
        ("library_movements", {
            "id": setting.demo_id("library_movements", copy_id, str(n)), "copy_id": copy_id,
            "date": day.isoformat(), "quantity": amount, "reason": reason, "note": note,
        })
        for n, (day, amount, reason, note) in enumerate(moves)
    ]
    return records, sum(amount for _, amount, _, _ in moves)


def _loans(rng: random.Random, setting: DemoSetting, copy_id: str, left: int) -> list[Record]:
    """A few returned loans; with copies on the shelf, one out (in time or overdue)."""
    loans = []
    for _ in range(rng.choices((0, 1, 2), weights=(5, 3, 2))[0]):
        out = setting.days_ago(rng.randint(20, 80))
        loans.append((out, out + dt.timedelta(days=14),
                      out + dt.timedelta(days=rng.randint(3, 19))))
    if left > 0 and rng.random() < 0.3:
        out = setting.days_ago(rng.randint(0, 10) if rng.random() < 0.6 else rng.randint(20, 45))
        loans.append((out, out + dt.timedelta(days=14), None))
    return [
        ("library_loans", {
            "id": setting.demo_id("library_loans", copy_id, str(n)), "copy_id": copy_id,
            "reader": names.reader(rng), "out_date": out.isoformat(),
            "due_date": due.isoformat(),
            **({"returned_date": back.isoformat()} if back is not None else {}),
        })
        for n, (out, due, back) in enumerate(loans)
    ]


def library_records(rng: random.Random, setting: DemoSetting, local: DemoLocal) -> list[Record]:
    if local.situations["library_inventory"] is Situation.SIN_DATO:
        return []  # no library recorded at all
    library = _profile(rng, setting, local)
    library_id = key_id("libraries", library)
    records: list[Record] = [("libraries", library)]
    for number in range(1, rng.randint(6, 20) + 1):
        copy = _copy(rng, setting, library_id, number)
        movements, left = _movements(rng, setting, copy["id"], rng.randint(1, 5))
        loans = _loans(rng, setting, copy["id"], left)
        out = sum(1 for _, loan in loans if "returned_date" not in loan)
        copy["situation"] = ("de_baja" if left == 0 and movements[-1][1]["reason"] == "baja"
                             else "extraviado" if left == 0
                             else "prestado" if out and left == 1 else "disponible")
        records += [("library_copies", copy), *movements, *loans]
    return records
