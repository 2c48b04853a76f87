"""From one scan to what the inspector needs: the SKU, the lot, and the dates to prefill.

An unreadable or invalid code is a clear state with its reason; an unknown GTIN is a clear
state too, which a supervisor resolves by registering the SKU. At inbound a new batch
becomes a new lot; at outbound and return an unknown batch is flagged, never invented.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from qc_station.domain.catalogue import Merchant, ProductCategory, RiskLevel, Sku, StorageCondition
from qc_station.domain.gtin import normalize_gtin
from qc_station.domain.lot import Lot, expiry_from_production
from qc_station.domain.scan import Gs1Data, Gs1Error, ScanEvent
from qc_station.domain.stage import Stage
from qc_station.domain.users import User
from qc_station.errors import InputError
from qc_station.services.auth_service import SUPERVISING_ROLES
from qc_station.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from qc_station.services.serialization import canonical_json

Interpreter = Callable[[str, str | None], Gs1Data]
"""Turns a scanned text (and its AIM symbology identifier) into GS1 data, or raises Gs1Error."""

REGISTERING_ROLES = SUPERVISING_ROLES


class ScanState(StrEnum):
    """What a scan led to."""

    FOUND = "found"  # a known SKU (and, when the scan names a batch, its lot)
    UNKNOWN_GTIN = "unknown_gtin"  # a valid GTIN the catalogue does not hold
    INVALID = "invalid"  # not a valid code: see error_code


@dataclass(frozen=True, slots=True)
class LotPrefill:
    """What the scan tells about the lot, to prefill the inspection."""

    batch: str | None = None
    production_date: date | None = None
    expiry_date: date | None = None


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """The result of resolving one scan."""

    state: ScanState
    event: ScanEvent
    gs1: Gs1Data | None = None
    sku: Sku | None = None
    merchant: Merchant | None = None
    category: ProductCategory | None = None
    lot: Lot | None = None
    lot_created: bool = False
    lot_unknown: bool = False  # the scan names a batch this station has no lot for
    prefill: LotPrefill = LotPrefill()
    error_code: str | None = None
    error_detail: str = ""


@dataclass(frozen=True, slots=True)
class SkuRegistration:
    """What a supervisor enters to register an unknown GTIN."""

    gtin: str
    name: str
    merchant_code: str
    category_code: str
    shelf_life_days: int | None
    storage: StorageCondition = StorageCondition.AMBIENT
    risk: RiskLevel | None = None
    is_imported: bool = False
    spec: str = ""


class ScanService:
    """Resolves scans against the catalogue and the lots."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        interpret: Interpreter,
        new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._interpret = interpret
        self._new_id = new_id

    def resolve(self, event: ScanEvent, stage: Stage, actor_id: str) -> ScanOutcome:
        """Interpret ``event`` and find its SKU and lot; at inbound a new batch is a new lot."""
        try:
            gs1 = self._interpret(event.text, event.symbology_id)
        except Gs1Error as error:
            return ScanOutcome(
                ScanState.INVALID, event, error_code=error.code, error_detail=error.detail
            )
        if gs1.gtin is None:
            return ScanOutcome(ScanState.INVALID, event, gs1, error_code="scan.no_gtin")
        prefill = LotPrefill(gs1.batch, gs1.production_date, gs1.shelf_end)
        with self._uow(write=False) as uow:
            found = self._catalogue_entry(uow, gs1.gtin)
        if found is None:
            return ScanOutcome(ScanState.UNKNOWN_GTIN, event, gs1, prefill=prefill)
        sku, merchant, category = found
        outcome = ScanOutcome(ScanState.FOUND, event, gs1, sku, merchant, category, prefill=prefill)
        if gs1.batch is None:
            return outcome
        lot, created = self.lot_for_batch(sku, prefill, stage, actor_id)
        return replace(outcome, lot=lot, lot_created=created, lot_unknown=lot is None)

    def lot_for_batch(
        self, sku: Sku, prefill: LotPrefill, stage: Stage, actor_id: str
    ) -> tuple[Lot | None, bool]:
        """The lot of ``prefill.batch``: found, created (inbound only), or None; and whether
        it was created."""
        if not prefill.batch:
            raise InputError("a batch number is needed to find the lot")
        with self._uow(write=False) as uow:
            lot = uow.lots.find(sku.id, prefill.batch)
        if lot is not None or stage is not Stage.INBOUND:
            return lot, False
        return self._create_lot(sku, prefill, actor_id), True

    def register_sku(self, actor: User, registration: SkuRegistration) -> Sku:
        """Add an unknown GTIN to the catalogue; only a supervisor or an admin may."""
        if actor.role not in REGISTERING_ROLES:
            raise InputError("only a supervisor can register a new SKU")
        gtin = _gtin14(registration.gtin)
        with self._uow() as uow:
            if uow.skus.by_gtin(gtin) is not None:
                raise InputError(f"GTIN {gtin} is already in the catalogue")
            sku = _new_sku(uow, self._new_id(), gtin, registration)
            uow.skus.add(sku)
            detail = canonical_json({"gtin": gtin, "name": sku.name, "registered": True})
            uow.audit.append(self._clock.now(), actor.id, "sku.register", "sku", sku.id, detail)
            uow.commit()
        return sku

    @staticmethod
    def _catalogue_entry(
        uow: UnitOfWork, gtin: str
    ) -> tuple[Sku, Merchant, ProductCategory] | None:
        sku = uow.skus.by_gtin(gtin)
        if sku is None:
            return None
        merchant = uow.merchants.get(sku.merchant_id)
        category = uow.categories.get(sku.category_code)
        if merchant is None or category is None:
            raise InputError(f"SKU {gtin} refers to a missing merchant or category")
        return sku, merchant, category

    def _create_lot(self, sku: Sku, prefill: LotPrefill, actor_id: str) -> Lot:
        assert prefill.batch is not None
        expiry = prefill.expiry_date
        if expiry is None and prefill.production_date and sku.shelf_life_days:
            expiry = expiry_from_production(prefill.production_date, sku.shelf_life_days)
        lot = Lot(self._new_id(), sku.id, prefill.batch, prefill.production_date, expiry, 0)
        with self._uow() as uow:
            existing = uow.lots.find(sku.id, prefill.batch)  # another station may have won
            if existing is not None:
                return existing
            uow.lots.add(lot)
            detail = canonical_json({"batch": lot.batch, "sku": sku.gtin, "from": "scan"})
            uow.audit.append(self._clock.now(), actor_id, "lot.create", "lot", lot.id, detail)
            uow.commit()
        return lot


def _gtin14(code: str) -> str:
    try:
        return normalize_gtin(code)
    except ValueError as error:
        raise InputError(f"not a valid GTIN: {code}") from error


def _new_sku(uow: UnitOfWork, sku_id: str, gtin: str, reg: SkuRegistration) -> Sku:
    merchant = uow.merchants.by_code(reg.merchant_code)
    if merchant is None:
        raise InputError(f"unknown merchant {reg.merchant_code}")
    category = uow.categories.get(reg.category_code)
    if category is None:
        raise InputError(f"unknown category {reg.category_code}")
    try:
        return Sku(
            sku_id,
            gtin,
            reg.name.strip(),
            merchant.id,
            category.code,
            reg.shelf_life_days,
            reg.storage,
            reg.risk or category.base_risk,
            reg.is_imported,
            None,
            reg.spec,
        )
    except ValueError as error:
        raise InputError(f"cannot register {gtin}: {error}") from error
