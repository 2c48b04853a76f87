"""What a read label says about the goods: the checks it proposes to the inspector.

The OCR never decides alone: these are proposals the inspector accepts, changes or drops.
A label is checked three ways:

- its GB 7718 elements (food): every mandatory element present, or the label is incomplete;
- its printed dates against the GS1 barcode's dates (a difference is LBL-DATE-MISMATCH);
- its printed shelf life against the SKU master's (a difference is LBL-SHELF-LIFE-MISMATCH).

The expiry it gives (printed, or production date plus shelf life) is judged against the
stage's shelf-life policy by the ordinary shelf-life rule; see ``label_dates_for_shelf_life``.

Notes name the facts in codes and ISO dates, as ``mismatch_check`` does: printed first.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from qc_station.domain.checklist import ChecklistTemplate
from qc_station.domain.defects import DEFECTS_BY_CODE
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.label_dates import (
    DATE_MISMATCH,
    DateMismatch,
    compare_printed_dates,
    mismatch_note,
)
from qc_station.domain.label_fields import LabelElement, LabelFields, ShelfLife
from qc_station.domain.scan import Gs1Data

ELEMENTS_ITEM = "lbl.gb7718_elements"
MATCHES_SKU_ITEM = "lbl.matches_sku"
INCOMPLETE = "LBL-GB7718-INCOMPLETE"
SHELF_LIFE_MISMATCH = "LBL-SHELF-LIFE-MISMATCH"


@dataclass(frozen=True, slots=True)
class ShelfLifeMismatch:
    """The label's shelf life cannot be the SKU master's number of days."""

    printed: ShelfLife
    listed_days: int


@dataclass(frozen=True, slots=True)
class LabelFindings:
    """What the label contradicts or lacks, and the check answers that record it."""

    date_mismatches: tuple[DateMismatch, ...]
    shelf_life_mismatch: ShelfLifeMismatch | None
    elements_missing: tuple[LabelElement, ...]
    proposals: tuple[CheckResult, ...]


def shelf_life_mismatch(
    printed: ShelfLife | None, listed_days: int | None
) -> ShelfLifeMismatch | None:
    """A disagreement between the label's shelf life and the listing's days, if any.

    Months and years are not a fixed number of days, so the listing agrees when its days lie
    in the range the printed period can span.
    """
    if printed is None or listed_days is None:
        return None
    low, high = printed.days_range()
    if low <= listed_days <= high:
        return None
    return ShelfLifeMismatch(printed, listed_days)


def cross_check(
    template: ChecklistTemplate,
    fields: LabelFields,
    barcode: Gs1Data | None,
    listed_shelf_life_days: int | None,
) -> LabelFindings:
    """The findings on a label the inspector accepted, and the checks they propose.

    Only items the template has are proposed. The elements item passes when every element
    is there; the listing item is only ever proposed as a failure, because a label can
    contradict the listing in ways the OCR cannot see (another product, A/B version).
    """
    codes = {item.code for item in template.items}
    mismatches: tuple[DateMismatch, ...] = ()
    if barcode is not None:
        mismatches = compare_printed_dates(barcode, fields.production_date, fields.expiry_date)
    shelf = shelf_life_mismatch(fields.shelf_life, listed_shelf_life_days)
    missing = fields.elements_missing
    proposals: list[CheckResult] = []
    if ELEMENTS_ITEM in codes:
        proposals.append(_elements_check(mismatches, missing))
    if shelf is not None and MATCHES_SKU_ITEM in codes:
        proposals.append(_shelf_life_check(shelf))
    return LabelFindings(mismatches, shelf, missing, tuple(proposals))


def _elements_check(
    mismatches: tuple[DateMismatch, ...], missing: Sequence[LabelElement]
) -> CheckResult:
    notes = [mismatch_note(mismatches)] if mismatches else []
    if missing:
        notes.append("missing: " + ", ".join(element.value for element in missing))
    if mismatches:
        defect = DATE_MISMATCH  # the stronger finding names the defect; the note keeps both
    elif missing:
        defect = INCOMPLETE
    else:
        return CheckResult(ELEMENTS_ITEM, CheckOutcome.PASS)
    severity = DEFECTS_BY_CODE[defect].default_severity
    return CheckResult(ELEMENTS_ITEM, CheckOutcome.FAIL, defect, severity, "; ".join(notes))


def _shelf_life_check(mismatch: ShelfLifeMismatch) -> CheckResult:
    printed = f"{mismatch.printed.value} {mismatch.printed.unit.value}"
    note = f"shelf_life: {printed} ≠ {mismatch.listed_days} day"
    severity = DEFECTS_BY_CODE[SHELF_LIFE_MISMATCH].default_severity
    return CheckResult(MATCHES_SKU_ITEM, CheckOutcome.FAIL, SHELF_LIFE_MISMATCH, severity, note)


def label_dates_for_shelf_life(
    lot_production: date | None,
    lot_expiry: date | None,
    fields: LabelFields | None,
) -> tuple[date | None, date | None]:
    """The production date and expiry the shelf-life rule should judge.

    The lot's own dates (from the barcode or the lot register) come first; the label fills
    what the lot lacks. When both give an expiry the earlier one counts: a label that says
    the goods expire sooner than the barcode must not let them in on the barcode's word.
    """
    if fields is None:
        return lot_production, lot_expiry
    label_expiry = fields.derived_expiry
    expiry = lot_expiry
    if label_expiry is not None:
        expiry = label_expiry if lot_expiry is None else min(lot_expiry, label_expiry)
    production = lot_production or fields.production_date
    return production, expiry
