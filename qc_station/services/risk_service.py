"""The risk score of a SKU (and lot) from what the store knows: the inputs of ``domain.risk``.

Windows: lots not accepted and defects on returns count over the last 90 days, merchant lab
failures over the last 365. A return counts as a product defect when one of its failed checks
is about the product or its label or date (category, labels, shelf-life groups); a return
with only a damaged box or a buyer-caused condition (used, seal broken) does not.
"""

from datetime import datetime, timedelta

from qc_station.domain.catalogue import RiskLevel, Sku
from qc_station.domain.defects import DEFECTS_BY_CODE, CheckGroup
from qc_station.domain.lab import LabResult
from qc_station.domain.lab_selection import SelectionFacts
from qc_station.domain.risk import RiskAssessment, RiskInputs, assess_risk
from qc_station.errors import NotFound
from qc_station.services.ports import UnitOfWork

HISTORY_WINDOW = timedelta(days=90)
LAB_FAILURE_WINDOW = timedelta(days=365)
PRODUCT_DEFECT_GROUPS = frozenset({CheckGroup.CATEGORY, CheckGroup.LABELS, CheckGroup.SHELF_LIFE})

_ORDER = {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 1, RiskLevel.HIGH: 2}


def risk_inputs(uow: UnitOfWork, sku: Sku, lot_id: str | None, now: datetime) -> RiskInputs:
    """Gather the risk inputs for ``sku`` (and its lot ``lot_id``) as of ``now``."""
    category = uow.categories.get(sku.category_code)
    if category is None:
        raise NotFound(f"category {sku.category_code} does not exist")
    history, samples = uow.risk_history, uow.lab_samples
    last = samples.last_resulted_for_sku(sku.id)
    days_since = None
    if last is not None and last.report is not None:
        days_since = max(0, (now - last.report.resulted_at).days)
    returns = history.return_defect_codes(sku.id, now - HISTORY_WINDOW)
    return RiskInputs(
        category_risk=category.base_risk,
        sku_risk=sku.risk,
        merchant_lots_not_accepted=history.lots_not_accepted(sku.merchant_id, now - HISTORY_WINDOW),
        merchant_lab_failures=samples.failures_of_merchant(
            sku.merchant_id, now - LAB_FAILURE_WINDOW
        ),
        sku_last_lab_failed=last is not None and last.result is LabResult.FAIL,
        returns_with_product_defects=sum(1 for codes in returns if _product_defect(codes)),
        sku_is_new=history.other_lots_of_sku(sku.id, lot_id) == 0,
        merchant_is_new=history.other_lots_of_merchant(sku.merchant_id, lot_id) == 0,
        days_since_last_lab_test=days_since,
    )


def assess(uow: UnitOfWork, sku: Sku, lot_id: str | None, now: datetime) -> RiskAssessment:
    """The risk score of ``sku``'s lot ``lot_id`` as of ``now``."""
    return assess_risk(risk_inputs(uow, sku, lot_id, now))


def selection_facts(inputs: RiskInputs) -> SelectionFacts:
    """The facts the always-sample rules read, from the risk inputs."""
    listed = max(inputs.category_risk, inputs.sku_risk, key=_ORDER.__getitem__)
    return SelectionFacts(inputs.sku_is_new, inputs.sku_last_lab_failed, listed)


def _product_defect(codes: list[str]) -> bool:
    for code in codes:
        defect = DEFECTS_BY_CODE.get(code)
        if defect is not None and defect.group in PRODUCT_DEFECT_GROUPS:
            return True
    return False
