"""The GS1 interpreter with the real biip: examples, century rule, error codes, round trips."""

import calendar
import contextlib
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.adapters.gs1_interpreter import ai_length_range, cli_gs1, interpret, to_cli_json
from qc_station.domain.gtin import gs1_check_digit
from qc_station.domain.scan import Gs1Error, ScanKind

GS = "\x1d"
SET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
THIS_YEAR = datetime.now(UTC).year


def error_code(text: str, symbology_id: str | None = None) -> str:
    with pytest.raises(Gs1Error) as info:
        interpret(text, symbology_id)
    return info.value.code


def test_general_specifications_example_in_every_spelling() -> None:
    expected = {
        "gtin": "09501101530003",
        "batch": "ABC123",
        "serial": None,
        "production_date": None,
        "best_before_date": None,
        "expiry_date": "2026-12-31",
        "ais": {"01": "09501101530003", "17": "261231", "10": "ABC123"},
    }
    for text in (
        "(01)09501101530003(17)261231(10)ABC123",
        "01095011015300031726123110ABC123",
        "]C101095011015300031726123110ABC123",
        "]d201095011015300031726123110ABC123\r\n",
    ):
        assert to_cli_json(interpret(text)) == expected


def test_separator_after_variable_field_in_each_spelling() -> None:
    for sep in (GS, "<GS>", "{GS}", "^]", "~"):
        data = interpret(f"]d20109501101020917{sep}10ABCD1234{sep}2110")
        assert (data.gtin, data.batch, data.serial) == ("09501101020917", "ABCD1234", "10")
        assert data.symbology_id == "]d2"
        assert data.kind is ScanKind.GS1_ELEMENT_STRING


def test_biip_readme_datamatrix_example() -> None:
    data = interpret("]d201095011010209171719050810ABCD1234\x1d2110")
    assert data.expiry_date == date(2019, 5, 8)
    assert data.ais == (
        ("01", "09501101020917"),
        ("17", "190508"),
        ("10", "ABCD1234"),
        ("21", "10"),
    )


def test_all_dates_and_day_00() -> None:
    data = interpret(f"0109501101530003112401151524020017260200{GS}10L1")
    assert data.production_date == date(2024, 1, 15)
    assert data.best_before_date == date(2024, 2, 29)  # leap year
    assert data.expiry_date == date(2026, 2, 28)
    assert data.shelf_end == date(2026, 2, 28)


def _resolved_year(two_digits: int) -> int:
    """GS1 GenSpecs 7.12: the year within 49 years back and 50 years ahead of this year."""
    for year in range(THIS_YEAR - 49, THIS_YEAR + 51):
        if year % 100 == two_digits:
            return year
    raise AssertionError


@pytest.mark.parametrize("offset", [-49, -1, 0, 1, 49, 50])
def test_century_rule_around_today(offset: int) -> None:
    year = THIS_YEAR + offset
    data = interpret(f"0109501101530003 17{year % 100:02d}1231".replace(" ", ""))
    assert data.expiry_date == date(year, 12, 31)


def test_century_rule_51_years_ahead_is_last_century() -> None:
    yy = (THIS_YEAR + 51) % 100
    data = interpret(f"010950110153000317{yy:02d}0101")
    assert data.expiry_date is not None
    assert data.expiry_date.year == THIS_YEAR + 51 - 100 == _resolved_year(yy)


def test_retail_codes_become_gtin14() -> None:
    assert interpret("6901234567892").gtin == "06901234567892"  # EAN-13
    assert interpret("]E06901234567892").symbology_id == "]E0"
    assert interpret("036000291452").gtin == "00036000291452"  # UPC-A
    assert interpret("96385074").gtin == "00000096385074"  # EAN-8
    assert interpret("]E496385074").gtin == "00000096385074"
    assert interpret("09501101530003").gtin == "09501101530003"  # GTIN-14
    assert interpret("]I109501101530003").gtin == "09501101530003"  # ITF-14
    assert interpret("6901234567892").kind is ScanKind.RETAIL


def test_upc_e_expands_to_upc_a_then_gtin14() -> None:
    # UPC-E 01234565 = UPC-A 012345000065.
    assert interpret("01234565").gtin == "00012345000065"
    assert interpret("]E001234565").gtin == "00012345000065"
    assert interpret("0123456", "]E0").gtin == "00012345000065"
    assert interpret("425261", "]E0").gtin == "00042100005264"


def test_digital_link() -> None:
    data = interpret("https://id.gs1.org/01/09501101530003/10/ABC123?17=261231&linkType=all")
    assert data.kind is ScanKind.DIGITAL_LINK
    assert (data.gtin, data.batch, data.expiry_date) == (
        "09501101530003",
        "ABC123",
        date(2026, 12, 31),
    )
    short = interpret("]Q1https://brand.example.cn/p/01/9501101530003/21/S%2F1")
    assert (short.gtin, short.serial, short.symbology_id) == ("09501101530003", "S/1", "]Q1")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0109501101530004", "gs1.bad_check_digit"),
        ("6901234567893", "gs1.bad_check_digit"),
        ("15210527", "gs1.bad_check_digit"),  # an EAN-8, not silently (15)210527
        ("https://id.gs1.org/01/09501101530004", "gs1.bad_check_digit"),
        ("0109501101530003172613311", "gs1.bad_date"),
        ("010950110153000317261331", "gs1.bad_date"),
        ("010950110153000317260230", "gs1.bad_date"),
        ("010950110153000317260031", "gs1.bad_date"),
        ("https://id.gs1.org/01/09501101530003?17=260230", "gs1.bad_date"),
        ("0109501101530003" + "2312", "gs1.unknown_ai"),
        ("https://id.gs1.org/01/09501101530003?9999=1", "gs1.unknown_ai"),
        ("]C1010950110153000", "gs1.truncated"),
        ("]C10109501101530003171231", "gs1.truncated"),
        (f"]C101095011015{GS}00317261231", "gs1.truncated"),
        (f"]C10109501101530003{GS}10{GS}17261231", "gs1.truncated"),
        ("(01)0950110153000", "gs1.truncated"),
        ("]C110" + "A" * 21, "gs1.too_long"),
        ("]C110ABCDEFGHIJKLMNO21XYZ1234567", "gs1.too_long"),
        ("]C101ABCDEFGHIJKLMN", "gs1.bad_value"),
        ("]C110ABC DEF", "gs1.bad_value"),
        ("hello", "gs1.unreadable"),
        ("", "gs1.unreadable"),
        ("]d2", "gs1.unreadable"),
        ("１２３４５６７８", "gs1.unreadable"),
        ("]E4690123456789", "gs1.bad_length"),
        (f"]C110ABC{GS}10ABD", "gs1.conflicting_ai"),
        ("https://example.com/no/key/here", "gs1.bad_digital_link"),
    ],
)
def test_error_codes(text: str, code: str) -> None:
    assert error_code(text) == code


def test_error_detail_names_ai_and_value() -> None:
    with pytest.raises(Gs1Error) as info:
        interpret("010950110153000317260230")
    assert "(17)" in info.value.detail
    assert "260230" in info.value.detail


def test_cli_exit_codes() -> None:
    assert cli_gs1("6901234567892") == (
        0,
        {
            "gtin": "06901234567892",
            "batch": None,
            "serial": None,
            "production_date": None,
            "best_before_date": None,
            "expiry_date": None,
            "ais": {},
        },
    )
    code, body = cli_gs1("6901234567893")
    assert code == 2
    assert list(body) == ["error"]
    assert body["error"].startswith("gs1.bad_check_digit")


def test_every_biip_ai_format_has_a_length_range() -> None:
    from biip.gs1_application_identifiers import _GS1_APPLICATION_IDENTIFIERS

    for ai in _GS1_APPLICATION_IDENTIFIERS.values():
        low, high = ai_length_range(ai)
        assert high > 0 and low <= high
        if not ai.separator_required:
            assert low == high, ai


# --- round trips -------------------------------------------------------------------------------


@st.composite
def gtins(draw: st.DrawFn) -> str:
    body = draw(st.text(alphabet="0123456789", min_size=13, max_size=13))
    return body + str(gs1_check_digit(body))


@st.composite
def gs1_dates(draw: st.DrawFn) -> tuple[str, date]:
    year = draw(st.integers(THIS_YEAR - 49, THIS_YEAR + 50))
    month = draw(st.integers(1, 12))
    last = calendar.monthrange(year, month)[1]
    day = draw(st.integers(0, last))
    text = f"{year % 100:02d}{month:02d}{day:02d}"
    return text, date(year, month, day or last)


set82 = st.text(alphabet=SET_82, min_size=1, max_size=20)


@given(
    gtin=gtins(),
    dates=st.lists(st.tuples(st.sampled_from(["11", "15", "17"]), gs1_dates()), max_size=3),
    batch=st.none() | set82,
    serial=st.none() | set82,
    separator=st.sampled_from([GS, "<GS>", "{GS}", "^]", "~"]),
    aim=st.sampled_from(["", "]C1", "]d2", "]Q3", "]e0"]),
    shuffle_key=st.randoms(use_true_random=False),
)
def test_random_element_strings_round_trip(
    gtin: str,
    dates: list[tuple[str, tuple[str, date]]],
    batch: str | None,
    serial: str | None,
    separator: str,
    aim: str,
    shuffle_key: object,
) -> None:
    unique_dates = dict(dates)
    fixed = [("01", gtin)] + [(ai, text) for ai, (text, _) in unique_dates.items()]
    variable = [(ai, v) for ai, v in (("10", batch), ("21", serial)) if v is not None]
    fields = fixed + variable
    shuffle_key.shuffle(fields)  # type: ignore[attr-defined]
    parts = []
    for ai, value in fields:
        parts.append(ai + value)
        if ai in ("10", "21"):
            parts.append(separator)
    text = aim + "".join(parts)
    if text.endswith(separator):
        text = text[: -len(separator)]
    if separator == "<GS>" and any("<GS>" in v or "<GS" in v for _, v in variable):
        return  # "<GS>" is made of set-82 characters; a value containing it is ambiguous
    data = interpret(text)
    assert data.gtin == gtin
    assert data.batch == batch
    assert data.serial == serial
    by_ai = {ai: d for ai, (_, d) in unique_dates.items()}
    assert data.production_date == by_ai.get("11")
    assert data.best_before_date == by_ai.get("15")
    assert data.expiry_date == by_ai.get("17")
    assert dict(data.ais) == dict(fields)
    assert data.symbology_id == (aim or None)


@given(st.text(max_size=80))
def test_random_text_raises_only_gs1_error(text: str) -> None:
    with contextlib.suppress(Gs1Error):
        interpret(text)


@given(st.binary(max_size=80))
def test_random_bytes_raise_only_gs1_error(raw: bytes) -> None:
    for text in (raw.decode("latin-1"), raw.decode("utf-8", errors="replace")):
        try:
            data = interpret(text)
        except Gs1Error:
            continue
        assert data.gtin is None or (len(data.gtin) == 14 and data.gtin.isascii())


@given(st.text(alphabet="0123456789\x1d()~]CdEQ", max_size=60))
def test_gs1_like_text_raises_only_gs1_error(text: str) -> None:
    try:
        data = interpret(text)
    except Gs1Error:
        return
    assert data.gtin is None or (len(data.gtin) == 14 and data.gtin.isdigit())
