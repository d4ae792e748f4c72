"""Records with a natural key created apart on several laptops merge into one record, whatever
the order their changes arrive in."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.services.records import put_records
from monitor_app.sync.change import Change, read_changes
from tests.conftest import SCHOOL_A, FakeWallClock, add_schools, enrol
from tests.sync.strategies import merge, projected_rows

LOCAL = SCHOOL_A.codlocal
plan_edits = st.fixed_dictionaries({}, optional={
    "status": st.sampled_from(["en_elaboracion", "aprobado", "actualizado"]),
    "approval_rd": st.sampled_from(["RD 1-2024", "RD 2-2024"]),
    "has_isie": st.booleans(),
})
hazard_edits = st.fixed_dictionaries({"risk_level": st.sampled_from(["bajo", "alto"])}, optional={
    "months": st.lists(st.integers(1, 12), max_size=4),
})


def _laptop_log(root: Path, name: str, wall: FakeWallClock, plan: dict, hazard: dict
                ) -> list[Change]:
    ctx = enrol(root / f"{name}.db", wall=wall)
    add_schools(ctx, SCHOOL_A)
    report = put_records(ctx, "grd_plans", [(1, {"codlocal": LOCAL, "year": 2024, **plan})])
    put_records(ctx, "grd_plan_hazards", [(1, {"plan_id": report.created[0], "hazard": "sismo",
                                               **hazard})])
    changes = list(read_changes(ctx.store))
    ctx.close()
    return changes


@settings(max_examples=8, deadline=None)
@given(edits=st.lists(st.tuples(plan_edits, hazard_edits), min_size=2, max_size=3),
       order=st.randoms(use_true_random=False))
def test_the_same_plan_created_on_several_laptops_is_one_record(edits, order) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        wall = FakeWallClock()
        logs = []
        for index, (plan, hazard) in enumerate(edits):
            wall.now_ms += 1000
            logs.append(_laptop_log(root, f"laptop{index}", wall, plan, hazard))
        results = []
        for attempt in range(2):
            office = enrol(root / f"office{attempt}.db", wall=wall)
            shuffled = list(logs)
            order.shuffle(shuffled)
            for log in shuffled:
                merge(office.store, log)
            results.append({t: projected_rows(office.store, t)
                            for t in ("grd_plans", "grd_plan_hazards")})
            office.close()
        assert results[0] == results[1]
        assert len(results[0]["grd_plans"]) == 1 and len(results[0]["grd_plan_hazards"]) == 1
