"""The risk inputs of a SKU's lot gathered from a real store's history."""

import shutil
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain import lab
from qc_station.domain.catalogue import Merchant, RiskLevel, Sku, StorageCondition
from qc_station.domain.defects import DEFECTS_BY_CODE, CheckGroup, Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, InspectionState
from qc_station.domain.lab import (
    Accreditation,
    Collection,
    Dispatch,
    LabItemResult,
    LabReport,
    LabSample,
    LabSampleStatus,
    Receipt,
)
from qc_station.domain.lot import Lot
from qc_station.domain.risk import RiskAssessment, RiskInputs, assess_risk
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict
from qc_station.services.risk_service import (
    PRODUCT_DEFECT_GROUPS,
    assess,
    risk_inputs,
    selection_facts,
)
from tests.helpers.station import STATION, StationKit, make_station


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store migrated once for the module: each station starts from a copy of it."""
    root = tmp_path_factory.mktemp("migrated")
    SqliteStore.open(root / "station.sqlite", root / "backups").close()
    return root / "station.sqlite"


@pytest.fixture
def kit(tmp_path: Path, migrated: Path) -> Iterator[StationKit]:
    shutil.copyfile(migrated, tmp_path / "station.sqlite")
    made = make_station(tmp_path)
    yield made
    made.store.close()


def _base_points(level: RiskLevel) -> int:
    """What a listed risk adds on its own (the domain's table, read through its scoring)."""
    alone = assess_risk(RiskInputs(level, level, days_since_last_lab_test=0))
    (base,) = alone.factors
    return base.points


def _inputs(kit: StationKit, sku: Sku, lot_id: str | None) -> RiskInputs:
    with kit.store.uow(write=False) as uow:
        return risk_inputs(uow, sku, lot_id, kit.clock.now())


def _assessed(kit: StationKit, sku: Sku, lot_id: str | None) -> RiskAssessment:
    with kit.store.uow(write=False) as uow:
        return assess(uow, sku, lot_id, kit.clock.now())


def _sku(kit: StationKit, gtin: str, category: str, risk: RiskLevel, merchant_id: str = "") -> Sku:
    sku = Sku(
        str(uuid.uuid4()),
        gtin,
        f"商品 {gtin[-4:]}",
        merchant_id or kit.milk.merchant_id,
        category,
        None,
        StorageCondition.AMBIENT,
        risk,
    )
    with kit.store.uow() as uow:
        uow.skus.add(sku)
        uow.commit()
    return sku


def _lot(kit: StationKit, sku: Sku, batch: str) -> Lot:
    lot = Lot(str(uuid.uuid4()), sku.id, batch, None, None, 100)
    with kit.store.uow() as uow:
        uow.lots.add(lot)
        uow.commit()
    return lot


def _submitted(
    kit: StationKit,
    lot: Lot,
    stage: Stage,
    age_days: float,
    *defects: str,
    verdict: Verdict = Verdict.HOLD,
    sku: Sku | None = None,
) -> Inspection:
    sku = sku or kit.milk
    at = kit.clock.now() - timedelta(days=age_days)
    template = kit.service.context(sku.id, lot.id, stage).template
    failures = [
        CheckResult(f"item.{i}", CheckOutcome.FAIL, code, Severity.MAJOR)
        for i, code in enumerate(defects)
    ]
    checks = (CheckResult("item.pass", CheckOutcome.PASS), *failures)
    inspection = Inspection(
        str(uuid.uuid4()),
        stage,
        sku.id,
        lot.id,
        STATION,
        kit.inspector.id,
        at - timedelta(minutes=5),
        template.id,
        checks,
        state=InspectionState.SUBMITTED,
        verdict=verdict,
        submitted_at=at,
    )
    with kit.store.uow() as uow:
        uow.inspections.add(inspection)
        uow.commit()
    return inspection


def _lab_result(kit: StationKit, lot: Lot, age_days: float, passed: bool) -> LabSample:
    resulted_at = kit.clock.now() - timedelta(days=age_days)
    start = resulted_at - timedelta(days=4)
    sample = LabSample(
        str(uuid.uuid4()),
        lot.id,
        LabSampleStatus.SELECTED,
        start,
        "random",
        f"T-{uuid.uuid4().hex[:8]}",
    )
    sample = lab.collect(sample, Collection(2, 1, "QC-F-1", "u", start))
    sample = lab.dispatch(sample, Dispatch("谱尼", "顺丰", "SF1", "u", start))
    sample = lab.receive(sample, Receipt(start + timedelta(days=1), "u"))
    report = LabReport(
        "R-1",
        "谱尼",
        frozenset({Accreditation.CMA}),
        (LabItemResult("melamine", "≤ 2.5 mg/kg", "未检出" if passed else "3 mg/kg", passed),),
        resulted_at,
        "s",
    )
    sample = lab.record_result(sample, report)
    with kit.store.uow() as uow:
        uow.lab_samples.add(sample)
        uow.commit()
    return sample


def test_a_new_sku_of_a_new_merchant(kit: StationKit) -> None:
    inputs = _inputs(kit, kit.milk, kit.lot.id)
    assert inputs == RiskInputs(
        category_risk=RiskLevel.HIGH,
        sku_risk=RiskLevel.HIGH,
        sku_is_new=True,
        merchant_is_new=True,
        days_since_last_lab_test=None,
    )
    risk = _assessed(kit, kit.milk, kit.lot.id)
    assert risk == assess_risk(inputs)
    assert [(f.code, f.points) for f in risk.factors] == [
        ("category_risk", _base_points(RiskLevel.HIGH)),
        ("new_sku", 10),
        ("new_merchant", 10),
        ("never_lab_tested", 10),
    ]
    assert risk.score == min(100, _base_points(RiskLevel.HIGH) + 30)
    assert risk.level is RiskLevel.HIGH
    facts = selection_facts(inputs)
    assert (facts.sku_is_new, facts.sku_last_lab_failed, facts.listed_risk) == (
        True,
        False,
        RiskLevel.HIGH,
    )
    later = _inputs(kit, kit.milk, None)  # a further lot, not stored yet
    assert (later.sku_is_new, later.merchant_is_new) == (False, False)


def test_new_flags_follow_the_lots_of_the_sku_and_the_merchant(kit: StationKit) -> None:
    shirt = _sku(kit, "06901234567892", "apparel", RiskLevel.HIGH)
    shirt_lot = _lot(kit, shirt, "T1")
    inputs = _inputs(kit, shirt, shirt_lot.id)
    assert (inputs.sku_is_new, inputs.merchant_is_new) == (True, False)
    milk = _inputs(kit, kit.milk, kit.lot.id)
    assert (milk.sku_is_new, milk.merchant_is_new) == (True, False)
    # the SKU's own listed risk is above its category's: it counts, and it is the listed risk
    risk = _assessed(kit, shirt, shirt_lot.id)
    assert risk.factors[0].code == "sku_risk"
    assert risk.factors[0].points == _base_points(RiskLevel.HIGH)
    assert selection_facts(inputs).listed_risk is RiskLevel.HIGH

    other = Merchant(str(uuid.uuid4()), "M002", "宁波服饰")
    with kit.store.uow() as uow:
        uow.merchants.add(other)
        uow.commit()
    coat = _sku(kit, "06901234567885", "apparel", RiskLevel.LOW, other.id)
    coat_lot = _lot(kit, coat, "C1")
    coat_inputs = _inputs(kit, coat, coat_lot.id)
    assert (coat_inputs.sku_is_new, coat_inputs.merchant_is_new) == (True, True)
    second = _lot(kit, coat, "C2")
    assert _inputs(kit, coat, second.id).sku_is_new is False
    points = {f.code: f.points for f in _assessed(kit, coat, second.id).factors}
    assert points == {"category_risk": _base_points(RiskLevel.LOW), "never_lab_tested": 10}


def test_only_returns_with_product_defects_count(kit: StationKit) -> None:
    assert frozenset({CheckGroup.CATEGORY, CheckGroup.LABELS, CheckGroup.SHELF_LIFE}) == (
        PRODUCT_DEFECT_GROUPS
    )
    for codes in (
        ("PKG-CRUSHED",),  # packaging only
        ("PKG-DAMAGED", "RET-OUTER-BOX-ONLY"),
        ("RET-USED", "RET-SEAL-BROKEN"),  # caused by the buyer
        ("RET-WRONG-ITEM",),
        (),  # a return that passed
        ("LBL-MISMATCH",),  # the product or its label
        ("PKG-WET", "SL-EXPIRED"),
        ("CAT-ODOUR", "LBL-ILLEGIBLE"),
    ):
        _submitted(kit, kit.lot, Stage.RETURN, 10, *codes)
    _submitted(kit, kit.lot, Stage.INBOUND, 10, "LBL-MISMATCH")  # not a return
    shirt = _sku(kit, "06901234567892", "apparel", RiskLevel.LOW)
    _submitted(kit, _lot(kit, shirt, "T1"), Stage.RETURN, 10, "LBL-MISMATCH", sku=shirt)
    assert DEFECTS_BY_CODE["RET-SEAL-BROKEN"].group is CheckGroup.RETURN

    inputs = _inputs(kit, kit.milk, kit.lot.id)
    assert inputs.returns_with_product_defects == 3
    points = {f.code: (f.value, f.points) for f in assess_risk(inputs).factors}
    assert points["returns_with_product_defects"] == (3, 6)
    for _ in range(3):
        _submitted(kit, kit.lot, Stage.RETURN, 1, "CAT-FUNCTION-FAIL")
    capped = {f.code: (f.value, f.points) for f in _assessed(kit, kit.milk, kit.lot.id).factors}
    assert capped["returns_with_product_defects"] == (6, 10)


def test_history_windows_end_between_89_and_91_days(kit: StationKit) -> None:
    _submitted(kit, kit.lot, Stage.RETURN, 89, "LBL-MISMATCH")
    _submitted(kit, kit.lot, Stage.RETURN, 91, "LBL-MISMATCH")
    recent, old = _lot(kit, kit.milk, "R89"), _lot(kit, kit.milk, "R91")
    _submitted(kit, recent, Stage.INBOUND, 89, "PKG-LEAK", verdict=Verdict.REJECT)
    _submitted(kit, old, Stage.INBOUND, 91, "PKG-LEAK", verdict=Verdict.REJECT)
    _submitted(kit, kit.lot, Stage.INBOUND, 1, "LBL-ILLEGIBLE", verdict=Verdict.HOLD)
    yogurt = _sku(kit, "06901234567892", "dairy", RiskLevel.HIGH)
    yogurt_lot = _lot(kit, yogurt, "Y1")
    _lab_result(kit, yogurt_lot, 366, passed=False)
    _lab_result(kit, yogurt_lot, 364, passed=False)
    _lab_result(kit, yogurt_lot, 10, passed=True)

    inputs = _inputs(kit, kit.milk, kit.lot.id)
    assert inputs.returns_with_product_defects == 1
    assert inputs.merchant_lots_not_accepted == 1
    assert inputs.merchant_lab_failures == 1
    assert inputs.sku_last_lab_failed is False  # the failures were another SKU's
    assert inputs.days_since_last_lab_test is None
    codes = {f.code: f.value for f in assess_risk(inputs).factors}
    assert codes["lots_not_accepted"] == 1 and codes["merchant_lab_failures"] == 1

    kit.clock.current += timedelta(days=2)  # the 89-day-old records leave the window
    later = _inputs(kit, kit.milk, kit.lot.id)
    assert (later.returns_with_product_defects, later.merchant_lots_not_accepted) == (0, 0)
    assert later.merchant_lab_failures == 0


def test_days_since_the_last_lab_test(kit: StationKit) -> None:
    def overdue() -> tuple[int | None, list[tuple[str, int, int]]]:
        inputs = _inputs(kit, kit.milk, kit.lot.id)
        found = [
            (f.code, f.value, f.points)
            for f in assess_risk(inputs).factors
            if f.code in ("never_lab_tested", "lab_test_overdue")
        ]
        return inputs.days_since_last_lab_test, found

    assert overdue() == (None, [("never_lab_tested", 0, 10)])
    _lab_result(kit, kit.lot, 200.5, passed=False)  # an older result does not count
    _lab_result(kit, kit.lot, 0.5, passed=True)  # half a day ago: whole days count
    assert overdue() == (0, [])
    start = kit.clock.now()
    for days, points in ((30, 0), (90, 0), (91, 5), (180, 5), (181, 10)):
        kit.clock.current = start + timedelta(days=days)
        expected = [] if points == 0 else [("lab_test_overdue", days, points)]
        assert overdue() == (days, expected), days
    assert _inputs(kit, kit.milk, kit.lot.id).sku_last_lab_failed is False


def test_the_last_lab_result_failing_counts_for_the_sku(kit: StationKit) -> None:
    _lab_result(kit, kit.lot, 40, passed=True)
    failed = _lab_result(kit, kit.lot, 20, passed=False)
    inputs = _inputs(kit, kit.milk, None)
    assert inputs.sku_last_lab_failed and inputs.days_since_last_lab_test == 20
    assert inputs.merchant_lab_failures == 1
    assert selection_facts(inputs).sku_last_lab_failed
    points = {f.code: f.points for f in assess_risk(inputs).factors}
    assert points["sku_last_lab_failed"] == 15 and points["merchant_lab_failures"] == 10
    assert failed.report is not None
    _lab_result(kit, kit.lot, 5, passed=True)
    assert _inputs(kit, kit.milk, None).sku_last_lab_failed is False
