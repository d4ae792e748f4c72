"""Importing the padrón: every fixture file, newer cuts, scope, contacts, and all-or-nothing."""

import csv
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from monitor_app.core.directory import SCHOOL_FIELDS, RowIssue, RowRejected
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.padron_rows import school_from_row
from monitor_app.core.roles import Role
from monitor_app.services.context import AppContext
from monitor_app.services.directory_import import import_directory
from monitor_app.services.schools import count_schools, search_schools
from monitor_app.storage.padron import dbf, open_padron
from monitor_app.storage.padron import rows as padron_rows_module
from tests.conftest import PADRON, enrol
from tests.storage.test_padron_dbf import patched, tiny_dbf

UGEL05 = PADRON / "padron_ugel05_lima.dbf"


@pytest.fixture
def office(tmp_path: Path) -> AppContext:
    context = enrol(tmp_path / "office.db", role=Role.UGEL, ugel="150105")
    yield context
    context.close()


def _snapshot(ctx: AppContext) -> list[tuple]:
    db = ctx.store.db
    return [
        *db.execute("SELECT * FROM schools ORDER BY cod_mod, anexo").fetchall(),
        *db.execute("SELECT * FROM premises ORDER BY codlocal, cod_mod").fetchall(),
        *db.execute("SELECT * FROM directory_imports").fetchall(),
    ]


def _as_csv(source: Path, target: Path, *, delimiter: str = ",", encoding: str = "utf-8",
            edit: dict[int, dict[str, str]] | None = None, extra: list[dict[str, str]] = ()) -> Path:
    with open_padron(source) as reader:
        rows = [row.values for row in reader.rows()]
        columns = list(reader.columns)
    for index, change in (edit or {}).items():
        rows[index] = {**rows[index], **change}
    with target.open("w", newline="", encoding=encoding) as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=delimiter)
        writer.writeheader()
        writer.writerows([*rows, *extra])
    return target


def test_the_ugel05_list_imports_with_its_problems_reported_by_row(office: AppContext) -> None:
    report = import_directory(office, UGEL05)
    assert (report.rows_read, report.new, report.updated, report.unchanged) == (457, 448, 0, 0)
    problems = {(p.row, p.issue) for p in report.problems}
    assert problems == {
        (86, RowIssue.MISSING_NAME), (133, RowIssue.MISSING_NAME),
        (388, RowIssue.SUPPORT_INSTITUTION), (389, RowIssue.SUPPORT_INSTITUTION),
        (390, RowIssue.SUPPORT_INSTITUTION), (391, RowIssue.SUPPORT_INSTITUTION),
        (454, RowIssue.SUPPORT_INSTITUTION),
        (456, RowIssue.DUPLICATE), (457, RowIssue.DUPLICATE),
    }
    duplicate = next(p for p in report.problems if p.row == 456)
    assert (duplicate.detail, duplicate.first_row) == ("0466508-0", 203)
    assert count_schools(office) == 448
    [school] = search_schools(office, "0335273", 50)
    assert school.cen_edu == "017 CUNA JARDIN" and school.d_cod_tur == "Mañana-Tarde"
    assert school.director is None and school.telefono is None


def test_support_institutions_file_is_reported_not_imported(office: AppContext) -> None:
    report = import_directory(office, PADRON / "Instituciones_apoyo.dbf")
    assert report.rows_read == 177 and report.new == 0
    assert {p.issue for p in report.problems} == {RowIssue.SUPPORT_INSTITUTION}
    assert [p.row for p in report.problems] == list(range(1, 178))


def test_the_additional_premises_file_fills_the_premises_table_within_scope(tmp_path: Path) -> None:
    ctx = enrol(tmp_path / "lima.db", role=Role.UGEL, ugel="150101")
    report = import_directory(ctx, PADRON / "Padlocaladi_web.dbf")
    assert report.layout == "premises" and report.rows_read == 357
    stored = ctx.store.db.execute("SELECT count(*) FROM premises").fetchone()[0]
    assert stored == report.new > 0 and report.new + report.out_of_scope == 357
    assert ctx.store.db.execute(
        "SELECT count(*) FROM premises WHERE codugel NOT IN ('', '150101')").fetchone()[0] == 0
    ctx.close()


def test_reimporting_the_same_cut_changes_nothing(office: AppContext) -> None:
    import_directory(office, UGEL05)
    before = office.store.db.execute("SELECT * FROM schools ORDER BY cod_mod, anexo").fetchall()
    again = import_directory(office, UGEL05)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 448)
    assert office.store.db.execute("SELECT * FROM schools ORDER BY cod_mod, anexo").fetchall() == before


def test_a_newer_cut_as_latin1_csv_updates_changed_rows_and_adds_new_ones(
    office: AppContext, tmp_path: Path
) -> None:
    import_directory(office, UGEL05)
    newer = _as_csv(
        UGEL05, tmp_path / "padron_nuevo.csv", delimiter=";", encoding="latin-1",
        edit={0: {"CEN_EDU": "017 CUNA JARDÍN SANTA ROSA"}},
        extra=[{"COD_MOD": "1999999", "ANEXO": "0", "CODLOCAL": "999999", "CEN_EDU": "IE NUEVA ÑAÑA",
                "NIV_MOD": "B0", "D_DIST": "EL AGUSTINO"}],
    )
    report = import_directory(office, newer)
    assert (report.format, report.new, report.updated, report.unchanged) == ("csv", 1, 1, 447)
    assert search_schools(office, "jardin santa rosa", 50)[0].cod_mod == "0335273"
    assert search_schools(office, "ñaña", 50)[0].cen_edu == "IE NUEVA ÑAÑA"


def test_an_xlsx_with_codes_stored_as_numbers_keeps_leading_zeros(office: AppContext, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["COD_MOD", "ANEXO", "CODLOCAL", "CEN_EDU", "NIV_MOD", "D_DIST", "NLAT_IE"])
    sheet.append([335273, 0, 304756, "017 CUNA JARDIN", "A3", "EL AGUSTINO", -12.0514])
    sheet.append([335364, 0, 323750, "0015 LAS AZUCENAS", "A2", "SAN JUAN DE LURIGANCHO", 0])
    book.save(tmp_path / "padron.xlsx")
    report = import_directory(office, tmp_path / "padron.xlsx")
    assert report.new == 2
    [school] = search_schools(office, "azucenas", 50)
    assert (school.cod_mod, school.anexo, school.nlat_ie) == ("0335364", "0", None)


def test_contacts_are_stored_only_when_asked(office: AppContext) -> None:
    import_directory(office, PADRON / "padron_ugel05_lima.dbf", keep_contacts=True)
    phones = office.store.db.execute("SELECT count(*) FROM schools WHERE telefono IS NOT NULL").fetchone()[0]
    assert phones > 0


def test_a_directors_installation_keeps_only_its_school(tmp_path: Path) -> None:
    ctx = enrol(tmp_path / "director.db", role=Role.DIRECTOR, school="0335273")
    report = import_directory(ctx, UGEL05)
    assert report.new == 1 and report.out_of_scope == 447
    assert [s.cod_mod for s in search_schools(ctx, "", 50)] == ["0335273"]
    ctx.close()


def test_a_specialist_keeps_only_its_ugels_schools(tmp_path: Path) -> None:
    rows = [{"COD_MOD": f"000000{n}", "ANEXO": "0", "CODLOCAL": "000001", "CEN_EDU": f"IE {n}",
             "CODOOII": ugel} for n, ugel in enumerate(["150105", "110001", "", "150105"])]
    path = tmp_path / "mixed.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    ctx = enrol(tmp_path / "esp.db")
    report = import_directory(ctx, path)
    assert (report.new, report.out_of_scope) == (3, 1)
    ctx.close()


def test_a_truncated_dbf_imports_nothing_even_over_an_earlier_cut(office: AppContext, tmp_path: Path) -> None:
    import_directory(office, UGEL05)
    before = _snapshot(office)
    data = UGEL05.read_bytes()
    broken = tmp_path / "cortado.dbf"
    broken.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(MonitorError) as refusal:
        import_directory(office, broken)
    assert refusal.value.code in (ErrorCode.DBF_TRUNCATED, ErrorCode.DBF_BAD_HEADER)
    assert _snapshot(office) == before


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("garbage.dbf", b"\x03\x01\x02", ErrorCode.DBF_BAD_HEADER),
        ("empty.csv", b"", ErrorCode.UNKNOWN_FILE_FORMAT),
        ("names.csv", b"NOMBRE;DISTRITO\nIE 1;LIMA\n", ErrorCode.MISSING_COLUMNS),
    ],
)
def test_bad_files_are_refused_and_change_nothing(office: AppContext, tmp_path: Path,
                                                  name: str, content: bytes, code: ErrorCode) -> None:
    before = _snapshot(office)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MonitorError) as refusal:
        import_directory(office, path)
    assert refusal.value.code is code
    assert _snapshot(office) == before


def test_an_xlsx_without_the_required_columns_is_refused(office: AppContext, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["NOMBRE", "DISTRITO"])
    book.active.append(["IE 1", "LIMA"])
    book.save(tmp_path / "sin_codigos.xlsx")
    with pytest.raises(MonitorError) as refusal:
        import_directory(office, tmp_path / "sin_codigos.xlsx")
    assert refusal.value.code is ErrorCode.MISSING_COLUMNS
    assert "COD_MOD" in refusal.value.params["columns"]
    assert count_schools(office) == 0


def test_a_missing_file_is_refused(office: AppContext, tmp_path: Path) -> None:
    with pytest.raises(MonitorError) as refusal:
        import_directory(office, tmp_path / "no_existe.dbf")
    assert refusal.value.code is ErrorCode.FILE_NOT_FOUND


def test_cancelling_leaves_the_database_as_it_was(office: AppContext) -> None:
    before = _snapshot(office)
    seen: list[tuple[int, int | None]] = []
    with pytest.raises(MonitorError) as refusal:
        import_directory(office, UGEL05, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: True)
    assert refusal.value.code is ErrorCode.CANCELLED
    assert _snapshot(office) == before and seen[0] == (0, 457)


def test_a_full_disk_during_import_is_a_clear_refusal(office: AppContext) -> None:
    before = _snapshot(office)
    pages = office.store.db.execute("PRAGMA page_count").fetchone()[0]
    office.store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(MonitorError) as refusal:
        import_directory(office, UGEL05)
    assert refusal.value.code is ErrorCode.DISK_FULL
    assert _snapshot(office) == before


def test_each_import_is_logged(office: AppContext, tmp_path: Path) -> None:
    shutil.copy(UGEL05, tmp_path / "corte_2024.dbf")
    import_directory(office, tmp_path / "corte_2024.dbf")
    log = office.store.db.execute("SELECT file_name, format, layout, new, rejected FROM directory_imports").fetchall()
    assert log == [("corte_2024.dbf", "dbf", "schools", 448, 9)]


def test_search_ignores_accents_and_case_and_finds_codes_and_districts(office: AppContext) -> None:
    import_directory(office, UGEL05)
    assert search_schools(office, "0335273", 50)[0].cod_mod == "0335273"
    assert search_schools(office, "304756", 50)[0].codlocal == "304756"
    assert all("AGUSTINO" in s.d_dist for s in search_schools(office, "el agustino", limit=500))
    accented = {s.cod_mod for s in search_schools(office, "maría", limit=500)}
    plain = {s.cod_mod for s in search_schools(office, "MARIA", limit=500)}
    assert accented == plain and len(plain) > 10
    assert len(search_schools(office, "maria", limit=3)) == 3
    assert search_schools(office, "zzzz no existe", 50) == []


def test_a_word_in_the_name_ranks_above_the_same_word_in_the_district(office: AppContext) -> None:
    import_directory(office, UGEL05)
    first = search_schools(office, "san juan", 5)
    assert first[0].cen_edu == "048 SAN JUAN BOSCO"  # the only name with both words
    assert all("SAN" in s.cen_edu or "JUAN" in s.cen_edu for s in first), [s.cen_edu for s in first]


# A narrow file (fewer columns than the padrón) updates only the columns it has.

NARROW = ["COD_MOD", "ANEXO", "CEN_EDU"]
JARDIN = ("0335273", "0")


def _narrow_file(path: Path, rows: list[list[str]], columns: list[str] = NARROW) -> Path:
    if path.suffix == ".xlsx":
        book = Workbook()
        for row in [columns, *rows]:
            book.active.append(row)
        book.save(path)
    elif path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle, delimiter=";").writerows([columns, *rows])
    else:
        from tests.storage.test_padron_dbf import tiny_dbf

        widths = [max(len(r[i]) for r in [columns, *rows]) for i in range(len(columns))]
        fields = [(name, "C", width) for name, width in zip(columns, widths)]
        records = [b"".join(v.encode("cp850").ljust(w) for v, w in zip(row, widths)) for row in rows]
        path.write_bytes(tiny_dbf(fields, records))
    return path


def _school_row(ctx: AppContext, key: tuple[str, str] = JARDIN) -> dict[str, object]:
    cursor = ctx.store.db.execute("SELECT * FROM schools WHERE cod_mod = ? AND anexo = ?", key)
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone()))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".dbf"])
def test_a_narrow_file_changes_only_the_name_and_keeps_every_other_column(
    office: AppContext, tmp_path: Path, suffix: str
) -> None:
    import_directory(office, UGEL05)
    before = _school_row(office)
    assert before["codlocal"] and before["d_dist"] and before["nlat_ie"] is not None
    narrow = _narrow_file(tmp_path / f"nombres{suffix}", [["0335273", "0", "CUNA JARDIN SANTA ROSA"]])

    report = import_directory(office, narrow)

    assert (report.rows_read, report.new, report.updated, report.unchanged) == (1, 0, 1, 0)
    after = _school_row(office)
    assert after["cen_edu"] == "CUNA JARDIN SANTA ROSA" and after["updated_hlc"] > before["updated_hlc"]
    assert {k: v for k, v in after.items() if k not in ("cen_edu", "updated_hlc")} == {
        k: v for k, v in before.items() if k not in ("cen_edu", "updated_hlc")}
    assert report.absent_columns[:3] == ["CODLOCAL", "NIV_MOD", "D_NIV_MOD"]
    assert len(report.absent_columns) == 35 - 3 and "D_DIST" in report.absent_columns
    assert not {"COD_MOD", "ANEXO", "CEN_EDU"} & set(report.absent_columns)
    assert [s.cod_mod for s in search_schools(office, "jardin santa rosa", 50)] == ["0335273"]
    assert "0335273" in {s.cod_mod for s in search_schools(office, before["d_dist"], 500)}


def test_a_narrow_file_with_the_same_values_changes_nothing_even_twice(
    office: AppContext, tmp_path: Path
) -> None:
    import_directory(office, UGEL05)
    before = _snapshot(office)[:448]
    narrow = _narrow_file(tmp_path / "nombres.xlsx", [["335273", "0", "017 CUNA JARDIN"]])
    first = import_directory(office, narrow)
    assert (first.new, first.updated, first.unchanged) == (0, 0, 1)
    renamed = _narrow_file(tmp_path / "renombrado.xlsx", [["335273", "0", "017 CUNA JARDIN ROSA"]])
    assert import_directory(office, renamed).updated == 1
    again = import_directory(office, renamed)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    assert again.changes().kinds == frozenset()
    assert _snapshot(office)[:448] != before and _school_row(office)["cen_edu"] == "017 CUNA JARDIN ROSA"


def test_a_narrow_file_adds_a_new_school_with_the_absent_columns_empty(
    office: AppContext, tmp_path: Path
) -> None:
    import_directory(office, UGEL05)
    narrow = _narrow_file(tmp_path / "nueva.xlsx", [["1999999", "0", "IE NUEVA"]])
    report = import_directory(office, narrow)
    assert (report.new, report.updated) == (1, 0)
    row = _school_row(office, ("1999999", "0"))
    assert row["cen_edu"] == "IE NUEVA" and row["codlocal"] == "" and row["d_dist"] == ""
    assert row["nlat_ie"] is None and row["fechareg"] is None


def test_a_full_file_reports_no_absent_columns(office: AppContext) -> None:
    assert import_directory(office, UGEL05).absent_columns == []


def test_a_narrow_premises_file_keeps_the_other_premises_columns(tmp_path: Path) -> None:
    ctx = enrol(tmp_path / "lima.db", role=Role.UGEL, ugel="150101")
    import_directory(ctx, PADRON / "Padlocaladi_web.dbf")
    codlocal, cod_mod, direccion = ctx.store.db.execute(
        "SELECT codlocal, cod_mod, direccion FROM premises WHERE direccion != '' LIMIT 1").fetchone()
    before = ctx.store.db.execute("SELECT * FROM premises ORDER BY codlocal, cod_mod").fetchall()
    narrow = _narrow_file(tmp_path / "locales.csv", [[codlocal, cod_mod, "X"]],
                          ["CODLOCAL", "COD_MOD", "TIPOLOCAL"])
    report = import_directory(ctx, narrow)
    assert (report.layout, report.updated) == ("premises", 1) and "DIRECCION" in report.absent_columns
    after = ctx.store.db.execute("SELECT * FROM premises ORDER BY codlocal, cod_mod").fetchall()
    changed = [(b, a) for b, a in zip(before, after) if b != a]
    assert len(changed) == 1 and changed[0][1][4] == direccion and changed[0][1][2] == "X"
    ctx.close()


MIXED_UGELS = [  # (COD_MOD, CODOOII, CEN_EDU): a national cut's rows of several UGELs
    ("0000001", "150105", "IE UNO"), ("0000002", "110001", "IE DOS"),
    ("0000002", "110001", "IE DOS"), ("ABC", "110001", "IE MALA"),
    ("0000003", "", "IE TRES"), ("0000001", "150105", "IE UNO"), ("0000004", "110001", ""),
]


def _national(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"nacional{suffix}"
    if suffix == ".dbf":
        fields = [("COD_MOD", "C", 7), ("CODOOII", "C", 6), ("CEN_EDU", "C", 8)]
        path.write_bytes(tiny_dbf(fields, [f"{c:7}{u:6}{n:8}".encode() for c, u, n in MIXED_UGELS]))
    else:
        lines = [f"{code},{ugel},{name}\n" for code, ugel, name in MIXED_UGELS]
        path.write_text("COD_MOD,CODOOII,CEN_EDU\n" + "".join(lines))
    return path


@pytest.mark.parametrize("suffix", [".dbf", ".csv"])
@pytest.mark.parametrize(("role", "ugel", "new", "out_of_scope"),
                         [(Role.UGEL, "150105", 2, 1), (Role.DRE, None, 3, 0)])
def test_every_row_is_checked_and_only_the_scopes_kept(tmp_path: Path, suffix: str, role: Role,
                                                       ugel: str | None, new: int,
                                                       out_of_scope: int) -> None:
    ctx = enrol(tmp_path / "office.db", role=role, ugel=ugel)
    report = import_directory(ctx, _national(tmp_path, suffix))
    first = 1 if suffix == ".dbf" else 2  # a CSV's first row is its second line
    assert (report.rows_read, report.new, report.out_of_scope) == (7, new, out_of_scope)
    problems = [(p.row - first, p.issue, p.first_row and p.first_row - first)
                for p in report.problems]
    assert problems == [(2, RowIssue.DUPLICATE, 1), (3, RowIssue.INVALID_CODE, None),
                        (5, RowIssue.DUPLICATE, 0), (6, RowIssue.MISSING_NAME, None)]
    assert count_schools(ctx) == new
    ctx.close()


# A file read, parsed and admitted a block at a time gives what the rows give one by one.

BLOCK_FIELDS = [("COD_MOD", "C", 8), ("ANEXO", "C", 1), ("CEN_EDU", "C", 10), ("NIV_MOD", "C", 2),
                ("CODOOII", "C", 6), ("NLAT_IE", "N", 10), ("FECHAREG", "C", 10),
                ("D_DIST", "C", 9)]
BLOCK_CELLS = [
    st.sampled_from(["0335273", "335273", "0335364", "1234567", "7654321", "", "ABC", "12"]),
    st.sampled_from(["0", "", "1"]),
    st.sampled_from(["IE UNO", "CUNA ÑAÑA", "", "IE Nº 2"]),
    st.sampled_from(["A2", "B0", "a"]),
    st.sampled_from(["150105", "110001", "", "50105"]),
    st.sampled_from(["-12.0514", "0.0", "", "abc"]),
    st.sampled_from(["17-12-2013", "", "31-13-2005"]),
    st.sampled_from(["ATE", "COMAS", "BELÉN", ""]),
]
BLOCK_ROWS = st.lists(st.tuples(*BLOCK_CELLS), min_size=2, max_size=14)
BLOCK_COLUMNS = [name for name, _, _ in BLOCK_FIELDS]


def _block_file(folder: Path, suffix: str, rows: list[tuple[str, ...]]) -> Path:
    path = folder / f"nacional{suffix}"
    if suffix == ".dbf":
        records = [b"".join(value.encode("cp850").ljust(width)
                            for value, (_, _, width) in zip(row, BLOCK_FIELDS, strict=True))
                   for row in rows]
        path.write_bytes(tiny_dbf(BLOCK_FIELDS, records))
    else:
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle, delimiter=";").writerows([BLOCK_COLUMNS, *rows])
    return path


def _one_by_one(rows: list[tuple[str, ...]], first: int, ugel: str | None):
    """The report's counts and problems and the stored schools, worked out row by row."""
    problems, seen, stored, out_of_scope = [], {}, {}, 0
    for number, row in enumerate(rows, first):
        try:
            school = school_from_row(dict(zip(BLOCK_COLUMNS, row)), keep_contacts=False)
        except RowRejected as rejected:
            problems.append((number, rejected.issue, rejected.detail, None))
            continue
        key = (school.cod_mod, school.anexo)
        if key in seen:
            problems.append((number, RowIssue.DUPLICATE, "-".join(key), seen[key]))
            continue
        seen[key] = number
        if ugel and school.codooii not in ("", ugel):
            out_of_scope += 1
            continue
        stored[key] = school.values()
    return (len(stored), out_of_scope, problems), sorted(stored.values())


@settings(max_examples=40, deadline=None)
@given(BLOCK_ROWS, st.sampled_from([1, 3, 500]))
def test_blocks_admit_and_store_what_the_rows_give_one_by_one(rows: list[tuple[str, ...]],
                                                             block: int) -> None:
    with tempfile.TemporaryDirectory() as name, patched(dbf, "CHUNK_RECORDS", block), \
            patched(padron_rows_module, "CHUNK_ROWS", block):
        folder = Path(name)
        for suffix, first in ((".dbf", 1), (".csv", 2)):
            path = _block_file(folder, suffix, rows)
            for role, ugel in ((Role.DRE, None), (Role.UGEL, "150105")):
                ctx = enrol(folder / f"{suffix[1:]}_{role.value}.db", role=role, ugel=ugel)
                report = import_directory(ctx, path)
                stored = sorted(ctx.store.db.execute(
                    f"SELECT {', '.join(SCHOOL_FIELDS)} FROM schools").fetchall())
                ctx.close()
                expected_report, expected_stored = _one_by_one(rows, first, ugel)
                got = [(p.row, p.issue, p.detail, p.first_row) for p in report.problems]
                assert (report.new, report.out_of_scope, got) == expected_report
                assert report.rows_read == len(rows)
                assert stored == expected_stored
