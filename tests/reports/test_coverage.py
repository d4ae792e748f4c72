"""The coverage workbook read back with openpyxl: its sheets, Spanish headers, one row per
school in scope, statuses and figures; a cancelled or failed report leaves no file."""

from __future__ import annotations

import datetime as dt
import errno
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.services.context import AppContext
from monitor_app.services.reports import write_coverage_report
from tests.checklist_records import put, record_school
from tests.conftest import SCHOOL_A, SCHOOL_B


def _rows(path: Path, sheet: str) -> list[list]:
    book = load_workbook(path)
    return [[cell.value for cell in row] for row in book[sheet].iter_rows()]


def _by_header(path: Path) -> list[dict]:
    header, *rows = _rows(path, "IIEE")
    return [dict(zip(header, row)) for row in rows]


@pytest.fixture
def report(ctx: AppContext, tmp_path: Path) -> Path:
    record_school(ctx, SCHOOL_A)
    out = tmp_path / "cobertura.xlsx"
    summary = write_coverage_report(ctx, out)
    assert (summary.schools, summary.visited, summary.visits) == (2, 1, 1)
    return out


def test_the_workbook_has_its_three_sheets_with_a_frozen_bold_header(report: Path) -> None:
    book = load_workbook(report)
    assert book.sheetnames == ["Resumen", "IIEE", "Distritos"]
    sheet = book["IIEE"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert 15 < sheet.column_dimensions["C"].width < 20  # as wide as "0015 LAS AZUCENAS"


def test_one_row_per_school_in_scope_with_accented_headers(report: Path) -> None:
    header = _rows(report, "IIEE")[0]
    assert header[:8] == ["Código modular", "Anexo", "Nombre de la IE", "Nivel / modalidad",
                          "Distrito", "Código de local", "Última visita", "Visitas en el trimestre"]
    assert "Préstamos activos" in header and "Estado del plan de GRD 2024" in header
    assert "Inventario de biblioteca al día" in header
    rows = _by_header(report)
    assert [r["Código modular"] for r in rows] == [SCHOOL_A.cod_mod, SCHOOL_B.cod_mod]


def test_a_schools_row_holds_its_statuses_and_figures(report: Path) -> None:
    row = _by_header(report)[0]
    assert row["Nombre de la IE"] == "017 CUNA JARDIN" and row["Código de local"] == "304756"
    assert row["Última visita"] == dt.datetime(2024, 10, 2)
    assert row["Visitas en el trimestre"] == 1
    assert row["Plan de GRD aprobado y vigente"] == "Cumple"
    assert row["Dispositivos de seguridad operativos y vigentes"] == "Pendiente"
    assert row["Biblioteca funcional"] == "Pendiente"
    assert row["Estado del plan de GRD 2024"] == "Aprobado"
    assert (row["Brigadas"], row["Brigadistas capacitados"], row["Simulacros en 2024"]) == (1, 2, 2)
    assert row["Dispositivos operativos (unidades)"] == 3
    assert row["Dispositivos vencidos (unidades)"] == 0
    assert (row["Biblioteca: ejemplares"], row["Préstamos activos"]) == (5, 1)
    assert row["Fecha de inventario"] == dt.datetime(2024, 7, 1)


def test_a_school_without_records_shows_no_data(report: Path) -> None:
    row = _by_header(report)[1]
    assert row["Última visita"] is None and row["Visitas en el trimestre"] == 0
    assert row["Plan de GRD aprobado y vigente"] == "Sin dato"
    assert row["Simulacros del año y el último nacional"] == "Vencido"
    assert row["Estado del plan de GRD 2024"] == "Sin registro"
    assert row["Biblioteca: ejemplares"] is None and row["Fecha de inventario"] is None


def test_dates_are_real_dates_shown_day_first(report: Path) -> None:
    sheet = load_workbook(report)["IIEE"]
    assert sheet["G2"].is_date and sheet["G2"].number_format == "dd/mm/yyyy"


def test_the_summary_counts_statuses_per_item(report: Path) -> None:
    rows = _rows(report, "Resumen")
    facts = {r[0]: r[1] for r in rows if r and r[0]}
    assert facts["Fecha de corte"] == dt.datetime(2024, 10, 27)
    assert facts["IIEE (servicios educativos)"] == 2
    assert facts["IIEE visitadas en el trimestre"] == 1
    assert facts["IIEE sin visita en el trimestre"] == 1
    assert isinstance(facts["Generado"], dt.datetime)
    table = rows[[r[0] for r in rows].index("Ítem"):]
    assert table[0][:6] == ["Ítem", "Cumple", "Pendiente", "Vencido", "Sin dato", "% cumple"]
    plan = next(r for r in table if r[0] == "Plan de GRD aprobado y vigente")
    assert plan[1:6] == [1, 0, 0, 1, 0.5]
    drills = next(r for r in table if r[0] == "Simulacros del año y el último nacional")
    assert drills[1:5] == [1, 0, 1, 0]


def test_the_districts_sheet_gives_shares_per_district_and_a_total(report: Path) -> None:
    header, *rows = _rows(report, "Distritos")
    assert header[:4] == ["Distrito", "IIEE", "Visitadas en el trimestre", "% visitadas"]
    assert [r[0] for r in rows] == ["EL AGUSTINO", "SAN JUAN DE LURIGANCHO", "Total"]
    agustino, lurigancho, total = rows
    assert agustino[1:4] == [1, 1, 1.0] and lurigancho[1:4] == [1, 0, 0.0]
    plan_at = header.index("Plan de GRD aprobado y vigente: % cumple")
    assert (agustino[plan_at], lurigancho[plan_at], total[plan_at]) == (1.0, 0.0, 0.5)


def test_deleted_and_planned_visits_do_not_count(ctx: AppContext, tmp_path: Path) -> None:
    put(ctx, "visits", {"cod_mod": SCHOOL_B.cod_mod, "date": "2024-12-01", "type": "monitoreo"})
    out = tmp_path / "c.xlsx"
    write_coverage_report(ctx, out)
    assert _by_header(out)[1]["Última visita"] is None


def test_the_report_can_be_as_of_another_day(ctx: AppContext, tmp_path: Path) -> None:
    record_school(ctx, SCHOOL_A)
    out = tmp_path / "c.xlsx"
    write_coverage_report(ctx, out, today=dt.date(2024, 6, 30))
    row = _by_header(out)[0]
    assert row["Última visita"] == dt.datetime(2024, 4, 2) and row["Visitas en el trimestre"] == 1
    assert row["Simulacros en 2024"] == 1


def test_progress_is_reported_and_a_cancel_leaves_no_file(ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    seen: list[tuple[int, int | None]] = []
    write_coverage_report(ctx, out, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    out.unlink()
    with pytest.raises(MonitorError) as refusal:
        write_coverage_report(ctx, out, cancelled=lambda: True)
    assert refusal.value.code is ErrorCode.CANCELLED
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir()) and not out.exists()


def test_a_cancel_keeps_an_earlier_report_untouched(ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    out.write_bytes(b"the earlier report")
    with pytest.raises(MonitorError):
        write_coverage_report(ctx, out, cancelled=lambda: True)
    assert out.read_bytes() == b"the earlier report"


def test_a_full_disk_is_the_disk_full_refusal_and_leaves_no_file(ctx: AppContext,
                                                                  tmp_path: Path) -> None:
    def disk_full(done: int, total: int | None) -> None:
        if done == total:  # after the workbook is saved, before the rename
            raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "c.xlsx"
    with pytest.raises(MonitorError) as refusal:
        write_coverage_report(ctx, out, progress=disk_full)
    assert refusal.value.code is ErrorCode.DISK_FULL
    assert not out.exists() and not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_a_missing_folder_or_a_folder_in_the_way_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(MonitorError) as refusal:
        write_coverage_report(ctx, tmp_path / "no_existe" / "c.xlsx")
    assert refusal.value.code is ErrorCode.REPORT_FOLDER_NOT_FOUND
    (tmp_path / "c.xlsx").mkdir()
    with pytest.raises(MonitorError) as refusal:
        write_coverage_report(ctx, tmp_path / "c.xlsx")
    assert refusal.value.code is ErrorCode.REPORT_NOT_WRITTEN
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_a_write_the_system_refuses_midway_leaves_no_half_file(ctx: AppContext,
                                                               tmp_path: Path) -> None:
    """A real failing write: the process may not write files past 4 KiB (RLIMIT_FSIZE)."""
    record_school(ctx, SCHOOL_A)
    script = textwrap.dedent(f"""
        import resource, signal, sys
        from pathlib import Path
        from monitor_app.core.errors import MonitorError
        from monitor_app.services.context import open_initialised
        from monitor_app.services.checklist import schools_in_scope
        from monitor_app.services.reports import write_coverage_report
        ctx = open_initialised(Path({str(ctx.path)!r}))
        schools_in_scope(ctx)  # opens the database's shared-memory file before the limit
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            write_coverage_report(ctx, Path({str(tmp_path / "c.xlsx")!r}))
        except MonitorError as refusal:
            print(refusal.code.value)
    """)
    done = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.strip() == "report_not_written", done.stderr
    assert not any(p.name.startswith(".c.xlsx") or p.name == "c.xlsx" for p in tmp_path.iterdir())
