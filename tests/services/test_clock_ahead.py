"""One laptop a year ahead, accepted by a person: its clock spreads nowhere, and what it wrote
can still be replaced (`docs/sync.md`, "A clock far ahead")."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor_app.core import hlc
from monitor_app.core.grd_kinds import GRD_PLANS
from monitor_app.core.identity import natural_key_id
from monitor_app.services.records import list_records
from monitor_app.services.sync_admin import conflicts, resolve_conflict
from monitor_app.services.sync_import import FOLLOW_AHEAD_MS, import_bundle
from monitor_app.storage.changes import load_last_hlc
from monitor_app.storage.sync_registry import Outcome
from tests.conftest import FakeWallClock
from tests.services.sync_world import VISIT, make_world, put

DAY_MS = 24 * 3600 * 1000
LOCAL = "304756"  # the local of 0335273 in the UGEL 05 padrón
PLAN = {"codlocal": LOCAL, "year": 2024}


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ahead_days=st.sampled_from([2, 365, 3650]), honest_edits=st.integers(1, 3),
       ahead_first=st.booleans())
def test_a_laptop_a_year_ahead_spreads_its_clock_nowhere_and_its_values_can_be_replaced(
        ahead_days: int, honest_edits: int, ahead_first: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        wall = FakeWallClock()
        world = make_world(Path(folder), wall)
        future = FakeWallClock(wall.now_ms + ahead_days * DAY_MS)
        ahead = world.laptop("adelantada", wall=future)
        honest = world.laptop("puntual")
        world.enrol(ahead)
        world.enrol(honest)
        [visit] = put(ahead, "visits", {**VISIT, "notes": "del futuro"})
        put(ahead, "grd_plans", {**PLAN, "status": "aprobado"})
        put(honest, "grd_plans", {**PLAN, "status": "en_elaboracion"})
        bundles = {"ahead": world.export(ahead, "a"), "honest": world.export(honest, "h")}
        order = ["ahead", "honest"] if ahead_first else ["honest", "ahead"]
        for name in order:
            outcome = import_bundle(world.office, bundles[name])
            if outcome.outcome is Outcome.QUARANTINED:
                assert (name, outcome.reason) == ("ahead", "clock_ahead")
                outcome = import_bundle(world.office, bundles[name], accept_clock=True)
            assert outcome.outcome is Outcome.MERGED, outcome

        # the office followed the far clock no further than an hour past its own
        office_clock = load_last_hlc(world.office.store)
        assert hlc.wall_ms_of(office_clock) <= wall.now_ms + FOLLOW_AHEAD_MS

        # so its reference bundle carries no far clock to the laptops, whose next bundles are
        # not quarantined, day after day
        late = world.laptop("tardía")
        world.enrol(late)
        for n in range(honest_edits):
            wall.now_ms += DAY_MS
            put(late, "visits", {**VISIT, "notes": f"día {n}"})
            assert import_bundle(world.office, world.export(late, f"t{n}")).ok
            put(honest, "visits", {**VISIT, "notes": f"puntual {n}"})
            assert import_bundle(world.office, world.export(honest, f"h{n}")).ok

        # a value stamped far ahead is replaced by an edit made after seeing it
        put(world.office, "visits", {"id": visit, "notes": "corregida en la UGEL"})
        [shown] = [v for v in list_records(world.office, "visits") if v["id"] == visit]
        assert shown["notes"] == "corregida en la UGEL"

        # and a concurrent honest value is never hidden silently: a conflict, resolved for good
        plan_id = natural_key_id(GRD_PLANS, PLAN)
        [conflict] = [c for c in conflicts(world.office) if c.record_id == plan_id]
        honest_side = next(c for c in conflict.changes if '"en_elaboracion"' == c.value)
        resolve_conflict(world.office, conflict.id,
                         keep=f"{honest_side.device_id}:{honest_side.seq}")
        [plan] = list_records(world.office, "grd_plans")
        assert plan["status"] == "en_elaboracion"
        assert not [c for c in conflicts(world.office) if c.record_id == plan_id]
        world.office.close()
