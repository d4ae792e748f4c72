"""The CSV padrón reader: encodings, delimiters, quoting, row numbers and malformed rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron import PadronRow, RowScreen, open_padron
from tests.storage.padron_files import read_all, refusal, write


def test_utf8_with_commas_keeps_codes_and_accents(tmp_path: Path) -> None:
    text = (
        " cod_mod , Anexo,cen_edu,d_dist,nlat_ie\n"
        "0335273,0,017 CUNA JARDIN,EL AGUSTINO,-12.0514\n"
        "1223221,1,  IE 3045 JOSÉ CARLOS MARIÁTEGUI  ,SAN JUAN DE LURIGANCHO,0.0\n"
    )
    path = write(tmp_path, "padron.csv", text.encode("utf-8"))
    with open_padron(path) as reader:
        assert reader.format == "csv"
        assert reader.columns == ("COD_MOD", "ANEXO", "CEN_EDU", "D_DIST", "NLAT_IE")
        assert reader.total_rows == 2
        rows = list(reader.rows())
    assert rows == [
        PadronRow(2, {"COD_MOD": "0335273", "ANEXO": "0", "CEN_EDU": "017 CUNA JARDIN",
                      "D_DIST": "EL AGUSTINO", "NLAT_IE": "-12.0514"}),
        PadronRow(3, {"COD_MOD": "1223221", "ANEXO": "1", "CEN_EDU": "IE 3045 JOSÉ CARLOS MARIÁTEGUI",
                      "D_DIST": "SAN JUAN DE LURIGANCHO", "NLAT_IE": "0.0"}),
    ]  # fmt: skip


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    data = "\ufeffCOD_MOD;D_COD_TUR\r\n0335273;Mañana-Tarde\r\n".encode()
    with open_padron(write(tmp_path, "excel.csv", data)) as reader:
        assert reader.columns == ("COD_MOD", "D_COD_TUR")
        assert [row.values for row in reader.rows()] == [
            {"COD_MOD": "0335273", "D_COD_TUR": "Mañana-Tarde"}
        ]


def test_latin1_with_semicolons(tmp_path: Path) -> None:
    text = "COD_MOD;CEN_EDU;D_GESTION\n0000001;IE Nº 20 SEÑOR DE LOS MILAGROS;Pública de gestión directa\n"
    rows = read_all(write(tmp_path, "latin.csv", text.encode("latin-1")))
    assert rows[0].values == {
        "COD_MOD": "0000001",
        "CEN_EDU": "IE Nº 20 SEÑOR DE LOS MILAGROS",
        "D_GESTION": "Pública de gestión directa",
    }


def test_windows_1252_line_deep_in_a_utf8_file(tmp_path: Path) -> None:
    head = "COD_MOD,CEN_EDU\n" + "".join(f"{n:07d},IE Nº {n} AÑO\n" for n in range(5000))
    tail = "9999999,PEÑA “LA FLOR”\n".encode("cp1252")
    rows = read_all(write(tmp_path, "mixed.csv", head.encode("utf-8") + tail))
    assert rows[1].values["CEN_EDU"] == "IE Nº 1 AÑO"
    assert rows[-1] == PadronRow(5002, {"COD_MOD": "9999999", "CEN_EDU": "PEÑA “LA FLOR”"})


def test_quoted_fields_with_delimiters_quotes_and_newlines(tmp_path: Path) -> None:
    text = (
        "COD_MOD,CEN_EDU,DIR_CEN\n"
        '0335273,"IE ""SAN JOSÉ"", ANEXO","AV. LIMA 123\nFRENTE AL PARQUE"\n'
        '0335274,SIN COMILLAS,"JR. UNO, S/N"\n'
    )
    rows = read_all(write(tmp_path, "quoted.csv", text.encode("utf-8")))
    assert rows[0] == PadronRow(2, {"COD_MOD": "0335273", "CEN_EDU": 'IE "SAN JOSÉ", ANEXO',
                                    "DIR_CEN": "AV. LIMA 123\nFRENTE AL PARQUE"})  # fmt: skip
    assert rows[1].number == 4  # the line it starts on, after the two-line field
    assert rows[1].values["DIR_CEN"] == "JR. UNO, S/N"


def test_blank_lines_and_empty_rows_are_skipped_but_counted(tmp_path: Path) -> None:
    text = "\n\nCOD_MOD;ANEXO\n0335273;0\n\n;;\n;\n0335274;1\n"
    with open_padron(write(tmp_path, "blanks.csv", text.encode())) as reader:
        rows = list(reader.rows())
    assert [row.number for row in rows] == [4, 8]
    assert rows[1].values == {"COD_MOD": "0335274", "ANEXO": "1"}


def test_short_rows_are_padded_and_empty_extra_fields_ignored(tmp_path: Path) -> None:
    text = "COD_MOD,ANEXO,CEN_EDU\n0335273\n0335274,1,IE 1,,\n"
    rows = read_all(write(tmp_path, "short.csv", text.encode()))
    assert rows[0].values == {"COD_MOD": "0335273", "ANEXO": "", "CEN_EDU": ""}
    assert rows[1].values == {"COD_MOD": "0335274", "ANEXO": "1", "CEN_EDU": "IE 1"}


def test_row_with_too_many_fields_names_its_line(tmp_path: Path) -> None:
    text = "COD_MOD,ANEXO\n0335273,0\n\n0335274,0,EXTRA\n0335275,0\n"
    path = write(tmp_path, "long.csv", text.encode())
    seen: list[int] = []
    with open_padron(path) as reader, pytest.raises(MonitorError) as caught:
        for row in reader.rows():
            seen.append(row.number)
    assert caught.value.code is ErrorCode.CSV_INVALID
    assert caught.value.line == 4
    assert caught.value.params["path"] == str(path)
    assert seen == [2]


def test_broken_quoting_names_its_line(tmp_path: Path) -> None:
    text = 'COD_MOD,CEN_EDU\n0335273,"IE 1"\n0335274,"IE "2" MAL"\n'
    error = refusal(write(tmp_path, "quotes.csv", text.encode()))
    assert error.code is ErrorCode.CSV_INVALID
    assert error.line == 3


def test_tab_and_pipe_delimiters(tmp_path: Path) -> None:
    for name, delimiter in (("tabs.txt", "\t"), ("pipes.csv", "|")):
        text = f"COD_MOD{delimiter}ANEXO{delimiter}DIR_CEN\n0335273{delimiter}0{delimiter}JR. UNO, S/N\n"
        rows = read_all(write(tmp_path, name, text.encode()))
        assert rows[0].values == {"COD_MOD": "0335273", "ANEXO": "0", "DIR_CEN": "JR. UNO, S/N"}


def test_unnamed_columns_are_left_out(tmp_path: Path) -> None:
    text = "COD_MOD;;ANEXO;\n0335273;x;0;\n"
    with open_padron(write(tmp_path, "unnamed.csv", text.encode())) as reader:
        assert reader.columns == ("COD_MOD", "ANEXO")
        assert [row.values for row in reader.rows()] == [{"COD_MOD": "0335273", "ANEXO": "0"}]


def test_header_only(tmp_path: Path) -> None:
    with open_padron(write(tmp_path, "header.csv", b"COD_MOD,ANEXO")) as reader:
        assert reader.total_rows == 0
        assert list(reader.rows()) == []


def test_duplicate_column(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, "dup.csv", b"COD_MOD,cod_mod\n1,2\n"))
    assert error.code is ErrorCode.CSV_INVALID
    assert error.line == 1


def test_whitespace_only_file(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, "blank.csv", b"\n \n\t\n"))
    assert error.code is ErrorCode.CSV_INVALID


def test_binary_file_named_csv(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8
    assert refusal(write(tmp_path, "binary.csv", data)).code is ErrorCode.UNKNOWN_FILE_FORMAT


def test_utf16_is_not_taken_for_text(tmp_path: Path) -> None:
    data = "COD_MOD\tANEXO\r\n0335273\t0\r\n".encode("utf-16")
    assert refusal(write(tmp_path, "unicode.txt", data)).code is ErrorCode.UNKNOWN_FILE_FORMAT


def test_total_rows_is_a_newline_estimate(tmp_path: Path) -> None:
    text = "COD_MOD\n" + "".join(f"{n:07d}\n" for n in range(1000)) + "0000000"
    with open_padron(write(tmp_path, "many.csv", text.encode())) as reader:
        assert reader.total_rows == 1001
        assert sum(1 for _ in reader.rows()) == 1001


def test_text_starting_like_a_dbf_version_byte_is_still_text(tmp_path: Path) -> None:
    # '0' is Visual FoxPro's version byte and CR/LF are small enough to pass for a date
    path = write(tmp_path, "codes.txt", b"0\r\n\r\n0335273\r\n")
    with open_padron(path) as reader:
        assert reader.format == "csv"
        assert [row.values for row in reader.rows()] == [{"0": "0335273"}]


def test_a_screen_sees_its_columns_and_skips_the_rows_it_refuses(tmp_path: Path) -> None:
    data = "COD_MOD;CEN_EDU;CODOOII\n0000001;IE UNO;150105\n\n0000002;IE DOS;110001\n"
    seen: list[tuple[int, tuple[str, ...]]] = []

    def test(number: int, texts: tuple[str, ...]) -> bool:
        seen.append((number, texts))
        return texts[0] == "150105"

    with open_padron(write(tmp_path, "mixta.csv", data.encode())) as reader:
        kept = list(reader.records(None, RowScreen(("CODOOII", "FALTA"), test)))
    assert seen == [(2, ("150105", "")), (4, ("110001", ""))]
    assert kept == [(2, ("0000001", "IE UNO", "150105"))]
