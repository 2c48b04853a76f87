"""Inbound sampling of lots: the plan, the progress, the lot decision and the switching rules.

* The first inbound inspection of a lot fixes its plan (``on_submitted``, in the inspection's
  own transaction): the lot size, the category's inspection level and AQLs (a supervisor's
  setting, else the built-in defaults) and normal or tightened inspection from the
  merchant+SKU's switching state.
* Each later inbound inspection is counted by replaying the lot's current inspections. When
  the sample is complete, or a class reaches its rejection number, the lot's outcome is fixed
  and recorded in the switching state (once: a lot counts once, on original inspection).
* While a merchant+SKU is discontinued no plan starts: its lots are held until a supervisor
  resumes inspection (on tightened) with a reference to the corrective action.
"""

from dataclasses import dataclass
from datetime import datetime

from qc_station.domain.aql_defaults import DEFAULT_LEVEL, aqls_for
from qc_station.domain.catalogue import Sku
from qc_station.domain.defects import Severity
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import Inspection, InspectionState
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.lot_sampling import LotPlan, replay
from qc_station.domain.sampling import (
    ZERO_TOLERANCE,
    LotDecision,
    LotOutcome,
    SwitchingState,
    SwitchingStatus,
    parse_aql,
)
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.errors import InputError, NotFound
from qc_station.services.auth_service import NotAllowed
from qc_station.services.lot_gate import settle_lot
from qc_station.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from qc_station.services.sampling_serialization import (
    aqls_to_dict,
    plan_to_dict,
    switching_to_dict,
)
from qc_station.services.serialization import canonical_json

LEVELS = ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")
SUPERVISING_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


@dataclass(frozen=True, slots=True)
class SamplingView:
    """What the SKU card shows: the plan (fixed or as it would start), progress, switching."""

    plan: LotPlan
    started: bool  # False: the plan the lot would get at its first inbound save
    decision: LotDecision
    switching: SwitchingState


class SamplingService:
    """Lot plans, their progress and the switching state of each merchant+SKU."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    # --- reading -------------------------------------------------------------------------

    def view(self, sku_id: str, lot_id: str) -> SamplingView | None:
        """The lot's sampling, or None when the merchant+SKU is discontinued."""
        with self._uow(write=False) as uow:
            sku, lot = _required_sku(uow, sku_id), _required_lot(uow, lot_id)
            switching = _switching(uow, sku)
            plan = uow.sampling.plan(lot_id)
            started = plan is not None
            if plan is None:
                if switching.status is SwitchingStatus.DISCONTINUED:
                    return None
                plan = self._new_plan(uow, sku, lot, switching, self._clock.now())
            decision = _progress(uow, plan)
        return SamplingView(plan, started, decision, switching)

    def switching(self, sku_id: str) -> SwitchingState:
        """The switching state of the SKU's merchant+SKU (normal when never judged)."""
        with self._uow(write=False) as uow:
            return _switching(uow, _required_sku(uow, sku_id))

    def category_aqls(self, category_code: str) -> tuple[dict[Severity, str], str]:
        """The AQLs and inspection level used for a category now."""
        with self._uow(write=False) as uow:
            return _category_aqls(uow, category_code)

    # --- the hook on saved inspections -----------------------------------------------------

    def on_submitted(self, uow: UnitOfWork, inspection: Inspection) -> LotOutcome | None:
        """Count an inbound inspection in its lot's sample; returns a newly fixed outcome."""
        if (
            inspection.stage is not Stage.INBOUND
            or inspection.lot_id is None
            or inspection.state is not InspectionState.SUBMITTED
        ):
            return None
        now = self._clock.now()
        lot = _required_lot(uow, inspection.lot_id)
        sku = _required_sku(uow, lot.sku_id)
        plan = uow.sampling.plan(lot.id)
        if plan is None:
            switching = _switching(uow, sku)
            if switching.status is SwitchingStatus.DISCONTINUED:
                self._hold_discontinued(uow, lot, inspection.inspector_id, now)
                return None
            plan = self._new_plan(uow, sku, lot, switching, now)
            uow.sampling.add_plan(plan)
            payload = canonical_json(plan_to_dict(plan))
            uow.audit.append(now, inspection.inspector_id, "sampling.plan", "lot", lot.id, payload)
            uow.outbox.add("lot_plan", lot.id, payload, now)
        outcome = self._judge(uow, plan, sku, inspection.inspector_id, now)
        settle_lot(uow, lot.id, inspection.inspector_id, now, "sampling")
        return outcome

    # --- supervisors ----------------------------------------------------------------------

    def resume(self, sku_id: str, reference: str, supervisor: User) -> SwitchingState:
        """Resume a discontinued merchant+SKU on tightened inspection after corrective action."""
        _require_supervisor(supervisor)
        if not reference.strip():
            raise InputError("give the reference of the corrective action")
        now = self._clock.now()
        with self._uow() as uow:
            sku = _required_sku(uow, sku_id)
            try:
                resumed = _switching(uow, sku).resume(reference.strip())
            except DomainError as exc:
                raise InputError(str(exc)) from exc
            self._store_switching(uow, resumed, supervisor.id, now, "sampling.resume")
            uow.commit()
        return resumed

    def set_category_aqls(
        self, category_code: str, aqls: dict[Severity, str], level: str, supervisor: User
    ) -> None:
        """A supervisor sets a category's AQLs and level; lots already started keep theirs."""
        _require_supervisor(supervisor)
        if level not in LEVELS:
            raise InputError(f"unknown inspection level {level}")
        if set(aqls) != set(Severity):
            raise InputError("give an AQL for every defect class")
        try:
            checked = {s: a if a == ZERO_TOLERANCE else parse_aql(a) for s, a in aqls.items()}
        except DomainError as exc:
            raise InputError(str(exc)) from exc
        now = self._clock.now()
        with self._uow() as uow:
            if uow.categories.get(category_code) is None:
                raise NotFound(f"category {category_code} does not exist")
            uow.sampling.put_category_aqls(category_code, checked, level, supervisor.id, now)
            detail = canonical_json({"aqls": aqls_to_dict(checked), "level": level})
            uow.audit.append(now, supervisor.id, "sampling.aqls", "category", category_code, detail)
            uow.outbox.add("aql_setting", category_code, detail, now)
            uow.commit()

    # --- inside ---------------------------------------------------------------------------

    def _new_plan(
        self, uow: UnitOfWork, sku: Sku, lot: Lot, switching: SwitchingState, now: datetime
    ) -> LotPlan:
        aqls, level = _category_aqls(uow, sku.category_code)
        return LotPlan(
            lot_id=lot.id,
            merchant_id=sku.merchant_id,
            sku_id=sku.id,
            lot_size=max(1, lot.quantity),
            level=level,
            severity=switching.inspection,
            aqls=aqls,
            started_at=now,
        )

    def _judge(
        self, uow: UnitOfWork, plan: LotPlan, sku: Sku, actor_id: str, now: datetime
    ) -> LotOutcome | None:
        if plan.outcome is not LotOutcome.PENDING:
            return None
        decision = _progress(uow, plan)
        if not decision.is_complete:
            return None
        outcome = decision.outcome
        uow.sampling.decide_plan(plan.lot_id, outcome, now)
        counts = zip(decision.plans, decision.counts, strict=True)
        detail = {
            "outcome": outcome.value,
            "inspected": decision.inspected,
            "counts": {p.severity.value: c for p, c in counts},
        }
        text = canonical_json(detail)
        uow.audit.append(now, actor_id, "sampling.decide", "lot", plan.lot_id, text)
        switching = _switching(uow, sku)
        if switching.status is not SwitchingStatus.DISCONTINUED:
            moved = switching.record(plan.lot_id, outcome is LotOutcome.ACCEPTED)
            self._store_switching(uow, moved, actor_id, now, "sampling.switch")
        return outcome

    def _store_switching(
        self, uow: UnitOfWork, state: SwitchingState, actor_id: str, now: datetime, action: str
    ) -> None:
        uow.sampling.put_switching(state, now)
        payload = canonical_json(switching_to_dict(state))
        key = f"{state.merchant_id}/{state.sku_id}"
        uow.audit.append(now, actor_id, action, "switching_state", key, payload)
        uow.outbox.add("switching_state", key, payload, now)

    def _hold_discontinued(self, uow: UnitOfWork, lot: Lot, actor_id: str, now: datetime) -> None:
        if lot.status is LotStatus.HELD or lot.status is LotStatus.REJECTED:
            return
        changed = uow.lots.set_status(lot.id, LotStatus.HELD, lot.version)
        detail = canonical_json({"from": lot.status.value, "to": "held", "by": "discontinued"})
        uow.audit.append(now, actor_id, "lot.status", "lot", lot.id, detail)
        payload = {"lot_id": lot.id, "status": "held", "version": changed.version}
        uow.outbox.add("lot_status", lot.id, canonical_json(payload), now)


def _progress(uow: UnitOfWork, plan: LotPlan) -> LotDecision:
    return replay(plan.fresh_decision(), uow.sampling.units_found(plan.lot_id, Stage.INBOUND))


def _switching(uow: UnitOfWork, sku: Sku) -> SwitchingState:
    found = uow.sampling.switching(sku.merchant_id, sku.id)
    return found if found is not None else SwitchingState(sku.merchant_id, sku.id)


def _category_aqls(uow: UnitOfWork, category_code: str) -> tuple[dict[Severity, str], str]:
    stored = uow.sampling.category_aqls(category_code)
    if stored is not None:
        return stored
    return aqls_for(category_code), DEFAULT_LEVEL


def _required_sku(uow: UnitOfWork, sku_id: str) -> Sku:
    sku = uow.skus.get(sku_id)
    if sku is None:
        raise NotFound(f"SKU {sku_id} does not exist")
    return sku


def _required_lot(uow: UnitOfWork, lot_id: str) -> Lot:
    lot = uow.lots.get(lot_id)
    if lot is None:
        raise NotFound(f"lot {lot_id} does not exist")
    return lot


def _require_supervisor(user: User) -> None:
    if user.role not in SUPERVISING_ROLES:
        raise NotAllowed(f"{user.display_name} may not change the sampling")
