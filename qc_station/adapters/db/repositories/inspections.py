"""The repository of inspections with their checks, and the history queries."""

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    TextClause,
    bindparam,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from qc_station.adapters.db.repositories.base import Repository, to_json
from qc_station.adapters.db.tables import (
    AppUserRow,
    CheckPhotoRow,
    CheckResultRow,
    InspectionRow,
    LabelReadingRow,
    LotRow,
    MerchantRow,
    SkuRow,
    to_utc_text,
)
from qc_station.domain.defects import Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, InspectionState
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Reason, ReasonCode, Verdict
from qc_station.services.label_serialization import evidence_from_dict, evidence_to_dict
from qc_station.services.ports import HistoryQuery, InspectionSummary


class SqlAlchemyInspectionRepository(Repository):
    """Inspections with their checks and check photos.

    A submitted (or cancelled) inspection is written as a draft, then its checks, then its
    state is set in the same transaction: the store's triggers refuse any later change.
    """

    def add(self, inspection: Inspection) -> None:
        """Insert a new inspection with its checks and their photos."""
        sealed = inspection.state is not InspectionState.DRAFT
        row = _inspection_row(inspection)
        if sealed:
            row.state = InspectionState.DRAFT.value
        with self._tx.guard() as session:
            session.add(row)
            session.flush()
            session.add_all(_check_rows(inspection))
            session.flush()
            session.add_all(_photo_rows(inspection))
            if inspection.label is not None:
                session.add(_label_row(inspection))
            session.flush()
            if sealed:
                row.state = inspection.state.value
                session.flush()

    def get(self, inspection_id: str) -> Inspection | None:
        """The inspection with its checks in their recorded order."""
        with self._tx.guard() as session:
            row = session.get(InspectionRow, inspection_id)
            if row is None:
                return None
            checks = session.scalars(
                select(CheckResultRow)
                .where(CheckResultRow.inspection_id == inspection_id)
                .order_by(CheckResultRow.position)
            ).all()
            photos = session.scalars(
                select(CheckPhotoRow)
                .where(CheckPhotoRow.inspection_id == inspection_id)
                .order_by(CheckPhotoRow.item_code, CheckPhotoRow.position)
            ).all()
            label = session.get(LabelReadingRow, inspection_id)
            inspection = _inspection(row, checks, photos)
            if label is None:
                return inspection
            return replace(inspection, label=evidence_from_dict(json.loads(label.evidence_json)))

    def history(self, query: HistoryQuery) -> list[InspectionSummary]:
        """Inspections submitted in ``[start, end)``, newest first, at most ``limit``.

        Without a search text this is one ordered range scan of the station (or time)
        index. With one, each way the text can match (SKU ids found by name or GTIN, lots
        by batch prefix, reference prefix) is its own query pinned to its own index, and
        only the newest ``limit`` rows of their union are joined.
        """
        text = (query.text or "").strip()
        with self._tx.guard() as session:
            stmt = _history_select().where(*_history_filters(query)).limit(query.limit)
            if text:
                sku_ids = list(session.scalars(_skus_matching(text)))
                rowids = _search_rowids(session, query, text, sku_ids)
                if not rowids:
                    return []
                stmt = stmt.where(_ROWID.in_(rowids))
            return [_summary(row) for row in session.execute(stmt)]

    def count(self) -> int:
        """How many inspections (every version) are stored."""
        with self._tx.guard() as session:
            return int(session.scalar(select(func.count()).select_from(InspectionRow)) or 0)

    def superseded(self, inspection_id: str) -> bool:
        """Whether a later version (an amendment or a voiding) supersedes ``inspection_id``."""
        stmt = select(InspectionRow.id).where(InspectionRow.supersedes_id == inspection_id)
        with self._tx.guard() as session:
            return session.scalar(stmt.limit(1)) is not None


def _inspection_row(inspection: Inspection) -> InspectionRow:
    reasons = [
        {
            "code": r.code.value,
            "item_code": r.item_code,
            "defect_code": r.defect_code,
            "value": r.value,
        }
        for r in inspection.reasons
    ]
    return InspectionRow(
        id=inspection.id,
        version=inspection.version,
        supersedes_id=inspection.supersedes_id,
        amend_reason=inspection.amend_reason,
        state=inspection.state.value,
        stage=inspection.stage.value,
        sku_id=inspection.sku_id,
        lot_id=inspection.lot_id,
        station_code=inspection.station_code,
        inspector_id=inspection.inspector_id,
        template_id=inspection.template_id,
        reference=inspection.reference,
        return_reason=inspection.return_reason,
        quantity=inspection.quantity,
        verdict=None if inspection.verdict is None else inspection.verdict.value,
        reasons_json=to_json(reasons),
        disposition=None if inspection.disposition is None else inspection.disposition.value,
        defect_count=sum(1 for c in inspection.checks if c.outcome is CheckOutcome.FAIL),
        started_at=inspection.started_at,
        submitted_at=inspection.submitted_at,
    )


def _check_rows(inspection: Inspection) -> list[CheckResultRow]:
    return [
        CheckResultRow(
            inspection_id=inspection.id,
            item_code=check.item_code,
            position=position,
            outcome=check.outcome.value,
            defect_code=check.defect_code,
            severity=None if check.severity is None else check.severity.value,
            note=check.note,
        )
        for position, check in enumerate(inspection.checks)
    ]


def _label_row(inspection: Inspection) -> LabelReadingRow:
    assert inspection.label is not None
    evidence = inspection.label
    return LabelReadingRow(
        inspection_id=inspection.id,
        photo_sha256=evidence.photo,
        inkjet_photo_sha256=evidence.inkjet_photo,
        engine=evidence.engine,
        evidence_json=to_json(evidence_to_dict(evidence)),
    )


def _photo_rows(inspection: Inspection) -> list[CheckPhotoRow]:
    return [
        CheckPhotoRow(
            inspection_id=inspection.id, item_code=check.item_code, sha256=sha, position=position
        )
        for check in inspection.checks
        for position, sha in enumerate(check.photos)
    ]


def _inspection(
    row: InspectionRow, checks: Sequence[CheckResultRow], photos: Sequence[CheckPhotoRow]
) -> Inspection:
    photos_by_item: dict[str, list[str]] = {}
    for photo in photos:
        photos_by_item.setdefault(photo.item_code, []).append(photo.sha256)
    return Inspection(
        id=row.id,
        stage=Stage(row.stage),
        sku_id=row.sku_id,
        lot_id=row.lot_id,
        station_code=row.station_code,
        inspector_id=row.inspector_id,
        started_at=row.started_at,
        template_id=row.template_id,
        checks=tuple(_check(c, photos_by_item.get(c.item_code, [])) for c in checks),
        reference=row.reference,
        return_reason=row.return_reason,
        quantity=row.quantity,
        state=InspectionState(row.state),
        verdict=None if row.verdict is None else Verdict(row.verdict),
        reasons=tuple(_reason(r) for r in json.loads(row.reasons_json)),
        disposition=None if row.disposition is None else ReturnDisposition(row.disposition),
        submitted_at=row.submitted_at,
        version=row.version,
        supersedes_id=row.supersedes_id,
        amend_reason=row.amend_reason,
    )


def _check(row: CheckResultRow, photos: list[str]) -> CheckResult:
    return CheckResult(
        item_code=row.item_code,
        outcome=CheckOutcome(row.outcome),
        defect_code=row.defect_code,
        severity=None if row.severity is None else Severity(row.severity),
        note=row.note,
        photos=tuple(photos),
    )


def _reason(data: dict[str, Any]) -> Reason:
    return Reason(ReasonCode(data["code"]), data["item_code"], data["defect_code"], data["value"])


def _history_select() -> Any:
    """The history's columns and joins, newest first."""
    return (
        select(
            InspectionRow.id,
            InspectionRow.submitted_at,
            InspectionRow.stage,
            InspectionRow.state,
            InspectionRow.verdict,
            SkuRow.gtin,
            SkuRow.name.label("sku_name"),
            MerchantRow.name.label("merchant_name"),
            LotRow.batch,
            AppUserRow.display_name,
            InspectionRow.station_code,
            InspectionRow.version,
            InspectionRow.defect_count,
        )
        .join(SkuRow, SkuRow.id == InspectionRow.sku_id)
        .join(MerchantRow, MerchantRow.id == SkuRow.merchant_id)
        .outerjoin(LotRow, LotRow.id == InspectionRow.lot_id)
        .join(AppUserRow, AppUserRow.id == InspectionRow.inspector_id)
        .order_by(InspectionRow.submitted_at.desc())
    )


def _prefix_bounds(prefix: str) -> tuple[str, str]:
    """``[low, high)`` of the strings that start with ``prefix`` (binary order)."""
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return prefix, prefix + "\U0010ffff"
    return prefix, prefix[:-1] + chr(last + 1)


def _skus_matching(text: str) -> Any:
    """SKU ids whose name contains ``text`` or whose GTIN starts with it (the table is small).

    A GTIN prefix is matched with and without leading zeros, so ``6901`` finds the GTIN-14
    ``06901...`` of an EAN-13.
    """
    terms: list[ColumnElement[bool]] = [SkuRow.name.contains(text, autoescape=True)]
    if text.isdigit():
        terms.append(SkuRow.gtin.startswith(text, autoescape=True))
        if text.lstrip("0"):
            stripped = text.lstrip("0")
            terms.append(func.ltrim(SkuRow.gtin, "0").startswith(stripped, autoescape=True))
    return select(SkuRow.id).where(or_(*terms))


def _history_filters(query: HistoryQuery) -> list[ColumnElement[bool]]:
    filters: list[ColumnElement[bool]] = [
        InspectionRow.submitted_at >= query.start,
        InspectionRow.submitted_at < query.end,
    ]
    if query.station_code is not None:
        filters.append(InspectionRow.station_code == query.station_code)
    if query.stage is not None:
        filters.append(InspectionRow.stage == query.stage.value)
    if query.verdict is not None:
        filters.append(InspectionRow.verdict == query.verdict.value)
    return filters


_ROWID: ColumnElement[int] = literal_column("inspection.rowid", Integer)

# One search branch: the newest matches of one term, read through the named index only.
_BRANCH = (
    "SELECT submitted_at, rowid FROM inspection INDEXED BY {index}"
    " WHERE {match} AND submitted_at >= :start AND submitted_at < :end{filters}"
    " ORDER BY submitted_at DESC LIMIT :limit"
)
_SKU_MATCH = ("ix_inspection_sku_id_submitted_at", "sku_id IN :sku_ids")
_LOT_MATCH = (
    "ix_inspection_lot_id_submitted_at",
    "lot_id IN (SELECT id FROM lot WHERE batch >= :low AND batch < :high)",
)
_REFERENCE_MATCH = (
    "ix_inspection_reference_submitted_at",
    "reference >= :low AND reference < :high",
)


def _search_rowids(
    session: Session, query: HistoryQuery, text: str, sku_ids: list[str]
) -> list[int]:
    """Rowids of the newest ``limit`` inspections that match ``text`` in any way."""
    low, high = _prefix_bounds(text)
    params: dict[str, Any] = {
        "start": to_utc_text(query.start),
        "end": to_utc_text(query.end),
        "limit": query.limit,
        "low": low,
        "high": high,
        "station": query.station_code,
        "stage": None if query.stage is None else query.stage.value,
        "verdict": None if query.verdict is None else query.verdict.value,
    }
    branches = [_LOT_MATCH, _REFERENCE_MATCH]
    if sku_ids:
        branches.append(_SKU_MATCH)
        params["sku_ids"] = sku_ids
    found: set[tuple[str, int]] = set()
    for index, match in branches:
        rows = session.execute(_branch(index, match, query), params)
        found.update((str(at), int(rowid)) for at, rowid in rows)
    newest = sorted(found, reverse=True)[: query.limit]
    return [rowid for _, rowid in newest]


def _branch(index: str, match: str, query: HistoryQuery) -> TextClause:
    filters = "".join(
        clause
        for clause, present in (
            (" AND station_code = :station", query.station_code is not None),
            (" AND stage = :stage", query.stage is not None),
            (" AND verdict = :verdict", query.verdict is not None),
        )
        if present
    )
    stmt = sql_text(_BRANCH.format(index=index, match=match, filters=filters))
    if ":sku_ids" in match:
        stmt = stmt.bindparams(bindparam("sku_ids", expanding=True))
    return stmt


def _summary(row: Any) -> InspectionSummary:
    return InspectionSummary(
        id=row.id,
        submitted_at=row.submitted_at,
        stage=Stage(row.stage),
        state=InspectionState(row.state),
        verdict=None if row.verdict is None else Verdict(row.verdict),
        gtin=row.gtin,
        sku_name=row.sku_name,
        merchant_name=row.merchant_name,
        batch=row.batch,
        inspector_name=row.display_name,
        station_code=row.station_code,
        version=row.version,
        defects=row.defect_count,
    )
