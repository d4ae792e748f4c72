"""A realistic fleet for the tests that compare an office station on both engines: a UGEL
station (SQLite) with the padrón, two specialists and a director who record every kind of
field record, photos, a conflict (two specialists on one GRD plan) and a gap (one bundle never
delivered), and their bundles (issue 13)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from tests.cli.conftest import Cli
from tests.conftest import PADRON

SCHOOL = "0335273"
YEAR = 2024


@dataclass
class Fleet:
    office: Path
    bundles: list[str]
    devices: list[str]


def ok(result, what: str = "") -> str:  # type: ignore[no-untyped-def]
    assert result.code == 0, (what, result.err)
    return result.out


def put(cli: Cli, db: Path, kind: str, record: dict) -> str:
    out = ok(cli("records", "put", kind, "--json", stdin=json.dumps(record), db=db), kind)
    return (json.loads(out)["created"] or json.loads(out)["updated"])[0]


def export_from(cli: Cli, db: Path, stick: Path) -> str:
    return json.loads(ok(cli("export", "--out", str(stick), "--json", db=db)))["file"]


def build_fleet(cli: Cli, root: Path) -> Fleet:
    office = root / "ugel.db"
    ok(cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105", db=office))
    ok(cli("schools", "import", str(PADRON / "padron_ugel05_lima.dbf"), db=office))
    ref = root / "ugel.mcbundle"
    ok(cli("publish", "--out", str(ref), db=office))
    school_ref = root / "ie.mcbundle"
    ok(cli("publish", "--out", str(school_ref), "--school", SCHOOL, db=office))
    stick = root / "usb"
    stick.mkdir()
    laptops = {}
    for name, role, school in (("ana", "especialista", None), ("beto", "especialista", None),
                               ("dora", "director", SCHOOL)):
        db = root / f"{name}.db"
        extra = ["--school", school] if school else []
        ok(cli("init", "--role", role, "--name", name.title(), "--office",
                str(school_ref if school else ref), *extra, db=db), name)
        laptops[name] = db
    ana, beto, dora = laptops["ana"], laptops["beto"], laptops["dora"]
    bundles = []
    visit = put(cli, ana, "visits", {"cod_mod": SCHOOL, "date": "2024-05-02",
                                      "type": "monitoreo", "notes": "Aulas limpias",
                                      "latitude": -12.046123456789012, "longitude": -77.0})
    photo = root / "aula.jpg"
    Image.new("RGB", (64, 48), (200, 120, 40)).save(photo)
    ok(cli("evidence", "add", "--visit", visit, "--caption", "Aula", str(photo), db=ana))
    put(cli, ana, "commitments", {"visit_id": visit, "description": "Arreglar el techo",
                                   "due_date": "2024-06-01"})
    codlocal = json.loads(ok(cli("schools", "search", SCHOOL, "--json", db=office)))[0]["codlocal"]
    plan = {"codlocal": codlocal, "year": YEAR, "status": "en_elaboracion"}
    put(cli, ana, "grd_plans", plan)
    put(cli, ana, "drills", {"codlocal": codlocal, "date": "2024-05-31", "shift": "manana",
                              "hazard": "sismo", "students": 120, "evacuation_seconds": 95})
    bundles.append(export_from(cli, ana, stick))  # Ana's first bundle
    put(cli, ana, "safety_devices", {"codlocal": codlocal, "device_type": "extintor",
                                      "quantity": 2, "expiry_date": "2025-01-31"})
    bundles.append(export_from(cli, ana, stick))  # her second: alone, it leaves a gap
    put(cli, beto, "grd_plans", {**plan, "status": "aprobado"})  # the same plan: a conflict
    put(cli, beto, "visits", {"cod_mod": SCHOOL, "date": "2024-05-03", "type": "monitoreo",
                               "latitude": -12, "longitude": -77})  # stored as -12.0
    library = put(cli, beto, "libraries", {"codlocal": codlocal,
                                            "library_type": "biblioteca_escolar"})
    put(cli, beto, "library_copies", {"library_id": library, "registration_number": "001",
                                       "title": "Paco Yunque", "year": 1931})
    bundles.append(export_from(cli, beto, stick))
    put(cli, dora, "brigades", {"codlocal": codlocal, "brigade_type": "primeros_auxilios"})
    bundles.append(export_from(cli, dora, stick))
    devices = [json.loads(cli("verify", b, "--json", db=office).out)["device_id"]
               for b in (bundles[0], bundles[2], bundles[3])]
    return Fleet(office, bundles, devices)
