"""The signed manifest of a bundle: its fields and their canonical bytes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from monitor_app.core.roles import Role, Scope
from monitor_app.sync import bundle_limits as lim
from monitor_app.sync.bundle_json import canonical_bytes


@dataclass(frozen=True)
class Member:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about itself. `extra` and `members` are read-only by convention."""

    schema_version: int
    app_version: str
    device_id: str
    role: Role
    scope: Scope
    seq_from: int
    seq_to: int
    hlc_from: int
    hlc_to: int
    change_count: int
    exported_at: str
    signing_public_key: str
    recipient_key_ids: tuple[str, ...]
    last_office_seq_applied: int
    extra: dict[str, Any] = field(hash=False)
    members: dict[str, Member] = field(hash=False)

    def to_json(self) -> dict[str, Any]:
        """The manifest as the JSON object stored in the bundle (also for `verify --json`)."""
        return {
            "format": lim.FORMAT, "format_version": lim.FORMAT_VERSION,
            "schema_version": self.schema_version, "app_version": self.app_version,
            "device_id": self.device_id, "role": self.role.value,
            "scope": {"ugel": self.scope.ugel, "cod_mod": self.scope.cod_mod},
            "seq_from": self.seq_from, "seq_to": self.seq_to,
            "hlc_from": self.hlc_from, "hlc_to": self.hlc_to,
            "change_count": self.change_count, "exported_at": self.exported_at,
            "signing_public_key": self.signing_public_key,
            "recipient_key_ids": list(self.recipient_key_ids),
            "last_office_seq_applied": self.last_office_seq_applied,
            "extra": self.extra,
            "members": {n: {"sha256": m.sha256, "size": m.size} for n, m in self.members.items()},
        }

    def to_bytes(self) -> bytes:
        return canonical_bytes(self.to_json())

    @property
    def blob_names(self) -> list[str]:
        """SHA-256 hex of each blob, ascending."""
        return sorted(n[len(lim.BLOB_PREFIX):] for n in self.members if n != lim.CHANGES)


def format_exported_at(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
