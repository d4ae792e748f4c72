"""The workbooks as people open them: the coverage workbook of a demo UGEL, with hostile school
names imported from a padrón, converted to PDF by LibreOffice (headless) and read back with
pdftotext and pypdf. CI installs LibreOffice, Carlito (Calibri's metrics) and poppler-utils."""

from __future__ import annotations

import csv
import datetime as dt
import math
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from monitor_app.services.demo import fill_demo
from monitor_app.services.directory_import import import_directory
from monitor_app.services.reports import write_coverage_report
from tests.conftest import START_MS, FakeWallClock, enrol

TOOLS = "apt-get install libreoffice-calc fonts-crosextra-carlito poppler-utils"
A4_LANDSCAPE = (842, 595)  # points
SMALLEST_LEGIBLE = 7.5  # points, as printed
# Text a spreadsheet would run as a formula if it were written as one.
HOSTILE_NAMES = ['=1+1', '=HYPERLINK("http://ejemplo.invalid","abrir")', "+2+3", "-4+5",
                 "@SUMA(6)", "#N/A"]
HOSTILE_DISTRICT = "=7*8"


@dataclass(frozen=True)
class Printed:
    xlsx: Path
    pdf: Path
    pages: list[str]  # pdftotext -layout, one text per page
    generated_at: dt.datetime


def _require(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.fail(f"{program} is not installed; this test opens the workbooks in LibreOffice: "
                    f"{TOOLS}", pytrace=False)
    return found


def _hostile_padron(path: Path) -> Path:
    columns = ["COD_MOD", "ANEXO", "CODLOCAL", "CEN_EDU", "D_DIST", "CODOOII"]
    rows = [[f"99900{n:02d}", "0", "999900", name, HOSTILE_DISTRICT, "150105"]
            for n, name in enumerate(HOSTILE_NAMES)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows([columns, *rows])
    return path


def _to_pdf(xlsx: Path, work: Path) -> Path:
    """One conversion in a LibreOffice profile of its own, so parallel runs do not collide."""
    soffice = _require("soffice")
    profile = (work / "lo-profile").as_uri()
    done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(work), str(xlsx)],
                          capture_output=True, text=True, timeout=240)
    pdf = work / f"{xlsx.stem}.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    return pdf


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    _require("pdftotext")
    fonts = subprocess.run(["fc-list", ":family=Carlito"], capture_output=True, text=True)
    if "Carlito" not in fonts.stdout:
        pytest.fail(f"the Carlito font is not installed (Calibri's metrics): {TOOLS}",
                    pytrace=False)
    work = tmp_path_factory.mktemp("workbooks")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MONITOR_APP_HOME", str(work / "home"))
        ctx = enrol(work / "monitor.db", wall=FakeWallClock())
        try:
            fill_demo(ctx, seed=1)
            import_directory(ctx, _hostile_padron(work / "padron_hostil.csv"))
            xlsx = work / "cobertura.xlsx"
            write_coverage_report(ctx, xlsx)
        finally:
            ctx.close()
    pdf = _to_pdf(xlsx, work)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    yield Printed(xlsx, pdf, text.split("\f")[:-1],
                  dt.datetime.fromtimestamp(START_MS / 1000).replace(microsecond=0))


def _sheet_pages(printed: Printed, sheet: str) -> list[str]:
    return [page for page in printed.pages if sheet in page.splitlines()[0]]


def test_no_cell_shows_hashes(printed: Printed) -> None:
    shown = [n for n, page in enumerate(printed.pages, start=1) if "###" in page]
    assert not shown, f"'###' on pages {shown}"


def test_every_page_is_a4_landscape(printed: Printed) -> None:
    reader = PdfReader(printed.pdf)
    assert len(reader.pages) == len(printed.pages)
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in reader.pages}
    assert sizes == {A4_LANDSCAPE}


def _printed_sizes(page: object) -> list[float]:
    sizes: list[float] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]))

    page.extract_text(visitor_text=seen)  # type: ignore[attr-defined]
    return sizes


def test_every_page_prints_at_a_legible_size(printed: Printed) -> None:
    reader = PdfReader(printed.pdf)
    smallest = {n: round(min(_printed_sizes(p)), 1) for n, p in enumerate(reader.pages, start=1)}
    assert min(smallest.values()) >= SMALLEST_LEGIBLE, smallest


def test_each_sheet_prints_with_its_name_and_page_numbers(printed: Printed) -> None:
    total = len(printed.pages)
    for number, page in enumerate(printed.pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert "Cobertura de monitoreo, UGEL 150105, al 27/10/2024" in lines[0]
        assert f"Página {number} de {total}" in lines[-1]
    assert printed.pages[0].splitlines()[0].rstrip().endswith("Resumen")
    assert len(_sheet_pages(printed, "Distritos")) == 1


def test_the_summary_shows_its_figures_and_the_generation_time(printed: Printed) -> None:
    summary = printed.pages[0]
    assert "Cobertura de monitoreo y lista de verificación de las IIEE" in summary
    assert f"{printed.generated_at:%d/%m/%Y %H:%M}" in summary
    for heading in ("Fecha de corte", "27/10/2024", "IIEE (servicios educativos)", "% cumple",
                    "Plan de GRD aprobado y vigente", "Compromisos sin vencer"):
        assert heading in summary


def test_every_iiee_page_repeats_the_header_row_and_the_schools_name(printed: Printed) -> None:
    pages = _sheet_pages(printed, "IIEE")
    assert len(pages) >= 4 and len(pages) % 2 == 0  # two pages across for each band of rows
    for page in pages:
        assert "Nombre de la IE" in page and "Código" in page and "modular" in page
    first, second = pages[:2]  # the same schools, left and right halves of their rows
    assert "Última" in first and "Última" not in second and "Préstamos" in second
    assert "SAN JUAN DE LURIGANCHO" in "".join(pages)


def test_text_from_the_padron_is_printed_as_written_never_computed(printed: Printed) -> None:
    text = "\n".join(_sheet_pages(printed, "IIEE"))
    for name in HOSTILE_NAMES:
        assert name in text, name
    assert HOSTILE_DISTRICT in _sheet_pages(printed, "Distritos")[0]
    with zipfile.ZipFile(printed.xlsx) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 3
        assert not any(b"<f>" in book.read(n) or b"<f " in book.read(n) for n in sheets)
