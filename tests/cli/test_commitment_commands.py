from __future__ import annotations

import json

from monitor_app.services.context import open_initialised
from tests.cli.conftest import Cli
from tests.conftest import SCHOOL_A, add_schools
from tests.services.sync_world import V1, V2

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

