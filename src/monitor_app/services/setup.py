"""Enrolling an installation: device id, key pair, role and scope."""

from __future__ import annotations

import shutil
from pathlib import Path

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.ids import uuid7
from monitor_app.core.roles import OFFICE_ROLES, DeviceIdentity, Role, Scope, scope_for, valid_name
from monitor_app.services.context import AppContext, open_context
from monitor_app.services.key_passphrase import key_passphrase
from monitor_app.storage.changes import WallClock, system_wall_ms
from monitor_app.storage.database_address import PostgresAddress
from monitor_app.storage.device import mark_demo, save_identity
from monitor_app.storage.errors import translated
from monitor_app.storage.keys import create_device_keys
from monitor_app.storage.paths import keys_dir_for


def init_device(
    db_path: Path,
    *,
    role: Role,
    name: str,
    ugel: str | None,
    school: str | None = None,
    wall_ms: WallClock = system_wall_ms,
    demo: bool = False,
) -> DeviceIdentity:
    """Create (or adopt an empty) database and give it a new device identity; `demo` marks an
    installation that only tries the app (services/demo_install.py)."""
    if isinstance(db_path, PostgresAddress) and role not in OFFICE_ROLES:
        raise MonitorError(ErrorCode.PG_ROLE_NOT_OFFICE, role=role.value)
    scope = scope_for(role, ugel, school)
    clean_name = valid_name(name)
    passphrase = None if demo else key_passphrase().for_new_keys()  # a demo has nothing to hide
    ctx = open_context(db_path, create=True, wall_ms=wall_ms)
    try:
        return _enrol(ctx, role, clean_name, scope, demo, passphrase)
    finally:
        ctx.close()


def _enrol(ctx: AppContext, role: Role, name: str, scope: Scope, demo: bool,
           passphrase: str | None) -> DeviceIdentity:
    if ctx.identity is not None:
        raise MonitorError(ErrorCode.ALREADY_INITIALISED, path=str(ctx.path),
                           device=ctx.identity.device_id)
    device_id = uuid7(ctx.wall_ms())
    key_folder = keys_dir_for(ctx.path) / device_id
    with translated(key_folder):
        keys = create_device_keys(key_folder, passphrase)
    identity = DeviceIdentity(
        device_id=device_id,
        role=role,
        name=name,
        scope=scope,
        public_key_hex=keys.signing_hex,
        created_at=ctx.now_iso(),
    )
    try:
        with ctx.transaction():
            save_identity(ctx.store, identity, keys.encryption_hex)
            if demo:
                mark_demo(ctx.store)
    except BaseException:
        shutil.rmtree(key_folder, ignore_errors=True)
        raise
    return identity
