from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.isbn import isbn13


def test_an_isbn13_with_a_right_check_digit_is_kept() -> None:
    assert isbn13("978-84-376-0494-7") == "9788437604947"


def test_an_isbn10_becomes_its_isbn13() -> None:
    assert isbn13("84-376-0494-X") == "9788437604947"
    assert isbn13("0-8044-2957-X") == "9780804429573"


def test_a_barcode_scanners_enter_and_spaces_are_ignored() -> None:
    assert isbn13("9788437604947\r\n") == "9788437604947"
    assert isbn13(" 978 8437604947 ") == "9788437604947"


def test_a_wrong_check_digit_or_shape_is_refused() -> None:
    for bad in ("9788437604948", "8437604944", "978843760494", "97884376049477", "abc",
                "1234567890123", ""):
        assert isbn13(bad) is None


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_isbn10_maps_to_a_valid_isbn13(first9: str) -> None:
    total = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    check = (11 - total % 11) % 11
    code = first9 + ("X" if check == 10 else str(check))
    converted = isbn13(code)
    assert converted is not None and converted.startswith("978" + first9)
    assert isbn13(converted) == converted
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert isbn13(wrong) is None
