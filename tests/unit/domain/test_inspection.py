import pytest

from qc_station.domain.defects import Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import (
    CheckOutcome,
    CheckResult,
    InspectionState,
    amend,
    cancel,
    record_check,
    submit,
)
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Decision, Reason, ReasonCode, Verdict

from .factories import NOW, draft

ACCEPT = Decision(Verdict.ACCEPT, (Reason(ReasonCode.ALL_CHECKS_PASSED),))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"outcome": CheckOutcome.FAIL},
        {"outcome": CheckOutcome.FAIL, "defect_code": "PKG-LEAK"},
        {"outcome": CheckOutcome.FAIL, "defect_code": "NOPE", "severity": Severity.MINOR},
        {"outcome": CheckOutcome.PASS, "defect_code": "PKG-LEAK", "severity": Severity.MINOR},
    ],
)
def test_check_result_rules(kwargs: dict) -> None:
    with pytest.raises(DomainError):
        CheckResult("pkg.sealed", **kwargs)


def test_record_check_replaces_in_place() -> None:
    d = record_check(draft(), CheckResult("a", CheckOutcome.PASS))
    d = record_check(d, CheckResult("b", CheckOutcome.PASS))
    d = record_check(d, CheckResult("a", CheckOutcome.NOT_APPLICABLE))
    assert [(c.item_code, c.outcome) for c in d.checks] == [
        ("a", CheckOutcome.NOT_APPLICABLE),
        ("b", CheckOutcome.PASS),
    ]


def test_submitted_is_final() -> None:
    done = submit(draft(), ACCEPT, NOW)
    assert done.state is InspectionState.SUBMITTED and done.submitted_at == NOW
    with pytest.raises(DomainError):
        record_check(done, CheckResult("a", CheckOutcome.PASS))
    with pytest.raises(DomainError):
        submit(done, ACCEPT, NOW)


def test_return_needs_a_disposition_and_others_refuse_one() -> None:
    with pytest.raises(DomainError):
        submit(draft(Stage.RETURN), ACCEPT, NOW)
    done = submit(draft(Stage.RETURN), ACCEPT, NOW, ReturnDisposition.RESELL)
    assert done.disposition is ReturnDisposition.RESELL
    with pytest.raises(DomainError):
        submit(draft(), ACCEPT, NOW, ReturnDisposition.RESELL)


def test_amendment_is_a_new_version_with_a_reason() -> None:
    original = submit(draft(checks=(CheckResult("a", CheckOutcome.PASS),)), ACCEPT, NOW)
    new = amend(original, "i-2", "u-9", NOW, "  wrong batch  ")
    assert (new.id, new.version, new.supersedes_id, new.amend_reason) == (
        "i-2",
        2,
        "i-1",
        "wrong batch",
    )
    assert new.state is InspectionState.DRAFT and new.checks == original.checks
    assert new.verdict is None and new.inspector_id == "u-9"
    with pytest.raises(DomainError):
        amend(original, "i-3", "u-9", NOW, "   ")
    with pytest.raises(DomainError):
        amend(new, "i-3", "u-9", NOW, "draft cannot be amended")


def test_cancel_is_a_final_version() -> None:
    original = submit(draft(), ACCEPT, NOW)
    voided = cancel(original, "i-2", "u-2", NOW, "scanned the wrong SKU")
    assert voided.state is InspectionState.CANCELLED and voided.supersedes_id == "i-1"


def test_quantity_must_be_positive() -> None:
    with pytest.raises(DomainError):
        draft(quantity=0)
