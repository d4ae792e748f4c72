"""A name a device chose for itself reaches the office's terminal as visible text: escape codes,
line breaks and bidi overrides in it are shown escaped, never obeyed."""

from __future__ import annotations

import json
from pathlib import Path

from monitor_app.core.printable import printable
from monitor_app.services.context import open_initialised
from tests.cli.conftest import Cli
from tests.conftest import FakeWallClock
from tests.services.sync_world import make_world

# Erases the terminal line and writes a fake outcome; U+202E reverses what follows.
NAME = "Ana\u202e\x1b[2K\rfusionado\n"
SHOWN = "Ana\\u202e\\x1b[2K\\rfusionado\\n"


def _held_bundle(tmp_path: Path, wall: FakeWallClock) -> tuple[Path, Path]:
    """(office database, a bundle from a laptop whose stored name was tampered with)."""
    world = make_world(tmp_path, wall)
    laptop = world.laptop("ana")
    with laptop.transaction():  # `init` would have folded the line breaks: a tampered laptop
        laptop.store.conn.execute("UPDATE device SET name = ?", [NAME])
    laptop.close()
    tampered = open_initialised(laptop.path, wall_ms=wall)
    bundle = world.export(tampered, "out")
    world.office.close()
    return world.root / "office.db", bundle


def _inert(text: str) -> bool:
    return not any(ch in text for ch in "\x1b\r\u202e")


def test_printable_escapes_what_would_drive_a_terminal() -> None:
    assert printable(NAME) == SHOWN
    assert printable("Añaños \\ C:\\datos") == "Añaños \\ C:\\datos"
    assert printable("\u2066x\u2069\x9b\x7f\U000e0001") == "\\u2066x\\u2069\\x9b\\x7f\\U000e0001"


def test_import_shows_a_held_devices_name_escaped(cli: Cli, tmp_path: Path,
                                                  wall: FakeWallClock) -> None:
    office, bundle = _held_bundle(tmp_path, wall)
    held = cli("import", str(bundle), db=office)
    assert held.code == 1 and _inert(held.out)
    [line] = held.out.splitlines()  # one outcome, one line: no forged "fusionado" line
    assert "retenido" in line and f"«{SHOWN}»" in line
    as_json = cli("import", str(bundle), "--json", db=office)
    assert _inert(as_json.out) and json.loads(as_json.out)[0]["device_name"] == NAME


def test_devices_list_shows_the_name_escaped(cli: Cli, tmp_path: Path,
                                             wall: FakeWallClock) -> None:
    office, bundle = _held_bundle(tmp_path, wall)
    cli("import", str(bundle), db=office)
    listed = cli("devices", "list", db=office)
    assert listed.code == 0 and _inert(listed.out)
    [line] = listed.out.splitlines()
    assert "held" in line and SHOWN in line
    as_json = cli("devices", "list", "--json", db=office)
    assert _inert(as_json.out) and "\\u202e" in as_json.out
    assert json.loads(as_json.out)[0]["name"] == NAME
