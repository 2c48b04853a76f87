"""The risk score of a SKU's lot: a number from 0 to 100 with every reason that made it.

The score adds points for what the warehouse knows about the goods and who sent them:

=========================  ==============================================================
factor                     points
=========================  ==============================================================
category base risk         high 60, medium 30, low 5 (the SKU's own listed risk if higher)
lots not accepted          4 per lot of the merchant not accepted in the window, up to 20
merchant lab failures      10 per failed lab result of the merchant in the window, up to 20
SKU lab failure            15 when the SKU's last lab result failed
defects on returns         2 per return of the SKU with a product defect in the window, up to 10
new SKU                    10 when the SKU has no earlier lot
new merchant               10 when the merchant has no earlier lot
lab test overdue           10 when never tested or last tested over 180 days ago, 5 over 90
=========================  ==============================================================

The sum is capped at 100. A score of 60 or more is high risk, 30 or more medium, so a
category's (or SKU's) listed risk is the least a lot of it is assessed at. The
explanation (the factors with their inputs) is stored with every decision made from the
score, so a supervisor can see later why a lot was sampled.
"""

from dataclasses import dataclass

from qc_station.domain.catalogue import RiskLevel

HIGH_FROM = 60
MEDIUM_FROM = 30
MAX_SCORE = 100

_BASE_POINTS = {RiskLevel.HIGH: 60, RiskLevel.MEDIUM: 30, RiskLevel.LOW: 5}
_LEVEL_ORDER = {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 1, RiskLevel.HIGH: 2}


@dataclass(frozen=True, slots=True)
class RiskInputs:
    """What is known about a SKU, its merchant and its history when a lot arrives."""

    category_risk: RiskLevel
    sku_risk: RiskLevel
    merchant_lots_not_accepted: int = 0
    merchant_lab_failures: int = 0
    sku_last_lab_failed: bool = False
    returns_with_product_defects: int = 0
    sku_is_new: bool = False
    merchant_is_new: bool = False
    days_since_last_lab_test: int | None = None  # None: never tested


@dataclass(frozen=True, slots=True)
class RiskFactor:
    """One reason in a score: its code, the input it came from and the points it adds."""

    code: str
    value: int
    points: int


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """A risk score with its level and its factors, largest first."""

    score: int
    level: RiskLevel
    factors: tuple[RiskFactor, ...]


def level_of(score: int) -> RiskLevel:
    """The risk level a score falls in."""
    if score >= HIGH_FROM:
        return RiskLevel.HIGH
    if score >= MEDIUM_FROM:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def assess_risk(inputs: RiskInputs) -> RiskAssessment:
    """Score ``inputs``; every factor that adds points is kept as the explanation."""
    factors = [f for f in _factors(inputs) if f.points > 0]
    factors.sort(key=lambda f: -f.points)
    score = min(MAX_SCORE, sum(f.points for f in factors))
    return RiskAssessment(score, level_of(score), tuple(factors))


def _factors(inputs: RiskInputs) -> list[RiskFactor]:
    base = max(inputs.category_risk, inputs.sku_risk, key=_LEVEL_ORDER.__getitem__)
    code = "sku_risk" if base is not inputs.category_risk else "category_risk"
    return [
        RiskFactor(code, _LEVEL_ORDER[base], _BASE_POINTS[base]),
        _counted("lots_not_accepted", inputs.merchant_lots_not_accepted, 4, 20),
        _counted("merchant_lab_failures", inputs.merchant_lab_failures, 10, 20),
        RiskFactor(
            "sku_last_lab_failed", int(inputs.sku_last_lab_failed), 15 * inputs.sku_last_lab_failed
        ),
        _counted("returns_with_product_defects", inputs.returns_with_product_defects, 2, 10),
        RiskFactor("new_sku", int(inputs.sku_is_new), 10 * inputs.sku_is_new),
        RiskFactor("new_merchant", int(inputs.merchant_is_new), 10 * inputs.merchant_is_new),
        _lab_overdue(inputs.days_since_last_lab_test),
    ]


def _counted(code: str, count: int, each: int, cap: int) -> RiskFactor:
    return RiskFactor(code, count, min(cap, max(0, count) * each))


def _lab_overdue(days: int | None) -> RiskFactor:
    if days is None:
        return RiskFactor("never_lab_tested", 0, 10)
    if days > 180:
        return RiskFactor("lab_test_overdue", days, 10)
    return RiskFactor("lab_test_overdue", days, 5 if days > 90 else 0)
