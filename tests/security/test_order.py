"""The verdicts come from the changes alone: Dora's attack imported before the records it aims
at exist, or after, leaves the same office, the same verdicts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from monitor_app.core.grd_kinds import GRD_PLANS
from monitor_app.core.identity import mint_id, natural_key_id
from monitor_app.core.visit_kinds import COMMITMENTS, VISITS
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.sync_registry import Outcome
from tests.security.conftest import (
    ANA_LOCAL,
    DORA_SCHOOL,
    HIGH,
    LOW,
    YEAR,
    Forged,
    Site,
    Template,
    all_verdicts,
    assert_untouched,
    j,
    open_site,
    snapshot,
    verdicts,
)


@pytest.fixture
def pair(template: Template, tmp_path: Path,
         office_server: str | None) -> Iterator[tuple[Site, Site]]:
    """Two copies of the office before it merged Ana's creation bundle."""
    first = open_site(template, tmp_path / "first", merged=False, server=office_server)
    second = open_site(template, tmp_path / "second", merged=False, server=office_server)
    yield first, second
    first.close()
    second.close()


def _attack(site: Site) -> list[Forged]:
    ids, now = site.ids, site.now
    plan = natural_key_id(GRD_PLANS, {"codlocal": ANA_LOCAL, "year": YEAR})
    commitment = mint_id(COMMITMENTS, {"visit_id": ids.visit})
    return [
        ("visits", ids.visit, "cod_mod", j(DORA_SCHOOL), HIGH, 0),
        ("visits", ids.visit, "anexo", j("0"), HIGH, 0),
        ("visits", ids.visit, "notes", j("mía"), HIGH, 0),
        ("visits", ids.visit, "_deleted", "true", LOW, 0),
        ("commitments", ids.commitment, "visit_id", j(ids.dora_visit), HIGH, 0),
        ("commitments", ids.commitment, "status", j("anulado"), HIGH, HIGH - 1),
        ("commitments", commitment, "visit_id", j(ids.visit), now, 0),
        ("commitments", commitment, "description", j("Ceder el aula"), now, 0),
        ("grd_plans", plan, "codlocal", j(ANA_LOCAL), now + 1, 0),
        ("grd_plans", plan, "year", j(YEAR), now + 1, 0),
        ("grd_plans", plan, "status", j("no_tiene"), now + 1, 0),
        ("libraries", ids.library, "responsible", j("Dora"), HIGH, 0),
        ("library_copies", ids.copy, "_deleted", "true", HIGH, 0),
        ("library_movements", ids.movements[0], "quantity", j(-500), HIGH, 0),
        ("library_movements", ids.movements[1], "copy_id", j(ids.copy), LOW, 0),
    ]


def _import_all(site: Site, paths: Sequence[Path]) -> None:
    for path in paths:
        outcome = import_bundle(site.office, path, accept_clock=True)
        assert outcome.outcome in (Outcome.MERGED, Outcome.ALREADY), outcome


def test_the_attack_before_anas_creation_ends_as_after_it(pair: tuple[Site, Site],
                                                          tmp_path: Path) -> None:
    early, late = pair
    hostile, seqs = early.forger.write(_attack(early), folder=tmp_path)
    _import_all(early, [hostile])
    waiting = verdicts(early)
    assert set(waiting) == set(seqs)
    assert {status for status, _ in waiting.values()} <= {"pending", "rejected"}
    assert any(status == "pending" for status, _ in waiting.values())
    _import_all(early, [early.creation])
    _import_all(late, [late.creation])
    before = snapshot(late.office)
    _import_all(late, [hostile])
    assert_untouched(late, before)
    assert snapshot(early.office) == snapshot(late.office)
    assert all_verdicts(early) == all_verdicts(late)
    assert {status for status, _ in verdicts(early).values()} == {"rejected"}
    assert_untouched(early, before)


def _own_visit(site: Site, stamp: int) -> tuple[str, list[Forged]]:
    pk = mint_id(VISITS, {"cod_mod": DORA_SCHOOL, "anexo": "0"})
    return pk, [("visits", pk, "cod_mod", j(DORA_SCHOOL), stamp, 0),
                ("visits", pk, "anexo", j("0"), stamp, 0),
                ("visits", pk, "date", j("2024-05-03"), stamp, 0),
                ("visits", pk, "type", j("monitoreo"), stamp, 0),
                ("visits", pk, "_deleted", "false", stamp, 0)]


@pytest.mark.parametrize("forged", [("anexo", "1"), ("cod_mod", "0335273"),
                                    ("cod_mod", DORA_SCHOOL)])
def test_a_second_put_at_her_creation_clock_gives_the_same_verdicts_in_any_order(
        pair: tuple[Site, Site], tmp_path: Path, forged: tuple[str, str]) -> None:
    """Her own visit's creation, and in another bundle an identity change of that visit
    stamped with the creation's clock (no laptop writes two puts at one clock)."""
    first, second = pair
    for site in pair:
        _import_all(site, [site.creation])
    stamp = first.now + 11
    pk, creation = _own_visit(first, stamp)
    column, value = forged
    legit, _ = first.forger.write(creation, folder=tmp_path)
    hostile, _ = first.forger.write([("visits", pk, column, j(value), stamp, 0)],
                                    folder=tmp_path)
    _import_all(first, [legit, hostile])
    _import_all(second, [hostile, legit])
    assert all_verdicts(first) == all_verdicts(second)
    assert snapshot(first.office) == snapshot(second.office)
    for site in pair:
        assert_untouched(site, snapshot(site.office))  # and the tables match the log
