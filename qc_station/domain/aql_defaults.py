"""Default AQLs per defect class, and stricter ones for high-risk categories (plain data).

A common practice in consumer-goods inspection is zero tolerance for critical defects (a unit
that is unsafe, illegal or misleading: Ac 0 / Re 1 on the lot's sample), AQL 2.5 for major
and 4.0 for minor defects, at general inspection level II. Categories the platform treats as
high risk (``base_risk`` "high" in the reference data: dairy, infant food, skincare, small
appliances, toys) tighten major to 1.0 and minor to 2.5. A supervisor may change these tables;
every value must be an AQL column of the printed tables or ``ZERO_TOLERANCE``.
"""

from collections.abc import Mapping
from typing import Final

from qc_station.domain.defects import Severity
from qc_station.domain.sampling import ZERO_TOLERANCE, parse_aql

DEFAULT_LEVEL: Final = "II"

DEFAULT_AQLS: Final[Mapping[Severity, str]] = {
    Severity.CRITICAL: ZERO_TOLERANCE,
    Severity.MAJOR: "2.5",
    Severity.MINOR: "4.0",
}

_HIGH_RISK: Final[Mapping[Severity, str]] = {Severity.MAJOR: "1.0", Severity.MINOR: "2.5"}

CATEGORY_OVERRIDES: Final[Mapping[str, Mapping[Severity, str]]] = {
    "dairy": _HIGH_RISK,
    "infant_food": _HIGH_RISK,
    "skincare": _HIGH_RISK,
    "small_appliance": _HIGH_RISK,
    "toys": _HIGH_RISK,
}


def aqls_for(
    category_code: str | None,
    overrides: Mapping[str, Mapping[Severity, str]] = CATEGORY_OVERRIDES,
    defaults: Mapping[Severity, str] = DEFAULT_AQLS,
) -> dict[Severity, str]:
    """The AQL of every defect class for a category: its overrides on top of the defaults.

    Raises ``DomainError`` (``sampling.aql_not_in_table``) for a value the tables lack.
    """
    merged = {**defaults, **overrides.get(category_code or "", {})}
    return {cls: aql if aql == ZERO_TOLERANCE else parse_aql(aql) for cls, aql in merged.items()}
