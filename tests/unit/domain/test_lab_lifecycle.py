"""Lab samples: the chain of custody, its values and the order of its steps."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.errors import DomainError
from qc_station.domain.lab import (
    OPEN_STATUSES,
    Accreditation,
    Collection,
    Dispatch,
    LabItemResult,
    LabReport,
    LabResult,
    LabSample,
    LabSampleStatus,
    Receipt,
    cancel,
    close,
    collect,
    dispatch,
    receive,
    record_result,
)

S = LabSampleStatus
T0 = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)
CHAIN = [S.SELECTED, S.COLLECTED, S.DISPATCHED, S.RECEIVED, S.RESULTED, S.CLOSED]

COLLECTION = Collection(2, 1, "SEAL-0001", "alice", T0 + timedelta(hours=1))
DISPATCH = Dispatch("Lab A", "SF Express", "SF1234567890", "alice", T0 + timedelta(hours=2))
RECEIPT = Receipt(T0 + timedelta(days=1), "lab-desk")
EARLY_RECEIPT = Receipt(T0 + timedelta(hours=2) - timedelta(seconds=1), "lab-desk")
LEAD = LabItemResult("lead", "≤ 0.5 mg/kg", "0.12 mg/kg", True, "GB 5009.12")
MELAMINE = LabItemResult("melamine", "≤ 2.5 mg/kg", "未检出", True, "GB/T 22388")
AFLATOXIN = LabItemResult("aflatoxin_m1", "≤ 0.5 µg/kg", "0.9 µg/kg", False)
PROTEIN = LabItemResult("protein", "≥ 2.9 g/100g", "2.5 g/100g", False)
CMA = frozenset({Accreditation.CMA})
REPORT = LabReport("R-2026-001", "Lab A (CMA)", CMA, (LEAD, MELAMINE), T0 + timedelta(days=4), "qa")
CLOSED_AT = T0 + timedelta(days=5)


def _fresh() -> LabSample:
    return LabSample("s-1", "lot-1", S.SELECTED, T0, "random", code="S01-261202-001")


STEPS: dict[str, Callable[[LabSample], LabSample]] = {
    "collect": lambda s: collect(s, COLLECTION),
    "dispatch": lambda s: dispatch(s, DISPATCH),
    "receive": lambda s: receive(s, RECEIPT),
    "record_result": lambda s: record_result(s, REPORT),
    "close": lambda s: close(s, CLOSED_AT),
}
STEP_FROM = {
    "collect": S.SELECTED,
    "dispatch": S.COLLECTED,
    "receive": S.DISPATCHED,
    "record_result": S.RECEIVED,
    "close": S.RESULTED,
}


def _at(status: LabSampleStatus) -> LabSample:
    """A sample brought to ``status`` through the functions of the domain."""
    sample = _fresh()
    if status is S.CANCELLED:
        return cancel(sample, "lot returned to merchant", CLOSED_AT)
    for step in STEPS.values():
        if sample.status is status:
            break
        sample = step(sample)
    assert sample.status is status
    return sample


# --- the happy path ---------------------------------------------------------------------


def test_the_chain_of_custody_from_selection_to_close() -> None:
    selected = _fresh()
    assert (selected.status, selected.version, selected.holds_lot) == (S.SELECTED, 1, True)

    collected = collect(selected, COLLECTION)
    assert (collected.status, collected.version, collected.holds_lot) == (S.COLLECTED, 2, True)
    assert collected.collection == COLLECTION

    dispatched = dispatch(collected, DISPATCH)
    assert (dispatched.status, dispatched.version, dispatched.holds_lot) == (S.DISPATCHED, 3, True)
    assert dispatched.dispatch == DISPATCH
    assert dispatched.lab_name == "Lab A"

    received = receive(dispatched, RECEIPT)
    assert (received.status, received.version, received.holds_lot) == (S.RECEIVED, 4, True)
    assert received.receipt == RECEIPT
    assert received.result is None

    resulted = record_result(received, REPORT)
    assert (resulted.status, resulted.version, resulted.holds_lot) == (S.RESULTED, 5, False)
    assert resulted.report == REPORT
    assert resulted.report_no == "R-2026-001"
    assert resulted.result is LabResult.PASS
    assert resulted.lab_name == "Lab A (CMA)"
    assert resulted.closed_at is None

    closed = close(resulted, CLOSED_AT)
    assert (closed.status, closed.version, closed.holds_lot) == (S.CLOSED, 6, False)
    assert closed.closed_at == CLOSED_AT
    # Every step kept what came before it, and left the earlier values alone.
    assert (closed.collection, closed.dispatch, closed.receipt) == (COLLECTION, DISPATCH, RECEIPT)
    assert (closed.id, closed.lot_id, closed.code) == ("s-1", "lot-1", "S01-261202-001")
    assert (selected.status, selected.version, selected.collection) == (S.SELECTED, 1, None)
    assert (collected.status, collected.dispatch) == (S.COLLECTED, None)


def test_a_failed_report_makes_the_sample_fail() -> None:
    report = LabReport("R-9", "Lab A", CMA, (LEAD, AFLATOXIN), T0 + timedelta(days=4), "qa")
    resulted = record_result(_at(S.RECEIVED), report)
    assert resulted.result is LabResult.FAIL
    assert resulted.report_no == "R-9"


def test_a_report_without_a_lab_name_keeps_the_dispatched_lab() -> None:
    report = LabReport("R-10", "", CMA, (LEAD,), T0 + timedelta(days=4), "qa")
    assert record_result(_at(S.RECEIVED), report).lab_name == "Lab A"


def test_open_statuses_are_those_before_a_result() -> None:
    assert {S.SELECTED, S.COLLECTED, S.DISPATCHED, S.RECEIVED} == OPEN_STATUSES


@pytest.mark.parametrize("status", list(S))
def test_a_sample_holds_its_lot_until_it_has_a_result(status: LabSampleStatus) -> None:
    assert _at(status).holds_lot == (status in CHAIN[:4])


# --- steps out of order -----------------------------------------------------------------


@pytest.mark.parametrize("status", list(S))
@pytest.mark.parametrize("step", list(STEPS))
def test_every_step_out_of_order_is_refused(step: str, status: LabSampleStatus) -> None:
    sample = _at(status)
    if STEP_FROM[step] is status:
        after = STEPS[step](sample)
        assert CHAIN.index(after.status) == CHAIN.index(status) + 1
        return
    with pytest.raises(DomainError) as raised:
        STEPS[step](sample)
    assert raised.value.code == "lab.step_out_of_order"
    assert step in raised.value.detail


def test_the_lab_cannot_receive_before_the_dispatch() -> None:
    with pytest.raises(DomainError) as raised:
        receive(_at(S.DISPATCHED), EARLY_RECEIPT)
    assert raised.value.code == "lab.received_before_dispatch"


def test_the_lab_may_receive_at_the_moment_of_dispatch() -> None:
    same_time = Receipt(DISPATCH.dispatched_at, "lab-desk", seal_intact=False, note="torn")
    received = receive(_at(S.DISPATCHED), same_time)
    assert received.status is S.RECEIVED
    assert received.receipt is not None
    assert not received.receipt.seal_intact


# --- cancel -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [S.SELECTED, S.COLLECTED])
def test_a_sample_not_yet_sent_can_be_cancelled(status: LabSampleStatus) -> None:
    sample = _at(status)
    cancelled = cancel(sample, "lot rejected at the dock", CLOSED_AT)
    assert cancelled.status is S.CANCELLED
    assert cancelled.cancel_reason == "lot rejected at the dock"
    assert cancelled.closed_at == CLOSED_AT
    assert cancelled.version == sample.version + 1
    assert not cancelled.holds_lot


@pytest.mark.parametrize("status", [S.DISPATCHED, S.RECEIVED, S.RESULTED, S.CLOSED, S.CANCELLED])
def test_a_sent_or_finished_sample_cannot_be_cancelled(status: LabSampleStatus) -> None:
    with pytest.raises(DomainError) as raised:
        cancel(_at(status), "too late", CLOSED_AT)
    assert raised.value.code == "lab.cannot_cancel"


@pytest.mark.parametrize("reason", ["", "  ", "\n"])
@pytest.mark.parametrize("status", [S.SELECTED, S.COLLECTED])
def test_a_cancel_needs_a_reason(status: LabSampleStatus, reason: str) -> None:
    with pytest.raises(DomainError) as raised:
        cancel(_at(status), reason, CLOSED_AT)
    assert raised.value.code == "lab.cancel_needs_reason"


# --- values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("test_qty", "backup_qty", "seal", "code"),
    [
        (0, 1, "SEAL", "lab.test_quantity_not_positive"),
        (-2, 1, "SEAL", "lab.test_quantity_not_positive"),
        (1, -1, "SEAL", "lab.backup_quantity_negative"),
        (1, 1, "", "lab.seal_no_empty"),
        (1, 1, "   ", "lab.seal_no_empty"),
    ],
)
def test_collection_values_are_checked(
    test_qty: int, backup_qty: int, seal: str, code: str
) -> None:
    with pytest.raises(DomainError) as raised:
        Collection(test_qty, backup_qty, seal, "alice", T0)
    assert raised.value.code == code


def test_a_collection_may_have_no_backup_portion() -> None:
    assert Collection(1, 0, "S", "alice", T0).backup_quantity == 0


@given(st.integers(min_value=-5, max_value=5), st.integers(min_value=-5, max_value=5))
def test_collection_accepts_exactly_positive_test_and_non_negative_backup(
    test_qty: int, backup_qty: int
) -> None:
    if test_qty >= 1 and backup_qty >= 0:
        made = Collection(test_qty, backup_qty, "S", "alice", T0)
        assert (made.test_quantity, made.backup_quantity) == (test_qty, backup_qty)
    else:
        with pytest.raises(DomainError):
            Collection(test_qty, backup_qty, "S", "alice", T0)


@pytest.mark.parametrize(
    ("lab", "courier", "tracking", "code"),
    [
        ("", "SF", "123", "lab.lab_name_empty"),
        (" ", "SF", "123", "lab.lab_name_empty"),
        ("Lab A", "", "123", "lab.courier_empty"),
        ("Lab A", "SF", "", "lab.tracking_no_empty"),
        ("Lab A", "SF", "\t", "lab.tracking_no_empty"),
    ],
)
def test_dispatch_fields_must_not_be_empty(
    lab: str, courier: str, tracking: str, code: str
) -> None:
    with pytest.raises(DomainError) as raised:
        Dispatch(lab, courier, tracking, "alice", T0)
    assert raised.value.code == code


@pytest.mark.parametrize(
    ("item_code", "measured", "code"),
    [
        ("", "0.1", "lab.item_code_empty"),
        ("  ", "0.1", "lab.item_code_empty"),
        ("lead", "", "lab.measured_empty"),
        ("lead", "  ", "lab.measured_empty"),
    ],
)
def test_item_results_need_a_code_and_a_measured_value(
    item_code: str, measured: str, code: str
) -> None:
    with pytest.raises(DomainError) as raised:
        LabItemResult(item_code, "≤ 0.5 mg/kg", measured, True)
    assert raised.value.code == code


def _report(**changes: object) -> LabReport:
    fields_: dict[str, object] = {
        "report_no": "R-1",
        "lab_name": "Lab A",
        "accreditations": CMA,
        "items": (LEAD,),
        "resulted_at": T0,
        "recorded_by": "qa",
    }
    fields_.update(changes)
    return LabReport(**fields_)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"report_no": ""}, "lab.report_no_empty"),
        ({"report_no": "  "}, "lab.report_no_empty"),
        ({"accreditations": frozenset()}, "lab.report_not_accredited"),
        ({"items": ()}, "lab.report_without_items"),
        ({"items": (LEAD, MELAMINE, LEAD)}, "lab.item_repeated"),
        (
            {"items": (LEAD, LabItemResult("lead", "≤ 0.5", "0.7", False))},
            "lab.item_repeated",
        ),
    ],
)
def test_report_values_are_checked(changes: dict[str, object], code: str) -> None:
    with pytest.raises(DomainError) as raised:
        _report(**changes)
    assert raised.value.code == code


def test_a_report_may_carry_both_accreditations() -> None:
    both = _report(accreditations=frozenset({Accreditation.CMA, Accreditation.CNAS}))
    assert both.accreditations == {Accreditation.CMA, Accreditation.CNAS}


def test_report_fails_when_any_item_fails_and_lists_them_in_order() -> None:
    report = _report(items=(PROTEIN, LEAD, AFLATOXIN, MELAMINE))
    assert report.result is LabResult.FAIL
    assert report.failed_items == ("protein", "aflatoxin_m1")


def test_report_passes_when_every_item_passes() -> None:
    report = _report(items=(LEAD, MELAMINE))
    assert report.result is LabResult.PASS
    assert report.failed_items == ()


@given(
    st.lists(
        st.tuples(st.sampled_from(["lead", "mercury", "arsenic", "cadmium", "ph"]), st.booleans()),
        min_size=1,
        unique_by=lambda t: t[0],
    )
)
def test_report_result_follows_its_items(items: list[tuple[str, bool]]) -> None:
    report = _report(items=tuple(LabItemResult(c, "≤ 1", "0.5", ok) for c, ok in items))
    assert report.result is (LabResult.PASS if all(ok for _, ok in items) else LabResult.FAIL)
    assert report.failed_items == tuple(c for c, ok in items if not ok)


# --- random sequences of attempts -------------------------------------------------------

ATTEMPTS: dict[str, Callable[[LabSample], LabSample]] = {
    **STEPS,
    "receive_early": lambda s: receive(s, EARLY_RECEIPT),
    "cancel": lambda s: cancel(s, "supervisor decision", CLOSED_AT),
    "cancel_blank": lambda s: cancel(s, " ", CLOSED_AT),
}


def _expected(attempt: str, status: LabSampleStatus) -> tuple[LabSampleStatus | None, str]:
    """What an attempt from ``status`` leads to: the next status, or None and the error code."""
    unsent = status in (S.SELECTED, S.COLLECTED)
    if attempt == "cancel":
        return (S.CANCELLED, "") if unsent else (None, "lab.cannot_cancel")
    if attempt == "cancel_blank":
        return None, "lab.cancel_needs_reason" if unsent else "lab.cannot_cancel"
    if attempt == "receive_early":
        return None, (
            "lab.received_before_dispatch" if status is S.DISPATCHED else "lab.step_out_of_order"
        )
    if STEP_FROM[attempt] is status:
        return CHAIN[CHAIN.index(status) + 1], ""
    return None, "lab.step_out_of_order"


def _rank(status: LabSampleStatus) -> int:
    return len(CHAIN) if status is S.CANCELLED else CHAIN.index(status)


# Chain steps come up more often than the refused variants, so runs reach the close.
attempt_lists = st.lists(
    st.one_of(st.sampled_from(list(STEPS)), st.sampled_from(sorted(ATTEMPTS))), max_size=40
)


@given(attempt_lists)
def test_random_attempts_from_a_fresh_sample_follow_the_chain_or_are_refused(
    attempts: list[str],
) -> None:
    _run(_fresh(), attempts)


@given(st.sampled_from(list(S)), attempt_lists)
def test_random_attempts_from_any_status_follow_the_chain_or_are_refused(
    start: LabSampleStatus, attempts: list[str]
) -> None:
    _run(_at(start), attempts)


def _run(sample: LabSample, attempts: list[str]) -> None:
    for attempt in attempts:
        expected, code = _expected(attempt, sample.status)
        if expected is None:
            with pytest.raises(DomainError) as raised:
                ATTEMPTS[attempt](sample)
            assert raised.value.code == code
            continue
        after = ATTEMPTS[attempt](sample)
        assert after.status is expected
        assert after.version == sample.version + 1
        assert _rank(after.status) > _rank(sample.status)  # only ever forward
        assert after.holds_lot == (after.status in OPEN_STATUSES)
        sample = after
    if sample.status in CHAIN:  # the version counts exactly the steps taken
        assert sample.version == CHAIN.index(sample.status) + 1
