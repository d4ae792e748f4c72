"""Replies from the command line: `publish --for all`, then each laptop imports its own."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli
from tests.conftest import PADRON

VISIT = {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}


def _join(cli: Cli, office: Path, tmp_path: Path, name: str) -> Path:
    ref = tmp_path / f"ref-{len(name)}.mcbundle"
    assert cli("publish", "--out", str(ref), db=office).code == 0
    laptop = tmp_path / f"{len(name)}.db"
    assert cli("init", "--role", "especialista", "--name", name, "--office", str(ref),
               db=laptop).code == 0
    return laptop


def _send(cli: Cli, office: Path, laptop: Path, folder: Path) -> None:
    bundle = json.loads(cli("export", "--out", str(folder), "--json", db=laptop).out)["file"]
    device = json.loads(cli("verify", bundle, "--json", db=office).out)["device_id"]
    cli("import", bundle, db=office)
    cli("devices", "approve", device, db=office)


def test_replies_for_all_make_every_laptop_list_what_the_office_lists(
        cli: Cli, tmp_path: Path) -> None:
    office = tmp_path / "ugel.db"
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105",
               db=office).code == 0
    assert cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=office).code == 0
    names = ["Ana", 'Beto: "C:\\\\aux"/../*?<>|']  # a name no file system accepts as it is
    laptops = [_join(cli, office, tmp_path, name) for name in names]
    outbox = tmp_path / "usb"
    outbox.mkdir()
    for n, laptop in enumerate(laptops):
        assert cli("records", "put", "visits", stdin=json.dumps({**VISIT, "notes": f"{n}"}),
                   db=laptop).code == 0
        _send(cli, office, laptop, outbox)
    replies = tmp_path / "respuestas"
    replies.mkdir()
    written = cli("publish", "--for", "all", "--out", str(replies), "--json", db=office)
    assert written.code == 0, written.err
    files = [Path(r["file"]) for r in json.loads(written.out)]
    assert len(files) == 2 and all(f.parent == replies and f.is_file() for f in files)
    assert all(set(f.name) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                  "0123456789.-_") for f in files)
    office_list = cli("records", "list", "visits", "--json", db=office).out
    for laptop in laptops:
        results = [cli("import", str(reply), db=laptop) for reply in files]
        [taken] = [r for r in results if r.code == 0]  # its own; the other's cannot be opened
        assert "Respuesta de la UGEL: 10 cambios nuevos" in taken.out  # the other's visit
        assert cli("records", "list", "visits", "--json", db=laptop).out == office_list
    refused = cli("publish", "--for", "all", "--school", "0335273", "--out", str(replies),
                  db=office)
    assert refused.code == 1 and "--school" in refused.err
