import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.defects import DEFECTS_BY_CODE, Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.rules import (
    applicable_items,
    decide,
    propose_disposition,
    proposed_shelf_life_check,
    unanswered,
)
from qc_station.domain.shelf_life import ShelfLifeAssessment, ShelfLifeStatus
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import ReasonCode, Verdict

from .factories import APPAREL, DAIRY, all_pass, template

OK = ShelfLifeAssessment(ShelfLifeStatus.OK, 200, 270)
NA = ShelfLifeAssessment(ShelfLifeStatus.NOT_APPLICABLE)


def _fail(checks: list[CheckResult], item: str, defect: str, severity: Severity | None = None):
    sev = severity or DEFECTS_BY_CODE[defect].default_severity
    return [
        CheckResult(item, CheckOutcome.FAIL, defect, sev) if c.item_code == item else c
        for c in checks
    ]


def test_all_passed_accepts_with_its_reason() -> None:
    tpl = template()
    decision = decide(tpl, all_pass(tpl), OK, Stage.INBOUND)
    assert decision.verdict is Verdict.ACCEPT
    assert [r.code for r in decision.reasons] == [ReasonCode.ALL_CHECKS_PASSED]


@pytest.mark.parametrize(
    ("defect", "verdict", "reason"),
    [
        ("PKG-LEAK", Verdict.REJECT, ReasonCode.CRITICAL_DEFECT),
        ("PKG-CRUSHED", Verdict.HOLD, ReasonCode.MAJOR_DEFECT),
    ],
)
def test_defects_decide_by_severity(defect: str, verdict: Verdict, reason: ReasonCode) -> None:
    tpl = template()
    checks = _fail(all_pass(tpl), "pkg.no_leak_crush", defect)
    decision = decide(tpl, checks, OK, Stage.INBOUND)
    assert decision.verdict is verdict
    assert decision.reasons[0].code is reason
    assert decision.reasons[0].defect_code == defect


def test_minor_defect_is_a_reason_on_an_accept() -> None:
    tpl = template()
    checks = _fail(all_pass(tpl), "pkg.clean", "PKG-DIRTY")
    decision = decide(tpl, checks, OK, Stage.OUTBOUND)
    assert decision.verdict is Verdict.ACCEPT
    assert decision.reasons[0].code is ReasonCode.MINOR_DEFECT


@pytest.mark.parametrize(
    ("status", "stage", "verdict"),
    [
        (ShelfLifeStatus.EXPIRED, Stage.OUTBOUND, Verdict.REJECT),
        (ShelfLifeStatus.NO_RECEIVE, Stage.INBOUND, Verdict.REJECT),
        (ShelfLifeStatus.NO_SALE, Stage.OUTBOUND, Verdict.REJECT),
        (ShelfLifeStatus.NEAR_EXPIRY, Stage.OUTBOUND, Verdict.ACCEPT),
        (ShelfLifeStatus.NEAR_EXPIRY, Stage.RETURN, Verdict.REJECT),
        (ShelfLifeStatus.UNKNOWN, Stage.INBOUND, Verdict.HOLD),
    ],
)
def test_shelf_life_decides(status: ShelfLifeStatus, stage: Stage, verdict: Verdict) -> None:
    tpl = template(DAIRY, stage)
    shelf = ShelfLifeAssessment(status, 10, 270)
    assert decide(tpl, all_pass(tpl), shelf, stage).verdict is verdict


def test_incomplete_checklist_cannot_be_decided() -> None:
    tpl = template()
    checks = all_pass(tpl)[1:]
    with pytest.raises(DomainError) as info:
        decide(tpl, checks, OK, Stage.INBOUND)
    assert info.value.code == "checklist.incomplete"
    assert unanswered(tpl, checks, False) == (tpl.items[0].code,)


def test_imported_only_items_apply_to_imports_only() -> None:
    tpl = template()
    assert "lbl.chinese_label" in unanswered(tpl, all_pass(tpl, imported=False), True)
    assert unanswered(tpl, all_pass(tpl, imported=False), False) == ()


def test_proposed_shelf_life_check_follows_the_assessment() -> None:
    expired = proposed_shelf_life_check(
        "sl.within_policy", ShelfLifeAssessment(ShelfLifeStatus.EXPIRED, -3)
    )
    assert expired.outcome is CheckOutcome.FAIL and expired.defect_code == "SL-EXPIRED"
    near = proposed_shelf_life_check(
        "sl.within_policy", ShelfLifeAssessment(ShelfLifeStatus.NEAR_EXPIRY, 40)
    )
    assert near.outcome is CheckOutcome.PASS
    assert proposed_shelf_life_check("sl.within_policy", NA).outcome is CheckOutcome.NOT_APPLICABLE


DEFECT_CODES = sorted(DEFECTS_BY_CODE)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 30), st.sampled_from(DEFECT_CODES), st.sampled_from(list(Severity))
        ),
        max_size=6,
    ),
    st.sampled_from(list(ShelfLifeStatus)),
    st.sampled_from(list(Stage)),
)
def test_verdict_invariants(fails, status: ShelfLifeStatus, stage: Stage) -> None:
    tpl = template(DAIRY, stage)
    checks = all_pass(tpl)
    codes = [i.code for i in applicable_items(tpl, False)]
    for index, defect, severity in fails:
        checks = _fail(checks, codes[index % len(codes)], defect, severity)
    shelf = ShelfLifeAssessment(status, 5, 270)
    decision = decide(tpl, checks, shelf, stage)
    severities = {c.severity for c in checks if c.outcome is CheckOutcome.FAIL}
    if Severity.CRITICAL in severities or shelf.blocks_stage:
        assert decision.verdict is Verdict.REJECT
    elif Severity.MAJOR in severities and decision.verdict is not Verdict.REJECT:
        assert decision.verdict is Verdict.HOLD
    if decision.verdict is Verdict.ACCEPT:
        assert not severities - {Severity.MINOR}
        assert not shelf.blocks_stage and status is not ShelfLifeStatus.UNKNOWN
    assert decision.reasons, "every verdict carries a reason"
    assert len(set(decision.reasons)) == len(decision.reasons)


def _return_checks(*fails: tuple[str, str]) -> list[CheckResult]:
    checks = all_pass(template(DAIRY, Stage.RETURN))
    for item, defect in fails:
        checks = _fail(checks, item, defect)
    return checks


@pytest.mark.parametrize(
    ("fails", "status", "disposition"),
    [
        ((), ShelfLifeStatus.OK, ReturnDisposition.RESELL),
        ((("pkg.intact", "PKG-DAMAGED"),), ShelfLifeStatus.OK, ReturnDisposition.REPACK),
        ((("ret.complete", "RET-OUTER-BOX-ONLY"),), ShelfLifeStatus.OK, ReturnDisposition.REPACK),
        ((("ret.unused", "RET-SEAL-BROKEN"),), ShelfLifeStatus.OK, ReturnDisposition.SCRAP),
        ((("ret.unused", "RET-USED"),), ShelfLifeStatus.OK, ReturnDisposition.RETURN_TO_MERCHANT),
        ((), ShelfLifeStatus.NEAR_EXPIRY, ReturnDisposition.RETURN_TO_MERCHANT),
        ((), ShelfLifeStatus.EXPIRED, ReturnDisposition.SCRAP),
    ],
)
def test_return_dispositions(
    fails, status: ShelfLifeStatus, disposition: ReturnDisposition
) -> None:
    proposed, reasons = propose_disposition(_return_checks(*fails), ShelfLifeAssessment(status, 10))
    assert proposed is disposition
    assert reasons


def test_broken_seal_on_goods_without_shelf_life_goes_back_not_to_scrap() -> None:
    checks = all_pass(template(APPAREL, Stage.RETURN))
    checks = _fail(checks, "ret.unused", "RET-SEAL-BROKEN")
    proposed, _ = propose_disposition(checks, NA)
    assert proposed is ReturnDisposition.RETURN_TO_MERCHANT


def test_expired_by_a_day_is_scrapped() -> None:
    shelf = ShelfLifeAssessment(ShelfLifeStatus.EXPIRED, -1)
    assert propose_disposition(_return_checks(), shelf)[0] is ReturnDisposition.SCRAP


def test_the_proposed_shelf_life_failure_is_one_reason_not_two() -> None:
    tpl = template()
    shelf = ShelfLifeAssessment(ShelfLifeStatus.NO_RECEIVE, 117, 180)
    checks = [
        proposed_shelf_life_check(c.item_code, shelf) if c.item_code == "sl.within_policy" else c
        for c in all_pass(tpl)
    ]
    decision = decide(tpl, checks, shelf, Stage.INBOUND)
    assert decision.verdict is Verdict.REJECT
    assert [r.code for r in decision.reasons] == [ReasonCode.SHELF_LIFE_NO_RECEIVE]
    assert decision.reasons[0].value == 117


def test_a_missing_date_the_inspector_judged_critical_rejects() -> None:
    tpl = template(DAIRY, Stage.INBOUND)
    checks = _fail(all_pass(tpl), "sl.within_policy", "SL-NO-DATE", Severity.CRITICAL)
    decision = decide(tpl, checks, ShelfLifeAssessment(ShelfLifeStatus.UNKNOWN), Stage.INBOUND)
    assert decision.verdict is Verdict.REJECT
    proposed = _fail(all_pass(tpl), "sl.within_policy", "SL-NO-DATE", Severity.MAJOR)
    held = decide(tpl, proposed, ShelfLifeAssessment(ShelfLifeStatus.UNKNOWN), Stage.INBOUND)
    assert held.verdict is Verdict.HOLD
    assert [r.code for r in held.reasons] == [ReasonCode.SHELF_LIFE_UNKNOWN]  # said once
