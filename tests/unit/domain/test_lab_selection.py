"""Choosing lots for the lab: the policy's chance, the always-rules, the seeded draw, overrides."""

import math
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.errors import DomainError
from qc_station.domain.lab import SelectionReason
from qc_station.domain.lab_selection import (
    LabSelection,
    SelectionFacts,
    SelectionPolicy,
    decide_lab_sampling,
    draw_for,
    override,
)
from qc_station.domain.risk import RiskAssessment, RiskFactor, level_of

LOW, MEDIUM, HIGH = RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH
DEFAULT = SelectionPolicy()  # threshold 30, 0.05 .. 0.5
LINEAR = SelectionPolicy(threshold=0, min_probability=0.0, max_probability=1.0)  # p = score/100
PLAIN = SelectionFacts(sku_is_new=False, sku_last_lab_failed=False)
N_SEEDS = 20_000
ALWAYS = {SelectionReason.NEW_HIGH_RISK_SKU, SelectionReason.LAST_RESULT_FAILED}


def _risk(score: int) -> RiskAssessment:
    return RiskAssessment(score, level_of(score), (RiskFactor("category_risk", 0, score),))


def _decide(
    score: int,
    seed: int,
    facts: SelectionFacts = PLAIN,
    policy: SelectionPolicy = DEFAULT,
) -> LabSelection:
    return decide_lab_sampling("lot-1", _risk(score), facts, policy, seed)


def _first_seed(wanted: Callable[[float], bool]) -> int:
    return next(seed for seed in range(10_000) if wanted(draw_for(seed)))


# --- the policy -------------------------------------------------------------------------


def test_default_policy_values() -> None:
    assert (DEFAULT.threshold, DEFAULT.min_probability, DEFAULT.max_probability) == (30, 0.05, 0.5)


@pytest.mark.parametrize(
    ("score", "probability"),
    [
        (0, 0.0),
        (1, 0.0),
        (29, 0.0),
        (30, 0.05),
        (37, 0.05 + 0.45 * 7 / 70),
        (65, 0.275),
        (99, 0.05 + 0.45 * 69 / 70),
        (100, 0.5),
        (130, 0.5),  # above the scale: as at 100
    ],
)
def test_default_policy_probability(score: int, probability: float) -> None:
    assert DEFAULT.probability(score) == pytest.approx(probability, abs=1e-12)


def test_probability_is_exactly_zero_below_the_threshold() -> None:
    policy = SelectionPolicy(threshold=50, min_probability=0.3, max_probability=0.9)
    assert [policy.probability(s) for s in range(50)] == [0.0] * 50
    assert policy.probability(50) == pytest.approx(0.3)
    assert policy.probability(100) == pytest.approx(0.9)


def test_a_threshold_of_100_gives_the_maximum_at_100() -> None:
    policy = SelectionPolicy(threshold=100, min_probability=0.1, max_probability=0.7)
    assert policy.probability(99) == 0.0
    assert policy.probability(100) == pytest.approx(0.7)


policies = st.builds(
    lambda threshold, a, b: SelectionPolicy(threshold, min(a, b), max(a, b)),
    st.integers(min_value=0, max_value=99),
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=0.0, max_value=1.0),
)


@given(policies, st.integers(min_value=0, max_value=100))
def test_probability_is_linear_from_min_at_the_threshold_to_max_at_100(
    policy: SelectionPolicy, score: int
) -> None:
    p = policy.probability(score)
    if score < policy.threshold:
        assert p == 0.0
        return
    share = (score - policy.threshold) / (100 - policy.threshold)
    expected = policy.min_probability + (policy.max_probability - policy.min_probability) * share
    assert p == pytest.approx(expected, abs=1e-12)
    assert policy.min_probability - 1e-12 <= p <= policy.max_probability + 1e-12


@given(policies, st.integers(min_value=-5, max_value=120), st.integers(min_value=1, max_value=50))
def test_probability_never_falls_as_the_score_rises(
    policy: SelectionPolicy, score: int, more: int
) -> None:
    assert policy.probability(score + more) >= policy.probability(score) - 1e-12


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"threshold": -1}, "lab.threshold_out_of_range"),
        ({"threshold": 101}, "lab.threshold_out_of_range"),
        ({"min_probability": -0.01}, "lab.probabilities_out_of_order"),
        ({"max_probability": 1.01}, "lab.probabilities_out_of_order"),
        ({"min_probability": 0.6, "max_probability": 0.5}, "lab.probabilities_out_of_order"),
        ({"min_probability": float("nan")}, "lab.probabilities_out_of_order"),
    ],
)
def test_invalid_policies_are_refused(kwargs: dict[str, float], code: str) -> None:
    with pytest.raises(DomainError) as raised:
        SelectionPolicy(**kwargs)  # type: ignore[arg-type]
    assert raised.value.code == code


@pytest.mark.parametrize(
    "kwargs",
    [
        {"threshold": 0},
        {"threshold": 100},
        {"min_probability": 0.0, "max_probability": 1.0},
        {"min_probability": 0.3, "max_probability": 0.3},
    ],
)
def test_boundary_policies_are_accepted(kwargs: dict[str, float]) -> None:
    SelectionPolicy(**kwargs)  # type: ignore[arg-type]


# --- the always-rules -------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2, 12345, 2**40])
def test_a_failed_last_result_always_selects_even_at_probability_zero(seed: int) -> None:
    facts = SelectionFacts(sku_is_new=False, sku_last_lab_failed=True)
    selection = _decide(0, seed, facts)
    assert selection.probability == 0.0
    assert selection.selected
    assert selection.reason is SelectionReason.LAST_RESULT_FAILED


def test_a_failed_last_result_selects_whatever_the_draw() -> None:
    facts = SelectionFacts(sku_is_new=False, sku_last_lab_failed=True)
    seed = _first_seed(lambda d: d > 0.99)
    selection = _decide(100, seed, facts)  # p = 0.5, the draw alone would not select
    assert selection.draw > selection.probability
    assert selection.selected
    assert selection.reason is SelectionReason.LAST_RESULT_FAILED


@pytest.mark.parametrize("seed", [0, 7, 99999])
def test_a_new_sku_listed_high_risk_is_always_selected(seed: int) -> None:
    facts = SelectionFacts(sku_is_new=True, sku_last_lab_failed=False, listed_risk=HIGH)
    selection = _decide(10, seed, facts)  # assessed low, p = 0
    assert selection.probability == 0.0
    assert selection.selected
    assert selection.reason is SelectionReason.NEW_HIGH_RISK_SKU


@pytest.mark.parametrize("seed", [0, 7, 99999])
def test_a_new_sku_assessed_high_risk_is_always_selected(seed: int) -> None:
    facts = SelectionFacts(sku_is_new=True, sku_last_lab_failed=False, listed_risk=LOW)
    policy = SelectionPolicy(threshold=100)  # p = 0 at 60
    selection = _decide(60, seed, facts, policy)
    assert selection.risk.level is HIGH
    assert selection.probability == 0.0
    assert selection.selected
    assert selection.reason is SelectionReason.NEW_HIGH_RISK_SKU


def test_both_always_rules_together_select_by_a_rule() -> None:
    facts = SelectionFacts(sku_is_new=True, sku_last_lab_failed=True, listed_risk=HIGH)
    selection = _decide(0, 3, facts)
    assert selection.selected
    assert selection.reason in ALWAYS


@pytest.mark.parametrize(
    ("facts", "score"),
    [
        (SelectionFacts(sku_is_new=True, sku_last_lab_failed=False, listed_risk=LOW), 29),
        (SelectionFacts(sku_is_new=True, sku_last_lab_failed=False, listed_risk=MEDIUM), 59),
        (SelectionFacts(sku_is_new=False, sku_last_lab_failed=False, listed_risk=HIGH), 29),
        (SelectionFacts(sku_is_new=False, sku_last_lab_failed=False, listed_risk=HIGH), 90),
    ],
    ids=["new-low", "new-medium", "old-listed-high", "old-assessed-high"],
)
def test_without_an_always_rule_the_draw_decides(facts: SelectionFacts, score: int) -> None:
    for seed in range(500):
        selection = _decide(score, seed, facts)
        assert selection.selected == (selection.draw < selection.probability)
        assert selection.reason is (SelectionReason.RANDOM if selection.selected else None)


def test_a_new_low_risk_sku_below_the_threshold_is_never_selected() -> None:
    facts = SelectionFacts(sku_is_new=True, sku_last_lab_failed=False, listed_risk=LOW)
    assert not any(_decide(20, seed, facts).selected for seed in range(2_000))


# --- reproducibility --------------------------------------------------------------------

facts_strategy = st.builds(
    SelectionFacts,
    sku_is_new=st.booleans(),
    sku_last_lab_failed=st.booleans(),
    listed_risk=st.sampled_from(list(RiskLevel)),
)
seeds = st.integers(min_value=0, max_value=2**63)


@given(st.integers(min_value=0, max_value=100), seeds, facts_strategy, policies)
def test_a_decision_is_reproducible_from_its_stored_values(
    score: int, seed: int, facts: SelectionFacts, policy: SelectionPolicy
) -> None:
    first = _decide(score, seed, facts, policy)
    assert _decide(score, seed, facts, policy) == first
    again = decide_lab_sampling(first.lot_id, first.risk, first.facts, first.policy, first.seed)
    assert again == first
    assert first.draw == draw_for(seed)
    assert 0.0 <= first.draw < 1.0
    assert first.probability == policy.probability(score)
    assert (first.lot_id, first.seed) == ("lot-1", seed)
    assert first.drawn_selected is None
    assert (first.override_by, first.override_note) == ("", "")


@given(st.integers(min_value=0, max_value=100), seeds, facts_strategy, policies)
def test_the_answer_follows_from_rule_draw_and_probability(
    score: int, seed: int, facts: SelectionFacts, policy: SelectionPolicy
) -> None:
    selection = _decide(score, seed, facts, policy)
    forced = facts.sku_last_lab_failed or (
        facts.sku_is_new and HIGH in (facts.listed_risk, level_of(score))
    )
    if forced:
        assert selection.selected
        assert selection.reason in ALWAYS
    else:
        assert selection.selected == (selection.draw < selection.probability)
        assert selection.reason is (SelectionReason.RANDOM if selection.selected else None)


def test_draws_are_fixed_for_a_seed() -> None:
    # Python's Mersenne Twister: a stored seed must give the stored draw on any machine.
    assert draw_for(0) == 0.8444218515250481
    assert draw_for(1) == 0.13436424411240122
    assert draw_for(0) != draw_for(1)


# --- the frequencies match the probabilities --------------------------------------------


@pytest.mark.parametrize(
    ("policy", "score", "p"),
    [
        (DEFAULT, 30, 0.05),
        (LINEAR, 20, 0.2),
        (DEFAULT, 65, 0.275),
        (LINEAR, 50, 0.5),
    ],
)
def test_selection_frequency_over_many_seeds_matches_the_probability(
    policy: SelectionPolicy, score: int, p: float
) -> None:
    risk = _risk(score)
    selections = [decide_lab_sampling("lot", risk, PLAIN, policy, s) for s in range(N_SEEDS)]
    assert selections[0].probability == pytest.approx(p)
    frequency = sum(s.selected for s in selections) / N_SEEDS
    standard_error = math.sqrt(p * (1 - p) / N_SEEDS)
    assert abs(frequency - p) < 4 * standard_error, (frequency, p)


def test_below_the_threshold_no_seed_selects() -> None:
    risk = _risk(29)
    assert (
        sum(decide_lab_sampling("lot", risk, PLAIN, DEFAULT, s).selected for s in range(N_SEEDS))
        == 0
    )


def test_the_draw_is_uniform_over_many_seeds() -> None:
    draws = [draw_for(s) for s in range(N_SEEDS)]
    assert all(0.0 <= d < 1.0 for d in draws)
    deciles = [0] * 10
    for d in draws:
        deciles[int(d * 10)] += 1
    expected = N_SEEDS / 10
    spread = math.sqrt(N_SEEDS * 0.1 * 0.9)
    assert all(abs(count - expected) < 5 * spread for count in deciles), deciles
    chi_square = sum((count - expected) ** 2 / expected for count in deciles)
    assert chi_square < 27.88, chi_square  # 9 degrees of freedom, p = 0.001
    assert abs(sum(draws) / N_SEEDS - 0.5) < 4 * math.sqrt(1 / 12 / N_SEEDS)


# --- overrides --------------------------------------------------------------------------


def _not_drawn() -> LabSelection:
    selection = _decide(30, _first_seed(lambda d: d >= 0.05))
    assert not selection.selected
    return selection


def _drawn() -> LabSelection:
    selection = _decide(30, _first_seed(lambda d: d < 0.05))
    assert selection.selected
    assert selection.reason is SelectionReason.RANDOM
    return selection


def _always(reason: SelectionReason) -> LabSelection:
    if reason is SelectionReason.LAST_RESULT_FAILED:
        facts = SelectionFacts(sku_is_new=False, sku_last_lab_failed=True)
    else:
        facts = SelectionFacts(sku_is_new=True, sku_last_lab_failed=False, listed_risk=HIGH)
    selection = _decide(0, 5, facts)
    assert selection.reason is reason
    return selection


@pytest.mark.parametrize("note", ["", "   ", "\t\n"])
def test_an_override_needs_a_reason(note: str) -> None:
    with pytest.raises(DomainError) as raised:
        override(_not_drawn(), True, "sup", note)
    assert raised.value.code == "lab.override_needs_reason"


def test_an_override_must_change_the_answer() -> None:
    with pytest.raises(DomainError) as raised:
        override(_not_drawn(), False, "sup", "no change")
    assert raised.value.code == "lab.override_changes_nothing"
    with pytest.raises(DomainError) as raised:
        override(_drawn(), True, "sup", "no change")
    assert raised.value.code == "lab.override_changes_nothing"


@pytest.mark.parametrize("reason", sorted(ALWAYS))
def test_an_override_cannot_release_an_always_rule_selection(reason: SelectionReason) -> None:
    with pytest.raises(DomainError) as raised:
        override(_always(reason), False, "sup", "merchant insists")
    assert raised.value.code == "lab.override_against_rule"


def test_selecting_a_lot_that_was_not_drawn_keeps_the_draw() -> None:
    original = _not_drawn()
    chosen = override(original, True, "sup-1", "  smells off  ")
    assert chosen.selected
    assert chosen.reason is SelectionReason.OVERRIDE
    assert (chosen.override_by, chosen.override_note) == ("sup-1", "smells off")
    assert chosen.drawn_selected is False
    keep = ("lot_id", "seed", "risk", "facts", "policy", "probability", "draw")
    assert [getattr(chosen, f) for f in keep] == [getattr(original, f) for f in keep]
    assert not original.selected  # the original value is untouched
    # Re-running the stored inputs gives the drawn answer, which the override kept.
    rerun = decide_lab_sampling(
        chosen.lot_id, chosen.risk, chosen.facts, chosen.policy, chosen.seed
    )
    assert rerun.selected == chosen.drawn_selected


def test_releasing_a_randomly_drawn_lot() -> None:
    original = _drawn()
    released = override(original, False, "sup-2", "sampled last week")
    assert not released.selected
    assert released.reason is None
    assert released.drawn_selected is True
    assert released.draw == original.draw


def test_a_second_override_keeps_the_first_drawn_answer() -> None:
    chosen = override(_not_drawn(), True, "sup-1", "select")
    released = override(chosen, False, "sup-2", "changed my mind")
    assert not released.selected
    assert released.reason is None
    assert released.drawn_selected is False
    assert (released.override_by, released.override_note) == ("sup-2", "changed my mind")

    back = override(override(_drawn(), False, "sup-1", "release"), True, "sup-2", "again")
    assert back.selected
    assert back.reason is SelectionReason.OVERRIDE
    assert back.drawn_selected is True
