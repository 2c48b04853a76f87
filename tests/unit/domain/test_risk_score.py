"""The risk score of a lot: every row of the points table in ``qc_station.domain.risk``."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.risk import (
    RiskAssessment,
    RiskFactor,
    RiskInputs,
    assess_risk,
    level_of,
)

LOW, MEDIUM, HIGH = RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH
BASE_LOW = 5  # a low-risk category always adds its 5 points


def _inputs(**changes: object) -> RiskInputs:
    """A low-risk SKU, tested yesterday, with no history: only the 5 base points."""
    fields_: dict[str, object] = {
        "category_risk": LOW,
        "sku_risk": LOW,
        "days_since_last_lab_test": 1,
    }
    fields_.update(changes)
    return RiskInputs(**fields_)  # type: ignore[arg-type]


def _factor(assessment: RiskAssessment, code: str) -> RiskFactor | None:
    found = [f for f in assessment.factors if f.code == code]
    assert len(found) <= 1, f"factor {code} listed twice"
    return found[0] if found else None


def _points(assessment: RiskAssessment, code: str) -> int:
    factor = _factor(assessment, code)
    return 0 if factor is None else factor.points


def test_a_low_risk_sku_with_no_history_scores_only_its_category() -> None:
    assessment = assess_risk(_inputs())
    assert assessment.score == BASE_LOW
    assert assessment.level is LOW
    assert assessment.factors == (RiskFactor("category_risk", 0, 5),)


# --- the counted factors, alone, at and across their caps ------------------------------


@pytest.mark.parametrize(
    ("field", "code", "count", "points"),
    [
        ("merchant_lots_not_accepted", "lots_not_accepted", 1, 4),
        ("merchant_lots_not_accepted", "lots_not_accepted", 2, 8),
        ("merchant_lots_not_accepted", "lots_not_accepted", 4, 16),
        ("merchant_lots_not_accepted", "lots_not_accepted", 5, 20),
        ("merchant_lots_not_accepted", "lots_not_accepted", 6, 20),
        ("merchant_lots_not_accepted", "lots_not_accepted", 250, 20),
        ("merchant_lab_failures", "merchant_lab_failures", 1, 10),
        ("merchant_lab_failures", "merchant_lab_failures", 2, 20),
        ("merchant_lab_failures", "merchant_lab_failures", 3, 20),
        ("merchant_lab_failures", "merchant_lab_failures", 40, 20),
        ("returns_with_product_defects", "returns_with_product_defects", 1, 2),
        ("returns_with_product_defects", "returns_with_product_defects", 3, 6),
        ("returns_with_product_defects", "returns_with_product_defects", 5, 10),
        ("returns_with_product_defects", "returns_with_product_defects", 6, 10),
        ("returns_with_product_defects", "returns_with_product_defects", 99, 10),
    ],
)
def test_counted_factor_points_rise_per_count_up_to_the_cap(
    field: str, code: str, count: int, points: int
) -> None:
    assessment = assess_risk(_inputs(**{field: count}))
    assert _factor(assessment, code) == RiskFactor(code, count, points)
    assert assessment.score == BASE_LOW + points
    assert {f.code for f in assessment.factors} == {"category_risk", code}


@pytest.mark.parametrize(
    "field", ["merchant_lots_not_accepted", "merchant_lab_failures", "returns_with_product_defects"]
)
@pytest.mark.parametrize("count", [0, -1, -7])
def test_a_zero_or_negative_count_adds_nothing(field: str, count: int) -> None:
    assessment = assess_risk(_inputs(**{field: count}))
    assert assessment.score == BASE_LOW
    assert [f.code for f in assessment.factors] == ["category_risk"]


# --- the flag factors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "code", "points"),
    [
        ("sku_last_lab_failed", "sku_last_lab_failed", 15),
        ("sku_is_new", "new_sku", 10),
        ("merchant_is_new", "new_merchant", 10),
    ],
)
def test_flag_factors_add_their_points_only_when_set(field: str, code: str, points: int) -> None:
    on = assess_risk(_inputs(**{field: True}))
    assert _factor(on, code) == RiskFactor(code, 1, points)
    assert on.score == BASE_LOW + points
    off = assess_risk(_inputs(**{field: False}))
    assert _factor(off, code) is None
    assert off.score == BASE_LOW


# --- category versus the SKU's own listed risk -----------------------------------------


@pytest.mark.parametrize(
    ("category", "sku", "code", "value", "points"),
    [
        (LOW, LOW, "category_risk", 0, 5),
        (MEDIUM, MEDIUM, "category_risk", 1, 30),
        (HIGH, HIGH, "category_risk", 2, 60),
        (HIGH, LOW, "category_risk", 2, 60),
        (HIGH, MEDIUM, "category_risk", 2, 60),
        (MEDIUM, LOW, "category_risk", 1, 30),
        (LOW, MEDIUM, "sku_risk", 1, 30),
        (LOW, HIGH, "sku_risk", 2, 60),
        (MEDIUM, HIGH, "sku_risk", 2, 60),
    ],
)
def test_the_higher_of_category_and_sku_risk_gives_the_base_points(
    category: RiskLevel, sku: RiskLevel, code: str, value: int, points: int
) -> None:
    assessment = assess_risk(_inputs(category_risk=category, sku_risk=sku))
    assert assessment.factors == (RiskFactor(code, value, points),)
    assert assessment.score == points
    other = "category_risk" if code == "sku_risk" else "sku_risk"
    assert _factor(assessment, other) is None  # never both


# --- lab test overdue -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "factor"),
    [
        (0, None),
        (1, None),
        (90, None),
        (91, RiskFactor("lab_test_overdue", 91, 5)),
        (150, RiskFactor("lab_test_overdue", 150, 5)),
        (180, RiskFactor("lab_test_overdue", 180, 5)),
        (181, RiskFactor("lab_test_overdue", 181, 10)),
        (2000, RiskFactor("lab_test_overdue", 2000, 10)),
        (None, RiskFactor("never_lab_tested", 0, 10)),
    ],
)
def test_lab_test_overdue_boundaries(days: int | None, factor: RiskFactor | None) -> None:
    assessment = assess_risk(_inputs(days_since_last_lab_test=days))
    overdue = [f for f in assessment.factors if f.code in {"lab_test_overdue", "never_lab_tested"}]
    assert overdue == ([] if factor is None else [factor])
    assert assessment.score == BASE_LOW + (0 if factor is None else factor.points)


def test_a_sku_never_tested_is_the_default() -> None:
    never = assess_risk(RiskInputs(category_risk=LOW, sku_risk=LOW))
    assert _points(never, "never_lab_tested") == 10
    assert never.score == BASE_LOW + 10


# --- levels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "level"),
    [(0, LOW), (29, LOW), (30, MEDIUM), (45, MEDIUM), (59, MEDIUM), (60, HIGH), (100, HIGH)],
)
def test_level_of_boundaries(score: int, level: RiskLevel) -> None:
    assert level_of(score) is level


@pytest.mark.parametrize(
    ("inputs", "score", "level"),
    [
        # 5 + 16 + 8
        (_inputs(merchant_lots_not_accepted=4, returns_with_product_defects=4), 29, LOW),
        # 5 + 20 + 5
        (_inputs(merchant_lots_not_accepted=5, days_since_last_lab_test=91), 30, MEDIUM),
        # 30 + 15 + 10 + 4
        (
            _inputs(
                category_risk=MEDIUM,
                sku_last_lab_failed=True,
                sku_is_new=True,
                returns_with_product_defects=2,
            ),
            59,
            MEDIUM,
        ),
        # 60: a high-risk category is high risk by itself
        (_inputs(category_risk=HIGH), 60, HIGH),
    ],
)
def test_assessed_level_boundaries(inputs: RiskInputs, score: int, level: RiskLevel) -> None:
    assessment = assess_risk(inputs)
    assert assessment.score == score
    assert assessment.level is level


def test_the_score_is_capped_at_100_but_every_factor_is_kept() -> None:
    worst = RiskInputs(
        category_risk=HIGH,
        sku_risk=HIGH,
        merchant_lots_not_accepted=50,
        merchant_lab_failures=50,
        sku_last_lab_failed=True,
        returns_with_product_defects=50,
        sku_is_new=True,
        merchant_is_new=True,
        days_since_last_lab_test=None,
    )
    assessment = assess_risk(worst)
    assert assessment.score == 100
    assert assessment.level is HIGH
    assert sum(f.points for f in assessment.factors) == 60 + 20 + 20 + 15 + 10 + 10 + 10 + 10
    assert len(assessment.factors) == 8


def test_factors_are_listed_largest_first() -> None:
    assessment = assess_risk(
        _inputs(
            category_risk=HIGH,
            merchant_lots_not_accepted=2,  # 8
            returns_with_product_defects=1,  # 2
            sku_is_new=True,  # 10
            sku_last_lab_failed=True,  # 15
            days_since_last_lab_test=120,  # 5
        )
    )
    assert [(f.code, f.points) for f in assessment.factors] == [
        ("category_risk", 60),
        ("sku_last_lab_failed", 15),
        ("new_sku", 10),
        ("lots_not_accepted", 8),
        ("lab_test_overdue", 5),
        ("returns_with_product_defects", 2),
    ]
    assert assessment.score == 100  # 60 + 15 + 10 + 8 + 5 + 2 = 100, at the cap


def test_factors_adding_no_points_are_left_out() -> None:
    assessment = assess_risk(
        _inputs(
            category_risk=MEDIUM,
            merchant_lots_not_accepted=0,
            merchant_lab_failures=0,
            sku_last_lab_failed=False,
            returns_with_product_defects=0,
            sku_is_new=False,
            merchant_is_new=True,
            days_since_last_lab_test=90,
        )
    )
    assert [f.code for f in assessment.factors] == ["category_risk", "new_merchant"]
    assert all(f.points > 0 for f in assessment.factors)


# --- properties -------------------------------------------------------------------------

levels = st.sampled_from(list(RiskLevel))
counts = st.integers(min_value=0, max_value=40)
risk_inputs = st.builds(
    RiskInputs,
    category_risk=levels,
    sku_risk=levels,
    merchant_lots_not_accepted=counts,
    merchant_lab_failures=counts,
    sku_last_lab_failed=st.booleans(),
    returns_with_product_defects=counts,
    sku_is_new=st.booleans(),
    merchant_is_new=st.booleans(),
    days_since_last_lab_test=st.none() | st.integers(min_value=0, max_value=1000),
)


def _table_score(i: RiskInputs) -> int:
    """The score read straight off the docstring's table (an independent oracle)."""
    rank = {LOW: 0, MEDIUM: 1, HIGH: 2}
    listed = i.category_risk if rank[i.category_risk] >= rank[i.sku_risk] else i.sku_risk
    total = {HIGH: 60, MEDIUM: 30, LOW: 5}[listed]
    total += min(20, 4 * i.merchant_lots_not_accepted)
    total += min(20, 10 * i.merchant_lab_failures)
    total += 15 if i.sku_last_lab_failed else 0
    total += min(10, 2 * i.returns_with_product_defects)
    total += 10 if i.sku_is_new else 0
    total += 10 if i.merchant_is_new else 0
    days = i.days_since_last_lab_test
    if days is None or days > 180:
        total += 10
    elif days > 90:
        total += 5
    return min(100, total)


@given(risk_inputs)
def test_score_matches_the_table_and_stays_within_0_to_100(inputs: RiskInputs) -> None:
    assessment = assess_risk(inputs)
    assert 0 <= assessment.score <= 100
    assert assessment.score == _table_score(inputs)
    assert assessment.score == min(100, sum(f.points for f in assessment.factors))
    assert assessment.level is level_of(assessment.score)


@given(risk_inputs)
def test_factors_are_positive_unique_and_sorted(inputs: RiskInputs) -> None:
    factors = assess_risk(inputs).factors
    points = [f.points for f in factors]
    assert all(p > 0 for p in points)
    assert points == sorted(points, reverse=True)
    assert len({f.code for f in factors}) == len(factors)
    assert sum(f.code in {"category_risk", "sku_risk"} for f in factors) == 1


COUNT_FIELDS = [
    "merchant_lots_not_accepted",
    "merchant_lab_failures",
    "returns_with_product_defects",
]
FLAG_FIELDS = ["sku_last_lab_failed", "sku_is_new", "merchant_is_new"]


@given(risk_inputs, st.sampled_from(COUNT_FIELDS), st.integers(min_value=1, max_value=30))
def test_more_of_any_count_never_lowers_the_score(
    inputs: RiskInputs, field: str, more: int
) -> None:
    worse = replace(inputs, **{field: getattr(inputs, field) + more})
    assert assess_risk(worse).score >= assess_risk(inputs).score


@given(risk_inputs, st.sampled_from(FLAG_FIELDS))
def test_setting_a_flag_never_lowers_the_score(inputs: RiskInputs, field: str) -> None:
    before = assess_risk(replace(inputs, **{field: False})).score
    after = assess_risk(replace(inputs, **{field: True})).score
    assert after >= before


@given(risk_inputs, st.integers(min_value=1, max_value=400))
def test_a_longer_time_since_the_last_lab_test_never_lowers_the_score(
    inputs: RiskInputs, more: int
) -> None:
    days = inputs.days_since_last_lab_test
    later = replace(inputs, days_since_last_lab_test=None if days is None else days + more)
    never = replace(inputs, days_since_last_lab_test=None)
    assert assess_risk(later).score >= assess_risk(inputs).score
    assert assess_risk(never).score >= assess_risk(inputs).score


@given(risk_inputs, levels)
def test_a_higher_listed_risk_never_lowers_the_score(inputs: RiskInputs, sku: RiskLevel) -> None:
    rank = {LOW: 0, MEDIUM: 1, HIGH: 2}
    raised = replace(inputs, sku_risk=max(inputs.sku_risk, sku, key=rank.__getitem__))
    assert assess_risk(raised).score >= assess_risk(inputs).score
