"""The dates printed on a label against the dates a GS1 barcode carries.

A difference is a label defect (LBL-DATE-MISMATCH): either the print or the barcode is
wrong, and the inspector cannot tell which from the bench.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from qc_station.domain.checklist import ChecklistTemplate
from qc_station.domain.defects import DEFECTS_BY_CODE
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.scan import Gs1Data

DATE_MISMATCH = "LBL-DATE-MISMATCH"
# The items that own printed dates, in the order they are preferred.
DATE_ITEMS = ("lbl.gb7718_elements", "lbl.cosmetic_elements", "lbl.matches_sku")


_DATE_SEPARATORS = "-./年月日 "


def parse_printed_date(text: str) -> date | None:
    """A date as inspectors type it from a label: 2026-11-25, 2026.11.25, 2026/11/25,
    20261125 or 2026年11月25日. Empty text is ``None``; anything else raises ``DomainError``.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    parts = [p for p in _split(cleaned) if p]
    if len(parts) == 1 and len(parts[0]) == 8 and parts[0].isdigit():
        parts = [parts[0][:4], parts[0][4:6], parts[0][6:]]
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise DomainError("label_date.unreadable", text)
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError as error:
        raise DomainError("label_date.impossible", text) from error


def _split(text: str) -> list[str]:
    for separator in _DATE_SEPARATORS[1:]:
        text = text.replace(separator, _DATE_SEPARATORS[0])
    return text.split(_DATE_SEPARATORS[0])


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


def mismatch_note(mismatches: tuple[DateMismatch, ...]) -> str:
    """``production: <printed> ≠ <barcode>``, one per mismatch, joined by "; "."""
    return "; ".join(
        f"{m.field.value}: {m.printed.isoformat()} ≠ {m.barcode.isoformat()}" for m in mismatches
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
    note = mismatch_note(mismatches)
    severity = DEFECTS_BY_CODE[DATE_MISMATCH].default_severity
    return CheckResult(item, CheckOutcome.FAIL, DATE_MISMATCH, severity, note)
