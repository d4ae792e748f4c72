"""What a replica knows about the others: its office (on a laptop), the enrolled devices and
every bundle received (at the office), with the outcome of each."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from monitor_app.core.roles import Role, Scope
from monitor_app.storage.database import Store


class DeviceStatus(StrEnum):
    HELD = "held"  # seen in a bundle, waiting for a person to approve its key
    APPROVED = "approved"
    REVOKED = "revoked"


class Outcome(StrEnum):
    VERIFIED = "verified"  # `verify`: every check passed, nothing merged (never stored)
    MERGED = "merged"
    ALREADY = "already_imported"
    HELD = "held"
    QUARANTINED = "quarantined"
    REFUSED = "refused"
    INCOMPLETE = "incomplete"  # a part kept, its export waits for other parts (never stored)


@dataclass(frozen=True)
class Office:
    device_id: str
    name: str
    ugel: str
    signing_public_key: str
    encryption_public_key: str
    acked_seq: int


@dataclass(frozen=True)
class Device:
    device_id: str
    role: Role
    name: str
    scope: Scope
    signing_public_key: str
    status: DeviceStatus
    first_seen: str
    changed_at: str


@dataclass(frozen=True)
class BundleRecord:
    bundle_id: str
    device_id: str
    file_name: str
    seq_from: int
    seq_to: int
    received_at: str
    outcome: Outcome
    reason: str
    kept_as: str | None
    file_sha256: str | None = None
    photos: int = 0  # photo files the bundle carried


def load_office(store: Store) -> Office | None:
    row = store.conn.execute(
        "SELECT device_id, name, ugel, signing_public_key, encryption_public_key, acked_seq "
        "FROM office WHERE id = 1"
    ).fetchone()
    return None if row is None else Office(*row)


def pin_office(store: Store, office: Office) -> None:
    store.conn.execute(
        "INSERT INTO office (id, device_id, name, ugel, signing_public_key, encryption_public_key,"
        " acked_seq) VALUES (1, ?, ?, ?, ?, ?, ?)",
        [office.device_id, office.name, office.ugel, office.signing_public_key,
         office.encryption_public_key, office.acked_seq],
    )


def advance_ack(store: Store, seq: int) -> None:
    """The office has every change of ours up to `seq`: never moves back (bundles may arrive
    out of order)."""
    store.conn.execute("UPDATE office SET acked_seq = max(acked_seq, ?) WHERE id = 1", [seq])


def _device(row: tuple) -> Device:  # type: ignore[type-arg]
    device_id, role, name, ugel, cod_mod, key, status, first_seen, changed_at = row
    return Device(device_id, Role(role), name, Scope(ugel, cod_mod), key, DeviceStatus(status),
                  first_seen, changed_at)


_DEVICE_COLUMNS = "device_id, role, name, ugel, cod_mod, signing_public_key, status, first_seen, changed_at"


def find_device(store: Store, device_id: str) -> Device | None:
    row = store.conn.execute(f"SELECT {_DEVICE_COLUMNS} FROM devices WHERE device_id = ?",
                             [device_id]).fetchone()
    return None if row is None else _device(row)


def list_devices(store: Store) -> list[Device]:
    rows = store.conn.execute(f"SELECT {_DEVICE_COLUMNS} FROM devices ORDER BY name, device_id")
    return [_device(row) for row in rows]


def hold_device(store: Store, device: Device) -> None:
    store.conn.execute(
        f"INSERT INTO devices ({_DEVICE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (device_id) DO NOTHING",
        [device.device_id, device.role.value, device.name, device.scope.ugel, device.scope.cod_mod,
         device.signing_public_key, DeviceStatus.HELD.value, device.first_seen, device.changed_at],
    )


def set_device_status(store: Store, device_id: str, status: DeviceStatus, when: str) -> None:
    store.conn.execute("UPDATE devices SET status = ?, changed_at = ? WHERE device_id = ?",
                       [status.value, when, device_id])


_BUNDLE_COLUMNS = ("bundle_id, device_id, file_name, seq_from, seq_to, received_at, outcome, "
                   "reason, kept_as, file_sha256, photos")


def _bundle(row: tuple) -> BundleRecord:  # type: ignore[type-arg]
    *head, outcome, reason, kept_as, file_sha256, photos = row
    return BundleRecord(*head, Outcome(outcome), reason, kept_as, file_sha256, photos)


def find_bundle(store: Store, bundle_id: str) -> BundleRecord | None:
    row = store.conn.execute(f"SELECT {_BUNDLE_COLUMNS} FROM bundles WHERE bundle_id = ?",
                             [bundle_id]).fetchone()
    return None if row is None else _bundle(row)


def merged_file(store: Store, file_sha256: str) -> BundleRecord | None:
    """A bundle merged from exactly these file bytes: re-importing it needs no other check."""
    row = store.conn.execute(
        f"SELECT {_BUNDLE_COLUMNS} FROM bundles WHERE file_sha256 = ? AND outcome = ?",
        [file_sha256, Outcome.MERGED.value]).fetchone()
    return None if row is None else _bundle(row)


def record_bundle(store: Store, record: BundleRecord) -> None:
    """The latest outcome of a bundle (a held bundle later merges; a refused one may be retried)."""
    store.conn.execute(
        f"INSERT INTO bundles ({_BUNDLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (bundle_id) DO UPDATE SET outcome = excluded.outcome, "
        "reason = excluded.reason, kept_as = excluded.kept_as, received_at = excluded.received_at, "
        "file_sha256 = coalesce(excluded.file_sha256, bundles.file_sha256), photos = excluded.photos",
        [record.bundle_id, record.device_id, record.file_name, record.seq_from, record.seq_to,
         record.received_at, record.outcome.value, record.reason, record.kept_as,
         record.file_sha256, record.photos],
    )


def held_bundles(store: Store, device_id: str) -> list[BundleRecord]:
    rows = store.conn.execute(
        f"SELECT {_BUNDLE_COLUMNS} FROM bundles WHERE device_id = ? AND outcome = ? "
        "ORDER BY seq_from", [device_id, Outcome.HELD.value])
    return [_bundle(row) for row in rows]


def last_bundles(store: Store) -> dict[str, BundleRecord]:
    """Per device, the bundle received last (its latest outcome)."""
    rows = store.conn.execute(
        f"SELECT {_BUNDLE_COLUMNS} FROM bundles b WHERE received_at = (SELECT max(received_at) "
        "FROM bundles WHERE device_id = b.device_id) ORDER BY received_at, bundle_id")
    return {record.device_id: record for record in map(_bundle, rows)}


def cloned_devices(store: Store) -> set[str]:
    """Devices one of whose bundles was quarantined for sending a seq twice with other
    content (a copied laptop or a restored backup)."""
    rows = store.conn.execute("SELECT DISTINCT device_id FROM bundles WHERE reason = ?",
                              ["cloned_device"])
    return {device_id for (device_id,) in rows}
