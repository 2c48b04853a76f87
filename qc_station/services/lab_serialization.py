"""Lab samples and lab selections as plain dicts: for the store's JSON columns and the outbox.

The same dicts are read back by the store, so every ``*_to_dict`` has a ``*_from_dict``
that gives an equal value back (tests round-trip them).
"""

from datetime import datetime
from typing import Any

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.lab import (
    Accreditation,
    Collection,
    Dispatch,
    LabItemResult,
    LabReport,
    LabSample,
    Receipt,
    SelectionReason,
)
from qc_station.domain.lab_selection import LabSelection, SelectionFacts, SelectionPolicy
from qc_station.domain.risk import RiskAssessment, RiskFactor


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _required_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def custody_to_dict(sample: LabSample) -> dict[str, Any]:
    """The custody steps of ``sample`` (those taken so far)."""
    steps: dict[str, Any] = {}
    if sample.collection is not None:
        c = sample.collection
        steps["collection"] = {
            "test_quantity": c.test_quantity,
            "backup_quantity": c.backup_quantity,
            "seal_no": c.seal_no,
            "collected_by": c.collected_by,
            "collected_at": _iso(c.collected_at),
        }
    if sample.dispatch is not None:
        d = sample.dispatch
        steps["dispatch"] = {
            "lab_name": d.lab_name,
            "courier": d.courier,
            "tracking_no": d.tracking_no,
            "dispatched_by": d.dispatched_by,
            "dispatched_at": _iso(d.dispatched_at),
        }
    if sample.receipt is not None:
        r = sample.receipt
        steps["receipt"] = {
            "received_at": _iso(r.received_at),
            "recorded_by": r.recorded_by,
            "seal_intact": r.seal_intact,
            "note": r.note,
        }
    if sample.report is not None:
        steps["report"] = report_to_dict(sample.report)
    return steps


def report_to_dict(report: LabReport) -> dict[str, Any]:
    """A lab report with its items in report order."""
    return {
        "report_no": report.report_no,
        "lab_name": report.lab_name,
        "accreditations": sorted(a.value for a in report.accreditations),
        "items": [
            {
                "item_code": i.item_code,
                "requirement": i.requirement,
                "measured": i.measured,
                "passed": i.passed,
                "method": i.method,
            }
            for i in report.items
        ],
        "resulted_at": _iso(report.resulted_at),
        "recorded_by": report.recorded_by,
        "report_pdf": report.report_pdf,
        "result": report.result.value,
    }


def custody_from_dict(steps: dict[str, Any]) -> dict[str, Any]:
    """The ``LabSample`` keyword arguments for the custody steps in ``steps``."""
    found: dict[str, Any] = {}
    if (c := steps.get("collection")) is not None:
        found["collection"] = Collection(
            c["test_quantity"],
            c["backup_quantity"],
            c["seal_no"],
            c["collected_by"],
            _required_time(c["collected_at"]),
        )
    if (d := steps.get("dispatch")) is not None:
        found["dispatch"] = Dispatch(
            d["lab_name"],
            d["courier"],
            d["tracking_no"],
            d["dispatched_by"],
            _required_time(d["dispatched_at"]),
        )
    if (r := steps.get("receipt")) is not None:
        found["receipt"] = Receipt(
            _required_time(r["received_at"]), r["recorded_by"], r["seal_intact"], r["note"]
        )
    if (p := steps.get("report")) is not None:
        found["report"] = report_from_dict(p)
    return found


def report_from_dict(data: dict[str, Any]) -> LabReport:
    """The inverse of ``report_to_dict``."""
    return LabReport(
        report_no=data["report_no"],
        lab_name=data["lab_name"],
        accreditations=frozenset(Accreditation(a) for a in data["accreditations"]),
        items=tuple(
            LabItemResult(i["item_code"], i["requirement"], i["measured"], i["passed"], i["method"])
            for i in data["items"]
        ),
        resulted_at=_required_time(data["resulted_at"]),
        recorded_by=data["recorded_by"],
        report_pdf=data["report_pdf"],
    )


def lab_sample_to_dict(sample: LabSample) -> dict[str, Any]:
    """A whole sample, for the outbox."""
    return {
        "id": sample.id,
        "code": sample.code,
        "lot_id": sample.lot_id,
        "status": sample.status.value,
        "selected_at": _iso(sample.selected_at),
        "selected_by": sample.selected_by,
        "selection_reason": sample.selection_reason,
        "selection_note": sample.selection_note,
        "lab_name": sample.lab_name,
        "report_no": sample.report_no,
        "result": None if sample.result is None else sample.result.value,
        "closed_at": _iso(sample.closed_at),
        "cancel_reason": sample.cancel_reason,
        "custody": custody_to_dict(sample),
        "version": sample.version,
    }


def risk_to_dict(risk: RiskAssessment) -> dict[str, Any]:
    """A risk assessment with its factors, largest first."""
    return {
        "score": risk.score,
        "level": risk.level.value,
        "factors": [{"code": f.code, "value": f.value, "points": f.points} for f in risk.factors],
    }


def risk_from_dict(data: dict[str, Any]) -> RiskAssessment:
    """The inverse of ``risk_to_dict``."""
    factors = tuple(RiskFactor(f["code"], f["value"], f["points"]) for f in data["factors"])
    return RiskAssessment(data["score"], RiskLevel(data["level"]), factors)


def explanation_to_dict(selection: LabSelection) -> dict[str, Any]:
    """What a selection was derived from: risk, rule facts and policy."""
    return {
        "risk": risk_to_dict(selection.risk),
        "facts": {
            "sku_is_new": selection.facts.sku_is_new,
            "sku_last_lab_failed": selection.facts.sku_last_lab_failed,
            "listed_risk": selection.facts.listed_risk.value,
        },
        "policy": {
            "threshold": selection.policy.threshold,
            "min_probability": selection.policy.min_probability,
            "max_probability": selection.policy.max_probability,
        },
    }


def selection_from_parts(
    lot_id: str,
    seed: int,
    explanation: dict[str, Any],
    decided: dict[str, Any],
) -> LabSelection:
    """A selection from its stored explanation and its decided fields."""
    facts = explanation["facts"]
    policy = explanation["policy"]
    reason = decided["reason"]
    return LabSelection(
        lot_id=lot_id,
        seed=seed,
        risk=risk_from_dict(explanation["risk"]),
        facts=SelectionFacts(
            facts["sku_is_new"], facts["sku_last_lab_failed"], RiskLevel(facts["listed_risk"])
        ),
        policy=SelectionPolicy(
            policy["threshold"], policy["min_probability"], policy["max_probability"]
        ),
        probability=decided["probability"],
        draw=decided["draw"],
        selected=decided["selected"],
        reason=None if reason is None else SelectionReason(reason),
        override_by=decided["override_by"],
        override_note=decided["override_note"],
        drawn_selected=decided["drawn_selected"],
    )


def selection_to_dict(selection: LabSelection) -> dict[str, Any]:
    """A whole selection, for the outbox."""
    return {
        "lot_id": selection.lot_id,
        "seed": str(selection.seed),
        "probability": selection.probability,
        "draw": selection.draw,
        "selected": selection.selected,
        "reason": None if selection.reason is None else selection.reason.value,
        "override_by": selection.override_by,
        "override_note": selection.override_note,
        "drawn_selected": selection.drawn_selected,
        "explanation": explanation_to_dict(selection),
    }
