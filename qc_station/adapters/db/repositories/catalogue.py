"""Repositories of the catalogue: merchants, categories, SKUs and lots."""

import json

from sqlalchemy import (
    CursorResult,
    select,
    update,
)

from qc_station.adapters.db.repositories.base import Repository, to_json
from qc_station.adapters.db.tables import (
    CategoryRow,
    LotRow,
    MerchantRow,
    SkuRow,
)
from qc_station.domain.catalogue import (
    LabelRequirement,
    Merchant,
    ProductCategory,
    RiskLevel,
    Sku,
    StorageCondition,
)
from qc_station.domain.lot import Lot, LotStatus
from qc_station.errors import ConflictError, NotFound


class SqlAlchemyMerchantRepository(Repository):
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


class SqlAlchemyCategoryRepository(Repository):
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
            label_requirements=to_json(requirements),
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


class SqlAlchemySkuRepository(Repository):
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


class SqlAlchemyLotRepository(Repository):
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

    def set_quantity(self, lot_id: str, quantity: int, expected_version: int) -> Lot:
        """Set the units received if the lot is still at ``expected_version``; bump the version.

        Raises:
            ConflictError: the lot changed since the caller read it.
            NotFound: there is no such lot.
        """
        return self._versioned_update(lot_id, expected_version, quantity=quantity)

    def set_status(self, lot_id: str, status: LotStatus, expected_version: int) -> Lot:
        """Change the status if the lot is still at ``expected_version``; bump the version.

        Raises:
            ConflictError: the lot changed since the caller read it.
            NotFound: there is no such lot.
        """
        return self._versioned_update(lot_id, expected_version, status=status.value)

    def _versioned_update(self, lot_id: str, expected_version: int, **values: object) -> Lot:
        stmt = (
            update(LotRow)
            .where(LotRow.id == lot_id, LotRow.version == expected_version)
            .values(version=LotRow.version + 1, **values)
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
