"""Record identifiers: UUIDv7 for new records, UUIDv5 for records with a natural key."""

from __future__ import annotations

import os
import time
import uuid

# Fixed namespace so every installation derives the same id for the same natural key.
MONITOR_NAMESPACE = uuid.UUID("6f1c1c1e-4b7a-5d43-9a57-6d6f6e69746f")


def uuid7(now_ms: int | None = None) -> str:
    """A time-ordered random id (RFC 9562 version 7) as text."""
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a = rand >> 62 & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def natural_id(kind: str, *key_parts: str) -> str:
    """The id every replica derives for the same natural key (e.g. a school service)."""
    return str(uuid.uuid5(MONITOR_NAMESPACE, kind + ":" + "|".join(key_parts)))


def school_id(cod_mod: str, anexo: str) -> str:
    return natural_id("school", cod_mod, anexo)
