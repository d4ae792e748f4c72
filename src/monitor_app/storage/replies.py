"""What the office's replies carry on from, on both ends.

At the office: the order in which merged changes were applied (`arrivals`; a change released
from waiting is numbered again, so a reply made before its release still sends it later), and
per device what its last bundle acknowledged of the replies — a position in that order, the
office's own seq, the digests of the reference data it applied — and the key replies are
encrypted to. On a laptop: the same acknowledgement, from the last reply it merged, which its
next bundle carries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor_app.storage.turns import bulk_write


@dataclass(frozen=True)
class ReplyState:
    """How far a device has the office's replies: `position` in the office's order of applied
    merged changes, `office_seq` of the office's own changes, `digests` of the reference data
    (directory, instruments and catalogues) it last applied."""

    position: int = 0
    office_seq: int = 0
    digests: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "office_seq": self.office_seq,
                "digests": list(self.digests)}

    @staticmethod
    def from_json(value: object) -> ReplyState | None:
        """The state a bundle carries, or None when it carries none (or not this shape)."""
        if not isinstance(value, dict):
            return None
        position, office_seq, digests = (value.get("position"), value.get("office_seq"),
                                         value.get("digests"))
        if (type(position) is not int or type(office_seq) is not int or position < 0
                or office_seq < 0 or not isinstance(digests, list) or len(digests) > 8
                or not all(isinstance(d, str) and len(d) == 64 for d in digests)):
            return None
        return ReplyState(position, office_seq, tuple(digests))


def record_arrivals(conn: sqlite3.Connection, keys: Iterable[tuple[str, int]],
                    source: str = "") -> None:
    """Number changes as applied, in order; `source`: the station that relayed them (a DRE
    does not send a UGEL back what it came from)."""
    bulk_write(conn, "INSERT INTO arrivals (device_id, seq, source) VALUES (?, ?, ?)",
                     ((device_id, seq, source) for device_id, seq in keys))


def last_arrival(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(position), 0) FROM arrivals").fetchone()[0])


def _state(row: Sequence[Any] | None) -> ReplyState:
    if row is None:
        return ReplyState()
    return ReplyState(int(row[0]), int(row[1]), tuple(json.loads(row[2])))


def device_reply_state(conn: sqlite3.Connection, device_id: str) -> ReplyState:
    return _state(conn.execute(
        "SELECT reply_position, reply_office_seq, reply_digests FROM devices "
        "WHERE device_id = ?", [device_id]).fetchone())


def acknowledge_reply(conn: sqlite3.Connection, device_id: str, state: ReplyState) -> None:
    """What a device's bundle says it has of the replies: positions never move back (bundles
    arrive in any order); the digests are those of its latest acknowledgement."""
    conn.execute(
        "UPDATE devices SET reply_digests = CASE WHEN ? >= reply_position THEN ? "
        "ELSE reply_digests END, reply_position = max(reply_position, ?), "
        "reply_office_seq = max(reply_office_seq, ?) WHERE device_id = ?",
        [state.position, json.dumps(list(state.digests)), state.position, state.office_seq,
         device_id])


def device_encryption_key(conn: sqlite3.Connection, device_id: str) -> str | None:
    row = conn.execute("SELECT encryption_public_key FROM devices WHERE device_id = ?",
                       [device_id]).fetchone()
    return None if row is None else row[0]


def learn_encryption_key(conn: sqlite3.Connection, device_id: str, key_hex: str) -> None:
    """The key a device's signed bundle names for replies; the first one stays."""
    conn.execute("UPDATE devices SET encryption_public_key = ? "
                 "WHERE device_id = ? AND encryption_public_key IS NULL", [key_hex, device_id])


def office_reply_state(conn: sqlite3.Connection) -> ReplyState:
    return _state(conn.execute(
        "SELECT reply_position, reply_office_seq, reply_digests FROM office WHERE id = 1"
    ).fetchone())


def record_reply(conn: sqlite3.Connection, state: ReplyState) -> None:
    """A laptop merged a reply that brings it up to `state`: never moves back."""
    conn.execute(
        "UPDATE office SET reply_digests = CASE WHEN ? >= reply_position THEN ? "
        "ELSE reply_digests END, reply_position = max(reply_position, ?), "
        "reply_office_seq = max(reply_office_seq, ?) WHERE id = 1",
        [state.position, json.dumps(list(state.digests)), state.position, state.office_seq])


def record_upstream_acks(conn: sqlite3.Connection, acks: dict[str, int]) -> None:
    """At a UGEL: per device, the seq up to which its DRE holds every change (never back)."""
    conn.executemany(
        "INSERT INTO upstream_acks (device_id, seq) VALUES (?, ?) ON CONFLICT (device_id) "
        "DO UPDATE SET seq = max(upstream_acks.seq, excluded.seq)", acks.items())
