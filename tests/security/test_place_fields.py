"""Dora tries to pull records of another school into hers by writing their place fields: the
id vouches for where a record belongs, so no clock, low or far ahead, moves it."""

from __future__ import annotations

import pytest

from monitor_app.core.identity import mint_id
from monitor_app.core.visit_kinds import COMMITMENTS, VISITS
from monitor_app.storage.sync_registry import Outcome
from tests.security.conftest import (
    DORA_SCHOOL,
    HIGH,
    IDENTITY_REASONS,
    LOW,
    Site,
    assert_kept,
    assert_untouched,
    j,
    snapshot,
    verdicts,
)

CLOCKS = ["low", "now", "tie", "high"]
BASES = ["none", "seen", "ahead"]


def _clock(site: Site, name: str, tie: int) -> int:
    return {"low": LOW, "now": site.now + 7, "tie": tie, "high": HIGH}[name]


def _base(name: str, seen: int) -> int:
    return {"none": 0, "seen": seen, "ahead": HIGH}[name]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("clock", CLOCKS)
def test_a_visit_is_not_moved_to_her_school(site: Site, clock: str, base: str) -> None:
    visit = site.ids.visit
    seen = site.clock_of("visits", visit, "cod_mod")
    stamp, base_hlc = _clock(site, clock, seen), _base(base, seen)
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([
        ("visits", visit, "cod_mod", j(DORA_SCHOOL), stamp, base_hlc),
        ("visits", visit, "anexo", j("0"), stamp, base_hlc),
    ])
    wanted = {"identity_changed"} if base_hlc else {"identity_mismatch", "out_of_scope"}
    assert_kept(site, outcome, seqs, reasons=wanted)
    assert_untouched(site, before)


@pytest.mark.parametrize("clock", CLOCKS)
def test_a_visit_is_not_moved_by_its_place_field_alone(site: Site, clock: str) -> None:
    visit = site.ids.visit
    stamp = _clock(site, clock, site.clock_of("visits", visit, "cod_mod"))
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([("visits", visit, "cod_mod", j(DORA_SCHOOL), stamp, 0)])
    assert_kept(site, outcome, seqs, reasons=IDENTITY_REASONS)
    assert_untouched(site, before)


@pytest.mark.parametrize(("clock", "base"), [("low", "none"), ("high", "none"), ("high", "seen"),
                                             ("tie", "none")])
def test_a_visits_anexo_does_not_change(site: Site, clock: str, base: str) -> None:
    visit = site.ids.visit
    seen = site.clock_of("visits", visit, "anexo")
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(
        [("visits", visit, "anexo", j("1"), _clock(site, clock, seen), _base(base, seen))])
    assert_kept(site, outcome, seqs, reasons=IDENTITY_REASONS)
    assert_untouched(site, before)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("clock", CLOCKS)
def test_a_commitment_is_not_moved_to_her_visit(site: Site, clock: str, base: str) -> None:
    commitment = site.ids.commitment
    seen = site.clock_of("commitments", commitment, "visit_id")
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([("commitments", commitment, "visit_id",
                                       j(site.ids.dora_visit), _clock(site, clock, seen),
                                       _base(base, seen))])
    assert_kept(site, outcome, seqs, reasons=IDENTITY_REASONS)
    assert_untouched(site, before)


def _new_commitment(visit: str, pk: str, stamp: int) -> list[tuple[str, str, str, str, int, int]]:
    return [("commitments", pk, "visit_id", j(visit), stamp, 0),
            ("commitments", pk, "description", j("Entregar las llaves"), stamp, 0),
            ("commitments", pk, "status", j("pendiente"), stamp, 0),
            ("commitments", pk, "_deleted", "false", stamp, 0)]


@pytest.mark.parametrize("clock", CLOCKS)
def test_a_new_commitment_under_anas_visit_is_rejected(site: Site, clock: str) -> None:
    visit = site.ids.visit
    pk = mint_id(COMMITMENTS, {"visit_id": visit})
    stamp = _clock(site, clock, site.clock_of("visits", visit, "cod_mod"))
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(_new_commitment(visit, pk, stamp))
    assert_kept(site, outcome, seqs, reasons={"out_of_scope"})
    assert_untouched(site, before)


def test_a_commitment_minted_for_her_visit_but_naming_anas_is_rejected(site: Site) -> None:
    pk = mint_id(COMMITMENTS, {"visit_id": site.ids.dora_visit})
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(_new_commitment(site.ids.visit, pk, site.now + 3))
    assert_kept(site, outcome, seqs, status="pending")  # no id vouches for it: never placed
    assert_untouched(site, before)


def test_her_own_new_commitment_merges(site: Site) -> None:
    """The control: the same bundle under her own visit is applied."""
    visit = site.ids.dora_visit
    pk = mint_id(COMMITMENTS, {"visit_id": visit})
    before = snapshot(site.office)
    outcome, _ = site.forger.send(_new_commitment(visit, pk, site.now + 3))
    assert (outcome.outcome, outcome.counts["rejected"], outcome.counts["pending"]) == (
        Outcome.MERGED, 0, 0)
    assert verdicts(site) == {}
    assert_untouched(site, before, allowed={pk})
    assert site.office.store.conn.execute(
        "SELECT description FROM commitments WHERE id = ?", [pk]).fetchone() == (
        "Entregar las llaves",)


def test_a_far_ahead_bundle_is_quarantined_until_accepted(site: Site) -> None:
    visit = site.ids.visit
    before = snapshot(site.office)
    path, seqs = site.forger.write([("visits", visit, "cod_mod", j(DORA_SCHOOL), HIGH, 0),
                                    ("visits", visit, "anexo", j("0"), HIGH, 0)])
    held = site.receive(path, accept_clock=False)
    assert (held.outcome, held.reason) == (Outcome.QUARANTINED, "clock_ahead")
    assert verdicts(site) == {}
    assert_untouched(site, before)
    assert_kept(site, site.receive(path, accept_clock=True), seqs, reasons=IDENTITY_REASONS)
    assert_untouched(site, before)


def test_a_visit_minted_for_her_school_keeps_its_place_after_a_high_clock_move(
        site: Site) -> None:
    """Her own visit cannot be sent elsewhere either (a place is written once). Restating its
    true anexo changes nothing: that creation change is applied, its value the same."""
    visit = site.ids.dora_visit
    seen = site.clock_of("visits", visit, "cod_mod")
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([
        ("visits", visit, "cod_mod", j("0335273"), HIGH, 0),
        ("visits", visit, "anexo", j("0"), HIGH, 0),
        ("visits", visit, "cod_mod", j("0335364"), HIGH + 1, seen),
    ])
    assert_kept(site, outcome, [seqs[0], seqs[2]], status="rejected", reasons=IDENTITY_REASONS)
    assert_untouched(site, before, allowed={visit})
    assert site.office.store.conn.execute(
        "SELECT cod_mod, anexo FROM visits WHERE id = ?", [visit]).fetchone() == (DORA_SCHOOL, "0")
    assert mint_id(VISITS, {"cod_mod": DORA_SCHOOL, "anexo": "0"})[-12:] == visit[-12:]
