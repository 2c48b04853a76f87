from datetime import date

import pytest

from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import CheckOutcome
from qc_station.domain.label_dates import (
    DateField,
    DateMismatch,
    compare_printed_dates,
    mismatch_check,
    parse_printed_date,
)
from qc_station.domain.scan import Gs1Data, ScanKind
from qc_station.domain.stage import Stage

from .factories import APPLIANCE, DAIRY, template

CODED = Gs1Data(
    ScanKind.GS1_ELEMENT_STRING,
    "06901028075831",
    "B1",
    production_date=date(2026, 11, 20),
    expiry_date=date(2027, 5, 18),
)


def test_matching_or_missing_dates_are_no_mismatch() -> None:
    assert compare_printed_dates(CODED, date(2026, 11, 20), date(2027, 5, 18)) == ()
    assert compare_printed_dates(CODED, None, None) == ()
    no_dates = Gs1Data(ScanKind.RETAIL, "06901028075831")
    assert compare_printed_dates(no_dates, date(2026, 1, 1), date(2027, 1, 1)) == ()


def test_each_differing_date_is_named() -> None:
    found = compare_printed_dates(CODED, date(2026, 11, 21), date(2027, 5, 18))
    assert found == (DateMismatch(DateField.PRODUCTION, date(2026, 11, 21), date(2026, 11, 20)),)


def test_best_before_stands_in_for_a_missing_expiry() -> None:
    coded = Gs1Data(
        ScanKind.GS1_ELEMENT_STRING, "06901028075831", best_before_date=date(2027, 1, 31)
    )
    assert compare_printed_dates(coded, None, date(2027, 1, 30))[0].field is DateField.EXPIRY


def test_mismatch_becomes_a_label_defect_on_the_date_item() -> None:
    mismatches = compare_printed_dates(CODED, date(2026, 11, 21), date(2027, 5, 19))
    check = mismatch_check(template(DAIRY, Stage.INBOUND), mismatches)
    assert check is not None
    assert (check.item_code, check.outcome, check.defect_code) == (
        "lbl.gb7718_elements",
        CheckOutcome.FAIL,
        "LBL-DATE-MISMATCH",
    )
    assert check.note == "production: 2026-11-21 ≠ 2026-11-20; expiry: 2027-05-19 ≠ 2027-05-18"
    appliance = mismatch_check(template(APPLIANCE, Stage.INBOUND), mismatches)
    assert appliance is not None and appliance.item_code == "lbl.matches_sku"
    assert mismatch_check(template(DAIRY, Stage.INBOUND), ()) is None


@pytest.mark.parametrize(
    "text", ["2026-11-25", "2026.11.25", "2026/11/25", "20261125", "2026年11月25日", " 2026-11-25 "]
)
def test_printed_date_forms(text: str) -> None:
    assert parse_printed_date(text) == date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2026-02-30", "label_date.impossible"),
        ("26-11-25", "label_date.unreadable"),
        ("next week", "label_date.unreadable"),
        ("2026-11", "label_date.unreadable"),
    ],
)
def test_bad_printed_dates_are_named(text: str, code: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_printed_date(text)
    assert info.value.code == code


def test_empty_printed_date_is_none() -> None:
    assert parse_printed_date("  ") is None
