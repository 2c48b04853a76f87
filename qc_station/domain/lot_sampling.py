"""A lot's inbound sampling: its plan, the units inspected so far, and the lot's gate status.

The plan of a lot is fixed when its first inbound inspection is saved: the lot size, the
inspection level, the severity (normal or tightened) from the merchant+SKU's switching state,
and the AQL of each defect class. The progress is not stored: it is replayed from the lot's
current inbound inspections, so an amended or voided inspection changes the count as it should.

Counting: an inspection covers ``quantity`` units. With no failed check they are conforming;
with failed checks each of its units is counted as nonconforming in the most serious class
found (an inspector records identical units together, so one answer stands for all of them).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from qc_station.domain.defects import Severity
from qc_station.domain.lab import LabResult, LabSample
from qc_station.domain.lot import LotStatus
from qc_station.domain.sampling import InspectionSeverity, LotDecision, LotOutcome


@dataclass(frozen=True, slots=True)
class LotPlan:
    """The sampling plan a lot is judged by, fixed at its first inbound inspection."""

    lot_id: str
    merchant_id: str
    sku_id: str
    lot_size: int
    level: str
    severity: InspectionSeverity
    aqls: Mapping[Severity, str]
    started_at: datetime
    outcome: LotOutcome = LotOutcome.PENDING
    decided_at: datetime | None = None

    def fresh_decision(self) -> LotDecision:
        """The decision of this plan with nothing inspected."""
        return LotDecision.start(self.lot_size, self.aqls, self.level, self.severity)


@dataclass(frozen=True, slots=True)
class UnitsFound:
    """What one inspection found: how many units, and the severities of its failed checks."""

    quantity: int
    severities: tuple[Severity, ...] = ()


def replay(decision: LotDecision, found: Iterable[UnitsFound]) -> LotDecision:
    """``decision`` after the inspections in ``found``, in the order they were saved.

    Units beyond the sample, or after a class reached its rejection number, are not counted:
    the decision was already complete.
    """
    for units in found:
        for _ in range(units.quantity):
            if decision.is_complete:
                return decision
            if units.severities:
                decision = decision.record_unit(units.severities)
            else:
                decision = decision.record_conforming(1)
    return decision


def gate_status(
    current: LotStatus,
    sampling: LotOutcome | None,
    samples: Sequence[LabSample],
    discontinued: bool = False,
) -> LotStatus:
    """The lot's status from its sampling outcome, its lab samples and its merchant+SKU.

    * A rejection stands: a lot once rejected stays rejected.
    * A rejected sample or a failed lab result rejects the lot.
    * A lot with no plan while its merchant+SKU is discontinued is held until inspection
      resumes (and a plan starts), whatever its lab samples say short of a failure.
    * An open lab sample holds the lot.
    * An accepted sample with no open lab sample releases it.
    * With sampling still pending the lot is pending; with no plan at all (a lot never
      judged by sampling) a held lot is released once its last lab sample passed, and a lot
      whose only samples were cancelled is pending again.
    """
    if current is LotStatus.REJECTED:
        return current
    if sampling is LotOutcome.REJECTED or any(s.result is LabResult.FAIL for s in samples):
        return LotStatus.REJECTED
    if sampling is None and discontinued:
        return LotStatus.HELD
    if any(s.holds_lot for s in samples):
        return LotStatus.HELD
    if sampling is LotOutcome.ACCEPTED:
        return LotStatus.RELEASED
    if sampling is LotOutcome.PENDING:
        return LotStatus.PENDING
    if current is LotStatus.HELD:
        passed = any(s.result is LabResult.PASS for s in samples)
        return LotStatus.RELEASED if passed else LotStatus.PENDING
    return current
