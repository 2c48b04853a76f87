"""Small builders of domain objects for the unit tests."""

from datetime import UTC, date, datetime

from qc_station.domain.catalogue import LabelRequirement, ProductCategory, RiskLevel
from qc_station.domain.checklist import ChecklistTemplate, standard_template
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection
from qc_station.domain.rules import applicable_items
from qc_station.domain.stage import Stage

TODAY = date(2026, 12, 2)
NOW = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)

DAIRY = ProductCategory(
    "dairy", "乳制品", "Dairy", RiskLevel.HIGH, True, frozenset({LabelRequirement.GB7718_FOOD})
)
APPAREL = ProductCategory(
    "apparel", "服装", "Apparel", RiskLevel.LOW, False, frozenset({LabelRequirement.FIBRE_CONTENT})
)
APPLIANCE = ProductCategory(
    "small_appliance",
    "小家电",
    "Small appliances",
    RiskLevel.HIGH,
    False,
    frozenset({LabelRequirement.CCC_MARK}),
)


def template(category: ProductCategory = DAIRY, stage: Stage = Stage.INBOUND) -> ChecklistTemplate:
    return standard_template(f"t-{category.code}-{stage}", category, stage)


def all_pass(tpl: ChecklistTemplate, imported: bool = False) -> list[CheckResult]:
    return [CheckResult(i.code, CheckOutcome.PASS) for i in applicable_items(tpl, imported)]


def draft(stage: Stage = Stage.INBOUND, **kw: object) -> Inspection:
    fields: dict[str, object] = {
        "id": "i-1",
        "stage": stage,
        "sku_id": "s-1",
        "lot_id": "l-1",
        "station_code": "ST1",
        "inspector_id": "u-1",
        "started_at": NOW,
        "template_id": "t-1",
    }
    fields.update(kw)
    return Inspection(**fields)  # type: ignore[arg-type]
