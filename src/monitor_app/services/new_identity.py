"""A restored laptop's new device identity: the office has seen (device, seq) pairs its old
identity wrote after the backup, and a reused pair with other content is a cloned device."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.ids import uuid7
from monitor_app.services.key_passphrase import key_passphrase
from monitor_app.storage.errors import translated
from monitor_app.storage.keys import create_device_keys
from monitor_app.storage.paths import keys_dir_for


@dataclass(frozen=True)
class NewIdentity:
    """New device id and keys, same role, name and scope. Its keys are made in a folder of
    their own (nothing of the old identity is touched); `write` puts it in a database."""

    device_id: str
    signing_hex: str
    encryption_hex: str
    created_at: str

    def write(self, conn: sqlite3.Connection) -> None:
        """The pinned office stays, but it has acknowledged nothing of the new identity, whose
        first bundle the office holds until a person approves it (re-joining). The old
        identity's changes stay in the log as they are; the reply position stays, so the
        office's next reply brings back what the old identity sent after the backup."""
        conn.execute("UPDATE device SET device_id = ?, signing_public_key = ?, "
                     "encryption_public_key = ?, created_at = ? WHERE id = 1",
                     [self.device_id, self.signing_hex, self.encryption_hex, self.created_at])
        conn.execute("UPDATE office SET acked_seq = 0 WHERE id = 1")


def new_identity(database: Path, wall_ms: int) -> NewIdentity:
    """Keys for a new identity of the installation at `database` (under the passphrase in
    portable mode)."""
    device_id = uuid7(wall_ms)
    key_folder = keys_dir_for(database) / device_id
    with translated(key_folder):
        keys = create_device_keys(key_folder, key_passphrase().for_new_keys())
    created = dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).isoformat(timespec="seconds")
    return NewIdentity(device_id, keys.signing_hex, keys.encryption_hex, created)
