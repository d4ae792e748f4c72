"""Every office command the issue names, on one station kept in an SQLite file and in
PostgreSQL (twins: the same identity and keys), with the same arguments: the same answers
(issue 13 "Every office command behaves identically on both engines"). What differs by
nature — the file's or server's name, the moment something was received — is left out."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.cli.conftest import Cli
from tests.conftest import PADRON
from tests.postgres.fleet import SCHOOL, YEAR, build_fleet, ok
from tests.postgres.twins import twin_on_server

VOLATILE = re.compile(r"(_at|_on_server|first_seen|changed_at|received|file|path|folder|out|"
                      r"backup_id|bundle_id|created|kept_as|size)$")


def _steady(value: Any) -> Any:
    """A command's JSON without what names a place or a moment."""
    if isinstance(value, dict):
        return {k: _steady(v) for k, v in value.items() if not VOLATILE.search(k)}
    if isinstance(value, list):
        return [_steady(v) for v in value]
    return value


def _both(cli: Cli, stations: tuple[Path, str], *args: str, json_out: bool = True,
          stdin: str | None = None, refused: bool = False) -> Any:
    """Run one command on both twins; their answers (and exit codes), which must be equal,
    once. `refused`: the command's exit code is 1 on both (a held device's bundle)."""
    answers = []
    for db in stations:
        result = cli(*args, stdin=stdin, db=db)
        assert result.code == (1 if refused else 0), (args, result.err)
        answers.append(_steady(json.loads(result.out)) if json_out else result.out)
    assert answers[0] == answers[1], args
    return answers[0]


def _cells(path: Path) -> list[list[Any]]:
    """Every cell of the workbook but the moment it was made (its *Generado* row)."""
    book = load_workbook(path, read_only=True)
    return [[list(row) for row in sheet.iter_rows(values_only=True) if row[:1] != ("Generado",)]
            for sheet in book]


def test_every_office_command_answers_the_same_on_both_engines(
        cli: Cli, tmp_path: Path, pg_url: str) -> None:
    fleet = build_fleet(cli, tmp_path)
    stations = (fleet.office, twin_on_server(fleet.office, pg_url))
    for bundle in fleet.bundles:  # every device unknown yet: held
        _both(cli, stations, "verify", bundle, "--json", refused=True)
        _both(cli, stations, "import", bundle, "--json", refused=True)
    for device in fleet.devices:
        _both(cli, stations, "devices", "approve", device, json_out=False)
    for bundle in fleet.bundles:
        _both(cli, stations, "import", bundle, "--json")
    assert _both(cli, stations, "devices", "list", "--json")
    _both(cli, stations, "schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), "--json")
    # the same schools match; their order among equals is each engine's relevance (D44)
    found = [json.loads(ok(cli("schools", "search", "san juan", "--limit", "500", "--json",
                               db=db))) for db in stations]
    assert sorted(map(json.dumps, found[0])) == sorted(map(json.dumps, found[1]))
    assert len(found[0]) > 10
    exact = [json.loads(ok(cli("schools", "search", SCHOOL, "--json", db=db)))[0]["cod_mod"]
             for db in stations]
    assert exact == [SCHOOL, SCHOOL]  # an exact code first on both

    [conflict] = _both(cli, stations, "conflicts", "list", "--json")
    winner = conflict["winner"]
    _both(cli, stations, "conflicts", "resolve", str(conflict["id"]), "--keep",
          f"{conflict['losers'][0]['device_id']}:{conflict['losers'][0]['seq']}", json_out=False)
    assert _both(cli, stations, "conflicts", "list", "--json") == []
    assert winner

    codlocal = _both(cli, stations, "schools", "search", SCHOOL, "--json")[0]["codlocal"]
    plan = json.dumps({"codlocal": codlocal, "year": YEAR + 1, "status": "en_elaboracion"})
    _both(cli, stations, "records", "put", "grd_plans", "--json", stdin=plan)
    [made] = [p for p in _both(cli, stations, "records", "list", "grd_plans", "--json")
              if p["year"] == YEAR + 1]
    _both(cli, stations, "records", "delete", "grd_plans", made["id"], json_out=False)

    specialist = fleet.devices[0]
    _both(cli, stations, "assignments", "set", "--school", SCHOOL, "--device", specialist,
          json_out=False)
    assert _both(cli, stations, "assignments", "list", "--json")
    _both(cli, stations, "assignments", "end", "--school", SCHOOL, "--device", specialist,
          json_out=False)

    for listing in (("gaps", "--json"), ("rejected", "list", "--json"),
                    ("checklist", SCHOOL, "--date", "2024-10-27", "--json"),
                    ("commitments", "list", SCHOOL, "--json"), ("evidence", "list", "--json")):
        _both(cli, stations, *listing)
    _both(cli, stations, "rebuild", "--check", json_out=False)
    for kind in ("visits", "grd_plans", "assignments", "brigades", "library_copies"):
        _both(cli, stations, "records", "list", kind, "--json")

    books = []
    for n, db in enumerate(stations):
        out = tmp_path / f"coverage-{n}.xlsx"
        ok(cli("report", "coverage", "--out", str(out), "--date", "2024-10-27", db=db))
        books.append(_cells(out))
    assert books[0] == books[1]

    replies = []
    for n, db in enumerate(stations):
        folder = tmp_path / f"replies-{n}"
        folder.mkdir()
        made_replies = json.loads(ok(cli("publish", "--for", "all", "--out", str(folder),
                                         "--json", db=db)))
        replies.append(sorted(_steady(made_replies), key=json.dumps))
    assert replies[0] == replies[1] and len(replies[0]) == 3
    for db in stations:
        listed = json.loads(ok(cli("backup", "create", "--json", db=db)))
        assert listed and json.loads(ok(cli("backup", "list", "--json", db=db)))


def test_join_and_export_up_answer_the_same_on_both_engines(
        cli: Cli, tmp_path: Path, pg_url: str) -> None:
    fleet = build_fleet(cli, tmp_path)
    stations = (fleet.office, twin_on_server(fleet.office, pg_url))
    for bundle in fleet.bundles:
        _both(cli, stations, "import", bundle, "--json", refused=True)
    for device in fleet.devices:
        _both(cli, stations, "devices", "approve", device, json_out=False)
    dre = tmp_path / "dre.db"
    ok(cli("init", "--role", "dre", "--name", "DRE Lima Metropolitana", db=dre))
    dre_ref = tmp_path / "dre.mcbundle"
    ok(cli("publish", "--out", str(dre_ref), db=dre))
    _both(cli, stations, "join", str(dre_ref), json_out=False)
    relays = []
    for n, db in enumerate(stations):
        folder = tmp_path / f"up-{n}"
        folder.mkdir()
        relays.append(json.loads(ok(cli("export", "--out", str(folder), "--json", db=db))))
    assert _steady(relays[0]) == _steady(relays[1])
    cli("import", relays[1]["file"], db=dre)  # the server's relay, held: a new UGEL
    ugel = json.loads(cli("verify", relays[1]["file"], "--json", db=dre).out)["device_id"]
    ok(cli("devices", "approve", ugel, db=dre))
    assert json.loads(ok(cli("records", "list", "visits", "--json", db=dre))) == json.loads(
        ok(cli("records", "list", "visits", "--json", db=fleet.office)))
