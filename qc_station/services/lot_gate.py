"""Setting a lot's status from its sampling outcome and its lab samples, in one place."""

from datetime import datetime

from qc_station.domain.lot import Lot
from qc_station.domain.lot_sampling import gate_status
from qc_station.domain.sampling import SwitchingStatus
from qc_station.errors import NotFound
from qc_station.services.ports import UnitOfWork
from qc_station.services.serialization import canonical_json


def settle_lot(uow: UnitOfWork, lot_id: str, actor_id: str, now: datetime, why: str) -> None:
    """Give the lot the status its sampling and lab samples call for (audited, outboxed)."""
    lot = uow.lots.get(lot_id)
    if lot is None:
        raise NotFound(f"lot {lot_id} does not exist")
    plan = uow.sampling.plan(lot_id)
    samples = uow.lab_samples.list_for_lot(lot_id)
    discontinued = plan is None and _discontinued(uow, lot)
    target = gate_status(lot.status, None if plan is None else plan.outcome, samples, discontinued)
    if target is lot.status:
        return
    changed = uow.lots.set_status(lot.id, target, lot.version)
    detail = canonical_json({"from": lot.status.value, "to": target.value, "by": why})
    uow.audit.append(now, actor_id, "lot.status", "lot", lot.id, detail)
    payload = {"lot_id": lot.id, "status": target.value, "version": changed.version}
    uow.outbox.add("lot_status", lot.id, canonical_json(payload), now)


def _discontinued(uow: UnitOfWork, lot: Lot) -> bool:
    sku = uow.skus.get(lot.sku_id)
    state = None if sku is None else uow.sampling.switching(sku.merchant_id, sku.id)
    return state is not None and state.status is SwitchingStatus.DISCONTINUED
