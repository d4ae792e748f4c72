"""The installation's identity row: device id, role, scope and public keys."""

from __future__ import annotations

from monitor_app.core.roles import DeviceIdentity, Role, Scope
from monitor_app.storage.database import Store


def load_identity(store: Store) -> DeviceIdentity | None:
    row = store.conn.execute(
        "SELECT device_id, role, name, ugel, cod_mod, signing_public_key, created_at "
        "FROM device WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    device_id, role, name, ugel, cod_mod, public_key, created_at = row
    return DeviceIdentity(
        device_id=device_id,
        role=Role(role),
        name=name,
        scope=Scope(ugel=ugel, cod_mod=cod_mod),
        public_key_hex=public_key,
        created_at=created_at,
    )


def save_identity(store: Store, identity: DeviceIdentity, encryption_public_hex: str) -> None:
    store.conn.execute(
        "INSERT INTO device (id, device_id, role, name, ugel, cod_mod, signing_public_key, "
        "encryption_public_key, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            identity.device_id,
            identity.role.value,
            identity.name,
            identity.scope.ugel,
            identity.scope.cod_mod,
            identity.public_key_hex,
            encryption_public_hex,
            identity.created_at,
        ],
    )


def encryption_public_key(store: Store) -> str:
    row = store.conn.execute("SELECT encryption_public_key FROM device WHERE id = 1").fetchone()
    return str(row[0])


def is_demo(store: Store) -> bool:
    row = store.conn.execute("SELECT demo FROM device WHERE id = 1").fetchone()
    return bool(row and row[0])


def mark_demo(store: Store) -> None:
    store.conn.execute("UPDATE device SET demo = 1 WHERE id = 1")
