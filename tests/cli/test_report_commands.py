"""`monitor-app checklist` and `monitor-app report coverage` on the real command line."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from monitor_app.services.context import initialised
from tests.checklist_records import record_school
from tests.cli.conftest import Cli
from tests.conftest import SCHOOL_A, SCHOOL_B, FakeWallClock, add_schools


@pytest.fixture
def office(enrolled: Cli) -> Cli:
    """An enrolled specialist's installation with two schools, one of them recorded."""
    with initialised(enrolled.db, wall_ms=FakeWallClock()) as ctx:
        add_schools(ctx, SCHOOL_A, SCHOOL_B)
        record_school(ctx, SCHOOL_A)
    return enrolled


def test_checklist_prints_each_item_with_status_reason_and_action(office: Cli) -> None:
    result = office("checklist", SCHOOL_A.cod_mod, "--date", "2024-10-27")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == ("Lista de verificación de la IE 0335273-0 017 CUNA JARDIN (local 304756) "
                        "al 27/10/2024")
    assert "CUMPLE      Plan de GRD aprobado y vigente" in lines
    assert "PENDIENTE   Dispositivos de seguridad operativos y vigentes" in lines
    assert "            Vencen pronto: Extintor (20/11/2024)." in lines
    assert sum(line.startswith("            Qué hacer: ") for line in lines) == 8


def test_checklist_in_english(office: Cli) -> None:
    result = office("--lang", "en", "checklist", SCHOOL_B.cod_mod, "--date", "2024-10-27")
    assert result.code == 0, result.err
    assert "NO DATA     GRD plan approved and current" in result.out
    assert "OVERDUE     Drills this year and the last national one" in result.out


def test_checklist_as_json(office: Cli) -> None:
    result = office("checklist", "335273", "--date", "2025-02-01", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["cod_mod"], data["codlocal"], data["date"]) == ("0335273", "304756", "2025-02-01")
    statuses = {item["code"]: item["status"] for item in data["items"]}
    assert statuses["grd_plan"] == "vencido" and statuses["grd_body"] == "cumple"
    commitments = next(i for i in data["items"] if i["code"] == "commitments")
    assert commitments["reason_key"] == "commitments_overdue"
    assert commitments["params"]["date"] == "2025-01-15"
    assert commitments["reason"] == "1 compromiso(s) vencido(s); el más antiguo venció el 15/01/2025."


def test_checklist_refusals_are_one_line(office: Cli) -> None:
    missing = office("checklist", "7654321")
    assert missing.code == 1 and missing.err.startswith("La IE 7654321 (anexo 0) no está en el padrón")
    bad_date = office("checklist", SCHOOL_A.cod_mod, "--date", "27/10/2024")
    assert bad_date.code == 1 and "«--date»" in bad_date.err and "AAAA-MM-DD" in bad_date.err


def test_report_coverage_writes_the_workbook(office: Cli) -> None:
    out = office.db.parent / "cobertura.xlsx"
    result = office("report", "coverage", "--out", str(out), "--date", "2024-10-27")
    assert result.code == 0, result.err
    assert result.out.strip() == (f"Informe de cobertura guardado en {out}: 2 IIEE, 1 visitadas "
                                  "este trimestre.")
    rows = list(load_workbook(out)["IIEE"].iter_rows(values_only=True))
    assert [r[0] for r in rows] == ["Código modular", SCHOOL_A.cod_mod, SCHOOL_B.cod_mod]


def test_report_coverage_as_json_and_its_refusal(office: Cli) -> None:
    out = office.db.parent / "c.xlsx"
    result = office("report", "coverage", "--out", str(out), "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["schools"] == 2
    refused = office("report", "coverage", "--out", str(office.db.parent / "no" / "c.xlsx"))
    assert refused.code == 1 and "no existe" in refused.err


def test_the_commands_run_as_a_real_process(office: Cli) -> None:
    result = office.subprocess("checklist", SCHOOL_A.cod_mod, "--date", "2024-10-27", "--json")
    assert result.code == 0, result.err
    assert len(json.loads(result.out)["items"]) == 8
