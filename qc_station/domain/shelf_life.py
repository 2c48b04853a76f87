"""Shelf-life policy (保质期管理): no-receive, no-sale and near-expiry windows.

A window is the span before the expiry date, given either in days or as a share of the total
shelf life. Goods whose remaining life falls inside a window are treated by its rule:

* no-receive (禁收): inbound refuses them;
* no-sale (禁售): outbound refuses them, returns cannot be resold;
* near-expiry (临期): a warning at outbound; returns cannot be resold.
"""

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from qc_station.domain.errors import DomainError
from qc_station.domain.stage import Stage


@dataclass(frozen=True, slots=True)
class Window:
    """A span before expiry: ``days`` or ``share`` of the total life (exactly one is set)."""

    days: int | None = None
    share: Fraction | None = None

    def __post_init__(self) -> None:
        if (self.days is None) == (self.share is None):
            raise DomainError("window.days_xor_share")
        if self.days is not None and self.days < 0:
            raise DomainError("window.negative_days", str(self.days))
        if self.share is not None and not 0 <= self.share <= 1:
            raise DomainError("window.share_out_of_range", str(self.share))

    def days_for(self, total_life_days: int) -> int:
        """The window's length in days for goods with ``total_life_days`` of life."""
        if self.days is not None:
            return self.days
        assert self.share is not None
        return math.ceil(self.share * total_life_days)

    @classmethod
    def parse(cls, text: str) -> "Window":
        """Read ``"30d"``/``"30"`` (days) or ``"2/3"``/``"0.5"`` (share of the total life)."""
        text = text.strip().lower()
        try:
            if text.endswith("d"):
                return cls(days=int(text[:-1]))
            if "/" in text or "." in text:
                return cls(share=Fraction(text))
            return cls(days=int(text))
        except (ValueError, ZeroDivisionError) as exc:
            raise DomainError("window.unreadable", text) from exc

    def __str__(self) -> str:
        if self.days is not None:
            return f"{self.days}d"
        assert self.share is not None
        return f"{self.share.numerator}/{self.share.denominator}"  # "1/1", never a bare "1"


@dataclass(frozen=True, slots=True)
class ShelfLifePolicy:
    """The windows that apply to a category at a stage. A ``None`` window does not apply."""

    category_code: str
    stage: Stage
    no_receive: Window | None = None
    no_sale: Window | None = None
    near_expiry: Window | None = None


class ShelfLifeStatus(StrEnum):
    """The outcome of a shelf-life assessment, worst last."""

    NOT_APPLICABLE = "not_applicable"  # the category has no shelf life
    OK = "ok"
    NEAR_EXPIRY = "near_expiry"
    NO_SALE = "no_sale"
    NO_RECEIVE = "no_receive"
    EXPIRED = "expired"
    UNKNOWN = "unknown"  # the goods should carry a date but none is known


@dataclass(frozen=True, slots=True)
class ShelfLifeAssessment:
    """Remaining life of goods against a policy on a given day."""

    status: ShelfLifeStatus
    remaining_days: int | None = None
    total_life_days: int | None = None
    window_days: int | None = None  # length of the window that was entered, if any

    @property
    def blocks_stage(self) -> bool:
        """Whether this outcome refuses the goods at the stage it was assessed for."""
        return self.status in (
            ShelfLifeStatus.EXPIRED,
            ShelfLifeStatus.NO_RECEIVE,
            ShelfLifeStatus.NO_SALE,
        )


def total_life_days(
    shelf_life_days: int | None, production: date | None, expiry: date | None
) -> int | None:
    """Total life: from the lot's own dates when both are known, else the SKU's shelf life."""
    if production is not None and expiry is not None:
        return (expiry - production).days + 1
    return shelf_life_days


def _entered(window: Window | None, remaining: int, total: int) -> int | None:
    if window is None:
        return None
    length = window.days_for(total)
    return length if remaining < length else None


def assess(
    policy: ShelfLifePolicy | None,
    *,
    has_shelf_life: bool,
    total_life: int | None,
    expiry: date | None,
    today: date,
) -> ShelfLifeAssessment:
    """Assess the goods' remaining life against ``policy`` on ``today``.

    Goods are good through their expiry date: remaining days are ``expiry - today``, and they
    are expired once that is negative. Which windows count depends on the policy's stage:
    inbound looks at no-receive, outbound at no-sale and near-expiry, returns at all of them
    except no-receive (a return cannot be refused at the door; it is disposed of).
    """
    if not has_shelf_life:
        return ShelfLifeAssessment(ShelfLifeStatus.NOT_APPLICABLE)
    if expiry is None:
        return ShelfLifeAssessment(ShelfLifeStatus.UNKNOWN, total_life_days=total_life)
    remaining = (expiry - today).days
    total = total_life if total_life and total_life > 0 else max(remaining, 1)
    if remaining < 0:
        return ShelfLifeAssessment(ShelfLifeStatus.EXPIRED, remaining, total)
    if policy is None:
        return ShelfLifeAssessment(ShelfLifeStatus.OK, remaining, total)
    for status, window in _windows_for(policy):
        entered = _entered(window, remaining, total)
        if entered is not None:
            return ShelfLifeAssessment(status, remaining, total, entered)
    return ShelfLifeAssessment(ShelfLifeStatus.OK, remaining, total)


def _windows_for(policy: ShelfLifePolicy) -> list[tuple[ShelfLifeStatus, Window | None]]:
    if policy.stage is Stage.INBOUND:
        return [
            (ShelfLifeStatus.NO_RECEIVE, policy.no_receive),
            (ShelfLifeStatus.NEAR_EXPIRY, policy.near_expiry),
        ]
    return [
        (ShelfLifeStatus.NO_SALE, policy.no_sale),
        (ShelfLifeStatus.NEAR_EXPIRY, policy.near_expiry),
    ]
