"""A lot's sampling: replaying its inspections into a decision, and the lot's gate status."""

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.defects import Severity
from qc_station.domain.lab import LabResult, LabSample, LabSampleStatus
from qc_station.domain.lot import LotStatus
from qc_station.domain.lot_sampling import LotPlan, UnitsFound, gate_status, replay
from qc_station.domain.sampling import (
    ZERO_TOLERANCE,
    InspectionSeverity,
    LotDecision,
    LotOutcome,
)

C, MA, MI = Severity.CRITICAL, Severity.MAJOR, Severity.MINOR
DEFAULTS = {C: ZERO_TOLERANCE, MA: "2.5", MI: "4.0"}  # lot 1000: n 80, C 0/1, MA 5/6, MI 7/8
T0 = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


def _start() -> LotDecision:
    return LotDecision.start(1000, DEFAULTS)


def _counts(decision: LotDecision) -> tuple[int, int, int]:
    return decision.count(C), decision.count(MA), decision.count(MI)


# --- replay --------------------------------------------------------------------------------------


def test_nothing_found_is_the_fresh_decision() -> None:
    assert replay(_start(), []) == _start()


def test_inspections_without_failures_are_conforming_units() -> None:
    decision = replay(_start(), [UnitsFound(10), UnitsFound(1), UnitsFound(5)])
    assert decision.inspected == 16 and _counts(decision) == (0, 0, 0)
    assert decision.outcome is LotOutcome.PENDING


def test_a_nonconforming_unit_counts_once_in_its_most_serious_class() -> None:
    decision = replay(_start(), [UnitsFound(1, (MI, MA)), UnitsFound(1, (MI,))])
    assert decision.inspected == 2 and _counts(decision) == (0, 1, 1)


def test_every_unit_of_an_inspection_counts() -> None:
    decision = replay(_start(), [UnitsFound(4, (MI, MI)), UnitsFound(3)])
    assert decision.inspected == 7 and _counts(decision) == (0, 0, 4)


def test_stops_at_the_rejection_number_within_an_inspection() -> None:
    decision = replay(_start(), [UnitsFound(2), UnitsFound(10, (MA,)), UnitsFound(50)])
    assert decision.inspected == 2 + 6 and _counts(decision) == (0, 6, 0)
    assert decision.rejected_classes == (MA,) and decision.outcome is LotOutcome.REJECTED


def test_a_critical_unit_rejects_at_once_and_later_units_are_ignored() -> None:
    decision = replay(_start(), [UnitsFound(3, (C, MI)), UnitsFound(1, (MA,)), UnitsFound(20)])
    assert decision.inspected == 1 and _counts(decision) == (1, 0, 0)
    assert decision.outcome is LotOutcome.REJECTED


def test_units_beyond_the_sample_are_ignored() -> None:
    decision = replay(_start(), [UnitsFound(70), UnitsFound(30, (C,)), UnitsFound(5, (MA,))])
    assert decision.inspected == 71 and _counts(decision) == (1, 0, 0)  # stopped at the first
    accepted = replay(_start(), [UnitsFound(79), UnitsFound(1, (MI,)), UnitsFound(9, (C,))])
    assert accepted.inspected == 80 and _counts(accepted) == (0, 0, 1)
    assert accepted.outcome is LotOutcome.ACCEPTED


def test_a_whole_lot_sample_completes_with_the_last_unit() -> None:
    decision = LotDecision.start(5, DEFAULTS)  # inspect all 5
    assert decision.inspect_all and decision.sample_size == 5
    done = replay(decision, [UnitsFound(2), UnitsFound(9)])
    assert done.inspected == 5 and done.outcome is LotOutcome.ACCEPTED


def test_the_plan_starts_its_own_decision() -> None:
    plan = LotPlan("lot-1", "m-1", "s-1", 1200, "II", InspectionSeverity.TIGHTENED, DEFAULTS, T0)
    assert plan.outcome is LotOutcome.PENDING and plan.decided_at is None
    expected = LotDecision.start(1200, DEFAULTS, "II", InspectionSeverity.TIGHTENED)
    assert plan.fresh_decision() == expected
    assert plan.fresh_decision().plan_for(MA).accept == 3  # tightened J@2.5


unit_classes = st.lists(st.sampled_from([C, MA, MI]), max_size=3).map(tuple)
found_lists = st.lists(
    st.builds(UnitsFound, st.integers(1, 30), unit_classes | st.just(())), max_size=30
)


@given(
    lot=st.integers(2, 3000),
    aqls=st.fixed_dictionaries(
        {
            C: st.sampled_from([ZERO_TOLERANCE, "0.065", "0.25"]),
            MA: st.sampled_from(["0.65", "1.0", "2.5"]),
            MI: st.sampled_from(["1.5", "4.0", "6.5"]),
        }
    ),
    severity=st.sampled_from(list(InspectionSeverity)),
    found=found_lists,
)
def test_replay_is_recording_the_units_one_by_one(
    lot: int,
    aqls: dict[Severity, str],
    severity: InspectionSeverity,
    found: list[UnitsFound],
) -> None:
    start = LotDecision.start(lot, aqls, "II", severity)
    expected = start
    units = [set(f.severities) for f in found for _ in range(f.quantity)]
    for classes in units:
        if expected.is_complete:
            break
        expected = expected.record_unit(classes)
    assert replay(start, found) == expected
    assert expected.inspected <= min(len(units), expected.sample_size)


# --- gate status ---------------------------------------------------------------------------------


def _sample(status: LabSampleStatus, result: LabResult | None = None) -> LabSample:
    return LabSample("s-1", "lot-1", status, T0, "random", "S01-261202-001", result=result)


OPEN = _sample(LabSampleStatus.SELECTED)
PASSED = _sample(LabSampleStatus.RESULTED, LabResult.PASS)
FAILED = _sample(LabSampleStatus.RESULTED, LabResult.FAIL)
CANCELLED = _sample(LabSampleStatus.CANCELLED)
SAMPLES: dict[str, tuple[LabSample, ...]] = {
    "none": (),
    "open": (OPEN,),
    "passed": (PASSED,),
    "failed": (FAILED,),
    "cancelled": (CANCELLED,),
}
P, R, H, X = LotStatus.PENDING, LotStatus.RELEASED, LotStatus.HELD, LotStatus.REJECTED
NOT_REJECTED = (P, R, H)
SAME = None  # the lot keeps its current status

# With a sampling outcome the current status (unless rejected) does not matter.
WITH_SAMPLING: dict[str, dict[LotOutcome, LotStatus]] = {
    "none": {LotOutcome.PENDING: P, LotOutcome.ACCEPTED: R, LotOutcome.REJECTED: X},
    "open": {LotOutcome.PENDING: H, LotOutcome.ACCEPTED: H, LotOutcome.REJECTED: X},
    "passed": {LotOutcome.PENDING: P, LotOutcome.ACCEPTED: R, LotOutcome.REJECTED: X},
    "failed": {LotOutcome.PENDING: X, LotOutcome.ACCEPTED: X, LotOutcome.REJECTED: X},
    "cancelled": {LotOutcome.PENDING: P, LotOutcome.ACCEPTED: R, LotOutcome.REJECTED: X},
}
# Without a plan (a lot never judged by sampling) the lab alone decides, from the status.
WITHOUT_SAMPLING: dict[str, dict[LotStatus, LotStatus | None]] = {
    "none": {P: SAME, R: SAME, H: P},
    "open": {P: H, R: H, H: H},
    "passed": {P: SAME, R: SAME, H: R},
    "failed": {P: X, R: X, H: X},
    "cancelled": {P: SAME, R: SAME, H: P},
}
CASES = [
    (current, sampling, kind)
    for current in LotStatus
    for sampling in (None, *LotOutcome)
    for kind in SAMPLES
]


@pytest.mark.parametrize(("current", "sampling", "kind"), CASES)
def test_gate_status_truth_table(
    current: LotStatus, sampling: LotOutcome | None, kind: str
) -> None:
    if current is X:
        expected: LotStatus | None = X  # a rejection stands
    elif sampling is None:
        expected = WITHOUT_SAMPLING[kind][current]
    else:
        expected = WITH_SAMPLING[kind][sampling]
    assert gate_status(current, sampling, SAMPLES[kind]) is (expected or current)


def test_the_truth_table_covers_every_combination() -> None:
    assert len(CASES) == len(LotStatus) * (1 + len(LotOutcome)) * len(SAMPLES) == 80


@pytest.mark.parametrize("status", list(LabSampleStatus))
def test_every_open_custody_step_holds_and_closed_ones_do_not(status: LabSampleStatus) -> None:
    sample = _sample(status, LabResult.PASS if status.value in {"resulted", "closed"} else None)
    held = gate_status(P, LotOutcome.ACCEPTED, [sample])
    opened = {"selected", "collected", "dispatched", "received"}
    assert held is (H if status.value in opened else R)


@pytest.mark.parametrize(
    ("current", "sampling", "samples", "expected"),
    [
        (R, LotOutcome.ACCEPTED, (PASSED, OPEN), H),  # a second sample holds it again
        (H, LotOutcome.ACCEPTED, (CANCELLED, PASSED), R),
        (H, None, (CANCELLED, PASSED), R),
        (H, None, (CANCELLED, CANCELLED), P),
        (H, LotOutcome.PENDING, (PASSED, FAILED), X),  # any failed result rejects
        (R, None, (PASSED, _sample(LabSampleStatus.CLOSED, LabResult.FAIL)), X),
    ],
)
def test_several_samples(
    current: LotStatus,
    sampling: LotOutcome | None,
    samples: Sequence[LabSample],
    expected: LotStatus,
) -> None:
    assert gate_status(current, sampling, samples) is expected


@pytest.mark.parametrize("current", [LotStatus.PENDING, LotStatus.HELD, LotStatus.RELEASED])
def test_a_discontinued_lot_without_a_plan_is_held_whatever_its_lab_samples_say(
    current: LotStatus,
) -> None:
    passed = [_sample(LabSampleStatus.CLOSED, LabResult.PASS)]
    failed = [_sample(LabSampleStatus.RESULTED, LabResult.FAIL)]
    assert gate_status(current, None, [], discontinued=True) is LotStatus.HELD
    assert gate_status(current, None, passed, discontinued=True) is LotStatus.HELD
    assert gate_status(current, None, failed, discontinued=True) is LotStatus.REJECTED
    assert gate_status(current, LotOutcome.ACCEPTED, passed, discontinued=True) is (
        LotStatus.RELEASED
    )
