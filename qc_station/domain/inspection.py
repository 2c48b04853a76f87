"""Inspections: check results, states and versions."""

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from qc_station.domain.defects import DEFECTS_BY_CODE, Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.errors import DomainError
from qc_station.domain.label_evidence import LabelEvidence
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Decision, Reason, Verdict


class CheckOutcome(StrEnum):
    """The answer to one check."""

    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "na"


class InspectionState(StrEnum):
    """Draft while being filled in; submitted is final; cancelled voids an earlier version."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The answer to one checklist item. A failure names its defect and severity."""

    item_code: str
    outcome: CheckOutcome
    defect_code: str | None = None
    severity: Severity | None = None
    note: str = ""
    photos: tuple[str, ...] = ()  # SHA-256 of the photos taken for this item

    def __post_init__(self) -> None:
        if self.outcome is CheckOutcome.FAIL:
            if self.defect_code is None or self.severity is None:
                raise DomainError("check.fail_needs_defect", self.item_code)
            if self.defect_code not in DEFECTS_BY_CODE:
                raise DomainError("check.unknown_defect", self.defect_code)
        elif self.defect_code is not None or self.severity is not None:
            raise DomainError("check.defect_on_non_fail", self.item_code)


@dataclass(frozen=True, slots=True)
class Inspection:
    """One inspection of one SKU (and lot) at one stage, by one inspector at one station.

    A submitted inspection is never changed: an amendment is a new inspection with
    ``version + 1`` that ``supersedes_id`` the old one and says why.
    """

    id: str
    stage: Stage
    sku_id: str
    lot_id: str | None
    station_code: str
    inspector_id: str
    started_at: datetime
    template_id: str
    checks: tuple[CheckResult, ...] = ()
    reference: str = ""  # receiving note / ASN, order or wave, or return order
    return_reason: str = ""  # the buyer's stated reason, on returns
    quantity: int = 1  # units inspected
    state: InspectionState = InspectionState.DRAFT
    verdict: Verdict | None = None
    reasons: tuple[Reason, ...] = ()
    disposition: ReturnDisposition | None = None
    submitted_at: datetime | None = None
    version: int = 1
    supersedes_id: str | None = None
    amend_reason: str = ""
    label: LabelEvidence | None = None  # the label read by the camera, when it was

    def __post_init__(self) -> None:
        if self.quantity < 1:
            raise DomainError("inspection.quantity_not_positive", str(self.quantity))
        if self.disposition is not None and self.stage is not Stage.RETURN:
            raise DomainError("inspection.disposition_only_on_return", self.id)
        if self.version > 1 and not (self.supersedes_id and self.amend_reason.strip()):
            raise DomainError("inspection.amendment_needs_reason", self.id)

    def check(self, item_code: str) -> CheckResult | None:
        """The answer recorded for ``item_code``, if any."""
        return next((c for c in self.checks if c.item_code == item_code), None)


def record_check(inspection: Inspection, result: CheckResult) -> Inspection:
    """Record (or replace) the answer to one item of a draft."""
    _require_draft(inspection)
    codes = [c.item_code for c in inspection.checks]
    if result.item_code in codes:
        checks = list(inspection.checks)
        checks[codes.index(result.item_code)] = result
        return replace(inspection, checks=tuple(checks))
    return replace(inspection, checks=(*inspection.checks, result))


def submit(
    inspection: Inspection,
    decision: Decision,
    at: datetime,
    disposition: ReturnDisposition | None = None,
) -> Inspection:
    """Finish a draft with its decision (and, on returns, the confirmed disposition)."""
    _require_draft(inspection)
    if inspection.stage is Stage.RETURN and disposition is None:
        raise DomainError("inspection.return_needs_disposition", inspection.id)
    return replace(
        inspection,
        state=InspectionState.SUBMITTED,
        verdict=decision.verdict,
        reasons=decision.reasons,
        disposition=disposition,
        submitted_at=at,
    )


def amend(
    original: Inspection, new_id: str, inspector_id: str, at: datetime, reason: str
) -> Inspection:
    """Start a new version of a submitted inspection, as a draft carrying its checks."""
    if original.state is not InspectionState.SUBMITTED:
        raise DomainError("inspection.amend_needs_submitted", original.id)
    if not reason.strip():
        raise DomainError("inspection.amendment_needs_reason", original.id)
    return replace(
        original,
        id=new_id,
        inspector_id=inspector_id,
        started_at=at,
        state=InspectionState.DRAFT,
        verdict=None,
        reasons=(),
        disposition=None,
        submitted_at=None,
        version=original.version + 1,
        supersedes_id=original.id,
        amend_reason=reason.strip(),
    )


def cancel(
    original: Inspection, new_id: str, inspector_id: str, at: datetime, reason: str
) -> Inspection:
    """Void a submitted inspection: a new, final version in state ``cancelled``."""
    draft = amend(original, new_id, inspector_id, at, reason)
    return replace(draft, state=InspectionState.CANCELLED, submitted_at=at)


def _require_draft(inspection: Inspection) -> None:
    if inspection.state is not InspectionState.DRAFT:
        raise DomainError("inspection.not_draft", inspection.id)
