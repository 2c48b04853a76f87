"""Lots (批次): units of one SKU with one batch number and production date."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from qc_station.domain.errors import DomainError


class LotStatus(StrEnum):
    """Where a lot stands in the warehouse's quality gate."""

    PENDING = "pending"  # received, not yet decided
    RELEASED = "released"  # accepted: may be stored and sold
    HELD = "held"  # waiting for a supervisor or a lab result
    REJECTED = "rejected"  # refused: goes back to the merchant or is scrapped


@dataclass(frozen=True, slots=True)
class Lot:
    """One batch of one SKU. ``version`` guards status changes (optimistic locking)."""

    id: str
    sku_id: str
    batch: str
    production_date: date | None
    expiry_date: date | None
    quantity: int
    status: LotStatus = LotStatus.PENDING
    version: int = 1

    def __post_init__(self) -> None:
        if self.quantity < 0:
            raise DomainError("lot.negative_quantity", str(self.quantity))
        if (
            self.production_date is not None
            and self.expiry_date is not None
            and self.expiry_date < self.production_date
        ):
            raise DomainError("lot.expiry_before_production", self.batch)


def expiry_from_production(production: date, shelf_life_days: int) -> date:
    """The last day of the shelf life, counting the production day as day one."""
    return production + timedelta(days=shelf_life_days - 1)
