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

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from qc_station.domain.aql_defaults import DEFAULT_LEVEL, aqls_for
from qc_station.domain.catalogue import ProductCategory, Sku
from qc_station.domain.defects import Severity
from qc_station.domain.errors import DomainError
from qc_station.domain.inspection import Inspection, InspectionState
from qc_station.domain.lot import Lot
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
from qc_station.domain.users import User
from qc_station.errors import InputError, NotFound
from qc_station.services.auth_service import require_supervisor
from qc_station.services.lookups import required_lot, required_sku
from qc_station.services.lot_gate import settle_lot
from qc_station.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from qc_station.services.sampling_serialization import (
    aqls_to_dict,
    plan_to_dict,
    switching_to_dict,
)
from qc_station.services.serialization import canonical_json

MAX_LOT_SIZE = 10_000_000
LEVELS = ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")


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

    def set_lot_size(self, lot_id: str, quantity: int, actor_id: str) -> Lot:
        """Record the units received in a lot (from the receiving note), before sampling starts.

        Raises:
            InputError: not a positive number, or the lot's sampling has already started.
        """
        if not 1 <= quantity <= MAX_LOT_SIZE:
            raise InputError(f"the units received must be from 1 to {MAX_LOT_SIZE}")
        now = self._clock.now()
        with self._uow() as uow:
            lot = required_lot(uow, lot_id)
            if uow.sampling.plan(lot_id) is not None:
                raise InputError("the sampling of this lot has started: its size is fixed")
            changed = uow.lots.set_quantity(lot_id, quantity, lot.version)
            detail = canonical_json({"from": lot.quantity, "to": quantity})
            uow.audit.append(now, actor_id, "lot.quantity", "lot", lot_id, detail)
            uow.commit()
        return changed

    def view(self, sku_id: str, lot_id: str) -> SamplingView | None:
        """The lot's sampling; None when the merchant+SKU is discontinued or the lot size is
        not known yet (a lot registered from a scan, before the units received are entered)."""
        with self._uow(write=False) as uow:
            sku, lot = required_sku(uow, sku_id), required_lot(uow, lot_id)
            return sampling_view(uow, sku, lot, switching_of(uow, sku), self._clock.now())

    def switching(self, sku_id: str) -> SwitchingState:
        """The switching state of the SKU's merchant+SKU (normal when never judged)."""
        with self._uow(write=False) as uow:
            return switching_of(uow, required_sku(uow, sku_id))

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
        lot = required_lot(uow, inspection.lot_id)
        sku = required_sku(uow, lot.sku_id)
        plan = uow.sampling.plan(lot.id)
        if plan is None:
            switching = switching_of(uow, sku)
            if switching.status is SwitchingStatus.DISCONTINUED:
                settle_lot(uow, lot.id, inspection.inspector_id, now, "discontinued")
                return None
            if lot.quantity < 2:
                return None  # size unknown (0), or 1 unit: the tables start at 2, no plan
            plan = new_plan(uow, sku, lot, switching, now)
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
        require_supervisor(supervisor, "change the sampling")
        if not reference.strip():
            raise InputError("give the reference of the corrective action")
        now = self._clock.now()
        with self._uow() as uow:
            sku = required_sku(uow, sku_id)
            try:
                resumed = switching_of(uow, sku).resume(reference.strip())
            except DomainError as exc:
                raise InputError(str(exc)) from exc
            self._store_switching(uow, resumed, supervisor.id, now, "sampling.resume")
            uow.commit()
        return resumed

    def set_category_aqls(
        self, category_code: str, aqls: dict[Severity, str], level: str, supervisor: User
    ) -> None:
        """A supervisor sets a category's AQLs and level; lots already started keep theirs."""
        self.set_category_plans([(category_code, aqls, level)], supervisor)

    def set_category_plans(
        self, changes: Sequence[tuple[str, dict[Severity, str], str]], supervisor: User
    ) -> None:
        """Set several categories' AQLs and levels at once: all of them or none.

        Raises:
            NotAllowed: the user is not a supervisor.
            InputError: an unknown level, a missing class, an AQL the tables lack.
            NotFound: an unknown category.
        """
        require_supervisor(supervisor, "change the sampling")
        checked = [
            (code, _checked_aqls(aqls), _checked_level(level)) for code, aqls, level in changes
        ]
        now = self._clock.now()
        with self._uow() as uow:
            for code, aqls, level in checked:
                if uow.categories.get(code) is None:
                    raise NotFound(f"category {code} does not exist")
                uow.sampling.put_category_aqls(code, aqls, level, supervisor.id, now)
                detail = canonical_json({"aqls": aqls_to_dict(aqls), "level": level})
                uow.audit.append(now, supervisor.id, "sampling.aqls", "category", code, detail)
                uow.outbox.add("aql_setting", code, detail, now)
            uow.commit()

    def category_plans(self) -> list[tuple[ProductCategory, dict[Severity, str], str, bool]]:
        """Every category with its AQLs and level now, and whether those are the defaults."""
        with self._uow(write=False) as uow:
            found = []
            for category in uow.categories.list():
                aqls, level = _category_aqls(uow, category.code)
                default = aqls == aqls_for(category.code) and level == DEFAULT_LEVEL
                found.append((category, aqls, level, default))
            return found

    # --- inside ---------------------------------------------------------------------------

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
        switching = switching_of(uow, sku)
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


def _checked_level(level: str) -> str:
    if level not in LEVELS:
        raise InputError(f"unknown inspection level {level}")
    return level


def _checked_aqls(aqls: dict[Severity, str]) -> dict[Severity, str]:
    if set(aqls) != set(Severity):
        raise InputError("give an AQL for every defect class")
    try:
        return {s: a if a == ZERO_TOLERANCE else parse_aql(a) for s, a in aqls.items()}
    except DomainError as exc:
        raise InputError(str(exc)) from exc


def sampling_view(
    uow: UnitOfWork, sku: Sku, lot: Lot, switching: SwitchingState, now: datetime
) -> SamplingView | None:
    """The lot's plan (fixed, or as it would start now) and its progress, inside ``uow``."""
    plan = uow.sampling.plan(lot.id)
    started = plan is not None
    if plan is None:
        if switching.status is SwitchingStatus.DISCONTINUED or lot.quantity < 2:
            return None
        plan = new_plan(uow, sku, lot, switching, now)
    return SamplingView(plan, started, _progress(uow, plan), switching)


def new_plan(
    uow: UnitOfWork, sku: Sku, lot: Lot, switching: SwitchingState, now: datetime
) -> LotPlan:
    """The plan a lot gets if its sampling starts now."""
    aqls, level = _category_aqls(uow, sku.category_code)
    return LotPlan(
        lot_id=lot.id,
        merchant_id=sku.merchant_id,
        sku_id=sku.id,
        lot_size=lot.quantity,
        level=level,
        severity=switching.inspection,
        aqls=aqls,
        started_at=now,
    )


def _progress(uow: UnitOfWork, plan: LotPlan) -> LotDecision:
    return replay(plan.fresh_decision(), uow.sampling.units_found(plan.lot_id, Stage.INBOUND))


def switching_of(uow: UnitOfWork, sku: Sku) -> SwitchingState:
    """The merchant+SKU's switching state (normal when never judged)."""
    found = uow.sampling.switching(sku.merchant_id, sku.id)
    return found if found is not None else SwitchingState(sku.merchant_id, sku.id)


def _category_aqls(uow: UnitOfWork, category_code: str) -> tuple[dict[Severity, str], str]:
    stored = uow.sampling.category_aqls(category_code)
    if stored is not None:
        return stored
    return aqls_for(category_code), DEFAULT_LEVEL
