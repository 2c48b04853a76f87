"""The checks a read label proposes: elements, dates against the barcode, shelf life against
the listing, and which dates the shelf-life rule judges."""

from datetime import date

import pytest

from qc_station.domain.inspection import CheckOutcome
from qc_station.domain.label_checks import (
    ELEMENTS_ITEM,
    MATCHES_SKU_ITEM,
    cross_check,
    label_dates_for_shelf_life,
    shelf_life_mismatch,
)
from qc_station.domain.label_fields import LabelElement, LabelFields, ShelfLife, ShelfLifeUnit
from qc_station.domain.scan import Gs1Data, ScanKind
from tests.unit.domain.factories import APPAREL, template

ALL = frozenset(LabelElement)
MONTHS_6 = ShelfLife(6, ShelfLifeUnit.MONTH)


def _fields(**changes: object) -> LabelFields:
    values: dict[str, object] = {
        "production_date": date(2026, 11, 20),
        "shelf_life": MONTHS_6,
        "elements_present": ALL,
    }
    values.update(changes)
    return LabelFields(**values)  # type: ignore[arg-type]


def _barcode(production: date | None = None, expiry: date | None = None) -> Gs1Data:
    return Gs1Data(
        ScanKind.GS1_ELEMENT_STRING,
        "06901028075831",
        production_date=production,
        expiry_date=expiry,
    )


def test_a_complete_label_that_agrees_proposes_a_pass_of_the_elements_item() -> None:
    findings = cross_check(template(), _fields(), _barcode(date(2026, 11, 20)), 180)
    assert [(c.item_code, c.outcome) for c in findings.proposals] == [
        (ELEMENTS_ITEM, CheckOutcome.PASS)
    ]
    assert findings.date_mismatches == () and findings.shelf_life_mismatch is None


def test_missing_elements_fail_the_elements_item_naming_them_in_order() -> None:
    present = ALL - {LabelElement.STORAGE, LabelElement.INGREDIENTS}
    findings = cross_check(template(), _fields(elements_present=present), None, 180)
    (check,) = findings.proposals
    assert check.outcome is CheckOutcome.FAIL
    assert check.defect_code == "LBL-GB7718-INCOMPLETE"
    assert check.note == "missing: ingredients, storage"
    assert findings.elements_missing == (LabelElement.INGREDIENTS, LabelElement.STORAGE)


def test_a_printed_date_the_barcode_contradicts_is_a_date_mismatch_keeping_the_missing() -> None:
    fields = _fields(elements_present=ALL - {LabelElement.LICENCE})
    findings = cross_check(template(), fields, _barcode(date(2026, 11, 21)), 180)
    (check,) = findings.proposals
    assert check.defect_code == "LBL-DATE-MISMATCH"
    assert check.note == "production: 2026-11-20 ≠ 2026-11-21; missing: licence"


def test_a_barcode_without_dates_contradicts_nothing() -> None:
    findings = cross_check(template(), _fields(), _barcode(), 180)
    assert findings.date_mismatches == ()


def test_a_shelf_life_the_listing_disagrees_with_fails_the_listing_item() -> None:
    findings = cross_check(
        template(), _fields(shelf_life=ShelfLife(12, ShelfLifeUnit.MONTH)), None, 180
    )
    check = next(c for c in findings.proposals if c.item_code == MATCHES_SKU_ITEM)
    assert check.defect_code == "LBL-SHELF-LIFE-MISMATCH"
    assert check.note == "shelf_life: 12 month ≠ 180 day"


@pytest.mark.parametrize(
    ("printed", "listed", "agrees"),
    [
        (ShelfLife(6, ShelfLifeUnit.MONTH), 180, True),
        (ShelfLife(6, ShelfLifeUnit.MONTH), 183, True),
        (ShelfLife(12, ShelfLifeUnit.MONTH), 365, True),
        (ShelfLife(1, ShelfLifeUnit.YEAR), 365, True),
        (ShelfLife(180, ShelfLifeUnit.DAY), 180, True),
        (ShelfLife(180, ShelfLifeUnit.DAY), 181, False),
        (ShelfLife(6, ShelfLifeUnit.MONTH), 365, False),
        (ShelfLife(2, ShelfLifeUnit.YEAR), 365, False),
    ],
)
def test_months_and_years_agree_with_the_days_they_can_span(
    printed: ShelfLife, listed: int, agrees: bool
) -> None:
    assert (shelf_life_mismatch(printed, listed) is None) is agrees


def test_without_a_listing_or_a_printed_shelf_life_there_is_nothing_to_compare() -> None:
    assert shelf_life_mismatch(None, 180) is None
    assert shelf_life_mismatch(MONTHS_6, None) is None


def test_a_category_without_the_gb7718_item_gets_no_elements_proposal() -> None:
    findings = cross_check(template(APPAREL), _fields(elements_present=frozenset()), None, None)
    assert findings.proposals == ()
    assert findings.elements_missing  # still reported, for the inspector to see


def test_the_label_fills_the_dates_the_lot_lacks() -> None:
    fields = _fields(
        production_date=date(2026, 3, 15), shelf_life=ShelfLife(12, ShelfLifeUnit.MONTH)
    )
    assert label_dates_for_shelf_life(None, None, fields) == (date(2026, 3, 15), date(2027, 3, 14))


def test_of_two_expiries_the_earlier_counts() -> None:
    fields = _fields(expiry_date=date(2027, 1, 1))
    lot = (date(2026, 6, 1), date(2027, 6, 1))
    assert label_dates_for_shelf_life(*lot, fields) == (date(2026, 6, 1), date(2027, 1, 1))
    later = _fields(expiry_date=date(2028, 1, 1))
    assert label_dates_for_shelf_life(*lot, later) == lot


def test_without_a_label_the_lot_dates_stand() -> None:
    assert label_dates_for_shelf_life(date(2026, 1, 1), None, None) == (date(2026, 1, 1), None)
