"""Dora reports commitments kept (D34) in bundles she signs herself: her own school's report
and photo merge; a report or a photo for Ana's commitment (another school) is kept, listed and
never shown."""

from __future__ import annotations

from monitor_app.core.identity import natural_key_id
from monitor_app.core.visit_kinds import COMMITMENT_REPORTS, EVIDENCE
from monitor_app.services.commitments import open_commitments
from tests.security.conftest import (
    ANA_SCHOOL,
    DORA_SCHOOL,
    Forged,
    Site,
    assert_kept,
    assert_untouched,
    j,
    snapshot,
    verdicts,
)

SHA = "cd" * 32


def _report(site: Site, commitment: str, note: str) -> list[Forged]:
    pk = natural_key_id(COMMITMENT_REPORTS, {"commitment_id": commitment})
    now = site.now
    return [("commitment_reports", pk, "commitment_id", j(commitment), now, 0),
            ("commitment_reports", pk, "reported_on", j("2024-10-20"), now, 0),
            ("commitment_reports", pk, "note", j(note), now, 0)]


def _photo(site: Site, commitment: str) -> list[Forged]:
    pk = natural_key_id(EVIDENCE, {"sha256": SHA, "commitment_id": commitment})
    now = site.now
    return [("evidence", pk, "sha256", j(SHA), now, 0),
            ("evidence", pk, "commitment_id", j(commitment), now, 0),
            ("evidence", pk, "caption", j("Techo arreglado"), now, 0)]


def test_a_report_and_a_photo_for_another_schools_commitment_are_rejected(site: Site) -> None:
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([*_report(site, site.ids.commitment, "Lo arreglé yo"),
                                      *_photo(site, site.ids.commitment)])
    assert_kept(site, outcome, seqs, status="rejected", reasons={"out_of_scope"})
    assert_untouched(site, before)
    [anas] = open_commitments(site.office, ANA_SCHOOL)
    assert anas.reported_on is None and anas.report_photos == 0


def test_her_own_schools_report_and_photo_merge(site: Site) -> None:
    outcome, seqs = site.forger.send([*_report(site, site.ids.dora_commitment, "Aula pintada"),
                                      *_photo(site, site.ids.dora_commitment)])
    assert outcome.ok and not set(seqs) & set(verdicts(site))
    [hers] = open_commitments(site.office, DORA_SCHOOL)
    assert (hers.reported_on, hers.report_note, hers.report_photos) == ("2024-10-20",
                                                                        "Aula pintada", 1)

