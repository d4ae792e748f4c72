"""What Settings ▸ About shows of this installation: who it is and which office it joined."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import monitor_app
from monitor_app.core.roles import DeviceIdentity
from monitor_app.services.context import AppContext
from monitor_app.services.demo_install import demo_installation
from monitor_app.storage.keys import fingerprint
from monitor_app.storage.sync_registry import load_office


@dataclass(frozen=True)
class JoinedOffice:
    name: str
    ugel: str
    fingerprint: str


@dataclass(frozen=True)
class InstallationInfo:
    version: str
    database: Path
    identity: DeviceIdentity | None  # None: not set up yet
    fingerprint: str | None  # of this device's signing key
    office: JoinedOffice | None  # None: not joined yet
    demo: bool


def installation_info(ctx: AppContext) -> InstallationInfo:
    identity = ctx.identity
    office = load_office(ctx.store) if identity is not None else None
    return InstallationInfo(
        version=monitor_app.__version__,
        database=ctx.path,
        identity=identity,
        fingerprint=fingerprint(identity.public_key_hex) if identity else None,
        office=JoinedOffice(office.name, office.ugel, fingerprint(office.signing_public_key))
        if office else None,
        demo=demo_installation(ctx),
    )
