"""A restored laptop's new device identity: the office has seen (device, seq) pairs its old
identity wrote after the backup, and a reused pair with other content is a cloned device."""

from __future__ import annotations

import shutil
from dataclasses import replace

from monitor_app.core.ids import uuid7
from monitor_app.services.context import AppContext
from monitor_app.storage.errors import translated
from monitor_app.storage.keys import create_device_keys
from monitor_app.storage.paths import keys_dir_for


def take_new_identity(ctx: AppContext) -> str:
    """New device id and keys, same role, name and scope; the pinned office stays, but it has
    acknowledged nothing of the new identity, whose first bundle the office holds until a
    person approves it (re-joining). The old identity's changes stay in the log as they are:
    its bundles not yet acknowledged stay in the outbox (services/outbox.py). The reply
    position stays, so the office's next reply brings back what the old identity sent after
    the backup. One transaction; the new id."""
    identity = ctx.require_identity()
    device_id = uuid7(ctx.wall_ms())
    key_folder = keys_dir_for(ctx.path) / device_id
    with translated(key_folder):
        keys = create_device_keys(key_folder)
    try:
        with ctx.transaction():
            ctx.store.conn.execute(
                "UPDATE device SET device_id = ?, signing_public_key = ?, "
                "encryption_public_key = ?, created_at = ? WHERE id = 1",
                [device_id, keys.signing_hex, keys.encryption_hex, ctx.now_iso()])
            ctx.store.conn.execute("UPDATE office SET acked_seq = 0 WHERE id = 1")
    except BaseException:
        shutil.rmtree(key_folder, ignore_errors=True)
        raise
    ctx.identity = replace(identity, device_id=device_id, public_key_hex=keys.signing_hex,
                           created_at=ctx.now_iso())
    return device_id
