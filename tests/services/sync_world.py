"""An office and its laptops, built through the real services, for sync tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from monitor_app.core.identity import mint_id
from monitor_app.core.jsonlines import parse_json_lines
from monitor_app.core.visit_kinds import VISITS
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext, open_initialised
from monitor_app.services.directory_import import import_directory
from monitor_app.services.records import put_records
from monitor_app.services.setup import init_device
from monitor_app.services.sync_admin import approve_device
from monitor_app.services.sync_export import export_bundle
from monitor_app.services.sync_publish import publish_bundle
from monitor_app.services.sync_reference import enrol_with_office
from tests.conftest import PADRON, FakeWallClock

VISIT = {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}


def visit_id(name: str, cod_mod: str = VISIT["cod_mod"]) -> str:
    """A fixed id for a visit at `cod_mod`, as the app would mint it (`core/identity.py`)."""
    return mint_id(VISITS, {"cod_mod": cod_mod, "anexo": "0"}, basis=name)


V1, V2 = visit_id("v1"), visit_id("v2")


@dataclass
class World:
    root: Path
    office: AppContext
    wall: FakeWallClock

    def publish(self, name: str = "ref.mcbundle", school: str | None = None) -> Path:
        return publish_bundle(self.office, self.root / name, school=school).path

    def laptop(self, name: str, role: Role = Role.ESPECIALISTA, school: str | None = None,
               wall: FakeWallClock | None = None) -> AppContext:
        db = self.root / f"{name}.db"
        reference = self.publish(f"ref-{name}.mcbundle", school=school)
        clock = wall or self.wall
        enrol_with_office(db, role=role, name=name, office_file=reference, school=school,
                          wall_ms=clock)
        return open_initialised(db, wall_ms=clock)

    def enrolled_laptop(self, name: str) -> AppContext:
        """A specialist's laptop joined to the office and approved by it."""
        laptop = self.laptop(name)
        self.enrol(laptop)
        return laptop

    def export(self, laptop: AppContext, name: str) -> Path:
        folder = self.root / name
        folder.mkdir(exist_ok=True)
        return export_bundle(laptop, folder).path

    def enrol(self, laptop: AppContext) -> None:
        """The office meets the laptop through its first bundle and approves it."""
        from monitor_app.services.sync_import import import_bundle

        first = self.export(laptop, f"first-{laptop.require_identity().device_id[-6:]}")
        import_bundle(self.office, first)
        approve_device(self.office, laptop.require_identity().device_id)


def put(ctx: AppContext, kind: str, *records: dict) -> list[str]:
    lines = [json.dumps(r) for r in records]
    report = put_records(ctx, kind, parse_json_lines(lines))
    return report.created + report.updated


def make_world(root: Path, wall: FakeWallClock) -> World:
    db = root / "office.db"
    init_device(db, role=Role.UGEL, name="UGEL 05", ugel="150105", wall_ms=wall)
    office = open_initialised(db, wall_ms=wall)
    import_directory(office, PADRON / "padron_ugel05_lima.dbf")
    return World(root, office, wall)


def visible(ctx: AppContext, table: str) -> list[tuple]:
    return ctx.store.conn.execute(f"SELECT * FROM [{table}] ORDER BY id").fetchall()
