"""The XLSX padrón reader on workbooks written with openpyxl, and on files that only claim to be."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl

from monitor_app.core.errors import ErrorCode
from monitor_app.storage.padron import PadronRow, open_padron
from tests.storage.padron_files import read_all, refusal

HEADER = ["cod_mod", " Anexo ", "CEN_EDU", "FECHAREG", "NLAT_IE", "TALUMNO"]


def workbook(path: Path, *sheets: tuple[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_cells_become_the_text_a_user_typed(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "padron.xlsx",
        ("Padron", [
            HEADER,
            [335273, 0, "017 CUNA JARDIN", datetime(2005, 3, 1), -12.0514, 25],
            [335274.0, "1", "  IE Nº 3045 JOSÉ CARLOS MARIÁTEGUI ", date(2013, 12, 17), 0.0, 1.5],
            [None, None, None, None, None, None],
            ["0335275", None, "SEÑOR DE LOS MILAGROS", "17-12-2013", -76.99937, None],
            [1223221, 0, "HORA", datetime(2020, 1, 2, 8, 30), 2.5e-07, True],
        ]),
    )  # fmt: skip
    with open_padron(path) as reader:
        assert reader.format == "xlsx"
        assert reader.columns == ("COD_MOD", "ANEXO", "CEN_EDU", "FECHAREG", "NLAT_IE", "TALUMNO")
        assert reader.total_rows == 5
        rows = list(reader.rows())
    assert [row.number for row in rows] == [2, 3, 5, 6]
    assert rows[0].values == {"COD_MOD": "335273", "ANEXO": "0", "CEN_EDU": "017 CUNA JARDIN",
                              "FECHAREG": "2005-03-01", "NLAT_IE": "-12.0514", "TALUMNO": "25"}  # fmt: skip
    assert rows[1].values["COD_MOD"] == "335274"
    assert rows[1].values["CEN_EDU"] == "IE Nº 3045 JOSÉ CARLOS MARIÁTEGUI"
    assert rows[1].values["FECHAREG"] == "2013-12-17"
    assert rows[1].values["NLAT_IE"] == "0"
    assert rows[1].values["TALUMNO"] == "1.5"
    assert rows[2].values == {"COD_MOD": "0335275", "ANEXO": "", "CEN_EDU": "SEÑOR DE LOS MILAGROS",
                              "FECHAREG": "17-12-2013", "NLAT_IE": "-76.99937", "TALUMNO": ""}  # fmt: skip
    assert rows[3].values["FECHAREG"] == "2020-01-02 08:30:00"
    assert rows[3].values["NLAT_IE"] == "2.5e-07"
    assert rows[3].values["TALUMNO"] == "T"


def test_header_below_blank_rows_and_ragged_rows(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "ragged.xlsx",
        (
            "Hoja1",
            [
                [],
                [None, None],
                ["COD_MOD", "ANEXO", "CEN_EDU"],
                ["0335273"],
                ["0335274", 1, "IE 2", None],
            ],
        ),
    )
    rows = read_all(path)
    assert rows == [
        PadronRow(4, {"COD_MOD": "0335273", "ANEXO": "", "CEN_EDU": ""}),
        PadronRow(5, {"COD_MOD": "0335274", "ANEXO": "1", "CEN_EDU": "IE 2"}),
    ]


def test_the_sheet_with_codes_wins_over_the_first(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "two.xlsx",
        ("Notas", [["Fuente: ESCALE"], ["corte 2023"]]),
        ("Vacia", []),
        ("Locales", [["CODLOCAL", "NOM_DIST"], ["304756", "EL AGUSTINO"]]),
    )
    with open_padron(path) as reader:
        assert reader.columns == ("CODLOCAL", "NOM_DIST")
        assert [row.values for row in reader.rows()] == [
            {"CODLOCAL": "304756", "NOM_DIST": "EL AGUSTINO"}
        ]


def test_without_code_columns_the_first_sheet_is_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "plain.xlsx", ("A", [["NOMBRE"], ["x"]]), ("B", [["OTRO"], ["y"]]))
    assert [row.values for row in read_all(path)] == [{"NOMBRE": "x"}]


def test_stale_dimension_does_not_cut_rows(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "stale.xlsx", ("P", [["COD_MOD"], ["0000001"], ["0000002"], ["0000003"]])
    )
    stale = tmp_path / "stale_dimension.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(stale, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:A4" />', b'<dimension ref="A1:A2" />')
                assert b'ref="A1:A2"' in data
            target.writestr(item, data)
    assert [row.values["COD_MOD"] for row in read_all(stale)] == ["0000001", "0000002", "0000003"]


def test_duplicate_column(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dup.xlsx", ("P", [["COD_MOD", "cod_mod"], [1, 2]]))
    assert refusal(path).code is ErrorCode.XLSX_INVALID


def test_workbook_without_any_header(tmp_path: Path) -> None:
    path = workbook(tmp_path / "empty.xlsx", ("P", []))
    assert refusal(path).code is ErrorCode.XLSX_INVALID


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hola")
    error = refusal(path)
    assert error.code is ErrorCode.XLSX_INVALID
    assert error.params["path"] == str(path)


def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "random.xlsx"
    path.write_bytes(bytes((index * 7919 + 101) % 256 for index in range(4096)))
    assert refusal(path).code is ErrorCode.XLSX_INVALID


def test_workbook_cut_in_half(tmp_path: Path) -> None:
    whole = workbook(
        tmp_path / "whole.xlsx", ("P", [["COD_MOD"], *([f"{n:07d}"] for n in range(2000))])
    )
    data = whole.read_bytes()
    for size in (len(data) // 2, len(data) - 30, 200):
        path = tmp_path / f"cut{size}.xlsx"
        path.write_bytes(data[:size])
        assert refusal(path).code is ErrorCode.XLSX_INVALID, size


def test_damaged_sheet_xml_fails_cleanly(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "good.xlsx", ("P", [["COD_MOD"], *([f"{n:07d}"] for n in range(50))])
    )
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    assert refusal(damaged).code is ErrorCode.XLSX_INVALID


def test_content_wins_over_extension(tmp_path: Path) -> None:
    path = workbook(tmp_path / "padron.xlsx", ("P", [["COD_MOD"], ["0335273"]]))
    renamed = path.rename(tmp_path / "padron.csv")
    with open_padron(renamed) as reader:
        assert reader.format == "xlsx"
        assert [row.values for row in reader.rows()] == [{"COD_MOD": "0335273"}]
