from __future__ import annotations

import json
from pathlib import Path

from monitor_app.services.context import open_initialised
from tests.cli.conftest import Cli
from tests.conftest import SCHOOL_A, add_schools
from tests.services.sync_world import V1, V2
from tests.storage.photo_files import jpeg

VISITS = "".join(json.dumps(visit) + "\n" for visit in (
    {"id": V1, "cod_mod": "0335273", "date": "2024-04-10", "type": "monitoreo", "status": "cerrada"},
    {"id": V2, "cod_mod": "0335273", "date": "2024-07-02", "type": "verificacion_compromisos",
     "status": "cerrada"},
))


def test_open_commitments_are_listed_then_verified(enrolled: Cli) -> None:
    ctx = open_initialised(enrolled.db)
    add_schools(ctx, SCHOOL_A)
    ctx.close()
    assert enrolled("records", "put", "visits", stdin=VISITS).code == 0
    put = enrolled("records", "put", "commitments", "--json", stdin=json.dumps(
        {"visit_id": V1, "description": "Actualizar el plan de GRD",
         "responsible": "Directora", "due_date": "2024-06-30"}))
    assert put.code == 0
    [commitment] = json.loads(put.out)["created"]
    listed = enrolled("commitments", "open", "335273")
    assert listed.code == 0 and commitment in listed.out and "2024-06-30" in listed.out
    verified = enrolled("commitments", "verify", commitment, "--visit", V2, "--status", "cumplido")
    assert verified.code == 0 and "cumplido" in verified.out
    assert json.loads(enrolled("commitments", "open", "0335273", "--json").out) == []
    refused = enrolled("commitments", "verify", commitment, "--visit", "nope", "--status",
                       "cumplido")
    assert refused.code == 1 and "nope" in refused.err and "Traceback" not in refused.err


def test_the_acta_of_a_visit_prints_as_json(enrolled: Cli) -> None:
    ctx = open_initialised(enrolled.db)
    add_schools(ctx, SCHOOL_A)
    ctx.close()
    assert enrolled("records", "put", "visits", stdin=VISITS).code == 0
    answer = {"visit_id": V1, "instrument": "rubricas_aula", "version": 1, "item": "d4",
              "value": 4, "evidence_text": "Trato cordial"}
    assert enrolled("records", "put", "answers", stdin=json.dumps(answer)).code == 0
    printed = enrolled("acta", V1)
    assert printed.code == 0, printed.err
    acta = json.loads(printed.out)
    answers = [a for page in acta["instruments"] for s in page["sections"] for a in s["answers"]]
    assert {"item_code": "d4", "answer": "IV"}.items() <= next(
        a for a in answers if a["item_code"] == "d4").items()
    missing = enrolled("acta", "v9")
    assert missing.code == 1 and "v9" in missing.err



def test_the_office_records_the_schools_report_and_the_listing_shows_both(
        cli: Cli, tmp_path: Path) -> None:
    assert cli("init", "--role", "ugel", "--name", "UGEL 05", "--ugel", "150105").code == 0
    ctx = open_initialised(cli.db)
    add_schools(ctx, SCHOOL_A)
    ctx.close()
    assert cli("records", "put", "visits", stdin=VISITS).code == 0
    put = cli("records", "put", "commitments", "--json", stdin=json.dumps(
        {"visit_id": V1, "description": "Reponer el botiquín", "due_date": "2024-06-30"}))
    [commitment] = json.loads(put.out)["created"]
    photo = tmp_path / "botiquin.jpg"
    photo.write_bytes(jpeg(640, 480))
    reported = cli("commitments", "report", commitment, "--on", "2024-07-01", "--note",
                   "Repuesto", "--reporter", "Rosa (por teléfono)", "--photo", str(photo))
    assert reported.code == 0, reported.err
    assert "2024-07-01" in reported.out and "1 foto" in reported.out
    other = tmp_path / "aula.jpg"
    other.write_bytes(jpeg(320, 240))
    assert cli("evidence", "add", str(other), "--commitment", commitment).code == 0
    assert len(json.loads(cli("evidence", "list", "--commitment", commitment, "--json").out)) == 2
    listed = cli("commitments", "open", "0335273")
    assert "la IE informa que cumplió el 2024-07-01: Repuesto" in listed.out
    assert "fotos: 2" in listed.out and "por verificar en la próxima visita" in listed.out
    assert cli("commitments", "verify", commitment, "--visit", V2, "--status", "cumplido",
               "--note", "Visto").code == 0
    [both] = json.loads(cli("commitments", "list", "0335273", "--json").out)
    assert (both["status"], both["verified_on"], both["reported_on"], both["report_photos"],
            both["awaits_verification"]) == ("cumplido", "2024-07-02", "2024-07-01", 2, False)
    text = cli("commitments", "list", "0335273").out
    assert "verificado en la visita del 2024-07-02: Visto" in text and "2024-07-01" in text
    closed = cli("commitments", "report", commitment, "--on", "2024-07-03")
    assert closed.code == 1 and "ya no está abierto (cumplido)" in closed.err


def test_a_specialist_is_told_who_reports_a_commitment(enrolled: Cli) -> None:
    ctx = open_initialised(enrolled.db)
    add_schools(ctx, SCHOOL_A)
    ctx.close()
    assert enrolled("records", "put", "visits", stdin=VISITS).code == 0
    put = enrolled("records", "put", "commitments", "--json", stdin=json.dumps(
        {"visit_id": V1, "description": "Reponer el botiquín"}))
    [commitment] = json.loads(put.out)["created"]
    refused = enrolled("commitments", "report", commitment, "--on", "2024-07-01")
    assert refused.code == 1 and "dirección de la IE" in refused.err
    assert "commitments verify" in refused.err
