import pytest

from monitor_app.core import codes
from monitor_app.core.errors import ErrorCode, MonitorError
from monitor_app.core.roles import Role, Scope, scope_for, valid_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("335273", "0335273"), ("0335273", "0335273"), ("335273.0", "0335273"), (" 335273 ", "0335273")],
)
def test_cod_mod_restores_leading_zeros(raw: str, expected: str) -> None:
    assert codes.cod_mod(raw) == expected


@pytest.mark.parametrize("raw", ["", "abc", "12345678", "03352-3"])
def test_invalid_cod_mod_is_refused(raw: str) -> None:
    with pytest.raises(MonitorError) as refusal:
        codes.cod_mod(raw)
    assert refusal.value.code is ErrorCode.INVALID_COD_MOD


def test_director_scope_needs_a_school_and_others_must_not_have_one() -> None:
    assert scope_for(Role.DIRECTOR, "150105", "335273") == Scope("150105", "0335273")
    with pytest.raises(MonitorError) as missing:
        scope_for(Role.DIRECTOR, "150105", None)
    assert missing.value.code is ErrorCode.SCHOOL_REQUIRED_FOR_DIRECTOR
    with pytest.raises(MonitorError) as extra:
        scope_for(Role.ESPECIALISTA, "150105", "0335273")
    assert extra.value.code is ErrorCode.SCHOOL_NOT_ALLOWED_FOR_ROLE
    with pytest.raises(MonitorError) as bad_ugel:
        scope_for(Role.UGEL, "15", None)
    assert bad_ugel.value.code is ErrorCode.INVALID_UGEL_CODE


def test_scope_holds_its_ugel_and_schools_without_a_ugel_code() -> None:
    ugel = Scope("150105")
    assert ugel.holds("0335273", "150105")
    assert ugel.holds("0335273", "")
    assert not ugel.holds("0335273", "110001")
    director = Scope("150105", "0335273")
    assert director.holds("0335273", "150105")
    assert not director.holds("0335364", "150105")


def test_names_are_trimmed_and_bounded() -> None:
    assert valid_name("  Ana   Quispe ") == "Ana Quispe"
    with pytest.raises(MonitorError):
        valid_name("   ")
    with pytest.raises(MonitorError):
        valid_name("x" * 121)
