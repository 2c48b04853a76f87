"""``qc-station aql``: the single sampling plan as the JSON object of CLI.md."""

from typing import Any

from qc_station.domain.errors import DomainError
from qc_station.domain.sampling import InspectionSeverity, SamplingPlan, single_plan


def to_cli_json(plan: SamplingPlan) -> dict[str, Any]:
    """The plan in the CLI.md shape (keys are stable; fields may be added, never renamed)."""
    return {
        "code_letter": plan.code_letter,
        "sample_size": plan.sample_size,
        "accept": plan.accept,
        "reject": plan.reject,
        "inspect_all": plan.inspect_all,
    }


def cli_aql(lot_size: int, aql: str, level: str, severity: str) -> tuple[int, dict[str, Any]]:
    """Run ``qc-station aql``: ``(0, plan)``, or ``(2, {"error": …})`` for input out of range."""
    try:
        inspection = InspectionSeverity(severity)
    except ValueError:
        choices = ", ".join(s.value for s in InspectionSeverity)
        return 2, {"error": f"sampling.unknown_severity: {severity!r} is not one of {choices}"}
    try:
        return 0, to_cli_json(single_plan(lot_size, aql, level, inspection))
    except DomainError as exc:
        return 2, {"error": str(exc)}
