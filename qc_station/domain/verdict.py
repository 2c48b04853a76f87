"""Verdicts and their machine-readable reasons."""

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    """The outcome of an inspection: accept, reject, or hold for a supervisor."""

    ACCEPT = "accept"
    REJECT = "reject"
    HOLD = "hold"


class ReasonCode(StrEnum):
    """Why a verdict or a disposition was reached. Worded by the UI, never here."""

    ALL_CHECKS_PASSED = "all_checks_passed"
    CRITICAL_DEFECT = "critical_defect"
    MAJOR_DEFECT = "major_defect"
    MINOR_DEFECT = "minor_defect"
    SHELF_LIFE_EXPIRED = "shelf_life_expired"
    SHELF_LIFE_NO_RECEIVE = "shelf_life_no_receive"
    SHELF_LIFE_NO_SALE = "shelf_life_no_sale"
    SHELF_LIFE_NEAR_EXPIRY = "shelf_life_near_expiry"
    SHELF_LIFE_UNKNOWN = "shelf_life_unknown"
    HYGIENE_SEAL_BROKEN = "hygiene_seal_broken"
    PACKAGING_ONLY = "packaging_only"
    PRODUCT_NOT_RESELLABLE = "product_not_resellable"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason, with the item, defect or number it is about."""

    code: ReasonCode
    item_code: str | None = None
    defect_code: str | None = None
    value: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """A verdict with every reason that led to it, most serious first."""

    verdict: Verdict
    reasons: tuple[Reason, ...]
