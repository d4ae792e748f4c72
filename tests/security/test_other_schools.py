"""Dora creates, edits and deletes records of other schools and locals, with ids made the way
the app makes them: all of it is kept in the log, listed, and never shown."""

from __future__ import annotations

import pytest

from monitor_app.core.grd_kinds import BRIGADES, GRD_PLANS
from monitor_app.core.identity import mint_id, natural_key_id
from monitor_app.core.library_kinds import LIBRARIES, LIBRARY_COPIES, LIBRARY_MOVEMENTS
from monitor_app.core.visit_kinds import VISITS
from monitor_app.storage.sync_registry import Outcome
from tests.security.conftest import (
    ANA_LOCAL,
    ANA_SCHOOL,
    DORA_LOCAL,
    DORA_SCHOOL,
    HIGH,
    LOW,
    OTHER_SCHOOL,
    YEAR,
    Forged,
    Site,
    assert_kept,
    assert_untouched,
    j,
    snapshot,
    verdicts,
)

# (table, attribute of Ids, a column, a value a local put could write there)
ANAS_FIELDS = [
    ("visits", "visit", "notes", "Visitado por la directora"),
    ("visits", "visit", "status", "anulada"),
    ("commitments", "commitment", "status", "cumplido"),
    ("grd_plans", "plan", "status", "no_tiene"),
    ("libraries", "library", "responsible", "Dora"),
    ("library_copies", "copy", "situation", "extraviado"),
    ("library_movements", "movements", "quantity", 900),
]
TABLE_OF = {attr: table for table, attr, _, _ in ANAS_FIELDS}


def _pk(site: Site, attr: str) -> str:
    value = getattr(site.ids, attr)
    return value[0] if isinstance(value, tuple) else value


@pytest.mark.parametrize("base", ["none", "seen"])
@pytest.mark.parametrize("clock", ["low", "tie", "high"])
@pytest.mark.parametrize(("table", "attr", "column", "value"), ANAS_FIELDS)
def test_edits_of_anas_records_are_rejected(site: Site, table: str, attr: str, column: str,
                                            value: object, clock: str, base: str) -> None:
    pk = _pk(site, attr)
    seen = site.clock_of(table, pk, column)
    stamp = {"low": LOW, "tie": seen, "high": HIGH}[clock]
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(
        [(table, pk, column, j(value), stamp, seen if base == "seen" else 0)])
    assert_kept(site, outcome, seqs, reasons={"out_of_scope"})
    assert_untouched(site, before)


@pytest.mark.parametrize("attr", [attr for _, attr, _, _ in ANAS_FIELDS][1:])
def test_deletes_of_anas_records_are_rejected(site: Site, attr: str) -> None:
    table, pk = TABLE_OF[attr], _pk(site, attr)
    seen = site.clock_of(table, pk, "_deleted")
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([(table, pk, "_deleted", "true", HIGH, seen),
                                      (table, pk, "_deleted", "true", LOW, 0)])
    assert_kept(site, outcome, seqs, reasons={"out_of_scope"})
    assert_untouched(site, before)


def _visit(pk: str, cod_mod: str, stamp: int) -> list[Forged]:
    return [("visits", pk, "cod_mod", j(cod_mod), stamp, 0),
            ("visits", pk, "anexo", j("0"), stamp, 0),
            ("visits", pk, "date", j("2024-05-02"), stamp, 0),
            ("visits", pk, "type", j("monitoreo"), stamp, 0),
            ("visits", pk, "_deleted", "false", stamp, 0)]


@pytest.mark.parametrize("school", [OTHER_SCHOOL, ANA_SCHOOL])
def test_a_visit_at_another_school_with_its_own_id_is_rejected(site: Site, school: str) -> None:
    pk = mint_id(VISITS, {"cod_mod": school, "anexo": "0"})
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(_visit(pk, school, site.now + 1))
    assert_kept(site, outcome, seqs, reasons={"out_of_scope"})
    assert_untouched(site, before)


def test_a_visit_with_an_id_of_her_school_but_another_cod_mod_is_never_applied(
        site: Site) -> None:
    """No id vouches for these values: nothing of it is ever placed, so all of it waits."""
    pk = mint_id(VISITS, {"cod_mod": DORA_SCHOOL, "anexo": "0"})
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(_visit(pk, OTHER_SCHOOL, site.now + 1))
    assert_kept(site, outcome, seqs, status="pending", reasons={"awaiting_creation"})
    assert_untouched(site, before)


def test_her_own_visits_merge_beside_the_rejected_ones(site: Site) -> None:
    own = mint_id(VISITS, {"cod_mod": DORA_SCHOOL, "anexo": "0"})
    other = mint_id(VISITS, {"cod_mod": OTHER_SCHOOL, "anexo": "0"})
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(_visit(other, OTHER_SCHOOL, site.now + 1)
                                     + _visit(own, DORA_SCHOOL, site.now + 2))
    assert_kept(site, outcome, seqs[:5], reasons={"out_of_scope"})
    assert set(verdicts(site)) == set(seqs[:5])
    assert_untouched(site, before, allowed={own})
    assert site.office.store.conn.execute(
        "SELECT cod_mod FROM visits WHERE id = ?", [own]).fetchone() == (DORA_SCHOOL,)


def _natural(kind_name: str, site: Site) -> tuple[str, dict[str, object]]:
    """A record of Ana's local as anyone would key it, and its key fields."""
    key: dict[str, object] = {
        "grd_plans": {"codlocal": ANA_LOCAL, "year": YEAR},
        "brigades": {"codlocal": ANA_LOCAL, "brigade_type": "primeros_auxilios"},
        "libraries": {"codlocal": ANA_LOCAL},
        "library_copies": {"library_id": site.ids.library, "registration_number": "001"},
    }[kind_name]
    kind = {"grd_plans": GRD_PLANS, "brigades": BRIGADES, "libraries": LIBRARIES,
            "library_copies": LIBRARY_COPIES}[kind_name]
    return natural_key_id(kind, key), key


EXTRA = {"grd_plans": ("status", "no_tiene"), "brigades": ("rd_number", "RD 1"),
         "libraries": ("library_type", "modulo_lectura"),
         "library_copies": ("title", "Manual del hackeo")}


def test_natural_key_ids_are_those_ana_made(site: Site) -> None:
    assert _natural("grd_plans", site)[0] == site.ids.plan
    assert _natural("libraries", site)[0] == site.ids.library
    assert _natural("library_copies", site)[0] == site.ids.copy


@pytest.mark.parametrize("clock", ["low", "high"])
@pytest.mark.parametrize("kind_name", list(EXTRA))
def test_creating_records_of_anas_local_by_natural_key_is_rejected(
        site: Site, kind_name: str, clock: str) -> None:
    pk, key = _natural(kind_name, site)
    stamp = LOW if clock == "low" else HIGH
    column, value = EXTRA[kind_name]
    changes: list[Forged] = [(kind_name, pk, name, j(v), stamp, 0) for name, v in key.items()]
    changes += [(kind_name, pk, column, j(value), stamp, 0),
                (kind_name, pk, "_deleted", "false", stamp, 0)]
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(changes)
    assert_kept(site, outcome, seqs, reasons={"out_of_scope"})
    assert_untouched(site, before)


@pytest.mark.parametrize("kind_name", list(EXTRA))
def test_editing_records_of_anas_local_by_natural_key_is_rejected(site: Site,
                                                                  kind_name: str) -> None:
    pk, _ = _natural(kind_name, site)
    column, value = EXTRA[kind_name]
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([(kind_name, pk, column, j(value), HIGH, HIGH - 1),
                                      (kind_name, pk, "_deleted", "true", HIGH, HIGH - 1)])
    wanted = {"out_of_scope"} if kind_name != "brigades" else {"awaiting_creation"}
    assert_kept(site, outcome, seqs, status="rejected" if kind_name != "brigades" else "pending",
                reasons=wanted)
    assert_untouched(site, before)


def test_a_plan_of_a_local_nobody_holds_is_rejected(site: Site) -> None:
    local = site.codlocal_of(OTHER_SCHOOL)
    pk = natural_key_id(GRD_PLANS, {"codlocal": local, "year": YEAR})
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([("grd_plans", pk, "codlocal", j(local), site.now, 0),
                                      ("grd_plans", pk, "year", j(YEAR), site.now, 0)])
    assert_kept(site, outcome, seqs, reasons={"out_of_scope"})
    assert_untouched(site, before)


def test_her_local_plan_by_natural_key_merges(site: Site) -> None:
    """The control: her own local's plan, keyed the same way, is applied."""
    pk = natural_key_id(GRD_PLANS, {"codlocal": DORA_LOCAL, "year": YEAR + 1})
    before = snapshot(site.office)
    outcome, _ = site.forger.send([("grd_plans", pk, "codlocal", j(DORA_LOCAL), site.now, 0),
                                   ("grd_plans", pk, "year", j(YEAR + 1), site.now, 0)])
    assert (outcome.outcome, outcome.counts["rejected"]) == (Outcome.MERGED, 0)
    assert_untouched(site, before, allowed={pk})


def test_a_new_movement_of_anas_copy_is_rejected(site: Site) -> None:
    pk = mint_id(LIBRARY_MOVEMENTS, {"copy_id": site.ids.copy})
    stamp = site.now + 5
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([
        ("library_movements", pk, "copy_id", j(site.ids.copy), stamp, 0),
        ("library_movements", pk, "date", j("2024-10-02"), stamp, 0),
        ("library_movements", pk, "quantity", j(-10), stamp, 0),
        ("library_movements", pk, "reason", j("baja"), stamp, 0),
    ])
    assert_kept(site, outcome, seqs, reasons={"out_of_scope"})
    assert_untouched(site, before)


OFFICE_TABLES = ("schools", "devices", "record_places", "change_verdicts", "catalogue_entries")


def _office_rows(site: Site) -> dict[str, list[str]]:
    conn = site.office.store.conn
    return {table: sorted(repr(row) for row in conn.execute(f"SELECT * FROM [{table}]"))
            for table in OFFICE_TABLES}


def test_changes_to_the_offices_own_tables_stay_in_the_log(site: Site) -> None:
    dora = site.dora_id
    rows = _office_rows(site)
    before = snapshot(site.office)
    outcome, _ = site.forger.send([
        ("schools", ANA_SCHOOL, "codlocal", j(DORA_LOCAL), HIGH, 0),
        ("schools", OTHER_SCHOOL, "cod_mod", j(DORA_SCHOOL), HIGH, 0),
        ("devices", dora, "scope_cod_mod", "null", HIGH, 0),
        ("devices", dora, "status", j("approved"), HIGH, 0),
        ("record_places", site.ids.visit, "cod_mod", j(DORA_SCHOOL), HIGH, 0),
        ("catalogue_entries", "hazards", "code", j("hackeo"), HIGH, 0),
        ("visits", site.ids.visit, "codooii", j("150105"), HIGH, 0),
    ])
    assert outcome.outcome is Outcome.MERGED
    assert _office_rows(site) == rows
    assert_untouched(site, before)
