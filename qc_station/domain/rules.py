"""The rules that turn check answers and shelf life into a verdict and a disposition."""

from collections.abc import Iterable, Sequence

from qc_station.domain.checklist import CheckItem, ChecklistTemplate
from qc_station.domain.defects import DEFECTS_BY_CODE, CheckGroup, Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.shelf_life import ShelfLifeAssessment, ShelfLifeStatus
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Decision, Reason, ReasonCode, Verdict

_SEVERITY_REASON = {
    Severity.CRITICAL: ReasonCode.CRITICAL_DEFECT,
    Severity.MAJOR: ReasonCode.MAJOR_DEFECT,
    Severity.MINOR: ReasonCode.MINOR_DEFECT,
}

_SHELF_REASON = {
    ShelfLifeStatus.EXPIRED: ReasonCode.SHELF_LIFE_EXPIRED,
    ShelfLifeStatus.NO_RECEIVE: ReasonCode.SHELF_LIFE_NO_RECEIVE,
    ShelfLifeStatus.NO_SALE: ReasonCode.SHELF_LIFE_NO_SALE,
    ShelfLifeStatus.NEAR_EXPIRY: ReasonCode.SHELF_LIFE_NEAR_EXPIRY,
    ShelfLifeStatus.UNKNOWN: ReasonCode.SHELF_LIFE_UNKNOWN,
}

_SHELF_DEFECT = {
    ShelfLifeStatus.EXPIRED: "SL-EXPIRED",
    ShelfLifeStatus.NO_RECEIVE: "SL-NO-RECEIVE",
    ShelfLifeStatus.NO_SALE: "SL-NO-SALE",
    ShelfLifeStatus.UNKNOWN: "SL-NO-DATE",
}

_HYGIENE_DEFECTS = frozenset({"RET-SEAL-BROKEN", "PKG-UNSEALED", "PKG-LEAK"})


def applicable_items(template: ChecklistTemplate, is_imported: bool) -> tuple[CheckItem, ...]:
    """The template's items that apply to this SKU."""
    return tuple(i for i in template.items if is_imported or not i.imported_only)


def unanswered(
    template: ChecklistTemplate, checks: Iterable[CheckResult], is_imported: bool
) -> tuple[str, ...]:
    """Codes of the applicable items that have no answer yet, in template order."""
    answered = {c.item_code for c in checks}
    return tuple(i.code for i in applicable_items(template, is_imported) if i.code not in answered)


def proposed_shelf_life_check(item_code: str, shelf: ShelfLifeAssessment) -> CheckResult:
    """The answer the shelf-life assessment proposes for the shelf-life item."""
    if shelf.status is ShelfLifeStatus.NOT_APPLICABLE:
        return CheckResult(item_code, CheckOutcome.NOT_APPLICABLE)
    defect = _SHELF_DEFECT.get(shelf.status)
    if defect is None:
        return CheckResult(item_code, CheckOutcome.PASS)
    return CheckResult(
        item_code, CheckOutcome.FAIL, defect, DEFECTS_BY_CODE[defect].default_severity
    )


def decide(
    template: ChecklistTemplate,
    checks: Sequence[CheckResult],
    shelf: ShelfLifeAssessment,
    stage: Stage,
    is_imported: bool = False,
) -> Decision:
    """The verdict of a complete checklist.

    A critical defect, or goods inside the stage's refusing shelf-life window, reject.
    A major defect, or goods with no known date, hold the goods for a supervisor. Minor
    defects and a near-expiry warning are reasons on an accepted inspection. On returns a
    near-expiry item is not resellable, so it is rejected too.

    Raises:
        DomainError: ``checklist.incomplete`` when an applicable item has no answer.
    """
    missing = unanswered(template, checks, is_imported)
    if missing:
        raise DomainError("checklist.incomplete", ",".join(missing))
    reasons = _defect_reasons(checks, shelf) + _shelf_reasons(shelf)
    verdict = _verdict_for(reasons, shelf, stage)
    if not reasons:
        reasons = [Reason(ReasonCode.ALL_CHECKS_PASSED)]
    return Decision(verdict, tuple(_ordered(reasons)))


def _defect_reasons(checks: Sequence[CheckResult], shelf: ShelfLifeAssessment) -> list[Reason]:
    return [
        Reason(_SEVERITY_REASON[c.severity], c.item_code, c.defect_code)
        for c in checks
        if c.outcome is CheckOutcome.FAIL
        and c.severity is not None
        and not _said_by_shelf(c, shelf)
    ]


def _said_by_shelf(check: CheckResult, shelf: ShelfLifeAssessment) -> bool:
    """The failure is the shelf-life reason itself, as the rules proposed it. An inspector who
    raised its severity (a missing date judged critical) made it a reason of its own."""
    said = _SHELF_DEFECT.get(shelf.status)
    if said is None or check.defect_code != said:
        return False
    return check.severity is DEFECTS_BY_CODE[said].default_severity


def _shelf_reasons(shelf: ShelfLifeAssessment) -> list[Reason]:
    code = _SHELF_REASON.get(shelf.status)
    return [] if code is None else [Reason(code, value=shelf.remaining_days)]


def _verdict_for(reasons: list[Reason], shelf: ShelfLifeAssessment, stage: Stage) -> Verdict:
    codes = {r.code for r in reasons}
    if ReasonCode.CRITICAL_DEFECT in codes or shelf.blocks_stage:
        return Verdict.REJECT
    if stage is Stage.RETURN and shelf.status is ShelfLifeStatus.NEAR_EXPIRY:
        return Verdict.REJECT
    if ReasonCode.MAJOR_DEFECT in codes or shelf.status is ShelfLifeStatus.UNKNOWN:
        return Verdict.HOLD
    return Verdict.ACCEPT


_ORDER = list(ReasonCode)


def _ordered(reasons: list[Reason]) -> list[Reason]:
    unique = list(dict.fromkeys(reasons))
    return sorted(unique, key=lambda r: _ORDER.index(r.code))


def propose_disposition(
    checks: Sequence[CheckResult], shelf: ShelfLifeAssessment
) -> tuple[ReturnDisposition, tuple[Reason, ...]]:
    """The disposition the rules propose for a returned item; the inspector confirms it.

    Expired goods and goods with a broken hygiene seal are scrapped; goods that cannot be
    sold any more (near or inside the no-sale window, used, wrong, incomplete, faulty) go
    back to the merchant; goods whose only fault is the packaging are repacked.
    """
    fails = [c for c in checks if c.outcome is CheckOutcome.FAIL]
    if shelf.status is ShelfLifeStatus.EXPIRED:
        return ReturnDisposition.SCRAP, (Reason(ReasonCode.SHELF_LIFE_EXPIRED),)
    hygiene = [c for c in fails if c.defect_code in _HYGIENE_DEFECTS]
    if hygiene and shelf.status is not ShelfLifeStatus.NOT_APPLICABLE:
        first = hygiene[0]
        return ReturnDisposition.SCRAP, (
            Reason(ReasonCode.HYGIENE_SEAL_BROKEN, first.item_code, first.defect_code),
        )
    if shelf.status in (ShelfLifeStatus.NEAR_EXPIRY, ShelfLifeStatus.NO_SALE):
        code = _SHELF_REASON[shelf.status]
        return ReturnDisposition.RETURN_TO_MERCHANT, (Reason(code, value=shelf.remaining_days),)
    product_faults = [c for c in fails if not _is_packaging_only(c)]
    if product_faults:
        first = product_faults[0]
        return ReturnDisposition.RETURN_TO_MERCHANT, (
            Reason(ReasonCode.PRODUCT_NOT_RESELLABLE, first.item_code, first.defect_code),
        )
    if fails:
        return ReturnDisposition.REPACK, (Reason(ReasonCode.PACKAGING_ONLY, fails[0].item_code),)
    return ReturnDisposition.RESELL, (Reason(ReasonCode.ALL_CHECKS_PASSED),)


def _is_packaging_only(check: CheckResult) -> bool:
    if check.defect_code == "RET-OUTER-BOX-ONLY":
        return True
    defect = DEFECTS_BY_CODE.get(check.defect_code or "")
    return (
        defect is not None
        and defect.group is CheckGroup.PACKAGING
        and check.defect_code not in _HYGIENE_DEFECTS
    )
