"""A demo installation: its own folder, marked in the database, never exported nor joined."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role
from monitor_app.services.context import initialised
from monitor_app.services.demo import fill_demo
from monitor_app.services.demo_install import database_is_demo, demo_database_for
from monitor_app.services.demo_setup import DEMO_SCHOOL, DEMO_UGEL, enrol_demo
from monitor_app.services.messages import describe
from monitor_app.services.office_preview import preview_office_bundle
from monitor_app.services.schools import count_schools
from monitor_app.services.sync_export import export_bundle, export_in_parts
from monitor_app.services.sync_reference import enrol_with_office, join_later
from monitor_app.storage.keys import fingerprint
from tests.conftest import FakeWallClock
from tests.services.sync_world import make_world


def test_the_demo_lives_in_its_own_folder_and_is_marked(tmp_path: Path) -> None:
    real = tmp_path / "data" / "monitor.db"
    demo = demo_database_for(real)
    assert demo == tmp_path / "data" / "demo" / "monitor.db"
    identity = enrol_demo(demo, role=Role.ESPECIALISTA, name="Ana")
    assert identity.scope.ugel == DEMO_UGEL and not real.exists()
    assert database_is_demo(demo) and not database_is_demo(real)
    again = enrol_demo(demo, role=Role.DIRECTOR, name="Otra")  # trying again continues it
    assert again == identity


def test_a_directors_demo_holds_its_school(tmp_path: Path) -> None:
    demo = tmp_path / "demo" / "monitor.db"
    identity = enrol_demo(demo, role=Role.DIRECTOR, name="Dora")
    assert identity.scope.cod_mod == DEMO_SCHOOL
    with initialised(demo) as ctx:
        summary = fill_demo(ctx, seed=1)
        assert count_schools(ctx) >= 1 and summary.services >= 1


def test_a_demo_never_exports_nor_joins(tmp_path: Path, wall: FakeWallClock) -> None:
    world = make_world(tmp_path, wall)
    reference = world.publish()
    demo = tmp_path / "demo" / "monitor.db"
    enrol_demo(demo, role=Role.ESPECIALISTA, name="Ana")
    with initialised(demo) as ctx:
        for attempt in (lambda: export_bundle(ctx, tmp_path),
                        lambda: export_in_parts(ctx, tmp_path, 1_000_000),
                        lambda: join_later(ctx, reference)):
            with pytest.raises(MonitorError) as refused:
                attempt()
            assert refused.value.code is ErrorCode.DEMO_INSTALLATION
    with pytest.raises(MonitorError) as refused:
        enrol_with_office(demo, role=Role.ESPECIALISTA, name="Ana", office_file=reference)
    assert refused.value.code is ErrorCode.DEMO_INSTALLATION
    assert "demostración" in describe(refused.value, "es")
    assert "demo installation" in describe(refused.value, "en")
    assert list(tmp_path.glob("*.mcbundle")) == [reference] and not list(tmp_path.glob("*.mcpart"))


def test_the_preview_names_the_office_and_a_directors_school(tmp_path: Path,
                                                            wall: FakeWallClock) -> None:
    world = make_world(tmp_path, wall)
    whole = world.publish("whole.mcbundle")
    office_key = world.office.require_identity().public_key_hex
    preview = preview_office_bundle(whole, role=Role.ESPECIALISTA)
    assert (preview.office_name, preview.ugel) == ("UGEL 05", "150105")
    assert preview.fingerprint == fingerprint(office_key) and preview.school is None

    school = world.publish("school.mcbundle", school="0335273")
    shown = preview_office_bundle(school, role=Role.DIRECTOR, school="0335273")
    assert shown.school is not None
    assert (shown.school.cod_mod, shown.school.name) == ("0335273", "017 CUNA JARDIN")
    for role, wanted, bundle in ((Role.DIRECTOR, "0336586", school),
                                 (Role.ESPECIALISTA, None, school),
                                 (Role.DIRECTOR, "0336586", whole)):
        with pytest.raises(MonitorError) as refused:
            preview_office_bundle(bundle, role=role, school=wanted)
        assert refused.value.code is ErrorCode.DIRECTOR_BUNDLE_MISMATCH
    assert not (tmp_path / "nobody.db").exists()
