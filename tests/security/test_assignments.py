"""Only the office assigns schools (D33): an assignment change in a director's or a
specialist's real signed bundle is kept with the verdict `office_only` and never applied,
whether it creates one at the sender's own school, edits or ends the office's."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.identity import natural_key_id
from monitor_app.core.office_kinds import ASSIGNMENTS
from monitor_app.services.assignments import assign_schools
from monitor_app.services.context import open_initialised
from monitor_app.storage.change_verdicts import list_verdicts
from tests.security.conftest import (
    ANA_SCHOOL,
    DORA_SCHOOL,
    Forged,
    Forger,
    Site,
    assert_untouched,
    j,
    snapshot,
)


def _assignment(school: str, device_id: str, stamp: int) -> tuple[str, list[Forged]]:
    values = {"cod_mod": school, "anexo": "0", "device_id": device_id}
    pk = natural_key_id(ASSIGNMENTS, values)
    return pk, [("assignments", pk, column, j(value), stamp, 0)
                for column, value in (*values.items(), ("specialist", "Dora"),
                                      ("_deleted", False))]


def _office_only(site: Site, device_id: str, seqs: list[int]) -> None:
    kept = {v.seq: (v.status.value, v.reason) for v, _ in list_verdicts(site.office.store.conn)
            if v.device_id == device_id}
    assert {seq: kept.get(seq) for seq in seqs} == {seq: ("rejected", "office_only")
                                                    for seq in seqs}


@pytest.mark.parametrize("for_whom", ["herself", "ana"])
def test_a_director_cannot_assign_her_own_school(site: Site, for_whom: str) -> None:
    ana = site.office.store.conn.execute(
        "SELECT device_id FROM devices WHERE name = 'ana'").fetchone()[0]
    _, changes = _assignment(DORA_SCHOOL, site.dora_id if for_whom == "herself" else ana,
                             site.now + 1)
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(changes)
    assert outcome.ok
    _office_only(site, site.dora_id, seqs)
    assert_untouched(site, before)


def test_a_specialist_cannot_assign_herself_nor_end_the_offices_assignment(
        site: Site, tmp_path: Path) -> None:
    ana = open_initialised(site.root / "ana.db", wall_ms=site.wall)
    try:
        ana_id = ana.require_identity().device_id
        assign_schools(site.office, ana_id, [(DORA_SCHOOL, "0")])
        given = natural_key_id(ASSIGNMENTS, {"cod_mod": DORA_SCHOOL, "anexo": "0",
                                             "device_id": ana_id})
        seen = site.clock_of("assignments", given, "_deleted")
        _, mine = _assignment(ANA_SCHOOL, ana_id, site.now + 1)
        before = snapshot(site.office)
        forger = Forger(site, ana)
        outcome, seqs = forger.send(
            [*mine, ("assignments", given, "_deleted", "true", site.now + 2, seen),
             ("assignments", given, "specialist", j("Ana la jefa"), site.now + 2, seen)],
            device_name="ana")
        assert outcome.ok
        _office_only(site, ana_id, seqs)
        assert_untouched(site, before)
        assert site.office.store.conn.execute(
            "SELECT specialist, _deleted FROM assignments WHERE id = ?", [given]
        ).fetchone() == ("ana", 0)
    finally:
        ana.close()
