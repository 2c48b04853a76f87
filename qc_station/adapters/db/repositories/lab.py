"""Repositories of lab samples, lab-sampling decisions, and the history the risk score reads."""

import json
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import aliased

from qc_station.adapters.db.repositories.base import Repository, to_json
from qc_station.adapters.db.tables import (
    CheckResultRow,
    InspectionRow,
    LabSampleRow,
    LabSelectionRow,
    LotRow,
    MerchantRow,
    SkuRow,
)
from qc_station.domain.lab import LabResult, LabSample, LabSampleStatus
from qc_station.domain.lab_selection import LabSelection
from qc_station.domain.lot import LotStatus
from qc_station.errors import ConflictError, NotFound
from qc_station.services.lab_serialization import (
    custody_from_dict,
    custody_to_dict,
    explanation_to_dict,
    selection_from_parts,
)
from qc_station.services.ports import LabSampleSummary


class SqlAlchemyLabSampleRepository(Repository):
    """Lab samples; every change after the first insert is version-guarded."""

    def add(self, sample: LabSample) -> None:
        """Insert a new sample."""
        row = LabSampleRow(id=sample.id)
        _fill(row, sample)
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, sample_id: str) -> LabSample | None:
        """One sample."""
        with self._tx.guard() as session:
            row = session.get(LabSampleRow, sample_id, populate_existing=True)
            return None if row is None else _lab_sample(row)

    def by_code(self, code: str) -> LabSample | None:
        """The sample whose tag carries ``code``."""
        stmt = select(LabSampleRow).where(LabSampleRow.code == code)
        with self._tx.guard() as session:
            row = session.scalars(stmt.execution_options(populate_existing=True)).first()
            return None if row is None else _lab_sample(row)

    def update(self, sample: LabSample) -> None:
        """Store the next step of a sample read at ``sample.version - 1``.

        Raises:
            ConflictError: someone else changed the sample since it was read.
            NotFound: there is no such sample.
        """
        values = _values(sample)
        stmt = (
            update(LabSampleRow)
            .where(LabSampleRow.id == sample.id, LabSampleRow.version == sample.version - 1)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        with self._tx.guard() as session:
            result = session.execute(stmt)
            changed = result.rowcount if isinstance(result, CursorResult) else -1
            row = session.get(LabSampleRow, sample.id, populate_existing=True)
        if row is None:
            raise NotFound(f"lab sample {sample.id} does not exist")
        if changed != 1:
            raise ConflictError(
                f"Lab sample {row.code} was changed by someone else; reload it and try again."
            )

    def list_for_lot(self, lot_id: str) -> list[LabSample]:
        """The lot's samples, oldest first."""
        stmt = (
            select(LabSampleRow)
            .where(LabSampleRow.lot_id == lot_id)
            .order_by(LabSampleRow.selected_at, LabSampleRow.id)
        )
        with self._tx.guard() as session:
            return [_lab_sample(row) for row in session.scalars(stmt)]

    def count(self) -> int:
        """How many samples are stored."""
        with self._tx.guard() as session:
            return int(session.scalar(select(func.count()).select_from(LabSampleRow)) or 0)

    def codes_with_prefix(self, prefix: str) -> int:
        """How many sample codes start with ``prefix`` (to number the next one)."""
        stmt = select(func.count()).where(
            LabSampleRow.code >= prefix, LabSampleRow.code < prefix + "\uffff"
        )
        with self._tx.guard() as session:
            return int(session.scalar(stmt) or 0)

    def overview(
        self, statuses: frozenset[LabSampleStatus] | None, limit: int = 500
    ) -> list[LabSampleSummary]:
        """Samples with their lot, SKU and merchant, newest first."""
        stmt = (
            _summary_select()
            .order_by(LabSampleRow.selected_at.desc(), LabSampleRow.id)
            .limit(limit)
        )
        if statuses is not None:
            stmt = stmt.where(LabSampleRow.status.in_(sorted(s.value for s in statuses)))
        with self._tx.guard() as session:
            return [_summary(row) for row in session.execute(stmt)]

    def summary(self, sample_id: str) -> LabSampleSummary | None:
        """One sample with its lot, SKU and merchant."""
        stmt = _summary_select().where(LabSampleRow.id == sample_id)
        with self._tx.guard() as session:
            row = session.execute(stmt).first()
            return None if row is None else _summary(row)

    def between(self, start_utc: datetime, end_utc: datetime) -> list[LabSampleSummary]:
        """Samples selected at or after ``start_utc`` and before ``end_utc``, oldest first."""
        stmt = (
            _summary_select()
            .where(LabSampleRow.selected_at >= start_utc, LabSampleRow.selected_at < end_utc)
            .order_by(LabSampleRow.selected_at, LabSampleRow.id)
        )
        with self._tx.guard() as session:
            return [_summary(row) for row in session.execute(stmt)]

    def last_resulted_for_sku(self, sku_id: str) -> LabSample | None:
        """The SKU's sample with the latest result, if any."""
        stmt = (
            select(LabSampleRow)
            .join(LotRow, LotRow.id == LabSampleRow.lot_id)
            .where(LotRow.sku_id == sku_id, LabSampleRow.resulted_at.is_not(None))
            .order_by(LabSampleRow.resulted_at.desc())
            .limit(1)
        )
        with self._tx.guard() as session:
            row = session.scalars(stmt).first()
            return None if row is None else _lab_sample(row)

    def failures_of_merchant(self, merchant_id: str, since: datetime) -> int:
        """Failed lab results of the merchant's goods since ``since``."""
        stmt = (
            select(func.count())
            .select_from(LabSampleRow)
            .join(LotRow, LotRow.id == LabSampleRow.lot_id)
            .join(SkuRow, SkuRow.id == LotRow.sku_id)
            .where(
                SkuRow.merchant_id == merchant_id,
                LabSampleRow.result == LabResult.FAIL.value,
                LabSampleRow.resulted_at >= since,
            )
        )
        with self._tx.guard() as session:
            return int(session.scalar(stmt) or 0)


def _values(sample: LabSample) -> dict[str, Any]:
    return {
        "lot_id": sample.lot_id,
        "status": sample.status.value,
        "selected_at": sample.selected_at,
        "selection_reason": sample.selection_reason,
        "lab_name": sample.lab_name,
        "report_no": sample.report_no,
        "result": None if sample.result is None else sample.result.value,
        "closed_at": sample.closed_at,
        "code": sample.code,
        "selected_by": sample.selected_by,
        "selection_note": sample.selection_note,
        "custody": to_json(custody_to_dict(sample)),
        "resulted_at": None if sample.report is None else sample.report.resulted_at,
        "cancel_reason": sample.cancel_reason,
        "version": sample.version,
    }


def _fill(row: LabSampleRow, sample: LabSample) -> None:
    for name, value in _values(sample).items():
        setattr(row, name, value)


def _lab_sample(row: LabSampleRow) -> LabSample:
    return LabSample(
        id=row.id,
        lot_id=row.lot_id,
        status=LabSampleStatus(row.status),
        selected_at=row.selected_at,
        selection_reason=row.selection_reason,
        code=row.code,
        selected_by=row.selected_by,
        selection_note=row.selection_note,
        lab_name=row.lab_name,
        report_no=row.report_no,
        result=None if row.result is None else LabResult(row.result),
        closed_at=row.closed_at,
        cancel_reason=row.cancel_reason,
        version=row.version,
        **custody_from_dict(json.loads(row.custody)),
    )


def _summary_select() -> Any:
    return (
        select(
            LabSampleRow,
            SkuRow.id,
            SkuRow.name,
            SkuRow.gtin,
            SkuRow.category_code,
            MerchantRow.id,
            MerchantRow.name,
            LotRow.batch,
            LotRow.production_date,
            LotRow.status,
        )
        .join(LotRow, LotRow.id == LabSampleRow.lot_id)
        .join(SkuRow, SkuRow.id == LotRow.sku_id)
        .join(MerchantRow, MerchantRow.id == SkuRow.merchant_id)
    )


def _summary(row: Any) -> LabSampleSummary:
    sample_row, *rest = row
    sku_id, sku_name, gtin, category, merchant_id, merchant_name, batch, produced, status = rest
    return LabSampleSummary(
        _lab_sample(sample_row),
        sku_id,
        sku_name,
        gtin,
        category,
        merchant_id,
        merchant_name,
        batch,
        produced,
        LotStatus(status),
    )


class SqlAlchemyLabSelectionRepository(Repository):
    """Lab-sampling decisions, one per lot."""

    def add(self, selection: LabSelection, decided_at: datetime, decided_by: str) -> None:
        """Insert the decision for a lot that has none."""
        row = LabSelectionRow(
            lot_id=selection.lot_id,
            decided_at=decided_at,
            decided_by=decided_by,
            version=1,
            **_selection_values(selection),
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, lot_id: str) -> LabSelection | None:
        """The lot's decision, if one was made."""
        with self._tx.guard() as session:
            row = session.get(LabSelectionRow, lot_id, populate_existing=True)
            return None if row is None else _selection(row)

    def replace(self, selection: LabSelection) -> None:
        """Store an overridden decision (the caller holds the write lock)."""
        stmt = (
            update(LabSelectionRow)
            .where(LabSelectionRow.lot_id == selection.lot_id)
            .values(version=LabSelectionRow.version + 1, **_selection_values(selection))
            .execution_options(synchronize_session=False)
        )
        with self._tx.guard() as session:
            result = session.execute(stmt)
        if isinstance(result, CursorResult) and result.rowcount != 1:
            raise NotFound(f"lot {selection.lot_id} has no lab-sampling decision")


def _selection_values(selection: LabSelection) -> dict[str, Any]:
    return {
        "seed": str(selection.seed),
        "score": selection.risk.score,
        "level": selection.risk.level.value,
        "probability": selection.probability,
        "draw": selection.draw,
        "selected": selection.selected,
        "reason": None if selection.reason is None else selection.reason.value,
        "explanation": to_json(explanation_to_dict(selection)),
        "override_by": selection.override_by,
        "override_note": selection.override_note,
        "drawn_selected": selection.drawn_selected,
    }


def _selection(row: LabSelectionRow) -> LabSelection:
    decided = {
        "probability": row.probability,
        "draw": row.draw,
        "selected": row.selected,
        "reason": row.reason,
        "override_by": row.override_by,
        "override_note": row.override_note,
        "drawn_selected": row.drawn_selected,
    }
    return selection_from_parts(row.lot_id, int(row.seed), json.loads(row.explanation), decided)


class SqlAlchemyRiskHistory(Repository):
    """Read-only queries over inspections, lots and samples for the risk score."""

    def lots_not_accepted(self, merchant_id: str, since: datetime) -> int:
        """The merchant's lots rejected, or refused at inbound, with activity since ``since``."""
        refused = and_(
            InspectionRow.stage == "inbound",
            InspectionRow.state == "submitted",
            InspectionRow.verdict == "reject",
            ~_superseded(InspectionRow),
        )
        active = exists().where(
            InspectionRow.lot_id == LotRow.id,
            InspectionRow.submitted_at >= since,
            or_(LotRow.status == LotStatus.REJECTED.value, refused),
        )
        stmt = (
            select(func.count(func.distinct(LotRow.id)))
            .join(SkuRow, SkuRow.id == LotRow.sku_id)
            .where(SkuRow.merchant_id == merchant_id, active)
        )
        with self._tx.guard() as session:
            return int(session.scalar(stmt) or 0)

    def return_defect_codes(self, sku_id: str, since: datetime) -> list[list[str]]:
        """The defect codes of each current return inspection of the SKU since ``since``."""
        stmt = (
            select(InspectionRow.id, CheckResultRow.defect_code)
            .join(CheckResultRow, CheckResultRow.inspection_id == InspectionRow.id)
            .where(
                InspectionRow.sku_id == sku_id,
                InspectionRow.stage == "return",
                InspectionRow.state == "submitted",
                InspectionRow.submitted_at >= since,
                CheckResultRow.outcome == "fail",
                CheckResultRow.defect_code.is_not(None),
                ~_superseded(InspectionRow),
            )
            .order_by(InspectionRow.id, CheckResultRow.position)
        )
        found: dict[str, list[str]] = {}
        with self._tx.guard() as session:
            for inspection_id, code in session.execute(stmt):
                found.setdefault(inspection_id, []).append(code)
        return list(found.values())

    def other_lots_of_sku(self, sku_id: str, lot_id: str | None) -> int:
        """How many lots of the SKU there are besides ``lot_id``."""
        stmt = select(func.count()).select_from(LotRow).where(LotRow.sku_id == sku_id)
        if lot_id is not None:
            stmt = stmt.where(LotRow.id != lot_id)
        with self._tx.guard() as session:
            return int(session.scalar(stmt) or 0)

    def other_lots_of_merchant(self, merchant_id: str, lot_id: str | None) -> int:
        """How many lots of the merchant's SKUs there are besides ``lot_id``."""
        stmt = (
            select(func.count())
            .select_from(LotRow)
            .join(SkuRow, SkuRow.id == LotRow.sku_id)
            .where(SkuRow.merchant_id == merchant_id)
        )
        if lot_id is not None:
            stmt = stmt.where(LotRow.id != lot_id)
        with self._tx.guard() as session:
            return int(session.scalar(stmt) or 0)


def _superseded(inspection: type[InspectionRow]) -> Any:
    later = aliased(InspectionRow)
    return exists().where(later.supersedes_id == inspection.id)
