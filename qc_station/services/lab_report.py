"""What the lab sampling report shows: the samples selected in a period, and their totals.

The period is a range of the site's local calendar days, both ends included; a sample
belongs to it by the day it was selected. Statuses and results are as stored when the
report is made (a sample selected in the period may have its result later). Pure data: the
PDF adapter words and draws it.
"""

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.lab import OPEN_STATUSES, LabResult, LabSample, LabSampleStatus
from qc_station.domain.lab_selection import LabSelection
from qc_station.domain.lot import LotStatus
from qc_station.domain.risk import RiskFactor
from qc_station.errors import InputError
from qc_station.services.ports import LabSampleSummary, UnitOfWorkFactory

TOP_FACTORS = 3
"""How many risk factors (the largest) a sample's row carries."""

RESULT_KEYS = ("pass", "fail", "waiting")
"""The keys of ``LabReportTotals.by_result``: a lab result, or none yet (open samples)."""


@dataclass(frozen=True, slots=True)
class FailedItem:
    """A test item the lab found outside its requirement."""

    item_code: str
    requirement: str
    measured: str
    method: str


@dataclass(frozen=True, slots=True)
class Custody:
    """When a sample took each step so far, in the site's time zone (None: not yet)."""

    selected: datetime
    collected: datetime | None = None
    dispatched: datetime | None = None
    received: datetime | None = None
    resulted: datetime | None = None
    closed: datetime | None = None  # also when it was cancelled


@dataclass(frozen=True, slots=True)
class LabReportRow:
    """One sample of the period with its lot, SKU, decision, custody and result."""

    code: str
    status: LabSampleStatus
    lot_id: str
    sku_name: str
    gtin: str
    merchant: str
    batch: str
    lot_status: LotStatus
    selection_reason: str  # a ``SelectionReason`` value
    selection_note: str  # the supervisor's reason when a supervisor chose the lot
    risk_score: int | None  # None when the lot's decision is not stored
    risk_level: RiskLevel | None
    top_factors: tuple[RiskFactor, ...]
    custody: Custody
    lab_name: str
    report_no: str
    accreditations: tuple[str, ...]  # "CMA", "CNAS", sorted
    result: LabResult | None
    failed_items: tuple[FailedItem, ...]
    cancel_reason: str = ""

    @property
    def days_to_result(self) -> float | None:
        """Days from selection to the lab's result, when there is one."""
        if self.custody.resulted is None:
            return None
        return (self.custody.resulted - self.custody.selected).total_seconds() / 86400

    @property
    def holds_lot(self) -> bool:
        """True while the sample's lot waits for its result."""
        return self.status in OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class MerchantFailures:
    """A merchant with failed lab results in the period, and how many of its results came in."""

    merchant: str
    failed: int
    resulted: int


@dataclass(frozen=True, slots=True)
class LabReportTotals:
    """The period's figures."""

    samples: int
    by_status: dict[LabSampleStatus, int]  # every status, in custody order
    by_result: dict[str, int]  # "pass", "fail", "waiting" (open samples); cancelled: none
    failures_by_merchant: tuple[MerchantFailures, ...]  # most failures first
    median_days_to_result: float | None  # over the samples with a result; None: no result
    resulted: int  # how many samples the median is over
    open_samples: int  # samples still holding their lot
    lots_held: int  # distinct lots those samples hold


@dataclass(frozen=True, slots=True)
class LabReportData:
    """The lab sampling report of ``start``..``end`` (site local days, both included)."""

    start: date
    end: date
    rows: tuple[LabReportRow, ...]  # in order of selection
    totals: LabReportTotals

    @property
    def failures(self) -> tuple[LabReportRow, ...]:
        """The samples whose lab result failed, in order of selection."""
        return tuple(r for r in self.rows if r.result is LabResult.FAIL)


def day_bounds(start: date, end: date, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """The instants at which local day ``start`` begins and the day after ``end`` begins.

    ``tz`` None is this computer's zone (like the station clock without a site zone).
    """
    first = datetime.combine(start, time(0))
    after = datetime.combine(end + timedelta(days=1), time(0))
    if tz is None:
        return first.astimezone(), after.astimezone()
    return first.replace(tzinfo=tz), after.replace(tzinfo=tz)


def lab_report_data(
    uow_factory: UnitOfWorkFactory, start: date, end: date, tz: tzinfo | None
) -> LabReportData:
    """Read the samples selected from local day ``start`` to ``end`` in one snapshot.

    Raises:
        InputError: ``start`` is after ``end``.
    """
    if start > end:
        raise InputError(f"the period starts ({start}) after it ends ({end})")
    begin, after = day_bounds(start, end, tz)
    with uow_factory(write=False) as uow:
        found = uow.lab_samples.between(begin, after)
        selections = {}
        for lot_id in {s.sample.lot_id for s in found}:
            selection = uow.lab_selections.get(lot_id)
            if selection is not None:
                selections[lot_id] = selection
    rows = tuple(_row(s, selections.get(s.sample.lot_id), tz) for s in found)
    return LabReportData(start, end, rows, _totals(rows))


def _row(
    found: LabSampleSummary, selection: LabSelection | None, tz: tzinfo | None
) -> LabReportRow:
    sample = found.sample
    report = sample.report
    failed = (
        ()
        if report is None
        else tuple(
            FailedItem(i.item_code, i.requirement, i.measured, i.method)
            for i in report.items
            if not i.passed
        )
    )
    note = sample.selection_note or (selection.override_note if selection is not None else "")
    return LabReportRow(
        code=sample.code,
        status=sample.status,
        lot_id=sample.lot_id,
        sku_name=found.sku_name,
        gtin=found.gtin,
        merchant=found.merchant_name,
        batch=found.batch,
        lot_status=found.lot_status,
        selection_reason=sample.selection_reason,
        selection_note=note,
        risk_score=None if selection is None else selection.risk.score,
        risk_level=None if selection is None else selection.risk.level,
        top_factors=() if selection is None else selection.risk.factors[:TOP_FACTORS],
        custody=_custody(sample, tz),
        lab_name=sample.lab_name or (report.lab_name if report is not None else ""),
        report_no=sample.report_no,
        accreditations=()
        if report is None
        else tuple(sorted(a.value for a in report.accreditations)),
        result=sample.result,
        failed_items=failed,
        cancel_reason=sample.cancel_reason,
    )


def _custody(sample: LabSample, tz: tzinfo | None) -> Custody:
    def local(at: datetime | None) -> datetime | None:
        return None if at is None else at.astimezone(tz)

    selected = sample.selected_at.astimezone(tz)
    return Custody(
        selected=selected,
        collected=local(None if sample.collection is None else sample.collection.collected_at),
        dispatched=local(None if sample.dispatch is None else sample.dispatch.dispatched_at),
        received=local(None if sample.receipt is None else sample.receipt.received_at),
        resulted=local(None if sample.report is None else sample.report.resulted_at),
        closed=local(sample.closed_at),
    )


def _totals(rows: tuple[LabReportRow, ...]) -> LabReportTotals:
    statuses = Counter(r.status for r in rows)
    results = Counter(_result_key(r) for r in rows)
    failed = Counter(r.merchant for r in rows if r.result is LabResult.FAIL)
    resulted = Counter(r.merchant for r in rows if r.result is not None)
    by_merchant = sorted(
        (MerchantFailures(m, n, resulted[m]) for m, n in failed.items()),
        key=lambda f: (-f.failed, f.merchant),
    )
    days = [d for d in (r.days_to_result for r in rows) if d is not None]
    open_rows = [r for r in rows if r.holds_lot]
    return LabReportTotals(
        samples=len(rows),
        by_status={s: statuses[s] for s in LabSampleStatus},
        by_result={k: results[k] for k in RESULT_KEYS},
        failures_by_merchant=tuple(by_merchant),
        median_days_to_result=statistics.median(days) if days else None,
        resulted=len(days),
        open_samples=len(open_rows),
        lots_held=len({r.lot_id for r in open_rows}),
    )


def _result_key(row: LabReportRow) -> str | None:
    if row.result is not None:
        return row.result.value
    return "waiting" if row.holds_lot else None
