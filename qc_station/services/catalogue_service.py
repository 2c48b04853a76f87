"""Loading the SKU catalogue from a file's rows: all valid rows in one transaction, or none."""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from qc_station.domain.catalogue import Merchant, ProductCategory, RiskLevel, Sku
from qc_station.domain.catalogue_rows import CatalogueRow, RowError, normalize_header, parse_row
from qc_station.domain.errors import DomainError
from qc_station.errors import InputError
from qc_station.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from qc_station.services.serialization import canonical_json


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: counts, and every rejected row with its reason."""

    added: int
    updated: int
    unchanged: int
    rejected: tuple[RowError, ...]
    committed: bool


class CatalogueService:
    """Adds and updates SKUs (and their merchants) from catalogue files."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def lists(self) -> tuple[list[Merchant], list[ProductCategory]]:
        """Every merchant and every category, for pick lists."""
        with self._uow(write=False) as uow:
            return uow.merchants.list(), uow.categories.list()

    def import_rows(
        self,
        headers: list[str],
        rows: Iterable[tuple[int, list[str]]],
        actor_id: str = "system",
        skip_bad_rows: bool = False,
    ) -> ImportReport:
        """Import ``rows`` (line number, cell texts) of a file with ``headers``.

        By default a file with any rejected row imports nothing. With ``skip_bad_rows`` the
        valid rows are imported and the rejected ones reported. Either way the write is one
        transaction: a crash or a full disk leaves the catalogue as it was.
        """
        try:
            keys = normalize_header(headers)
        except DomainError as exc:
            raise InputError(f"catalogue header: {exc.code} {exc.detail}".strip()) from exc
        with self._uow() as uow:
            categories = frozenset(c.code for c in uow.categories.list())
            parsed, rejected = _judge(keys, rows, categories)
            if rejected and not skip_bad_rows:
                return ImportReport(0, 0, 0, tuple(rejected), committed=False)
            added, updated, unchanged = self._apply(uow, parsed, actor_id)
            uow.commit()
        return ImportReport(added, updated, unchanged, tuple(rejected), committed=True)

    def _apply(
        self, uow: UnitOfWork, rows: list[CatalogueRow], actor_id: str
    ) -> tuple[int, int, int]:
        added = updated = unchanged = 0
        now = self._clock.now()
        for row in rows:
            merchant = _merchant_for(uow, row)
            existing = uow.skus.by_gtin(row.gtin)
            sku = _sku_from(uow, row, merchant.id, existing)
            if existing is None:
                uow.skus.add(sku)
                added += 1
            elif sku != existing:
                uow.skus.update(sku)
                updated += 1
            else:
                unchanged += 1
                continue
            detail = canonical_json({"gtin": sku.gtin, "line": row.line, "new": existing is None})
            uow.audit.append(now, actor_id, "sku.import", "sku", sku.id, detail)
        return added, updated, unchanged


def _judge(
    keys: list[str], rows: Iterable[tuple[int, list[str]]], categories: frozenset[str]
) -> tuple[list[CatalogueRow], list[RowError]]:
    parsed: list[CatalogueRow] = []
    rejected: list[RowError] = []
    seen: dict[str, int] = {}
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        result = parse_row(line, _keyed(keys, cells), categories)
        if isinstance(result, RowError):
            rejected.append(result)
        elif result.gtin in seen:
            rejected.append(RowError(line, "catalogue.duplicate_gtin", str(seen[result.gtin])))
        else:
            seen[result.gtin] = line
            parsed.append(result)
    return parsed, rejected


def _keyed(keys: list[str], cells: list[str]) -> Mapping[str, str]:
    return {key: cell for key, cell in zip(keys, cells, strict=False) if key}


def _merchant_for(uow: UnitOfWork, row: CatalogueRow) -> Merchant:
    merchant = uow.merchants.by_code(row.merchant_code)
    if merchant is None:
        merchant = Merchant(
            str(uuid.uuid4()), row.merchant_code, row.merchant_name or row.merchant_code
        )
        uow.merchants.add(merchant)
    return merchant


def _sku_from(uow: UnitOfWork, row: CatalogueRow, merchant_id: str, existing: Sku | None) -> Sku:
    risk = row.risk
    if risk is None:
        category = uow.categories.get(row.category_code)
        risk = existing.risk if existing else (category.base_risk if category else RiskLevel.MEDIUM)
    return Sku(
        id=existing.id if existing else str(uuid.uuid4()),
        gtin=row.gtin,
        name=row.name,
        merchant_id=merchant_id,
        category_code=row.category_code,
        shelf_life_days=row.shelf_life_days,
        storage=row.storage,
        risk=risk,
        is_imported=row.is_imported,
        reference_photo=existing.reference_photo if existing else None,
        spec=row.spec,
    )
