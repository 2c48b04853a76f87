import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.errors import DomainError
from qc_station.domain.gtin import gs1_check_digit, is_valid_gtin, make_gtin13, normalize_gtin


@pytest.mark.parametrize(
    "code", ["4006381333931", "9501101530003", "6901028075831", "96385074", "036000291452"]
)
def test_known_valid_codes(code: str) -> None:
    assert is_valid_gtin(code)


@pytest.mark.parametrize(
    ("code", "gtin14"),
    [
        ("6901028075831", "06901028075831"),
        ("036000291452", "00036000291452"),
        ("96385074", "00000096385074"),
        ("09501101530003", "09501101530003"),
    ],
)
def test_normalize_gives_gtin14(code: str, gtin14: str) -> None:
    assert normalize_gtin(code) == gtin14


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("6901028075832", "gtin.bad_check_digit"),
        ("690102807583", "gtin.bad_check_digit"),
        ("69010280758", "gtin.bad_length"),
        ("69010A8075831", "gtin.not_digits"),
        ("", "gtin.not_digits"),
    ],
)
def test_bad_codes_are_named(code: str, problem: str) -> None:
    with pytest.raises(DomainError) as info:
        normalize_gtin(code)
    assert info.value.code == problem


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_made_gtin13_is_valid_and_normalises(body: str) -> None:
    code = make_gtin13(body)
    assert is_valid_gtin(code)
    assert normalize_gtin(code) == "0" + code


@given(
    st.text(alphabet="0123456789", min_size=12, max_size=12),
    st.integers(0, 12),
    st.integers(1, 9),
)
def test_any_single_digit_error_is_caught(body: str, position: int, shift: int) -> None:
    code = make_gtin13(body)
    wrong = str((int(code[position]) + shift) % 10)
    altered = code[:position] + wrong + code[position + 1 :]
    assert not is_valid_gtin(altered)


def test_check_digit_rejects_letters() -> None:
    with pytest.raises(DomainError):
        gs1_check_digit("12a")
