"""The DBF padrón reader on the real ESCALE files and on broken copies of them."""

from __future__ import annotations

import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.storage.padron import RowScreen, dbf, open_padron
from tests.storage.padron_files import read_all, refusal, write

FIXTURES = Path(__file__).parent.parent / "fixtures" / "padron"
UGEL05 = FIXTURES / "padron_ugel05_lima.dbf"
APOYO = FIXTURES / "Instituciones_apoyo.dbf"
LOCALES = FIXTURES / "Padlocaladi_web.dbf"

# fmt: off
PADRON_WEB_COLUMNS = [
    "COD_MOD", "ANEXO", "CODLOCAL", "CEN_EDU", "NIV_MOD", "D_NIV_MOD", "D_FORMA", "COD_CAR",
    "D_COD_CAR", "TIPSSEXO", "D_TIPSSEXO", "GESTION", "D_GESTION", "GES_DEP", "D_GES_DEP",
    "DIRECTOR", "TELEFONO", "EMAIL", "PAGWEB", "DIR_CEN", "REFERENCIA", "LOCALIDAD", "CODCP_INEI",
    "CODCCPP", "CEN_POB", "AREA_CENSO", "DAREACENSO", "CODGEO", "D_DPTO", "D_PROV", "D_DIST",
    "D_REGION", "CODOOII", "D_DREUGEL", "NLAT_IE", "NLONG_IE", "COD_TUR", "D_COD_TUR", "ESTADO",
    "D_ESTADO", "FECHAREG", "FECHA_ACT",
]
LOCALES_COLUMNS = [
    "CODLOCAL", "COD_MOD", "TIPOLOCAL", "D_TIPOLOC", "DIRECCION", "LOCALIDAD", "REFERENCIA",
    "CODGEO", "NOM_DPTO", "NOM_PROV", "NOM_DIST", "CODUGEL", "D_DREUGEL", "REGGER_ED",
    "CODCP_INEI", "CODCP_MED", "CATEG_CP", "D_CATEG_CP", "CEN_POB", "COD_AREA", "D_CODAREA",
    "NLATITUD", "NLONGITUD", "NALT_LOCAL", "NZOOM", "STATLOCAL", "D_STATLOCA",
]
# fmt: on


@contextmanager
def patched(module: object, name: str, value: object) -> Iterator[None]:
    """A module constant set for a block of a hypothesis example (fixtures last a whole test)."""
    saved = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, saved)


def layout(data: bytes) -> tuple[int, int, int]:
    """Record count, header length and record length of a DBF image."""
    count, header_length, record_length = struct.unpack_from("<IHH", data, 4)
    return count, header_length, record_length


def tiny_dbf(
    fields: list[tuple[str, str, int]], records: list[bytes], language: int = 0x02
) -> bytes:
    """A minimal dBASE III image: fields as (name, type, length), records without the flag byte."""
    record_length = 1 + sum(length for _, _, length in fields)
    header_length = 32 + 32 * len(fields) + 1
    head = bytearray(
        struct.pack("<BBBBIHH", 0x03, 124, 1, 1, len(records), header_length, record_length)
    )
    head += bytes(17) + bytes([language]) + bytes(2)
    for name, kind, length in fields:
        head += name.encode("ascii").ljust(11, b"\x00") + kind.encode("ascii") + bytes(4)
        head += bytes([length, 0]) + bytes(14)
    head += b"\x0d"
    body = b"".join(b" " + record for record in records)
    return bytes(head) + body + b"\x1a"


@pytest.mark.parametrize(
    ("path", "count", "columns"),
    [
        (UGEL05, 457, PADRON_WEB_COLUMNS),
        (APOYO, 177, PADRON_WEB_COLUMNS),
        (LOCALES, 357, LOCALES_COLUMNS),
    ],
)
def test_reads_every_real_file(path: Path, count: int, columns: list[str]) -> None:
    with open_padron(path) as reader:
        assert reader.format == "dbf"
        assert reader.path == path
        assert reader.columns == tuple(columns)
        assert reader.total_rows == count
        rows = list(reader.rows())
    assert len(rows) == count
    assert [row.number for row in rows] == list(range(1, count + 1))
    assert all(tuple(row.values) == tuple(columns) for row in rows)
    values = {value for row in rows for value in row.values.values()}
    assert not any("\x00" in value or value != value.strip() for value in values)


def test_ugel05_text_is_decoded_from_code_page_850() -> None:
    rows = read_all(UGEL05)
    first = rows[0].values
    assert first["COD_MOD"] == "0335273"
    assert first["CEN_EDU"] == "017 CUNA JARDIN"
    assert first["D_NIV_MOD"] == "Inicial - Cuna-jardín"
    assert first["D_GESTION"] == "Pública de gestión directa"
    assert first["D_GES_DEP"] == "Sector Educación"
    assert first["D_COD_TUR"] == "Mañana-Tarde"
    assert {"Pública de gestión directa", "Mañana-Tarde"} <= {
        value for row in rows for value in row.values.values()
    }


def test_leading_zeros_and_coordinates_stay_text() -> None:
    rows = read_all(UGEL05)
    assert all(len(row.values["COD_MOD"]) == 7 for row in rows)
    assert sum(row.values["COD_MOD"].startswith("0") for row in rows) > 10
    assert rows[0].values["NLAT_IE"] == "-12.051400"
    assert rows[0].values["NLONG_IE"] == "-76.999370"
    locales = read_all(LOCALES)
    assert locales[0].values["NLATITUD"] == "0.000000"
    assert locales[0].values["CODUGEL"] == "150101"


def test_nul_padding_is_stripped() -> None:
    raw = UGEL05.read_bytes()
    _, header_length, _ = layout(raw)
    assert b"\x00" * 50 in raw[header_length:]  # the fixture really is NUL-padded
    first = read_all(UGEL05)[0].values
    assert first["EMAIL"] == first["PAGWEB"] == first["REFERENCIA"] == ""
    assert first["DIR_CEN"] == "JIRON MARIANO BALDARRAGO S/N"


def test_support_institutions_file() -> None:
    rows = read_all(APOYO)
    assert "UGEL CONTUMAZÁ" in {row.values["D_DREUGEL"] for row in rows}
    assert {row.values["NIV_MOD"] for row in rows} == {"a"}
    assert rows[0].values["FECHAREG"] == "17-12-2013"


def test_rows_can_be_read_twice() -> None:
    with open_padron(APOYO) as reader:
        assert list(reader.rows()) == list(reader.rows())


def test_deleted_records_are_skipped_and_numbers_kept(tmp_path: Path) -> None:
    data = bytearray(UGEL05.read_bytes())
    _, header_length, record_length = layout(data)
    data[header_length + record_length] = ord("*")  # record 2
    rows = read_all(write(tmp_path, "deleted.dbf", data))
    assert len(rows) == 456
    assert [row.number for row in rows[:3]] == [1, 3, 4]


def test_end_of_file_mark_ends_the_data(tmp_path: Path) -> None:
    data = bytearray(UGEL05.read_bytes())
    _, header_length, record_length = layout(data)
    data[header_length + 100 * record_length] = 0x1A
    assert len(read_all(write(tmp_path, "early_eof.dbf", data))) == 100


def test_language_driver_byte_chooses_the_code_page(tmp_path: Path) -> None:
    fields = [("CEN_EDU", "C", 30)]
    name = "IE Nº 1 SEÑOR DE LOS MILAGROS"
    for language, codec in [(0x03, "cp1252"), (0x57, "cp1252"), (0x02, "cp850"), (0x00, "cp850")]:
        record = name.encode(codec).ljust(30)
        path = write(tmp_path, f"lang{language}.dbf", tiny_dbf(fields, [record], language))
        assert read_all(path)[0].values == {"CEN_EDU": name}


def test_field_types(tmp_path: Path) -> None:
    fields = [("COD_MOD", "C", 7), ("NLAT_IE", "N", 12), ("RATIO", "F", 6), ("FECHA", "D", 8)]
    fields.append(("ACTIVO", "L", 1))
    records = [
        b"0335273" + b"  -12.051400" + b" 0.500" + b"20050301" + b"T",
        b"0000001" + b"    0.000000" + b"      " + b"        " + b"n",
        b"1234567" + b"            " + b"   1.0" + b"19991231" + b"?",
    ]
    rows = read_all(write(tmp_path, "types.dbf", tiny_dbf(fields, records)))
    assert [row.values for row in rows] == [
        {
            "COD_MOD": "0335273",
            "NLAT_IE": "-12.051400",
            "RATIO": "0.500",
            "FECHA": "20050301",
            "ACTIVO": "T",
        },
        {"COD_MOD": "0000001", "NLAT_IE": "0.000000", "RATIO": "", "FECHA": "", "ACTIVO": "F"},
        {"COD_MOD": "1234567", "NLAT_IE": "", "RATIO": "1.0", "FECHA": "19991231", "ACTIVO": ""},
    ]


def test_single_field_file(tmp_path: Path) -> None:
    path = write(tmp_path, "one.dbf", tiny_dbf([("COD_MOD", "C", 7)], [b"0335273", b"0000001"]))
    assert [row.values for row in read_all(path)] == [
        {"COD_MOD": "0335273"},
        {"COD_MOD": "0000001"},
    ]


def test_empty_table_has_no_rows(tmp_path: Path) -> None:
    path = write(tmp_path, "none.dbf", tiny_dbf([("COD_MOD", "C", 7)], []))
    with open_padron(path) as reader:
        assert reader.total_rows == 0
        assert list(reader.rows()) == []


# --- broken inputs ------------------------------------------------------------------------


def test_header_cut_short(tmp_path: Path) -> None:
    data = UGEL05.read_bytes()
    for size in (20, 100, 1376):
        error = refusal(write(tmp_path, f"head{size}.dbf", data[:size]))
        assert error.code is ErrorCode.DBF_BAD_HEADER, size
        assert error.params["path"].endswith(f"head{size}.dbf")


def test_records_cut_short_fail_on_open(tmp_path: Path) -> None:
    data = UGEL05.read_bytes()
    _, header_length, record_length = layout(data)
    path = write(tmp_path, "cut.dbf", data[: header_length + 100 * record_length + 700])
    with pytest.raises(MonitorError) as caught:
        open_padron(path)
    assert caught.value.code is ErrorCode.DBF_TRUNCATED
    assert caught.value.params["row"] == 101


def test_record_count_beyond_the_file_is_truncation(tmp_path: Path) -> None:
    data = bytearray(UGEL05.read_bytes())
    struct.pack_into("<I", data, 4, 1_000_000)
    error = refusal(write(tmp_path, "count.dbf", data))
    assert error.code is ErrorCode.DBF_TRUNCATED
    assert error.params["row"] == 458


def test_file_cut_while_reading_fails_at_the_missing_record(tmp_path: Path) -> None:
    data = UGEL05.read_bytes()
    _, header_length, record_length = layout(data)
    path = write(tmp_path, "shrinking.dbf", data)
    seen: list[int] = []
    with open_padron(path) as reader:
        os.truncate(path, header_length + 300 * record_length + 10)
        with pytest.raises(MonitorError) as caught:
            for row in reader.rows():
                seen.append(row.number)
    assert caught.value.code is ErrorCode.DBF_TRUNCATED
    assert caught.value.params["row"] == 301
    assert seen == list(range(1, 301))


@pytest.mark.parametrize("header_length", [33, 1000, 1376, 1377 + 264, 65535])
def test_header_length_that_lies(tmp_path: Path, header_length: int) -> None:
    data = bytearray(UGEL05.read_bytes())
    struct.pack_into("<H", data, 8, header_length)
    assert refusal(write(tmp_path, "hl.dbf", data)).code is ErrorCode.DBF_BAD_HEADER


@pytest.mark.parametrize("record_length", [0, 1, 1500, 1502, 65535])
def test_record_length_that_lies(tmp_path: Path, record_length: int) -> None:
    data = bytearray(UGEL05.read_bytes())
    struct.pack_into("<H", data, 10, record_length)
    assert refusal(write(tmp_path, "rl.dbf", data)).code is ErrorCode.DBF_BAD_HEADER


def test_no_field_terminator(tmp_path: Path) -> None:
    data = bytearray(UGEL05.read_bytes())
    assert data[1376] == 0x0D
    data[1376] = 0x20
    assert refusal(write(tmp_path, "noterm.dbf", data)).code is ErrorCode.DBF_BAD_HEADER


def test_zero_fields(tmp_path: Path) -> None:
    data = bytearray(struct.pack("<BBBBIHH", 0x03, 124, 1, 1, 0, 33, 1)) + bytes(20) + b"\x0d"
    error = refusal(write(tmp_path, "nofields.dbf", data))
    assert error.code is ErrorCode.DBF_BAD_HEADER
    assert error.params["detail"] == "no fields"


def test_unsupported_field_type_and_duplicate_names(tmp_path: Path) -> None:
    binary = tiny_dbf([("CODE", "I", 4)], [b"\x01\x00\x00\x00"])
    assert refusal(write(tmp_path, "int.dbf", binary)).code is ErrorCode.DBF_BAD_HEADER
    twice = tiny_dbf([("COD_MOD", "C", 7), ("cod_mod", "C", 7)], [b"0335273" * 2])
    error = refusal(write(tmp_path, "twice.dbf", twice))
    assert error.code is ErrorCode.DBF_BAD_HEADER
    assert "COD_MOD" in error.params["detail"]


def test_garbage_named_dbf(tmp_path: Path) -> None:
    path = write(tmp_path, "garbage.dbf", b"this is not a dBASE file at all\n" * 40)
    assert refusal(path).code is ErrorCode.DBF_BAD_HEADER


def test_binary_garbage_with_no_known_extension(tmp_path: Path) -> None:
    data = bytes((index * 7919 + 13) % 256 for index in range(4096))
    assert refusal(write(tmp_path, "garbage.bin", data)).code is ErrorCode.UNKNOWN_FILE_FORMAT


def test_empty_file(tmp_path: Path) -> None:
    assert refusal(write(tmp_path, "empty.dbf", b"")).code is ErrorCode.UNKNOWN_FILE_FORMAT


def test_missing_file(tmp_path: Path) -> None:
    error = refusal(tmp_path / "nowhere.dbf")
    assert error.code is ErrorCode.FILE_NOT_FOUND
    assert error.params == {"path": str(tmp_path / "nowhere.dbf")}


def test_directory_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "padron.dbf"
    folder.mkdir()
    assert refusal(folder).code is ErrorCode.FILE_UNREADABLE


def test_content_wins_over_extension(tmp_path: Path) -> None:
    path = write(tmp_path, "padron.csv", APOYO.read_bytes())
    with open_padron(path) as reader:
        assert reader.format == "dbf"
        assert reader.total_rows == 177


def test_every_cut_and_every_header_byte_fails_cleanly(tmp_path: Path) -> None:
    """Nothing but MonitorError ever escapes, however the header or data is damaged."""
    original = APOYO.read_bytes()
    _, header_length, record_length = layout(original)
    data = bytearray(original[: header_length + 2 * record_length] + b"\x1a")
    struct.pack_into("<I", data, 4, 2)
    path = tmp_path / "mutant.dbf"
    mutants = [bytes(data[:size]) for size in range(0, len(data), 37)]
    for offset in [*range(32), *range(32, header_length + 1, 5)]:
        for value in (0x00, 0x0D, 0xFF):
            mutant = bytearray(data)
            mutant[offset] = value
            mutants.append(bytes(mutant))
    for mutant in mutants:
        path.write_bytes(mutant)
        try:
            read_all(path)
        except MonitorError:
            pass


def test_a_screen_sees_its_fields_first_and_skips_the_rows_it_refuses(tmp_path: Path) -> None:
    fields = [("COD_MOD", "C", 7), ("CODOOII", "C", 6), ("ACTIVA", "L", 1), ("CEN_EDU", "C", 8)]
    records = [f"{code}{flag}{name:8}".encode() for code, flag, name in
               [("0000001150105", "T", "IE UNO"), ("0000002110001", "f", "IE DOS"),
                ("0000003150105", "y", "IE TRES")]]
    data = bytearray(tiny_dbf(fields, records))
    _, header_length, record_length = layout(bytes(data))
    data[header_length + 2 * record_length] = ord("*")  # the third record is deleted
    seen: list[tuple[int, tuple[str, ...]]] = []

    def test(number: int, texts: tuple[str, ...]) -> bool:
        seen.append((number, texts))
        return texts[0] == "150105"

    with open_padron(write(tmp_path, "mixta.dbf", data)) as reader:
        kept = list(reader.records(["CEN_EDU", "FALTA"], RowScreen(("CODOOII", "ACTIVA"), test)))
    assert seen == [(1, ("150105", "T")), (2, ("110001", "F"))]
    assert kept == [(1, ("IE UNO", ""))]


# --- blocks, cut column by column, read as a record at a time would ----------------------

ODD_FIELDS = [("COD_MOD", "C", 7), ("CEN_EDU", "C", 6), ("NLAT_IE", "N", 5), ("ACTIVA", "L", 1),
              ("D_DIST", "C", 3)]
# Blanks str.strip() clears (space, tab, cp850's 0xFF no-break space, the 0x1F separator, NUL
# read as a blank) beside letters that must stay (0xA0 is 'á' in cp850, not a no-break space).
ODD_BYTES = st.sampled_from([b" ", b"\x00", b"\xff", b"\t", b"\x1f", b"\xa0", b"\xa5", b"A",
                             b"1", b"*", b"y", b"N"])
FLAGS = st.sampled_from([b" ", b" ", b" ", b"*", b"x"])  # any flag but '*' is a live record


def _odd_record(draw: st.DrawFn) -> bytes:
    return draw(FLAGS) + b"".join(
        b"".join(draw(st.lists(ODD_BYTES, min_size=length, max_size=length)))
        for _, _, length in ODD_FIELDS)


odd_records = st.composite(lambda draw: [_odd_record(draw) for _ in range(draw(st.integers(0, 9)))])


def _expected(records: list[bytes], end_mark: int | None) -> list[tuple[int, tuple[str, ...]]]:
    """What a plain record-at-a-time reader gives: cp850, NUL read as a blank, str.strip()."""
    rows = []
    for number, record in enumerate(records, 1):
        if end_mark is not None and number > end_mark:
            break
        if record[:1] == b"*":
            continue
        texts, offset = [], 1
        for _, kind, length in ODD_FIELDS:
            text = record[offset:offset + length].replace(b"\x00", b" ").decode("cp850").strip()
            texts.append({"T": "T", "t": "T", "Y": "T", "y": "T", "F": "F", "f": "F", "N": "F",
                          "n": "F"}.get(text, "") if kind == "L" else text)
            offset += length
        rows.append((number, tuple(texts)))
    return rows


@settings(max_examples=60, deadline=None)
@given(odd_records(), st.sampled_from([1, 2, 3, 500]), st.data())
def test_blocks_read_as_plain_records(records: list[bytes], block: int, data: st.DataObject) -> None:
    end_mark = data.draw(st.none() | st.integers(0, len(records)))
    image = bytearray(tiny_dbf(ODD_FIELDS, [record[1:] for record in records]))
    _, header_length, record_length = layout(bytes(image))
    for index, record in enumerate(records):
        image[header_length + index * record_length] = record[0]
    if end_mark is not None and end_mark < len(records):
        image[header_length + end_mark * record_length] = 0x1A
    expected = _expected(records, end_mark if end_mark is not None and end_mark < len(records)
                         else None)
    wanted = ["D_DIST", None, "FALTA", "COD_MOD", "ACTIVA"]
    pick = [4, None, None, 0, 3]  # where each wanted column is in ODD_FIELDS
    screened: list[tuple[int, tuple[str, ...]]] = []

    def test(number: int, texts: tuple[str, ...]) -> bool:
        screened.append((number, texts))
        return number % 2 == 1

    with tempfile.TemporaryDirectory() as folder, patched(dbf, "CHUNK_RECORDS", block):
        path = write(Path(folder), "odd.dbf", image)
        with open_padron(path) as reader:
            assert list(reader.records()) == expected
            chunks = list(reader.chunks(wanted))
            kept = list(reader.records(wanted, RowScreen(("CEN_EDU",), test)))
    cut = [(number, tuple("" if at is None else texts[at] for at in pick))
           for number, texts in expected]
    assert [(n, tuple(c[i] for c in chunk.columns)) for chunk in chunks
            for i, n in enumerate(chunk.numbers)] == cut
    assert all(len(chunk.numbers) <= block for chunk in chunks)
    assert screened == [(number, (texts[1],)) for number, texts in expected]
    assert kept == [row for row in cut if row[0] % 2 == 1]


def test_a_no_break_space_is_a_blank_and_a_is_a_letter(tmp_path: Path) -> None:
    record = b"\xff\xa0\xff\x00" + b"\xa5\x00\x00\x00"  # cp850: NBSP á NBSP NUL, Ñ NUL NUL NUL
    path = write(tmp_path, "nbsp.dbf", tiny_dbf([("CEN_EDU", "C", 4), ("D_DIST", "C", 4)],
                                                [record]))
    assert [row.values for row in read_all(path)] == [{"CEN_EDU": "á", "D_DIST": "Ñ"}]
