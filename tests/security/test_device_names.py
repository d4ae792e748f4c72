"""Text an attacker chooses (the device name a bundle claims, the values it sends) reaches the
office's terminal through `import`, `devices list` and `rejected list` as visible escapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor_app.core.roles import Role
from tests.cli.conftest import Cli
from tests.security.conftest import DORA_SCHOOL, HIGH, Forger, Site, j
from tests.services.sync_world import World

# Erases the line, returns to its start, reverses what follows, rings, starts a new line.
NAME = "Dora\x1b[2K\r\u202efusionado\x07\n\x9b31m"
SHOWN = "Dora\\x1b[2K\\r\\u202efusionado\\x07\\n\\x9b31m"
VALUE = "\x1b]0;hackeado\x07\x1b[2J"


def _inert(text: str) -> bool:
    return not any(ch in text for ch in "\x1b\r\u202e\x07\x9b")


@pytest.fixture
def cli(site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(site.office_db, capsys, monkeypatch)


def _hostile(site: Site, forger: Forger, stamp: int = HIGH) -> Path:
    path, _ = forger.write([("visits", site.ids.visit, "notes", j(VALUE), stamp, 0),
                            ("visits", site.ids.visit, "cod_mod", j(DORA_SCHOOL), stamp, 0)],
                           device_name=NAME)
    return path


def test_import_shows_the_claimed_name_and_the_rejections_inert(site: Site, cli: Cli) -> None:
    shown = cli("import", "--accept-clock-ahead", str(_hostile(site, site.forger)))
    assert shown.code == 0, shown.err
    assert _inert(shown.out) and _inert(shown.err)
    assert len(shown.out.splitlines()) == 2  # the outcome, and the warning of 2 rejected
    as_json = cli("import", "--accept-clock-ahead", "--json", str(_hostile(site, site.forger)))
    assert as_json.code == 0 and _inert(as_json.out)
    [outcome] = json.loads(as_json.out)
    assert (outcome["device_name"], outcome["counts"]["rejected"]) == (NAME, 2)


def test_rejected_list_and_devices_list_stay_inert(site: Site, cli: Cli) -> None:
    cli("import", "--accept-clock-ahead", str(_hostile(site, site.forger)))
    listed = cli("rejected", "list")
    assert listed.code == 0 and _inert(listed.out)
    assert len(listed.out.splitlines()) == 2  # one line per rejected change
    as_json = cli("rejected", "list", "--json")
    assert _inert(as_json.out)
    changes = json.loads(as_json.out)["changes"]
    assert {c["value"] for c in changes} == {j(VALUE), j(DORA_SCHOOL)}
    devices = cli("devices", "list", "--json")
    assert _inert(devices.out)
    by_id = {d["device_id"]: d for d in json.loads(devices.out)}
    assert by_id[site.dora_id]["rejected"] == 2
    assert _inert(cli("devices", "list").out)


def test_a_new_device_named_to_deceive_is_shown_escaped_everywhere(site: Site, cli: Cli) -> None:
    world = World(site.root, site.office, site.wall)
    eve = world.laptop("eve", role=Role.DIRECTOR, school=DORA_SCHOOL)
    forger = Forger(site, eve)
    first = _hostile(site, forger, site.now + 1)
    held = cli("import", str(first))
    assert held.code == 1 and _inert(held.out)
    [line] = held.out.splitlines()
    assert SHOWN in line
    listed = cli("devices", "list")
    assert _inert(listed.out) and SHOWN in listed.out
    eve_id = eve.require_identity().device_id
    approved = cli("devices", "approve", eve_id)
    assert _inert(approved.out) and _inert(approved.err)
    rejected = cli("rejected", "list")
    assert _inert(rejected.out)
    assert sum(SHOWN in row for row in rejected.out.splitlines()) == 2
    devices = json.loads(cli("devices", "list", "--json").out)
    assert {d["device_id"]: d["rejected"] for d in devices}[eve_id] == 2
    eve.close()
