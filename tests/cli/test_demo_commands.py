"""`monitor-app demo`: what it prints, in both languages and as JSON, and a second run."""

from __future__ import annotations

import json

from monitor_app.core.kinds import KINDS
from monitor_app.core.office_kinds import OFFICE_KINDS
from tests.cli.conftest import Cli


def test_demo_imports_the_padron_fills_every_kind_and_says_so(enrolled: Cli) -> None:
    result = enrolled("demo", "--seed", "4")
    assert result.code == 0, result.err
    assert "Padrón de demostración (UGEL 05 Lima) importado: 448 IIEE." in result.out
    assert "Demostración (semilla 4): " in result.out
    assert "la demostración llena a lo más 150" in result.out
    for kind in KINDS:  # a specialist's installation receives assignments, writes none
        assert (f"\n{kind}: " in result.out) is (kind not in OFFICE_KINDS)
    listed = enrolled("records", "list", "drills", "--json")
    assert json.loads(listed.out)


def test_demo_again_as_json_in_english_is_unchanged(enrolled: Cli) -> None:
    first = enrolled("demo", "--json")
    assert first.code == 0, first.err
    summary = json.loads(first.out)
    assert summary["seed"] == 1 and summary["directory_rows"] == 448
    assert summary["capped"] and not summary["unchanged"]
    assert set(summary["kinds"]) == set(KINDS) - OFFICE_KINDS
    assert all(counts["created"] > 0 for counts in summary["kinds"].values())
    again = enrolled("--lang", "en", "demo")
    assert again.code == 0, again.err
    assert "Unchanged: the demo with seed 1 was already loaded." in again.out
    assert "visits: 0 created, 0 updated, " in again.out


def test_demo_without_an_installation_is_refused(cli: Cli) -> None:
    result = cli("demo")
    assert result.code == 1 and result.out == ""
    assert result.err.strip() and "Traceback" not in result.err


def test_a_seed_that_is_not_a_number_is_a_usage_error(enrolled: Cli) -> None:
    result = enrolled("demo", "--seed", "uno")
    assert result.code == 2 and "--seed" in result.err
