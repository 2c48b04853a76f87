"""Lab samples (送检样品) sent to an independent lab for physical and chemical tests."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class LabSampleStatus(StrEnum):
    """Chain of custody of a sample, from selection to a closed result."""

    SELECTED = "selected"
    COLLECTED = "collected"
    DISPATCHED = "dispatched"
    RECEIVED = "received"
    RESULTED = "resulted"
    CLOSED = "closed"


class LabResult(StrEnum):
    """The lab's overall conclusion."""

    PASS = "pass"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class LabSample:
    """A sample taken from a lot for the lab."""

    id: str
    lot_id: str
    status: LabSampleStatus
    selected_at: datetime
    selection_reason: str  # a code: "new_high_risk_sku", "random", "override"
    lab_name: str = ""
    report_no: str = ""
    result: LabResult | None = None
    closed_at: datetime | None = None
