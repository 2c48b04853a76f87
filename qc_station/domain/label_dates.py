"""The dates printed on a label against the dates a GS1 barcode carries.

A difference is a label defect (LBL-DATE-MISMATCH): either the print or the barcode is
wrong, and the inspector cannot tell which from the bench.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from qc_station.domain.checklist import ChecklistTemplate
from qc_station.domain.defects import DEFECTS_BY_CODE
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.scan import Gs1Data

DATE_MISMATCH = "LBL-DATE-MISMATCH"
# The items that own printed dates, in the order they are preferred.
DATE_ITEMS = ("lbl.gb7718_elements", "lbl.cosmetic_elements", "lbl.matches_sku")


class DateField(StrEnum):
    """Which printed date was compared."""

    PRODUCTION = "production"
    EXPIRY = "expiry"


@dataclass(frozen=True, slots=True)
class DateMismatch:
    """A printed date that differs from the barcode's."""

    field: DateField
    printed: date
    barcode: date


def compare_printed_dates(
    barcode: Gs1Data, printed_production: date | None, printed_expiry: date | None
) -> tuple[DateMismatch, ...]:
    """The printed dates that the barcode contradicts (a date missing on either side is not
    a contradiction)."""
    pairs = (
        (DateField.PRODUCTION, printed_production, barcode.production_date),
        (DateField.EXPIRY, printed_expiry, barcode.shelf_end),
    )
    return tuple(
        DateMismatch(name, printed, coded)
        for name, printed, coded in pairs
        if printed is not None and coded is not None and printed != coded
    )


def mismatch_check(
    template: ChecklistTemplate, mismatches: tuple[DateMismatch, ...]
) -> CheckResult | None:
    """The failed label check that records ``mismatches``, on the template's date item.

    The note reads ``production: <printed> ≠ <barcode>``: printed first, barcode second.
    """
    if not mismatches:
        return None
    codes = {item.code for item in template.items}
    item = next((code for code in DATE_ITEMS if code in codes), None)
    if item is None:
        return None
    note = "; ".join(
        f"{m.field.value}: {m.printed.isoformat()} ≠ {m.barcode.isoformat()}" for m in mismatches
    )
    severity = DEFECTS_BY_CODE[DATE_MISMATCH].default_severity
    return CheckResult(item, CheckOutcome.FAIL, DATE_MISMATCH, severity, note)
