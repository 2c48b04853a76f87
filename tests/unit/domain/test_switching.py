"""Switching normal ⇄ tightened and discontinuation (ISO 2859-1 §9.3, §9.4)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.errors import DomainError
from qc_station.domain.sampling import (
    InspectionSeverity,
    SwitchingState,
    SwitchingStatus,
    SwitchReason,
    Transition,
)

NORMAL, TIGHTENED, STOPPED = (
    SwitchingStatus.NORMAL,
    SwitchingStatus.TIGHTENED,
    SwitchingStatus.DISCONTINUED,
)


def _run(results: list[bool]) -> tuple[SwitchingState, list[SwitchingStatus]]:
    """Feed results until discontinued; the status *before* each recorded lot."""
    state = SwitchingState("M1", "SKU1")
    before = []
    for index, accepted in enumerate(results):
        if state.status is STOPPED:
            break
        before.append(state.status)
        state = state.record(f"L{index}", accepted)
    return state, before


def _reference(results: list[bool]) -> list[SwitchingStatus]:
    """The rules written over whole spells, independently of the implementation."""
    status, spell, statuses = NORMAL, [], []
    for accepted in results:
        if status is STOPPED:
            break
        statuses.append(status)
        spell.append(accepted)
        if status is NORMAL and spell[-5:].count(False) >= 2:
            status, spell = TIGHTENED, []
        elif status is TIGHTENED and len(spell) >= 5 and all(spell[-5:]):
            status, spell = NORMAL, []
        elif status is TIGHTENED and spell.count(False) >= 5:
            status, spell = STOPPED, []
    return statuses


results_strategy = st.lists(st.booleans(), max_size=80)


@given(results_strategy)
def test_matches_the_rules_written_over_whole_spells(results: list[bool]) -> None:
    _, before = _run(results)
    assert before == _reference(results)


@given(results_strategy)
def test_history_invariants(results: list[bool]) -> None:
    state, before = _run(results)
    lots = {f"L{i}": i for i in range(len(results))}
    spell_start = 0
    for step in state.history:
        k = lots[step.lot_id]
        spell = results[spell_start : k + 1]
        assert all(status is step.from_status for status in before[spell_start : k + 1])
        if step.to_status is TIGHTENED:  # 2 not accepted within ≤ 5 consecutive lots
            assert step.reason is SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED
            assert not spell[-1] and spell[-5:].count(False) == 2
            assert all(spell[max(0, j - 4) : j + 1].count(False) < 2 for j in range(len(spell) - 1))
        elif step.to_status is NORMAL:  # only after 5 consecutive accepted
            assert step.reason is SwitchReason.FIVE_CONSECUTIVE_ACCEPTED
            assert len(spell) >= 5 and all(spell[-5:])
            assert spell.count(False) < 5
        else:  # discontinued exactly at the 5th lot not accepted while on tightened
            assert step.reason is SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED
            assert step.from_status is TIGHTENED
            assert not spell[-1] and spell.count(False) == 5
            assert not any(all(spell[j - 4 : j + 1]) for j in range(4, len(spell)))
        spell_start = k + 1
    assert [s.from_status for s in state.history[1:]] == [s.to_status for s in state.history[:-1]]


def test_two_rejections_four_apart_tighten() -> None:
    state, _ = _run([True, False, True, True, True, False])
    assert state.status is TIGHTENED
    assert state.inspection is InspectionSeverity.TIGHTENED
    assert state.history == (
        Transition("L5", NORMAL, TIGHTENED, SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED),
    )


def test_two_rejections_five_apart_do_not_tighten() -> None:
    state, _ = _run([False, True, True, True, True, False])
    assert state.status is NORMAL and state.history == ()


def test_back_to_normal_after_five_accepted_in_a_row() -> None:
    state, _ = _run([False, False, True, True, True, True, False, True, True, True, True])
    assert state.status is TIGHTENED
    state = state.record("L11", True)
    assert state.status is NORMAL
    assert state.history[-1] == Transition(
        "L11", TIGHTENED, NORMAL, SwitchReason.FIVE_CONSECUTIVE_ACCEPTED
    )
    assert state.recent_on_normal == ()  # a fresh normal spell


def test_discontinued_at_fifth_rejection_on_tightened_in_total() -> None:
    tightened, _ = _run([False, False])
    results = [False, True, False, True, True, False, True, True, True, False, True, False]
    state = tightened
    for i, accepted in enumerate(results[:-1]):
        state = state.record(f"T{i}", accepted)
        assert state.status is TIGHTENED
    state = state.record("T11", False)
    assert state.status is STOPPED
    assert state.history[-1].reason is SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED
    with pytest.raises(DomainError) as info:
        state.record("T12", True)
    assert info.value.code == "switching.discontinued"
    with pytest.raises(DomainError):
        _ = state.inspection


def test_resume_goes_to_tightened_with_fresh_counts() -> None:
    state, _ = _run([False, False, False, False, False, False, False])
    assert state.status is STOPPED
    resumed = state.resume("CAPA-7")
    assert resumed.status is TIGHTENED
    assert resumed.not_accepted_on_tightened == 0
    assert resumed.history[-1] == Transition("CAPA-7", STOPPED, TIGHTENED, SwitchReason.RESUMED)
    with pytest.raises(DomainError, match=r"switching\.not_discontinued"):
        resumed.resume("again")


def test_state_is_immutable_data() -> None:
    state = SwitchingState("M1", "SKU1")
    after = state.record("L1", False)
    assert state.recent_on_normal == () and after.recent_on_normal == (False,)
    assert hash(after) == hash(SwitchingState("M1", "SKU1", recent_on_normal=(False,)))
