"""Lot decisions over several defect classes, early stop, and the default AQLs."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.aql_defaults import CATEGORY_OVERRIDES, DEFAULT_AQLS, aqls_for
from qc_station.domain.defects import Severity
from qc_station.domain.errors import DomainError
from qc_station.domain.sampling import (
    ZERO_TOLERANCE,
    InspectionSeverity,
    LotDecision,
    LotOutcome,
    single_plan,
)

C, MA, MI = Severity.CRITICAL, Severity.MAJOR, Severity.MINOR
DEFAULTS = {C: ZERO_TOLERANCE, MA: "2.5", MI: "4.0"}


def _plans(decision: LotDecision) -> dict[Severity, tuple[str, int, int]]:
    return {p.severity: (p.code_letter, p.accept, p.reject) for p in decision.plans}


def test_same_sample_size_for_all_classes() -> None:
    decision = LotDecision.start(1000, DEFAULTS)
    assert (decision.sample_size, decision.inspect_all) == (80, False)
    assert _plans(decision) == {C: ("J", 0, 1), MA: ("J", 5, 6), MI: ("J", 7, 8)}


def test_largest_sample_and_each_class_at_that_row() -> None:
    decision = LotDecision.start(1000, {C: "0.065", MA: "1.0", MI: "4.0"})
    assert decision.sample_size == 200  # critical: J@0.065 ↓ to L 0/1
    assert _plans(decision) == {C: ("L", 0, 1), MA: ("L", 5, 6), MI: ("L", 14, 15)}
    assert single_plan(1000, "1.0").accept == 2  # on its own, major would be 2/3 at n 80


def test_class_without_a_plan_in_that_row_keeps_its_own() -> None:
    decision = LotDecision.start(600000, {C: "0.065", MA: "1.0", MI: "4.0"})
    assert decision.sample_size == 1250
    plans = _plans(decision)
    assert plans[MI] == ("M", 21, 22)  # Q@4.0 is ↑: stays at its own plan (stricter)
    assert plans[C] == ("Q", 2, 3) and plans[MA] == ("Q", 21, 22)


def test_whole_lot_when_the_largest_sample_is_not_smaller() -> None:
    decision = LotDecision.start(100, {C: "0.065", MA: "1.0", MI: "4.0"})
    assert (decision.sample_size, decision.inspect_all) == (100, True)
    plans = _plans(decision)  # judged at row J (n 80 ≤ 100 units inspected), never at L
    assert plans == {C: ("L", 0, 1), MA: ("J", 2, 3), MI: ("J", 7, 8)}


def test_tightened_classes() -> None:
    decision = LotDecision.start(1000, DEFAULTS, severity=InspectionSeverity.TIGHTENED)
    assert _plans(decision) == {C: ("J", 0, 1), MA: ("J", 3, 4), MI: ("J", 5, 6)}


def test_zero_tolerance_only_uses_the_lot_letter() -> None:
    decision = LotDecision.start(1000, {C: ZERO_TOLERANCE})
    assert decision.sample_size == 80 and _plans(decision) == {C: ("J", 0, 1)}


def test_stops_early_at_the_first_critical() -> None:
    decision = LotDecision.start(1000, DEFAULTS).record_conforming(10)
    assert not decision.can_stop_early and decision.outcome is LotOutcome.PENDING
    decision = decision.record_unit([C, MI])
    assert decision.can_stop_early and decision.is_complete
    assert decision.outcome is LotOutcome.REJECTED
    assert decision.rejected_classes == (C,)
    assert (decision.count(C), decision.count(MI)) == (1, 0)  # counted in its worst class
    with pytest.raises(DomainError, match=r"lot_decision\.complete"):
        decision.record_unit()


def test_each_class_against_its_own_numbers() -> None:
    decision = LotDecision.start(1000, DEFAULTS)
    for _ in range(5):
        decision = decision.record_unit([MA])
    for _ in range(7):
        decision = decision.record_unit([MI])
    assert not decision.can_stop_early  # 5 ≤ Ac 5, 7 ≤ Ac 7
    decision = decision.record_conforming(80 - 12)
    assert decision.is_complete and decision.outcome is LotOutcome.ACCEPTED
    with pytest.raises(DomainError):
        decision.record_conforming(1)


def test_minor_reaching_its_rejection_number_rejects() -> None:
    decision = LotDecision.start(1000, DEFAULTS)
    for index in range(8):
        assert not decision.can_stop_early, index
        decision = decision.record_unit([MI])
    assert decision.rejected_classes == (MI,) and decision.outcome is LotOutcome.REJECTED
    assert decision.inspected == 8


def test_unjudged_class_counts_in_the_worst_judged_one() -> None:
    decision = LotDecision.start(1000, {MA: "2.5"}).record_unit([C, MA])
    assert decision.count(MA) == 1
    with pytest.raises(DomainError, match=r"lot_decision\.class_not_judged"):
        decision.count(C)


def test_needs_a_class_and_a_lot() -> None:
    with pytest.raises(DomainError, match=r"lot_decision\.no_classes"):
        LotDecision.start(1000, {})
    with pytest.raises(DomainError, match=r"sampling\.lot_size_too_small"):
        LotDecision.start(1, DEFAULTS)
    with pytest.raises(DomainError, match=r"sampling\.aql_not_in_table"):
        LotDecision.start(1000, {MA: "3"})


unit = st.sets(st.sampled_from([C, MA, MI]), max_size=3)


@given(lot=st.integers(2, 5000), units=st.lists(unit, max_size=400))
def test_decision_agrees_with_the_counts(lot: int, units: list[set[Severity]]) -> None:
    decision = LotDecision.start(lot, {C: "0.10", MA: "1.0", MI: "4.0"})
    for found in units:
        if decision.is_complete:
            break
        decision = decision.record_unit(found)
    counts = {p.severity: decision.count(p.severity) for p in decision.plans}
    assert sum(counts.values()) <= decision.inspected <= decision.sample_size <= lot
    over = [p.severity for p in decision.plans if counts[p.severity] >= p.reject]
    assert decision.rejected_classes == tuple(over)
    assert len(over) <= 1  # inspection stopped at the first class to reach Re
    if decision.outcome is LotOutcome.ACCEPTED:
        assert decision.inspected == decision.sample_size and not over
        assert all(counts[p.severity] <= p.accept for p in decision.plans)


# --- default AQLs --------------------------------------------------------------------------------


def test_defaults() -> None:
    assert aqls_for(None) == DEFAULTS == dict(DEFAULT_AQLS)
    assert aqls_for("apparel") == DEFAULTS


@pytest.mark.parametrize(
    "category", ["dairy", "infant_food", "skincare", "small_appliance", "toys"]
)
def test_high_risk_categories_are_stricter(category: str) -> None:
    assert aqls_for(category) == {C: ZERO_TOLERANCE, MA: "1.0", MI: "2.5"}
    assert category in CATEGORY_OVERRIDES


def test_overrides_are_data_a_supervisor_can_change() -> None:
    assert aqls_for("toys", overrides={"toys": {MI: "1"}}) == {C: "0", MA: "2.5", MI: "1.0"}
    with pytest.raises(DomainError, match=r"sampling\.aql_not_in_table"):
        aqls_for("toys", overrides={"toys": {MA: "2"}})
