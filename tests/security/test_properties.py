"""Properties of the office under any attack Dora can sign: bundles of hostile puts (other
records' ids and her own, place fields, any column, valid and invalid values, clocks low, equal
to a creation's, or far ahead, base clocks or none), delivered in any order and more than once.

Shrinking is off: each example copies an office and imports real encrypted bundles, and a
shrink run would take minutes; a failure prints the example as drawn.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from monitor_app.core.change_values import value_problem
from monitor_app.core.grd_kinds import BRIGADES, DRILLS, GRD_PLANS
from monitor_app.core.identity import identity_fields, mint_id, natural_key_id
from monitor_app.core.kind_spec import FieldType, KindSpec
from monitor_app.core.kinds import KINDS
from monitor_app.core.library_kinds import LIBRARIES, LIBRARY_MOVEMENTS
from monitor_app.core.visit_kinds import COMMITMENTS, EVIDENCE, VISITS
from monitor_app.services.sync_import import import_bundle
from monitor_app.storage.change_verdicts import APPLIED_SQL
from monitor_app.storage.sync_registry import Outcome
from monitor_app.sync.rebuild import check_rebuild
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
    Ids,
    Row,
    Site,
    Template,
    all_verdicts,
    changed_records,
    is_doras,
    j,
    open_site,
    snapshot,
)

PROPERTY = settings(
    max_examples=100, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The same properties with the office on PostgreSQL: fewer examples (a database is made for
# each), the server's session fixture shared by all of them.
ON_SERVER = settings(PROPERTY, max_examples=15,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                            HealthCheck.function_scoped_fixture])


def _targets(ids: Ids) -> list[tuple[str, str]]:
    """Records an attack aims at: Ana's, Dora's, and new ones keyed as the app keys them."""
    def minted(kind: KindSpec, values: dict[str, str], basis: str) -> str:
        return mint_id(kind, values, basis=basis)

    return [
        ("visits", ids.visit), ("commitments", ids.commitment), ("grd_plans", ids.plan),
        ("libraries", ids.library), ("library_copies", ids.copy),
        ("library_movements", ids.movements[0]), ("library_movements", ids.movements[1]),
        ("visits", ids.dora_visit), ("commitments", ids.dora_commitment),
        ("answers", ids.dora_answer), ("grd_plans", ids.dora_plan),
        ("grd_plan_hazards", ids.dora_hazard), ("libraries", ids.dora_library),
        ("library_copies", ids.dora_copy),
        ("visits", minted(VISITS, {"cod_mod": DORA_SCHOOL, "anexo": "0"}, "own")),
        ("visits", minted(VISITS, {"cod_mod": ANA_SCHOOL, "anexo": "0"}, "ana")),
        ("visits", minted(VISITS, {"cod_mod": OTHER_SCHOOL, "anexo": "0"}, "other")),
        ("commitments", minted(COMMITMENTS, {"visit_id": ids.visit}, "c-ana")),
        ("commitments", minted(COMMITMENTS, {"visit_id": ids.dora_visit}, "c-own")),
        ("library_movements", minted(LIBRARY_MOVEMENTS, {"copy_id": ids.copy}, "m-ana")),
        ("library_movements", minted(LIBRARY_MOVEMENTS, {"copy_id": ids.dora_copy}, "m-own")),
        ("grd_plans", natural_key_id(GRD_PLANS, {"codlocal": ANA_LOCAL, "year": YEAR + 1})),
        ("grd_plans", natural_key_id(GRD_PLANS, {"codlocal": DORA_LOCAL, "year": YEAR + 1})),
        ("brigades", natural_key_id(BRIGADES, {"codlocal": ANA_LOCAL,
                                               "brigade_type": "primeros_auxilios"})),
        ("brigades", natural_key_id(BRIGADES, {"codlocal": DORA_LOCAL,
                                               "brigade_type": "primeros_auxilios"})),
    ]


def _valid_values(ids: Ids, kind_name: str, column: str) -> list[Any]:
    """Values of the field's type, the place values of both schools among them."""
    if column == "_deleted":
        return [True, False]
    spec = KINDS[kind_name].field(column)
    assert spec is not None
    every_id = [pk for _, pk in _targets(ids)]
    by_type: dict[FieldType, list[Any]] = {
        FieldType.COD_MOD: [DORA_SCHOOL, DORA_SCHOOL, ANA_SCHOOL, OTHER_SCHOOL],
        FieldType.ANEXO: ["0", "0", "1"],
        FieldType.CODLOCAL: [DORA_LOCAL, DORA_LOCAL, ANA_LOCAL],
        FieldType.REFERENCE: [*ids.doras, *every_id],
        FieldType.DATE: ["2024-05-03", "2024-02-30"],
        FieldType.TIME: ["08:30", "25:00"],
        FieldType.INTEGER: [YEAR, YEAR + 1, 1959, 3, 1999],
        FieldType.NUMBER: [-12.05, 91.0],
        FieldType.BOOLEAN: [True, False],
        FieldType.CHOICE: [*spec.choices[:2], "zzz"],
        FieldType.CATALOGUE: ["monitoreo", "sismo", "primeros_auxilios", "biblioteca_escolar",
                              "hackeo"],
        FieldType.TEXT: ["hackeado", " x "],
        FieldType.MONTHS: ["[3]", "[13]"],
        FieldType.JSON: ["4", "{"],
        FieldType.ISBN: ["9780306406157", "123"],
        FieldType.SHA256: ["a" * 64, "abc"],
    }
    return by_type[spec.type]


JUNK = [None, 1, "zzz", True, ""]


KEYED = [VISITS, COMMITMENTS, GRD_PLANS, BRIGADES, DRILLS, LIBRARIES, LIBRARY_MOVEMENTS,
         EVIDENCE]


def _value(draw: st.DrawFn, ids: Ids, table: str, column: str) -> Any:
    """A value of the field's type three times in four, else junk."""
    valid = st.sampled_from(_valid_values(ids, table, column))
    return draw(st.one_of(valid, valid, valid, st.sampled_from(JUNK)))


def _text(column: str, value: Any) -> str:
    if column == "_deleted" and isinstance(value, bool):
        return "true" if value else "false"
    return j(value)


@st.composite
def puts(draw: st.DrawFn, ids: Ids, clocks: Sequence[int],
         earlier: list[tuple[str, str, int]]) -> list[Forged]:
    """One put: some fields of one record at one clock, identity fields favoured. The record
    is one of the targets, or a new one whose id is made from the drawn identity values (so
    only the values can be refused); its clock may be an earlier put's (a tie on one record)."""
    mode = draw(st.sampled_from(["target", "keyed", "again"] if earlier else ["target", "keyed"]))
    stamp = draw(st.sampled_from(clocks))
    keyed: dict[str, Any] = {}
    if mode == "again":
        table, pk, stamp = draw(st.sampled_from(earlier))
    elif mode == "target":
        table, pk = draw(st.sampled_from(_targets(ids)))
    else:
        kind = draw(st.sampled_from(KEYED))
        table = kind.table
        keyed = {name: _value(draw, ids, table, name) for name in identity_fields(kind)}
        pk = mint_id(kind, keyed, basis="keyed")
    kind = KINDS[table]
    identity = list(identity_fields(kind))
    columns = draw(st.one_of(
        st.just(identity),
        st.lists(st.sampled_from([*identity, *identity, *kind.field_names, "_deleted"]),
                 min_size=1, max_size=4, unique=True),
        st.lists(st.sampled_from([*kind.field_names, "_deleted"]), min_size=1, max_size=3,
                 unique=True).map(lambda extra: [*identity, *extra]),
    ))
    base = draw(st.sampled_from([0, 0, 0, *clocks]))
    earlier.append((table, pk, stamp))
    return [(table, pk, column, _text(column, keyed[column] if column in keyed
                                      else _value(draw, ids, table, column)), stamp, base)
            for column in dict.fromkeys(columns)]


def _clocks(site: Site) -> list[int]:
    """Low, now, far ahead, and the clocks of the creations (ties with them)."""
    query = "SELECT DISTINCT hlc FROM changes WHERE pk IN (?, ?, ?) ORDER BY hlc"
    pks = [site.ids.visit, site.ids.dora_visit, site.ids.dora_plan]
    ties = [row[0] for row in site.office.store.conn.execute(query, pks)]
    ana = sqlite3.connect(site.root / "ana.db")  # her clocks, merged or not yet
    try:
        ties += [row[0] for row in ana.execute(query, pks)]
    finally:
        ana.close()
    return [LOW, site.now, site.now + 1, *sorted(set(ties)), HIGH, HIGH + 1]


def _bundles(data: st.DataObject, site: Site, folder: Path) -> list[Path]:
    """1–3 bundles of 1–3 puts each; some sent again as a second file (a re-export)."""
    clocks = _clocks(site)
    earlier: list[tuple[str, str, int]] = []
    files = []
    for _ in range(data.draw(st.integers(1, 3), label="bundles")):
        changes = [change for put in data.draw(st.lists(puts(site.ids, clocks, earlier), min_size=1,
                                                        max_size=3), label="puts")
                   for change in put]
        rows: list[Row] = site.forger.rows(changes)
        files.append(site.forger.write_rows(rows, folder=folder))
        if data.draw(st.booleans(), label="re-exported"):
            files.append(site.forger.write_rows(rows, folder=folder))
    return files


def _deliveries(data: st.DataObject, files: Sequence[Path], label: str) -> list[Path]:
    """Every file at least once, some twice, in any order."""
    again = data.draw(st.lists(st.sampled_from(list(files)), max_size=2), label=f"{label} again")
    return data.draw(st.permutations([*files, *again]), label=label)


def _deliver(site: Site, files: Sequence[Path]) -> None:
    for path in files:
        outcome = import_bundle(site.office, path, accept_clock=True)
        assert outcome.outcome in (Outcome.MERGED, Outcome.ALREADY), outcome


@contextlib.contextmanager
def opened(template: Template, merged: bool = True, server: str | None = None) -> Iterator[Site]:
    """A copy of the office for one example, removed after it (`server`: kept on PostgreSQL)."""
    with tempfile.TemporaryDirectory(prefix="security-example-") as folder:
        site = open_site(template, Path(folder) / "site", merged=merged, server=server)
        try:
            yield site
        finally:
            site.close()


@PROPERTY
@given(data=st.data())
def test_no_record_outside_her_school_and_local_changes(template: Template,
                                                         data: st.DataObject) -> None:
    with opened(template) as site:
        _no_record_outside(site, data)


@ON_SERVER
@given(data=st.data())
def test_no_record_outside_on_postgresql(template: Template, pg_socket: str,
                                         data: st.DataObject) -> None:
    with opened(template, server=pg_socket) as site:
        _no_record_outside(site, data)


def _no_record_outside(site: Site, data: st.DataObject) -> None:
    before = snapshot(site.office)
    files = _bundles(data, site, site.root / "forged")
    _deliver(site, _deliveries(data, files, "order"))
    outside = {(table, pk) for table, pk in changed_records(before, snapshot(site.office))
               if not is_doras(site, table, pk)}
    assert outside == set()


@PROPERTY
@given(data=st.data())
def test_the_outcome_is_the_same_in_every_order(template: Template, data: st.DataObject) -> None:
    """Ana's creation bundle among Dora's, both delivered in two orders."""
    with opened(template, merged=False) as first, opened(template, merged=False) as second:
        _same_in_both_orders(first, second, data)


@ON_SERVER
@given(data=st.data())
def test_the_outcome_is_the_same_in_every_order_on_postgresql(
        template: Template, pg_socket: str, data: st.DataObject) -> None:
    """The same, one of the two offices kept on PostgreSQL: the engines agree as well."""
    with opened(template, merged=False) as first, \
            opened(template, merged=False, server=pg_socket) as second:
        _same_in_both_orders(first, second, data)


def _same_in_both_orders(first: Site, second: Site, data: st.DataObject) -> None:
    files = [first.creation, *_bundles(data, first, first.root.parent / "forged")]
    _deliver(first, _deliveries(data, files, "first order"))
    _deliver(second, [second.creation if path == first.creation else path
                      for path in _deliveries(data, files, "second order")])
    assert snapshot(first.office) == snapshot(second.office)
    assert all_verdicts(first) == all_verdicts(second)


@PROPERTY
@given(data=st.data())
def test_what_the_office_applied_is_valid_and_matches_its_log(template: Template,
                                                              data: st.DataObject) -> None:
    """Every applied change of Dora's holds a value a put could write, and the tables are the
    projection of the applied changes (no change both applied and listed as kept)."""
    with opened(template) as site:
        _valid_and_projected(site, data)


@ON_SERVER
@given(data=st.data())
def test_what_the_office_applied_is_valid_on_postgresql(template: Template, pg_socket: str,
                                                        data: st.DataObject) -> None:
    with opened(template, server=pg_socket) as site:
        _valid_and_projected(site, data)


def _valid_and_projected(site: Site, data: st.DataObject) -> None:
    _deliver(site, _deliveries(data, _bundles(data, site, site.root / "forged"), "order"))
    applied = site.office.store.conn.execute(
        f"SELECT tbl, col, value FROM changes WHERE device_id = ? AND {APPLIED_SQL}",
        [site.dora_id]).fetchall()
    invalid = [(tbl, col, value) for tbl, col, value in applied
               if tbl in KINDS and value_problem(tbl, col, value) is not None]
    assert invalid == []
    assert check_rebuild(site.office.store) == []


def test_the_targets_include_both_schools(template: Template) -> None:
    """The generators reach Ana's records, Dora's, and new ones on both sides."""
    targets = _targets(template.ids)
    assert set(template.ids.anas) <= {pk for _, pk in targets}
    assert set(template.ids.doras) <= {pk for _, pk in targets}
    assert len(targets) == len(set(targets))
