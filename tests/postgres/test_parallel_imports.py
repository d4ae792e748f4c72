"""Several `monitor-app import` processes on one PostgreSQL station at once (issue 13): whatever
the order in which they take the bundles, and however the bundles overlap, the station ends as
one sequential import of the same bundles leaves it."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

from monitor_app.core.kinds import KINDS
from monitor_app.storage.database_address import PostgresAddress
from tests.cli.conftest import Cli
from tests.conftest import PADRON
from tests.pg_server import database_url
from tests.services.sync_world import VISIT, visit_id

IMPORTERS = 4
ROUNDS = 3
OWN_VISITS = 400  # per export
LAPTOPS = ("ana", "beto", "carla", "dora", "elsa")
SHARED = [visit_id(f"compartida{n}") for n in range(3)]  # every laptop writes these
SCHOOLS = ("0335273", "0335364", "0336586")


def _put(cli: Cli, laptop: Path, *records: dict[str, object]) -> None:
    lines = "\n".join(json.dumps(record) for record in records)
    done = cli("records", "put", "visits", stdin=lines, db=laptop)
    assert done.code == 0, done.err


def _own_visits(name: str, turn: int, first: int) -> list[dict[str, object]]:
    """Enough of them that the importers' merges overlap in time."""
    return [{"cod_mod": SCHOOLS[(turn + n) % len(SCHOOLS)], "date": f"2024-06-{n % 28 + 1:02d}",
             "type": "monitoreo", "notes": f"visita {n} de {name}"}
            for n in range(first, first + OWN_VISITS)]


def _export(cli: Cli, laptop: Path, stick: Path) -> str:
    exported = cli("export", "--out", str(stick), "--json", db=laptop)
    assert exported.code == 0, exported.err
    return str(json.loads(exported.out)["file"])


def _laptop_bundles(cli: Cli, tmp_path: Path, ref: Path, name: str, turn: int) -> list[str]:
    """Three overlapping exports of one laptop (each holds the earlier ones' changes again):
    the visits every laptop writes, its own visits, edits of the shared ones and more of its
    own. The first is for its enrolment."""
    laptop = tmp_path / f"{name}.db"
    made = cli("init", "--role", "especialista", "--name", name, "--office", str(ref), db=laptop)
    assert made.code == 0, made.err
    stick = tmp_path / f"usb-{name}"
    stick.mkdir()
    _put(cli, laptop, *({"id": shared, **VISIT, "notes": f"{name} primero"} for shared in SHARED))
    enrolment = _export(cli, laptop, stick)
    _put(cli, laptop, *_own_visits(name, turn, 0))
    first = _export(cli, laptop, stick)
    _put(cli, laptop, *({"id": shared, "notes": f"{name} después", "status": "cerrada"}
                        for shared in SHARED[turn % 2:]))
    _put(cli, laptop, *_own_visits(name, turn, OWN_VISITS))
    return [enrolment, first, _export(cli, laptop, stick)]


def _station(cli: Cli, url: str, tmp_path: Path) -> tuple[Path, list[str]]:
    """A UGEL station on the server with its laptops approved (their first bundles merged on
    approval); their later bundles."""
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105",
               db=url).code == 0  # type: ignore[arg-type]
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"),
               db=url).code == 0  # type: ignore[arg-type]
    ref = tmp_path / "ref.mcbundle"
    assert cli("publish", "--out", str(ref), db=url).code == 0  # type: ignore[arg-type]
    bundles: list[str] = []
    for turn, name in enumerate(LAPTOPS):
        enrolment, *mine = _laptop_bundles(cli, tmp_path, ref, name, turn)
        device = json.loads(cli("verify", enrolment, "--json", db=url).out)["device_id"]  # type: ignore[arg-type]
        held = cli("import", enrolment, db=url)  # type: ignore[arg-type]
        assert "retenido" in held.out, held.out + held.err
        assert cli("devices", "approve", device, db=url).code == 0  # type: ignore[arg-type]
        bundles += mine
    return ref, bundles


def _copy(pg_socket: str, template_url: str, name: str) -> str:
    """The station as it stands, under another database name, with its keys."""
    template = urlsplit(template_url).path.strip("/")
    with psycopg.connect(database_url(pg_socket, "postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    url = database_url(pg_socket, name)
    shutil.copytree(PostgresAddress(template_url).station_path().parent,
                    PostgresAddress(url).station_path().parent)
    return url


def _run(url: str, files: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "monitor_app", "--db", url, "import", *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ})


def _finish(importer: subprocess.Popen[str]) -> None:
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, out + err
    assert "Traceback" not in err, err


def _state(cli: Cli, url: str) -> dict[str, str]:
    seen = {kind: cli("records", "list", kind, "--json", db=url).out  # type: ignore[arg-type]
            for kind in sorted(KINDS)}
    for what in (("conflicts", "list"), ("rejected", "list"), ("gaps",)):
        seen[" ".join(what)] = cli(*what, "--json", db=url).out  # type: ignore[arg-type]
    with psycopg.connect(url) as conn:  # each applied change numbered once, for the replies
        seen["arrivals"] = repr(conn.execute(
            "SELECT device_id, seq, count(*) FROM arrivals GROUP BY device_id, seq "
            "ORDER BY device_id, seq").fetchall())
    return seen


def test_four_importers_in_random_orders_end_as_one_sequential_import(
        cli: Cli, pg_socket: str, pg_url: str, tmp_path: Path) -> None:
    _, bundles = _station(cli, pg_url, tmp_path)
    sequential = _copy(pg_socket, pg_url, "sequential")
    _finish(_run(sequential, bundles))
    expected = _state(cli, sequential)
    assert json.loads(expected["visits"]) and json.loads(expected["conflicts list"])
    rnd = random.Random(13)
    for round_ in range(ROUNDS):
        url = _copy(pg_socket, pg_url, f"parallel_{round_}")
        order = rnd.sample(bundles, len(bundles))
        importers = [_run(url, order[n::IMPORTERS]) for n in range(IMPORTERS)]
        for importer in importers:
            _finish(importer)
        assert _state(cli, url) == expected, f"round {round_}, order {order}"
