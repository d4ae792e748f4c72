"""What fixes a record where it belongs: its identity fields, bound into its id.

A record's *place* is its school (`cod_mod`, `anexo`), its local (`codlocal`) or the record it
belongs to (a commitment's `visit_id`). Place fields are written once, by the change that creates
the record, and the id vouches for them, so any replica can tell a true creation from a forged
one by looking at the change alone, whatever order changes arrive in:

* a kind with a natural key (a GRD plan per local and year) has a UUIDv5 of the key as its id
  (D21): the key fields, which include the place, are its identity;
* any other kind (visits, commitments, members, movements...) has a UUIDv7 whose last 48 bits
  are a digest of its place fields: a *placed id*. Changes that claim another place for that id
  do not match it.

Forging a place would mean finding another place with the same 48-bit digest (D26).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from typing import Any

from monitor_app.core.ids import natural_id, uuid7
from monitor_app.core.kind_spec import KindSpec, Place

TAG_BITS = 48
_TAG_MASK = (1 << TAG_BITS) - 1


def place_fields(kind: KindSpec) -> tuple[str, ...]:
    """The fields that say where a record belongs (a link kind: the records it hangs from)."""
    known = _PLACE_FIELDS.get(kind.name)
    if known is None:
        known = _PLACE_FIELDS[kind.name] = _find_place_fields(kind)
    return known


_PLACE_FIELDS: dict[str, tuple[str, ...]] = {}


def _find_place_fields(kind: KindSpec) -> tuple[str, ...]:
    if kind.place is Place.SCHOOL:
        return ("cod_mod", "anexo")
    if kind.place is Place.LOCAL:
        return ("codlocal",)
    links = [spec.name for spec in kind.links
             if spec.name in kind.natural_key or (not kind.natural_key and spec.required)]
    return tuple(links)


def identity_fields(kind: KindSpec) -> tuple[str, ...]:
    """The write-once fields the id vouches for: the natural key, or the place fields."""
    return kind.natural_key or place_fields(kind)


def _part(value: Any) -> str:
    return "" if value is None else str(value)


def natural_key_id(kind: KindSpec, values: Mapping[str, Any]) -> str:
    """The id every device derives for these key values (an absent optional part is ""). Key
    fields added later (`late_key`) are left out while they are empty at the end of the key,
    so every record made before they existed keeps its id (D34)."""
    parts = [_part(values.get(name)) for name in kind.natural_key]
    names = list(kind.natural_key)
    while parts and not parts[-1] and names[-1] in kind.late_key:
        parts.pop()
        names.pop()
    return natural_id(kind.name, *parts)


def _tag(kind: KindSpec, values: Mapping[str, Any]) -> int:
    text = "|".join((kind.name, *(_part(values.get(name)) for name in identity_fields(kind))))
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:6], "big")


def mint_id(kind: KindSpec, values: Mapping[str, Any], *, basis: str | None = None) -> str:
    """A new record's id: the natural key's, or a UUIDv7 carrying its place's digest.
    `basis` makes the rest of the id a digest of that text instead (the demo's fixed ids)."""
    if kind.natural_key:
        return natural_key_id(kind, values)
    rest = uuid.UUID(uuid7() if basis is None else natural_id("minted", basis)).int
    return str(uuid.UUID(int=(rest & ~_TAG_MASK) | _tag(kind, values)))


def id_matches(kind: KindSpec, pk: str, values: Mapping[str, Any]) -> bool:
    """Whether `pk` is the id of a record with these identity values."""
    if kind.natural_key:
        return natural_key_id(kind, values) == pk
    try:
        parsed = uuid.UUID(pk)
    except ValueError:
        return False
    return str(parsed) == pk and parsed.int & _TAG_MASK == _tag(kind, values)
