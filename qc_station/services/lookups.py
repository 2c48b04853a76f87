"""Reading a SKU or a lot that must exist, inside a unit of work."""

from qc_station.domain.catalogue import Sku
from qc_station.domain.lot import Lot
from qc_station.errors import NotFound
from qc_station.services.ports import UnitOfWork


def required_sku(uow: UnitOfWork, sku_id: str) -> Sku:
    """The SKU, or ``NotFound``."""
    sku = uow.skus.get(sku_id)
    if sku is None:
        raise NotFound(f"SKU {sku_id} does not exist")
    return sku


def required_lot(uow: UnitOfWork, lot_id: str) -> Lot:
    """The lot, or ``NotFound``."""
    lot = uow.lots.get(lot_id)
    if lot is None:
        raise NotFound(f"lot {lot_id} does not exist")
    return lot
