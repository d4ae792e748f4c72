"""Values no local put could write, sent by Dora to her own records (where only the value can
be the reason to refuse them): every field type, out-of-range, malformed, non-canonical."""

from __future__ import annotations

import json
from typing import Any

import pytest

from monitor_app.core.grd_kinds import BRIGADES, DRILLS, GRD_PLANS
from monitor_app.core.identity import mint_id
from monitor_app.core.kind_spec import FieldType, KindSpec
from monitor_app.core.kinds import KINDS
from monitor_app.core.visit_kinds import EVIDENCE, VISITS
from monitor_app.storage.sync_registry import Outcome
from monitor_app.sync import bundle_changes
from monitor_app.sync.merge_values import stored_value
from tests.security.conftest import (
    ANA_LOCAL,
    DORA_LOCAL,
    DORA_SCHOOL,
    HIGH,
    VALUE_REASONS,
    YEAR,
    Forged,
    Site,
    assert_kept,
    assert_untouched,
    j,
    snapshot,
    verdicts,
)

# (case, Ids attribute, table, column, bad JSON text, good JSON text)
EDITS = [
    ("date 2026-02-30", "dora_visit", "visits", "date", j("2026-02-30"), j("2024-05-03")),
    ("date not canonical", "dora_visit", "visits", "date", j("2024-5-3"), j("2024-05-03")),
    ("date required cleared", "dora_visit", "visits", "date", "null", j("2024-05-03")),
    ("time 99:99", "dora_visit", "visits", "start_time", j("99:99"), j("08:30")),
    ("time as a number", "dora_visit", "visits", "start_time", "830", j("08:30")),
    ("number abc", "dora_visit", "visits", "latitude", j("abc"), j(-12.05)),
    ("number out of range", "dora_visit", "visits", "latitude", j(91.5), j(-12.05)),
    ("number as true", "dora_visit", "visits", "latitude", "true", j(-12.05)),
    ("integer out of range", "dora_copy", "library_copies", "year", j(2101), j(1959)),
    ("integer as float", "dora_copy", "library_copies", "year", "1959.0", j(1959)),
    ("integer as text", "dora_copy", "library_copies", "year", j("1959"), j(1959)),
    ("choice zzz", "dora_visit", "visits", "status", j("zzz"), j("en_curso")),
    ("choice padded", "dora_visit", "visits", "status", j(" en_curso"), j("en_curso")),
    ("catalogue hackeo", "dora_visit", "visits", "type", j("hackeo"), j("supervision")),
    ("catalogue of another list", "dora_visit", "visits", "type", j("sismo"), j("supervision")),
    ("boolean 1", "dora_visit", "visits", "acta_signed", "1", "true"),
    ("boolean as text", "dora_visit", "visits", "acta_signed", j("true"), "true"),
    ("deleted as 1", "dora_visit", "visits", "_deleted", "1", "false"),
    ("months [13]", "dora_hazard", "grd_plan_hazards", "months", j("[13]"), j("[3, 4]")),
    ("months unsorted", "dora_hazard", "grd_plan_hazards", "months", j("[4, 3]"), j("[3, 4]")),
    ("months as a list", "dora_hazard", "grd_plan_hazards", "months", "[3, 4]", j("[3, 4]")),
    ("text padded", "dora_visit", "visits", "notes", j(" padded "), j("padded")),
    ("text too long", "dora_visit", "visits", "specialist", j("x" * 121), j("x" * 120)),
    ("text as a number", "dora_visit", "visits", "notes", "5", j("5")),
    ("isbn short", "dora_copy", "library_copies", "isbn", j("123"), j("9780306406157")),
    ("json malformed", "dora_answer", "answers", "value", j("{"), j("4")),
    ("json not canonical", "dora_answer", "answers", "value", j('{"a": 1}'), j('{"a":1}')),
    ("json lone surrogate", "dora_answer", "answers", "value", j('"\\ud800"'), j('"bien"')),
    ("reference too long", "dora_commitment", "commitments", "verified_visit_id",
     j("x" * 65), "null"),
    ("reference with an escape code", "dora_commitment", "commitments", "verified_visit_id",
     j("\x1b[2J\x1b[H"), "null"),
    ("reference with a line break", "dora_commitment", "commitments", "verified_visit_id",
     j("a\nb"), "null"),
]


@pytest.mark.parametrize(("attr", "table", "column", "bad", "good"),
                         [case[1:] for case in EDITS], ids=[case[0] for case in EDITS])
def test_a_value_no_put_could_write_is_rejected(site: Site, attr: str, table: str, column: str,
                                                bad: str, good: str) -> None:
    """The bad value far ahead, a good one now: only the good one may show."""
    pk = getattr(site.ids, attr)
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([(table, pk, column, bad, HIGH, 0),
                                      (table, pk, column, good, site.now + 1, 0)])
    assert_kept(site, outcome, seqs[:1], reasons=VALUE_REASONS)
    assert seqs[1] not in verdicts(site)
    shown = site.office.store.conn.execute(
        f"SELECT [{column}] FROM [{table}] WHERE id = ?", [pk]).fetchone()
    assert shown == (stored_value(column, good),)
    assert_untouched(site, before, allowed=site.ids.doras)


def _creation(kind: KindSpec, values: dict[str, Any], stamp: int) -> tuple[str, list[Forged]]:
    """A put's changes for a new record whose id is made from `values` as the app makes it,
    so that only the values themselves can be refused."""
    pk = mint_id(kind, values)
    changes = [(kind.table, pk, name, j(value), stamp, 0) for name, value in values.items()]
    return pk, [*changes, (kind.table, pk, "_deleted", "false", stamp, 0)]


# (case, kind, identity values with one of them bad, the bad field)
CREATIONS = [
    ("cod_mod without leading zero", VISITS, {"cod_mod": "336586", "anexo": "0"}, "cod_mod"),
    ("cod_mod padded", VISITS, {"cod_mod": " " + DORA_SCHOOL, "anexo": "0"}, "cod_mod"),
    ("anexo of two characters", VISITS, {"cod_mod": DORA_SCHOOL, "anexo": "01"}, "anexo"),
    ("codlocal padded", GRD_PLANS, {"codlocal": DORA_LOCAL + " ", "year": YEAR + 1},
     "codlocal"),
    ("year out of range", GRD_PLANS, {"codlocal": DORA_LOCAL, "year": 1999}, "year"),
    ("year as text", GRD_PLANS, {"codlocal": DORA_LOCAL, "year": str(YEAR + 1)}, "year"),
    ("drill on 2024-02-30", DRILLS, {"codlocal": DORA_LOCAL, "date": "2024-02-30",
                                     "shift": "manana"}, "date"),
    ("brigade type hackeo", BRIGADES, {"codlocal": DORA_LOCAL, "brigade_type": "hackeo"},
     "brigade_type"),
    ("sha256 short", EVIDENCE, {"sha256": "abc", "visit_id": "<dora_visit>", "answer_id": None,
                                "grd_plan_id": None, "safety_device_id": None}, "sha256"),
]


@pytest.mark.parametrize(("kind", "values", "bad_field"), [case[1:] for case in CREATIONS],
                         ids=[case[0] for case in CREATIONS])
def test_a_creation_with_a_value_no_put_could_write_is_rejected(
        site: Site, kind: KindSpec, values: dict[str, Any], bad_field: str) -> None:
    values = {k: site.ids.dora_visit if v == "<dora_visit>" else v for k, v in values.items()}
    pk, changes = _creation(kind, values, site.now + 1)
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(changes)
    assert outcome.outcome is Outcome.MERGED
    found = verdicts(site)
    assert set(found) == set(seqs), "every change of the creation is kept, none applied"
    [bad_seq] = [seq for seq, change in zip(seqs, changes) if change[2] == bad_field]
    assert found[bad_seq][0] == "rejected", found
    assert site.office.store.conn.execute(
        f"SELECT count(*) FROM [{kind.table}] WHERE id = ?", [pk]).fetchone() == (0,)
    assert_untouched(site, before)


def test_a_bad_identity_value_sent_apart_is_not_completed_by_a_later_bundle(site: Site) -> None:
    """The same creation split in two bundles at one clock (as a hand-made bundle may)."""
    pk, changes = _creation(GRD_PLANS, {"codlocal": DORA_LOCAL, "year": 1999}, site.now + 1)
    before = snapshot(site.office)
    first, [year_seq] = site.forger.send([changes[1]])
    assert_kept(site, first, [year_seq], reasons=VALUE_REASONS)
    second, seqs = site.forger.send([changes[0], changes[2]])
    assert second.outcome is Outcome.MERGED
    assert verdicts(site)[year_seq] == ("rejected", "out_of_range")
    assert site.office.store.conn.execute(
        "SELECT year FROM grd_plans WHERE id = ?", [pk]).fetchone() in (None, (None,))
    assert_untouched(site, before, allowed={pk})


@pytest.mark.parametrize("pk", ["a b", "x" * 65, " " + "0" * 36])
def test_an_unusable_record_id_is_rejected(site: Site, pk: str) -> None:
    before = snapshot(site.office)
    outcome, seqs = site.forger.send([("visits", pk, "notes", j("hola"), site.now, 0),
                                      ("visits", pk, "cod_mod", j(DORA_SCHOOL), site.now, 0),
                                      ("visits", pk, "anexo", j("0"), site.now, 0)])
    assert_kept(site, outcome, seqs, reasons={"invalid_value", "wrong_type"})
    assert_untouched(site, before)


def _lenient_line(raw: bytes, known: set[str]) -> tuple[Any, ...]:
    return tuple(json.loads(raw.decode("utf-8")))


@pytest.mark.parametrize(("pk_of", "column", "value"), [
    ("dora_visit", "notes", '"\\ud800"'),
    ("dora_visit", "notes", '"ok\\udfff"'),
    ("control", "notes", j("hola")),
    ("bidi", "notes", j("hola")),
    ("dora_copy", "year", "1" + "0" * 30),
], ids=["text lone surrogate", "text trailing lone surrogate", "id with ESC", "id with U+202E",
        "integer beyond 64 bits"])
def test_what_the_format_forbids_is_refused_whole(site: Site, monkeypatch: pytest.MonkeyPatch,
                                                  pk_of: str, column: str, value: str) -> None:
    """Written past the writer's own checks (as another program could): the reader refuses the
    bundle and nothing of it is kept."""
    pk = {"control": "\x1b[31m" + site.ids.dora_visit,
          "bidi": site.ids.dora_visit + "\u202e"}.get(pk_of) or getattr(site.ids, pk_of)
    before = snapshot(site.office)
    with monkeypatch.context() as patch:
        patch.setattr(bundle_changes, "parse_line", _lenient_line)
        table = "library_copies" if column == "year" else "visits"
        path, _ = site.forger.write([(table, pk, column, value, site.now + 1, 0)])
    outcome = site.receive(path)
    assert (outcome.outcome, outcome.reason) == (Outcome.REFUSED, "corrupt")
    assert verdicts(site) == {}
    assert_untouched(site, before)


def _type(kind: KindSpec, column: str) -> FieldType:
    spec = kind.field(column)
    assert spec is not None
    return spec.type


def test_every_field_type_has_a_case() -> None:
    tested = {_type(KINDS[table], column) for _, _, table, column, _, _ in EDITS
              if column != "_deleted"}
    tested |= {_type(kind, column) for _, kind, _, column in CREATIONS}
    assert tested == set(FieldType)


@pytest.mark.parametrize("values", [
    {"cod_mod": True, "anexo": "0"},
    {"cod_mod": 336586, "anexo": "0"},
], ids=["cod_mod true", "cod_mod a number"])
def test_a_place_that_is_not_text_does_not_break_the_import(site: Site,
                                                            values: dict[str, Any]) -> None:
    """A creation whose id is made from a cod_mod of the wrong type."""
    _, changes = _creation(VISITS, values, site.now + 1)
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(changes)
    assert_kept(site, outcome, seqs[:2], reasons=VALUE_REASONS | {"identity_mismatch",
                                                                  "not_in_directory"})
    assert_untouched(site, before)


def test_a_codlocal_given_as_a_number_is_not_taken_for_the_local(site: Site) -> None:
    """SQLite finds the local '304756' for the number 304756: the value must be refused
    before any place is looked up."""
    _, changes = _creation(GRD_PLANS, {"codlocal": int(ANA_LOCAL), "year": YEAR + 1},
                           site.now + 1)
    _, own = _creation(GRD_PLANS, {"codlocal": int(DORA_LOCAL), "year": YEAR + 1},
                       site.now + 2)
    before = snapshot(site.office)
    outcome, seqs = site.forger.send(changes + own)
    assert_kept(site, outcome, seqs)
    assert_untouched(site, before)


def test_one_hostile_file_does_not_stop_the_import_of_the_others(
        site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.conftest import Cli

    _, changes = _creation(VISITS, {"cod_mod": True, "anexo": "0"}, site.now + 1)
    hostile, _ = site.forger.write(changes)
    pk = site.ids.dora_visit
    fine, [seq] = site.forger.write([("visits", pk, "notes", j("al día"), site.now + 2, 0)])
    cli = Cli(site.office_db, capsys, monkeypatch)
    cli("import", str(hostile), str(fine))
    assert site.office.store.conn.execute(
        "SELECT notes FROM visits WHERE id = ?", [pk]).fetchone() == ("al día",)
    assert seq not in verdicts(site)
