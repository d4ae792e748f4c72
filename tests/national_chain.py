"""Four levels through the real command line: a laptop, its UGEL, the UGEL's DRE and the
national station above it, each station on a file or on a PostgreSQL address (issue 13)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.cli.conftest import Cli
from tests.conftest import PADRON

VISIT = {"cod_mod": "0335273", "date": "2024-05-02", "type": "monitoreo"}
Db = Path | str  # a station's file, or its postgresql:// address


@dataclass(frozen=True)
class Chain:
    laptop: Path
    ugel: Db
    dre: Db
    nacional: Db
    national_ref: Path
    dre_ref: Path
    ugel_ref: Path
    specialist: str  # the laptop's device id
    stick: Path


def _ok(cli: Cli, *args: str, db: Db, stdin: str | None = None) -> str:
    done = cli(*args, db=db, stdin=stdin)  # type: ignore[arg-type]
    assert done.code == 0, done.err
    return done.out


def sent(cli: Cli, bundle: str, office: Db) -> str:
    """Import a bundle at an office, approving its sender the first time (it is held)."""
    device = json.loads(cli("verify", bundle, "--json", db=office).out)["device_id"]  # type: ignore[arg-type]
    cli("import", bundle, db=office)  # type: ignore[arg-type]
    listed = json.loads(_ok(cli, "devices", "list", "--json", db=office))
    if any(d["device_id"] == device and d["status"] == "held" for d in listed):
        _ok(cli, "devices", "approve", device, db=office)
        _ok(cli, "import", bundle, db=office)
    return device


def export(cli: Cli, db: Db, folder: Path) -> str:
    return str(json.loads(_ok(cli, "export", "--out", str(folder), "--json", db=db))["file"])


def build_chain(cli: Cli, tmp_path: Path, *, dre: Db, nacional: Db) -> Chain:
    """The national station publishes, its DRE joins it; the UGEL joins the DRE, the laptop the
    UGEL; the laptop's visit and the UGEL's assignment go up level by level."""
    national_ref, dre_ref = tmp_path / "nacional.mcbundle", tmp_path / "dre.mcbundle"
    _ok(cli, "init", "--role", "nacional", "--name", "Minedu", db=nacional)
    _ok(cli, "publish", "--out", str(national_ref), db=nacional)
    _ok(cli, "init", "--role", "dre", "--name", "DRE Lima Metropolitana", db=dre)
    joined = _ok(cli, "join", str(national_ref), db=dre)
    assert "estación nacional «Minedu»" in joined
    _ok(cli, "publish", "--out", str(dre_ref), db=dre)
    ugel = tmp_path / "ugel05.db"
    _ok(cli, "init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105", db=ugel)
    _ok(cli, "schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=ugel)
    _ok(cli, "join", str(dre_ref), db=ugel)
    ugel_ref = tmp_path / "ugel.mcbundle"
    _ok(cli, "publish", "--out", str(ugel_ref), db=ugel)
    laptop = tmp_path / "ana.db"
    _ok(cli, "init", "--role", "especialista", "--name", "Ana", "--office", str(ugel_ref),
        db=laptop)
    _ok(cli, "records", "put", "visits", stdin=json.dumps(VISIT), db=laptop)
    stick = tmp_path / "usb"
    stick.mkdir()
    specialist = sent(cli, export(cli, laptop, stick), ugel)
    _ok(cli, "assignments", "set", "--school", "0335273", "--device", specialist, db=ugel)
    sent(cli, export(cli, ugel, stick), dre)
    relay = export(cli, dre, stick)
    assert "relevo" in Path(relay).name
    sent(cli, relay, nacional)
    return Chain(laptop, ugel, dre, nacional, national_ref, dre_ref, ugel_ref, specialist, stick)


def listing(cli: Cli, db: Db, kind: str) -> str:
    return _ok(cli, "records", "list", kind, "--json", db=db)


def reply_down(cli: Cli, office: Db, below: Db, folder: Path) -> Path:
    """The office's replies, and the one for the station below imported there."""
    folder.mkdir(exist_ok=True)
    written = json.loads(_ok(cli, "publish", "--for", "all", "--out", str(folder), "--json",
                             db=office))
    assert len(written) == 1, written
    reply = Path(written[0]["file"])
    _ok(cli, "import", str(reply), db=below)
    return reply


def check_up_and_down(cli: Cli, chain: Chain, tmp_path: Path) -> None:
    """What the UGEL holds reaches the DRE and the national station alike; an edit made at the
    national station comes back down to the laptop through the DRE and the UGEL."""
    for kind in ("visits", "assignments"):
        at_ugel = listing(cli, chain.ugel, kind)
        assert len(json.loads(at_ugel)) == 1
        assert listing(cli, chain.dre, kind) == at_ugel
        assert listing(cli, chain.nacional, kind) == at_ugel
    [visit] = json.loads(listing(cli, chain.nacional, "visits"))
    edited = {**{k: visit[k] for k in ("id", *VISIT)}, "notes": "revisado por el Minedu"}
    _ok(cli, "records", "put", "visits", stdin=json.dumps(edited), db=chain.nacional)
    reply_down(cli, chain.nacional, chain.dre, tmp_path / "a-la-dre")
    reply_down(cli, chain.dre, chain.ugel, tmp_path / "a-la-ugel")
    reply_down(cli, chain.ugel, chain.laptop, tmp_path / "a-la-laptop")
    at_national = listing(cli, chain.nacional, "visits")
    assert "revisado por el Minedu" in at_national
    for db in (chain.dre, chain.ugel, chain.laptop):
        assert listing(cli, db, "visits") == at_national
