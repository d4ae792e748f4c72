import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.directory import RowIssue, RowRejected
from monitor_app.core.padron_rows import (
    SCHOOL_COLUMNS,
    SCHOOL_SCREEN_COLUMNS,
    coordinate,
    padron_date,
    premises_from_row,
    school_columns_read,
    school_from_row,
    school_parser,
    school_screen,
)

ROW = {
    "COD_MOD": "335273", "ANEXO": "", "CODLOCAL": "4756", "CEN_EDU": "017 CUNA JARDÍN",
    "NIV_MOD": "A3", "D_DIST": "EL AGUSTINO", "CODOOII": "150105", "NLAT_IE": "0.000000",
    "NLONG_IE": "-76.99937", "FECHAREG": "17-12-2013", "FECHA_ACT": "", "DIRECTOR": "PEREZ ANA",
    "TELEFONO": "2539610", "EMAIL": "x@y.pe",
}


def test_a_padron_row_becomes_a_school_with_codes_as_text() -> None:
    school = school_from_row(ROW, keep_contacts=False)
    assert (school.cod_mod, school.anexo, school.codlocal) == ("0335273", "0", "004756")
    assert school.cen_edu == "017 CUNA JARDÍN"
    assert school.nlat_ie is None and school.nlong_ie == -76.99937
    assert school.fechareg == "2013-12-17" and school.fecha_act is None


def test_contacts_are_kept_only_when_asked() -> None:
    assert school_from_row(ROW, keep_contacts=False).director is None
    kept = school_from_row(ROW, keep_contacts=True)
    assert (kept.director, kept.telefono, kept.email) == ("PEREZ ANA", "2539610", "x@y.pe")


@pytest.mark.parametrize(
    ("change", "issue"),
    [
        ({"COD_MOD": ""}, RowIssue.MISSING_CODE),
        ({"COD_MOD": "ABC"}, RowIssue.INVALID_CODE),
        ({"CEN_EDU": "  "}, RowIssue.MISSING_NAME),
        ({"NIV_MOD": "a"}, RowIssue.SUPPORT_INSTITUTION),
    ],
)
def test_unusable_rows_say_why(change: dict[str, str], issue: RowIssue) -> None:
    with pytest.raises(RowRejected) as rejected:
        school_from_row({**ROW, **change}, keep_contacts=False)
    assert rejected.value.issue is issue
    with pytest.raises(RowRejected) as screened:  # the screen refuses it the same way, unread
        school_screen(tuple({**ROW, **change}.get(column, "") for column in SCHOOL_SCREEN_COLUMNS))
    assert (screened.value.issue, screened.value.detail) == (issue, rejected.value.detail)


def test_the_screen_gives_the_key_and_ugel_the_parse_stores() -> None:
    school = school_from_row({**ROW, "CODOOII": "50105"}, keep_contacts=False)
    screened = school_screen(tuple({**ROW, "CODOOII": "50105"}[c] for c in SCHOOL_SCREEN_COLUMNS))
    assert screened == ((school.cod_mod, school.anexo), school.cod_mod, school.codooii)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("-12.0514", -12.0514), ("0.0", None), ("0.000000", None), ("", None), ("abc", None),
     ("-76,9", -76.9), ("999", None)],
)
def test_coordinates(raw: str, expected: float | None) -> None:
    assert coordinate(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("17-12-2013", "2013-12-17"), ("1/2/2005", "2005-02-01"), ("2013-12-17", "2013-12-17"),
     ("", None), ("dd-mm-2005", None), ("31-13-2005", None)],
)
def test_padron_dates(raw: str, expected: str | None) -> None:
    assert padron_date(raw) == expected


def test_premises_rows() -> None:
    premises = premises_from_row({"CODLOCAL": "339850", "COD_MOD": "1115096", "TIPOLOCAL": "1",
                                  "NLATITUD": "0.000000", "CODUGEL": "150101"})
    assert premises.codlocal == "339850" and premises.nlatitud is None
    with pytest.raises(RowRejected):
        premises_from_row({"CODLOCAL": "", "COD_MOD": "1115096"})


# --- a block of rows parses as each row alone ----------------------------------------------

CELLS = {
    "COD_MOD": st.sampled_from(["0335273", "335273", "35273", "12", "", "  ", "ABC", "335273.0",
                                " 0335364 "]),
    "ANEXO": st.sampled_from(["", "0", "1", " 2 "]),
    "CEN_EDU": st.sampled_from(["", "  ", "017 CUNA JARDÍN", "IE Nº 1 SEÑOR", "X"]),
    "NIV_MOD": st.sampled_from(["A2", "a", "B0", ""]),
    "CODLOCAL": st.sampled_from(["304756", "4756", "", "X1"]),
    "CODOOII": st.sampled_from(["150105", "50105", ""]),
    "NLAT_IE": st.sampled_from(["-12.051400", "0.000000", "", "abc", "-76,9", "999"]),
    "FECHAREG": st.sampled_from(["17-12-2013", "", "31-13-2005", "1/2/2005", "2013-12-17"]),
    "D_DIST": st.sampled_from(["EL AGUSTINO", "", "SAN JUAN DE LURIGANCHO"]),
    "DIRECTOR": st.sampled_from(["", "PEREZ ANA"]),
}
PADRON_ROWS = st.fixed_dictionaries(CELLS)


def _alone(row: dict[str, str], keep_contacts: bool) -> tuple | tuple[RowIssue, str]:
    try:
        return school_from_row(row, keep_contacts=keep_contacts).values()
    except RowRejected as rejected:
        return rejected.issue, rejected.detail


@given(st.lists(st.lists(PADRON_ROWS, min_size=1, max_size=12), max_size=6), st.booleans())
def test_blocks_parse_as_each_row_alone(blocks: list[list[dict[str, str]]],
                                        keep_contacts: bool) -> None:
    parse = school_parser(keep_contacts=keep_contacts)  # one parser for the file: it remembers
    read = school_columns_read(keep_contacts=keep_contacts)
    for block in blocks:
        parsed = parse([[row.get(column, "") if column else "" for row in block]
                        for column in read])
        for index, row in enumerate(block):
            rejected = parsed.refused.get(index)
            together = ((rejected.issue, rejected.detail) if rejected else
                        tuple(column[index] for column in parsed.columns))
            assert together == _alone(row, keep_contacts)


def test_the_reader_need_not_cut_contacts_the_import_does_not_keep() -> None:
    assert None not in school_columns_read(keep_contacts=True)
    withheld = [column for column, read in zip(SCHOOL_COLUMNS, school_columns_read(
        keep_contacts=False), strict=True) if read is None]
    assert withheld == ["DIRECTOR", "TELEFONO", "EMAIL"]
