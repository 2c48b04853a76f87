"""Lab samples (送检样品) sent to an independent lab for physical and chemical tests.

A sample follows a chain of custody: selected → collected (a test portion and a sealed
backup portion) → dispatched (lab, courier, tracking number) → received by the lab →
resulted (per test item, with the lab's report number and accreditation) → closed. A
supervisor may cancel a sample that was never sent, with a reason. Every step is a new
frozen value made by one of the functions below, which refuse steps out of order.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from qc_station.domain.errors import DomainError


class LabSampleStatus(StrEnum):
    """Chain of custody of a sample, from selection to a closed result."""

    SELECTED = "selected"
    COLLECTED = "collected"
    DISPATCHED = "dispatched"
    RECEIVED = "received"
    RESULTED = "resulted"
    CLOSED = "closed"
    CANCELLED = "cancelled"


OPEN_STATUSES = frozenset(
    {
        LabSampleStatus.SELECTED,
        LabSampleStatus.COLLECTED,
        LabSampleStatus.DISPATCHED,
        LabSampleStatus.RECEIVED,
    }
)
"""A sample in one of these states holds its lot: no result is in yet."""


class LabResult(StrEnum):
    """The lab's overall conclusion."""

    PASS = "pass"
    FAIL = "fail"


class SelectionReason(StrEnum):
    """Why a lot was sampled for the lab."""

    NEW_HIGH_RISK_SKU = "new_high_risk_sku"  # first lot of a new high-risk SKU: always
    LAST_RESULT_FAILED = "last_result_failed"  # the SKU's last lab result failed: always
    RANDOM = "random"  # drawn with a probability rising with the risk score
    OVERRIDE = "override"  # a supervisor chose it, with a reason


class Accreditation(StrEnum):
    """Marks on a Chinese test report: CMA (资质认定) and CNAS (实验室认可)."""

    CMA = "CMA"
    CNAS = "CNAS"


@dataclass(frozen=True, slots=True)
class Collection:
    """Units taken from the lot: the portion for the lab and the sealed backup (留样)."""

    test_quantity: int
    backup_quantity: int
    seal_no: str
    collected_by: str
    collected_at: datetime

    def __post_init__(self) -> None:
        if self.test_quantity < 1:
            raise DomainError("lab.test_quantity_not_positive", str(self.test_quantity))
        if self.backup_quantity < 0:
            raise DomainError("lab.backup_quantity_negative", str(self.backup_quantity))
        if not self.seal_no.strip():
            raise DomainError("lab.seal_no_empty")


@dataclass(frozen=True, slots=True)
class Dispatch:
    """The sample handed to a courier for the lab."""

    lab_name: str
    courier: str
    tracking_no: str
    dispatched_by: str
    dispatched_at: datetime

    def __post_init__(self) -> None:
        for code, value in (
            ("lab.lab_name_empty", self.lab_name),
            ("lab.courier_empty", self.courier),
            ("lab.tracking_no_empty", self.tracking_no),
        ):
            if not value.strip():
                raise DomainError(code)


@dataclass(frozen=True, slots=True)
class Receipt:
    """The lab confirmed it received the sample (with the seal intact or not)."""

    received_at: datetime
    recorded_by: str
    seal_intact: bool = True
    note: str = ""


@dataclass(frozen=True, slots=True)
class LabItemResult:
    """One test item on the lab's report: what was measured against which requirement."""

    item_code: str  # a code from ``lab_tests.LAB_TEST_ITEMS``
    requirement: str  # the limit as printed, e.g. "≤ 0.5 mg/kg"
    measured: str  # the value as printed, e.g. "0.12 mg/kg" or "未检出"
    passed: bool
    method: str = ""  # the test method standard, e.g. "GB 5009.12"

    def __post_init__(self) -> None:
        if not self.item_code.strip():
            raise DomainError("lab.item_code_empty")
        if not self.measured.strip():
            raise DomainError("lab.measured_empty", self.item_code)


@dataclass(frozen=True, slots=True)
class LabReport:
    """The lab's test report: per-item results, report number, accreditation, the PDF."""

    report_no: str
    lab_name: str
    accreditations: frozenset[Accreditation]
    items: tuple[LabItemResult, ...]
    resulted_at: datetime
    recorded_by: str
    report_pdf: str | None = None  # SHA-256 of the lab's PDF in the blob store

    def __post_init__(self) -> None:
        if not self.report_no.strip():
            raise DomainError("lab.report_no_empty")
        if not self.accreditations:
            raise DomainError("lab.report_not_accredited", self.report_no)
        if not self.items:
            raise DomainError("lab.report_without_items", self.report_no)
        codes = [i.item_code for i in self.items]
        if len(set(codes)) != len(codes):
            raise DomainError("lab.item_repeated", self.report_no)

    @property
    def result(self) -> LabResult:
        """Fail when any test item failed."""
        return LabResult.PASS if all(i.passed for i in self.items) else LabResult.FAIL

    @property
    def failed_items(self) -> tuple[str, ...]:
        """Codes of the items that failed, in report order."""
        return tuple(i.item_code for i in self.items if not i.passed)


@dataclass(frozen=True, slots=True)
class LabSample:
    """A sample taken from a lot for the lab, with every custody step so far."""

    id: str
    lot_id: str
    status: LabSampleStatus
    selected_at: datetime
    selection_reason: str  # a ``SelectionReason`` value
    code: str  # the sample's own barcode text, e.g. "S01-261202-003"
    selected_by: str = ""
    selection_note: str = ""  # the supervisor's reason for an override
    lab_name: str = ""
    report_no: str = ""
    result: LabResult | None = None
    closed_at: datetime | None = None
    collection: Collection | None = None
    dispatch: Dispatch | None = None
    receipt: Receipt | None = None
    report: LabReport | None = None
    cancel_reason: str = ""
    version: int = 1

    def __post_init__(self) -> None:
        if not self.code.strip():
            raise DomainError("lab.code_empty", self.id)

    @property
    def holds_lot(self) -> bool:
        """True while the lot must wait for this sample's result."""
        return self.status in OPEN_STATUSES


def collect(sample: LabSample, collection: Collection) -> LabSample:
    """Record the units taken from the lot and the seal on the backup portion."""
    _require(sample, LabSampleStatus.SELECTED, "collect")
    return _step(sample, status=LabSampleStatus.COLLECTED, collection=collection)


def dispatch(sample: LabSample, sent: Dispatch) -> LabSample:
    """Record the hand-over to the courier for the lab."""
    _require(sample, LabSampleStatus.COLLECTED, "dispatch")
    return _step(sample, status=LabSampleStatus.DISPATCHED, dispatch=sent, lab_name=sent.lab_name)


def receive(sample: LabSample, receipt: Receipt) -> LabSample:
    """Record that the lab received the sample."""
    _require(sample, LabSampleStatus.DISPATCHED, "receive")
    assert sample.dispatch is not None
    if receipt.received_at < sample.dispatch.dispatched_at:
        raise DomainError("lab.received_before_dispatch", sample.id)
    return _step(sample, status=LabSampleStatus.RECEIVED, receipt=receipt)


def record_result(sample: LabSample, report: LabReport) -> LabSample:
    """Record the lab's report; the sample's result is the report's."""
    _require(sample, LabSampleStatus.RECEIVED, "record_result")
    return _step(
        sample,
        status=LabSampleStatus.RESULTED,
        report=report,
        report_no=report.report_no,
        result=report.result,
        lab_name=report.lab_name or sample.lab_name,
    )


def close(sample: LabSample, at: datetime) -> LabSample:
    """Close a sample whose result has been acted on."""
    _require(sample, LabSampleStatus.RESULTED, "close")
    return _step(sample, status=LabSampleStatus.CLOSED, closed_at=at)


def cancel(sample: LabSample, reason: str, at: datetime) -> LabSample:
    """Cancel a sample that has not reached the lab (a supervisor's decision, with a reason)."""
    if sample.status not in (LabSampleStatus.SELECTED, LabSampleStatus.COLLECTED):
        raise DomainError("lab.cannot_cancel", f"{sample.id} is {sample.status}")
    if not reason.strip():
        raise DomainError("lab.cancel_needs_reason", sample.id)
    return _step(sample, status=LabSampleStatus.CANCELLED, cancel_reason=reason, closed_at=at)


def sample_code(station_code: str, day: date, number: int) -> str:
    """The barcode text of a station's ``number``-th sample of ``day``: ``S01-261202-003``."""
    if number < 1:
        raise DomainError("lab.sample_number_not_positive", str(number))
    return f"{station_code}-{day:%y%m%d}-{number:03d}"


def _require(sample: LabSample, status: LabSampleStatus, step: str) -> None:
    if sample.status is not status:
        raise DomainError("lab.step_out_of_order", f"{step}: {sample.id} is {sample.status}")


def _step(sample: LabSample, **changes: object) -> LabSample:
    return replace(sample, version=sample.version + 1, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class SampleTag:
    """What a printed sample tag carries: the barcode and the chain-of-custody fields."""

    code: str  # the sample's barcode text (Code 128 and QR)
    sku_name: str
    gtin: str
    merchant: str
    batch: str
    production_date: str  # ISO date or ""
    selected_at: str  # ISO date-time in the site's zone
    selection_reason: str  # a ``SelectionReason`` value
    test_quantity: int | None = None
    backup_quantity: int | None = None
    seal_no: str = ""
    collected_by: str = ""
    lab_name: str = ""
    tracking_no: str = ""
    portion: str = "test"  # "test" or "backup": one tag per portion
