"""Repositories over the station's SQLite store: rows in, frozen domain dataclasses out.

Each repository works inside the unit of work's transaction (through its ``TxGuard``),
flushes what it adds so failures surface where they happen, and never commits.
"""

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Integer,
    TextClause,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from qc_station.adapters.db.guard import TxGuard
from qc_station.adapters.db.tables import (
    AppUserRow,
    AuditLogRow,
    CategoryRow,
    ChecklistTemplateRow,
    CheckPhotoRow,
    CheckResultRow,
    InspectionRow,
    LabSampleRow,
    LotRow,
    MerchantRow,
    OutboxRow,
    PhotoRow,
    ShelfLifePolicyRow,
    SkuRow,
    to_utc_text,
)
from qc_station.domain.audit import GENESIS_HASH, AuditEntry, entry_hash
from qc_station.domain.catalogue import (
    LabelRequirement,
    Merchant,
    ProductCategory,
    RiskLevel,
    Sku,
    StorageCondition,
)
from qc_station.domain.checklist import CheckItem, ChecklistTemplate
from qc_station.domain.defects import CheckGroup, Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, InspectionState
from qc_station.domain.lab import LabResult, LabSample, LabSampleStatus
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.shelf_life import ShelfLifePolicy, Window
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.domain.verdict import Reason, ReasonCode, Verdict
from qc_station.errors import ConflictError, NotFound
from qc_station.services.ports import HistoryQuery, InspectionSummary

_CHUNK = 500


def _json(value: Any) -> str:
    """Canonical JSON text (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _Repository:
    """Shares the unit of work's guarded session."""

    def __init__(self, tx: TxGuard) -> None:
        self._tx = tx


class SqlAlchemyMerchantRepository(_Repository):
    """Merchants."""

    def add(self, merchant: Merchant) -> None:
        """Insert a new merchant."""
        with self._tx.guard() as session:
            session.add(MerchantRow(id=merchant.id, code=merchant.code, name=merchant.name))
            session.flush()

    def get(self, merchant_id: str) -> Merchant | None:
        """The merchant with this id."""
        with self._tx.guard() as session:
            row = session.get(MerchantRow, merchant_id)
            return None if row is None else _merchant(row)

    def by_code(self, code: str) -> Merchant | None:
        """The merchant with this code."""
        with self._tx.guard() as session:
            row = session.scalars(select(MerchantRow).where(MerchantRow.code == code)).first()
            return None if row is None else _merchant(row)

    def list(self) -> list[Merchant]:
        """All merchants by code."""
        with self._tx.guard() as session:
            rows = session.scalars(select(MerchantRow).order_by(MerchantRow.code))
            return [_merchant(row) for row in rows]


def _merchant(row: MerchantRow) -> Merchant:
    return Merchant(row.id, row.code, row.name)


class SqlAlchemyCategoryRepository(_Repository):
    """Product categories; label requirements are a JSON list of codes."""

    def add(self, category: ProductCategory) -> None:
        """Insert a new category."""
        requirements = sorted(req.value for req in category.label_requirements)
        row = CategoryRow(
            code=category.code,
            name_zh=category.name_zh,
            name_en=category.name_en,
            base_risk=category.base_risk.value,
            has_shelf_life=category.has_shelf_life,
            label_requirements=_json(requirements),
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, code: str) -> ProductCategory | None:
        """The category with this code."""
        with self._tx.guard() as session:
            row = session.get(CategoryRow, code)
            return None if row is None else _category(row)

    def list(self) -> list[ProductCategory]:
        """All categories by code."""
        with self._tx.guard() as session:
            rows = session.scalars(select(CategoryRow).order_by(CategoryRow.code))
            return [_category(row) for row in rows]


def _category(row: CategoryRow) -> ProductCategory:
    return ProductCategory(
        code=row.code,
        name_zh=row.name_zh,
        name_en=row.name_en,
        base_risk=RiskLevel(row.base_risk),
        has_shelf_life=row.has_shelf_life,
        label_requirements=frozenset(
            LabelRequirement(code) for code in json.loads(row.label_requirements)
        ),
    )


class SqlAlchemySkuRepository(_Repository):
    """SKUs, found by id or GTIN-14."""

    def add(self, sku: Sku) -> None:
        """Insert a new SKU."""
        row = SkuRow(id=sku.id)
        _fill_sku(row, sku)
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def update(self, sku: Sku) -> None:
        """Replace the SKU's fields; raises ``NotFound`` when it does not exist."""
        with self._tx.guard() as session:
            row = session.get(SkuRow, sku.id)
            if row is None:
                raise NotFound(f"SKU {sku.id} does not exist")
            _fill_sku(row, sku)
            session.flush()

    def get(self, sku_id: str) -> Sku | None:
        """The SKU with this id."""
        with self._tx.guard() as session:
            row = session.get(SkuRow, sku_id)
            return None if row is None else _sku(row)

    def by_gtin(self, gtin14: str) -> Sku | None:
        """The SKU with this GTIN-14."""
        with self._tx.guard() as session:
            row = session.scalars(select(SkuRow).where(SkuRow.gtin == gtin14)).first()
            return None if row is None else _sku(row)

    def list(self) -> list[Sku]:
        """All SKUs by GTIN."""
        with self._tx.guard() as session:
            return [_sku(row) for row in session.scalars(select(SkuRow).order_by(SkuRow.gtin))]


def _fill_sku(row: SkuRow, sku: Sku) -> None:
    row.gtin = sku.gtin
    row.name = sku.name
    row.merchant_id = sku.merchant_id
    row.category_code = sku.category_code
    row.shelf_life_days = sku.shelf_life_days
    row.storage = sku.storage.value
    row.risk = sku.risk.value
    row.is_imported = sku.is_imported
    row.reference_photo = sku.reference_photo
    row.spec = sku.spec


def _sku(row: SkuRow) -> Sku:
    return Sku(
        id=row.id,
        gtin=row.gtin,
        name=row.name,
        merchant_id=row.merchant_id,
        category_code=row.category_code,
        shelf_life_days=row.shelf_life_days,
        storage=StorageCondition(row.storage),
        risk=RiskLevel(row.risk),
        is_imported=row.is_imported,
        reference_photo=row.reference_photo,
        spec=row.spec,
    )


class SqlAlchemyLotRepository(_Repository):
    """Lots; status changes are guarded by the expected version."""

    def add(self, lot: Lot) -> None:
        """Insert a new lot."""
        row = LotRow(
            id=lot.id,
            sku_id=lot.sku_id,
            batch=lot.batch,
            production_date=lot.production_date,
            expiry_date=lot.expiry_date,
            quantity=lot.quantity,
            status=lot.status.value,
            version=lot.version,
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, lot_id: str) -> Lot | None:
        """The lot with this id."""
        with self._tx.guard() as session:
            row = session.get(LotRow, lot_id, populate_existing=True)
            return None if row is None else _lot(row)

    def find(self, sku_id: str, batch: str) -> Lot | None:
        """The lot of this SKU with this batch number."""
        stmt = select(LotRow).where(LotRow.sku_id == sku_id, LotRow.batch == batch)
        with self._tx.guard() as session:
            row = session.scalars(stmt.execution_options(populate_existing=True)).first()
            return None if row is None else _lot(row)

    def set_status(self, lot_id: str, status: LotStatus, expected_version: int) -> Lot:
        """Change the status if the lot is still at ``expected_version``; bump the version.

        Raises:
            ConflictError: the lot changed since the caller read it.
            NotFound: there is no such lot.
        """
        stmt = (
            update(LotRow)
            .where(LotRow.id == lot_id, LotRow.version == expected_version)
            .values(status=status.value, version=LotRow.version + 1)
            .execution_options(synchronize_session=False)
        )
        with self._tx.guard() as session:
            result = session.execute(stmt)
            changed = result.rowcount if isinstance(result, CursorResult) else -1
            row = session.get(LotRow, lot_id, populate_existing=True)
        if row is None:
            raise NotFound(f"lot {lot_id} does not exist")
        if changed != 1:
            raise ConflictError(
                f"Lot {row.batch} was changed by someone else (expected version "
                f"{expected_version}, now {row.version}); reload it and decide again."
            )
        return _lot(row)


def _lot(row: LotRow) -> Lot:
    return Lot(
        id=row.id,
        sku_id=row.sku_id,
        batch=row.batch,
        production_date=row.production_date,
        expiry_date=row.expiry_date,
        quantity=row.quantity,
        status=LotStatus(row.status),
        version=row.version,
    )


class SqlAlchemyTemplateRepository(_Repository):
    """Checklist templates; items are stored as JSON in display order."""

    def add(self, template: ChecklistTemplate) -> None:
        """Insert a new template (a new version is a new template)."""
        items = [
            {
                "code": item.code,
                "group": item.group.value,
                "defect_codes": list(item.defect_codes),
                "imported_only": item.imported_only,
            }
            for item in template.items
        ]
        row = ChecklistTemplateRow(
            id=template.id,
            category_code=template.category_code,
            stage=template.stage.value,
            version=template.version,
            items_json=_json(items),
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, template_id: str) -> ChecklistTemplate | None:
        """The template with this id."""
        with self._tx.guard() as session:
            row = session.get(ChecklistTemplateRow, template_id)
            return None if row is None else _template(row)

    def current(self, category_code: str, stage: Stage) -> ChecklistTemplate | None:
        """The highest version for the category and stage."""
        stmt = (
            select(ChecklistTemplateRow)
            .where(
                ChecklistTemplateRow.category_code == category_code,
                ChecklistTemplateRow.stage == stage.value,
            )
            .order_by(ChecklistTemplateRow.version.desc())
            .limit(1)
        )
        with self._tx.guard() as session:
            row = session.scalars(stmt).first()
            return None if row is None else _template(row)


def _template(row: ChecklistTemplateRow) -> ChecklistTemplate:
    items = tuple(
        CheckItem(
            code=item["code"],
            group=CheckGroup(item["group"]),
            defect_codes=tuple(item["defect_codes"]),
            imported_only=bool(item["imported_only"]),
        )
        for item in json.loads(row.items_json)
    )
    return ChecklistTemplate(row.id, row.category_code, Stage(row.stage), row.version, items)


def window_text(window: Window | None) -> str | None:
    """The stored text of a window: ``"30d"`` for days, ``"num/den"`` for a share.

    A share is always written as a fraction: ``str(Window(share=Fraction(1)))`` is ``"1"``,
    which ``Window.parse`` would read back as one day.
    """
    if window is None:
        return None
    if window.share is not None:
        return f"{window.share.numerator}/{window.share.denominator}"
    return str(window)


def window_from_text(text: str | None) -> Window | None:
    """The window stored as ``text`` (see ``window_text``)."""
    return None if text is None else Window.parse(text)


class SqlAlchemyPolicyRepository(_Repository):
    """Shelf-life policies, one per category and stage."""

    def put(self, policy: ShelfLifePolicy) -> None:
        """Insert or replace the policy of the category and stage."""
        row = ShelfLifePolicyRow(
            category_code=policy.category_code,
            stage=policy.stage.value,
            no_receive=window_text(policy.no_receive),
            no_sale=window_text(policy.no_sale),
            near_expiry=window_text(policy.near_expiry),
        )
        with self._tx.guard() as session:
            session.merge(row)
            session.flush()

    def get(self, category_code: str, stage: Stage) -> ShelfLifePolicy | None:
        """The policy of the category at the stage."""
        with self._tx.guard() as session:
            row = session.get(ShelfLifePolicyRow, (category_code, stage.value))
            if row is None:
                return None
            return ShelfLifePolicy(
                category_code=row.category_code,
                stage=Stage(row.stage),
                no_receive=window_from_text(row.no_receive),
                no_sale=window_from_text(row.no_sale),
                near_expiry=window_from_text(row.near_expiry),
            )


class SqlAlchemyUserRepository(_Repository):
    """Users with their PIN hashes."""

    def add(self, user: User, pin_hash: str) -> None:
        """Insert a new user."""
        row = AppUserRow(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=user.role.value,
            pin_hash=pin_hash,
            active=user.active,
            failed_attempts=0,
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

    def get(self, user_id: str) -> User | None:
        """The user with this id."""
        with self._tx.guard() as session:
            row = session.get(AppUserRow, user_id)
            return None if row is None else _user(row)

    def by_username(self, username: str) -> tuple[User, str] | None:
        """The user with this username and the PIN hash."""
        stmt = select(AppUserRow).where(AppUserRow.username == username)
        with self._tx.guard() as session:
            row = session.scalars(stmt).first()
            return None if row is None else (_user(row), row.pin_hash)

    def list(self) -> list[User]:
        """All users by username."""
        with self._tx.guard() as session:
            rows = session.scalars(select(AppUserRow).order_by(AppUserRow.username))
            return [_user(row) for row in rows]


def _user(row: AppUserRow) -> User:
    return User(row.id, row.username, row.display_name, Role(row.role), row.active)


class SqlAlchemyInspectionRepository(_Repository):
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
            return _inspection(row, checks, photos)

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
        reasons_json=_json(reasons),
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


class SqlAlchemyPhotoRepository(_Repository):
    """Rows of the photos whose bytes are in the photo store."""

    def add(self, sha256: str, mime: str, size: int, at: datetime) -> None:
        """Record a photo; recording the same photo again changes nothing."""
        stmt = (
            sqlite_insert(PhotoRow)
            .values(sha256=sha256, mime=mime, size=size, created_at=at)
            .on_conflict_do_nothing(index_elements=["sha256"])
        )
        with self._tx.guard() as session:
            session.execute(stmt)

    def exists(self, sha256: str) -> bool:
        """Whether the photo is recorded."""
        with self._tx.guard() as session:
            return session.get(PhotoRow, sha256) is not None

    def count(self) -> int:
        """How many photos are recorded."""
        with self._tx.guard() as session:
            return int(session.scalar(select(func.count()).select_from(PhotoRow)) or 0)


_PENDING = and_(OutboxRow.done_at.is_(None), OutboxRow.rejected_reason.is_(None))


class SqlAlchemyOutboxRepository(_Repository):
    """Records waiting to be pushed, in ``seq`` order."""

    def add(self, kind: str, entity_id: str, payload_json: str, at: datetime) -> int:
        """Queue a record; returns its ``seq``."""
        row = OutboxRow(
            kind=kind, entity_id=entity_id, payload_json=payload_json, created_at=at, attempts=0
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()
            return row.seq

    def mark_done(self, seqs: Sequence[int], at: datetime) -> None:
        """Mark records as pushed (records already done keep their first ``done_at``)."""
        with self._tx.guard() as session:
            for start in range(0, len(seqs), _CHUNK):
                chunk = list(seqs[start : start + _CHUNK])
                session.execute(
                    update(OutboxRow)
                    .where(OutboxRow.seq.in_(chunk), OutboxRow.done_at.is_(None))
                    .values(done_at=at)
                    .execution_options(synchronize_session=False)
                )

    def pending_count(self) -> int:
        """How many records are neither pushed nor rejected."""
        stmt = select(func.count()).select_from(OutboxRow).where(_PENDING)
        with self._tx.guard() as session:
            return int(session.scalar(stmt) or 0)


class SqlAlchemyAuditRepository(_Repository):
    """The append-only audit log; each entry's hash covers the previous entry's hash."""

    def append(
        self, at: datetime, user_id: str, action: str, entity: str, entity_id: str, detail: str
    ) -> AuditEntry:
        """Append an entry chained to the last one (in this transaction)."""
        to_utc_text(at)  # refuses a naive datetime before anything is hashed
        at = at.astimezone(UTC)
        last = select(AuditLogRow.row_hash).order_by(AuditLogRow.seq.desc()).limit(1)
        with self._tx.guard() as session:
            prev_hash = session.scalar(last) or GENESIS_HASH
            row_hash = entry_hash(prev_hash, at, user_id, action, entity, entity_id, detail)
            row = AuditLogRow(
                at=at,
                user_id=user_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail=detail,
                prev_hash=prev_hash,
                row_hash=row_hash,
            )
            session.add(row)
            session.flush()
            seq = row.seq
        return AuditEntry(seq, at, user_id, action, entity, entity_id, detail, prev_hash, row_hash)

    def entries(self) -> Iterator[AuditEntry]:
        """Every entry in order; consume it inside the unit of work."""
        columns = (
            AuditLogRow.seq,
            AuditLogRow.at,
            AuditLogRow.user_id,
            AuditLogRow.action,
            AuditLogRow.entity,
            AuditLogRow.entity_id,
            AuditLogRow.detail,
            AuditLogRow.prev_hash,
            AuditLogRow.row_hash,
        )
        stmt = select(*columns).order_by(AuditLogRow.seq).execution_options(yield_per=_CHUNK)
        with self._tx.guard() as session:
            for row in session.execute(stmt):
                yield AuditEntry(*row)


class SqlAlchemyLabSampleRepository(_Repository):
    """Lab samples."""

    def add(self, sample: LabSample) -> None:
        """Insert a new sample."""
        row = LabSampleRow(
            id=sample.id,
            lot_id=sample.lot_id,
            status=sample.status.value,
            selected_at=sample.selected_at,
            selection_reason=sample.selection_reason,
            lab_name=sample.lab_name,
            report_no=sample.report_no,
            result=None if sample.result is None else sample.result.value,
            closed_at=sample.closed_at,
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()

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


def _lab_sample(row: LabSampleRow) -> LabSample:
    return LabSample(
        id=row.id,
        lot_id=row.lot_id,
        status=LabSampleStatus(row.status),
        selected_at=row.selected_at,
        selection_reason=row.selection_reason,
        lab_name=row.lab_name,
        report_no=row.report_no,
        result=None if row.result is None else LabResult(row.result),
        closed_at=row.closed_at,
    )
