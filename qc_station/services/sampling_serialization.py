"""Switching states and lot plans as plain dicts: for the store's JSON and the outbox."""

from typing import Any

from qc_station.domain.defects import Severity
from qc_station.domain.lot_sampling import LotPlan
from qc_station.domain.sampling import SwitchingState, SwitchingStatus, SwitchReason, Transition


def switching_to_dict(state: SwitchingState) -> dict[str, Any]:
    """A switching state with its whole history."""
    return {
        "merchant_id": state.merchant_id,
        "sku_id": state.sku_id,
        "status": state.status.value,
        "recent_on_normal": list(state.recent_on_normal),
        "accepted_in_a_row": state.accepted_in_a_row,
        "not_accepted_on_tightened": state.not_accepted_on_tightened,
        "history": [
            {
                "lot_id": t.lot_id,
                "from": t.from_status.value,
                "to": t.to_status.value,
                "reason": t.reason.value,
            }
            for t in state.history
        ],
    }


def switching_from_dict(data: dict[str, Any]) -> SwitchingState:
    """The inverse of ``switching_to_dict``."""
    return SwitchingState(
        merchant_id=data["merchant_id"],
        sku_id=data["sku_id"],
        status=SwitchingStatus(data["status"]),
        recent_on_normal=tuple(bool(x) for x in data["recent_on_normal"]),
        accepted_in_a_row=data["accepted_in_a_row"],
        not_accepted_on_tightened=data["not_accepted_on_tightened"],
        history=tuple(
            Transition(
                t["lot_id"],
                SwitchingStatus(t["from"]),
                SwitchingStatus(t["to"]),
                SwitchReason(t["reason"]),
            )
            for t in data["history"]
        ),
    )


def aqls_to_dict(aqls: dict[Severity, str]) -> dict[str, str]:
    """AQLs keyed by severity value."""
    return {severity.value: aql for severity, aql in aqls.items()}


def aqls_from_dict(data: dict[str, str]) -> dict[Severity, str]:
    """The inverse of ``aqls_to_dict``."""
    return {Severity(key): value for key, value in data.items()}


def plan_to_dict(plan: LotPlan) -> dict[str, Any]:
    """A lot plan, for the outbox."""
    return {
        "lot_id": plan.lot_id,
        "merchant_id": plan.merchant_id,
        "sku_id": plan.sku_id,
        "lot_size": plan.lot_size,
        "level": plan.level,
        "severity": plan.severity.value,
        "aqls": aqls_to_dict(dict(plan.aqls)),
        "started_at": plan.started_at.isoformat(),
        "outcome": plan.outcome.value,
        "decided_at": None if plan.decided_at is None else plan.decided_at.isoformat(),
    }
