"""The chain of custody of a demo lab sample: quantities, courier, receipt and the lab's report.

The values are invented but shaped like real Chinese test reports: limits as printed in the
usual standards, measured values inside them for a pass, one item over its limit for a fail.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.lab import (
    Accreditation,
    Collection,
    Dispatch,
    LabItemResult,
    LabReport,
    LabSampleStatus,
    Receipt,
    SelectionReason,
)
from qc_station.domain.lab_selection import (
    LabSelection,
    SelectionFacts,
    SelectionPolicy,
    decide_lab_sampling,
    draw_for,
    override,
)
from qc_station.domain.lab_tests import LAB_TEST_ITEMS_BY_CODE, default_tests
from qc_station.domain.risk import RiskInputs, assess_risk
from qc_station.services.demo_spec import LabSpec


@dataclass(frozen=True, slots=True)
class _Measure:
    """How an item is reported: a numeric limit with a unit, or a yes/no finding."""

    requirement: str
    unit: str = ""
    ok: tuple[float, float] = (0.0, 0.0)
    bad: tuple[float, float] = (0.0, 0.0)
    digits: int = 0
    findings: tuple[str, str] = ("", "")  # (pass text, fail text) for non-numeric items


_MEASURES: dict[str, _Measure] = {
    "aerobic_count": _Measure("≤ 10000 CFU/g", "CFU/g", (10, 3000), (25000, 90000)),
    "coliforms": _Measure("≤ 10 CFU/g", "CFU/g", (0, 3), (40, 300)),
    "pathogens": _Measure("不得检出", findings=("未检出", "检出沙门氏菌")),
    "moulds_yeasts": _Measure("≤ 100 CFU/g", "CFU/g", (0, 30), (200, 900)),
    "lead": _Measure("≤ 0.5 mg/kg", "mg/kg", (0.01, 0.2), (0.7, 2.4), 2),
    "mercury": _Measure("≤ 1 mg/kg", "mg/kg", (0.001, 0.05), (3.0, 40.0), 3),
    "arsenic": _Measure("≤ 2 mg/kg", "mg/kg", (0.01, 0.4), (2.6, 9.0), 2),
    "cadmium": _Measure("≤ 0.1 mg/kg", "mg/kg", (0.001, 0.03), (0.15, 0.6), 3),
    "aflatoxin_m1": _Measure("≤ 0.5 μg/kg", "μg/kg", (0.01, 0.1), (0.8, 2.0), 2),
    "melamine": _Measure("≤ 1 mg/kg", "mg/kg", (0.0, 0.05), (2.0, 9.0), 2),
    "protein": _Measure("≥ 2.9 g/100g", "g/100g", (2.95, 3.6), (2.1, 2.7), 2),
    "preservatives": _Measure("≤ 0.5 g/kg", "g/kg", (0.0, 0.2), (0.8, 2.0), 2),
    "banned_substances": _Measure("不得检出", findings=("未检出", "检出氢醌")),
    "formaldehyde": _Measure("≤ 75 mg/kg", "mg/kg", (5, 40), (90, 300)),
    "ph_value": _Measure("4.0–8.5", "", (5.2, 7.6), (8.9, 9.8), 1),
    "azo_dyes": _Measure("禁用 ≤ 20 mg/kg", findings=("未检出", "检出 4-氨基联苯")),
    "fibre_content": _Measure("与标注一致", findings=("符合", "棉含量 62%,标注 100%")),
    "colour_fastness": _Measure("≥ 3 级", "级", (3, 4), (1, 2)),
    "phthalates": _Measure("≤ 0.1 %", "%", (0.0, 0.02), (0.3, 1.8), 3),
    "migratable_elements": _Measure("铅 ≤ 90 mg/kg", "mg/kg", (1, 30), (120, 600)),
    "small_parts": _Measure("36 个月以下不得有小零件", findings=("符合", "不符合")),
    "ccc_mark": _Measure("有效 CCC 证书", findings=("符合", "证书已注销")),
    "power_rating": _Measure("额定值 +5 % / -10 %", "%", (-4, 3), (9, 18), 1),
    "leakage_current": _Measure("≤ 0.75 mA", "mA", (0.05, 0.3), (0.9, 2.5), 2),
    "electric_strength": _Measure("1250 V 无击穿", findings=("无击穿", "击穿")),
    "heating": _Measure("温升 ≤ 60 K", "K", (20, 45), (68, 95)),
}

_COURIERS = ("顺丰速运", "京东物流", "中通快递")


def collection(rng: random.Random, at: datetime, by: str) -> Collection:
    """A test portion and a sealed backup, as a supervisor takes them."""
    test = rng.choice((2, 3, 4, 6))
    return Collection(test, test // 2 or 1, f"FT{rng.randint(100000, 999999)}", by, at)


def dispatch(rng: random.Random, lab: str, at: datetime, by: str) -> Dispatch:
    """The hand-over to a courier."""
    courier = rng.choice(_COURIERS)
    prefix = {"顺丰速运": "SF", "京东物流": "JDVA", "中通快递": "ZT"}[courier]
    return Dispatch(lab, courier, f"{prefix}{rng.randint(10**11, 10**12 - 1)}", by, at)


def receipt(at: datetime, by: str) -> Receipt:
    """The lab's confirmation of receipt."""
    return Receipt(at, by, True, "")


def report(
    rng: random.Random,
    category_code: str,
    lab: str,
    report_no: str,
    at: datetime,
    by: str,
    failed: bool,
) -> LabReport:
    """A report over the category's usual items; one item fails when ``failed``."""
    codes = default_tests(category_code)
    failing = rng.choice(codes) if failed else None
    items = tuple(_item(rng, code, code == failing) for code in codes)
    marks = frozenset({Accreditation.CMA, Accreditation.CNAS})
    if rng.random() < 0.2:
        marks = frozenset({Accreditation.CMA})
    return LabReport(report_no, lab, marks, items, at, by, None)


def _item(rng: random.Random, code: str, fails: bool) -> LabItemResult:
    measure = _MEASURES[code]
    method = LAB_TEST_ITEMS_BY_CODE[code].method
    if measure.findings != ("", ""):
        return LabItemResult(
            code, measure.requirement, measure.findings[1 if fails else 0], not fails, method
        )
    low, high = measure.bad if fails else measure.ok
    value = rng.uniform(low, high)
    text = f"{value:.{measure.digits}f} {measure.unit}".strip()
    return LabItemResult(code, measure.requirement, text, not fails, method)


def selection(
    rng: random.Random,
    lot_id: str,
    inputs: RiskInputs,
    reason: SelectionReason,
    supervisor: str,
) -> LabSelection:
    """A stored decision that leads to ``reason``: a seed is drawn until it agrees.

    A random selection needs a draw under the lot's chance, an override a draw over it (the
    supervisor then chose the lot); rule selections take the first seed.
    """
    policy = SelectionPolicy()
    risk = assess_risk(inputs)
    listed = inputs.sku_risk if inputs.sku_risk is RiskLevel.HIGH else inputs.category_risk
    facts = SelectionFacts(inputs.sku_is_new, inputs.sku_last_lab_failed, listed)
    chance = policy.probability(risk.score)
    for _ in range(10_000):
        seed = rng.getrandbits(63)
        drawn = draw_for(seed) < chance
        if reason is SelectionReason.RANDOM and not drawn:
            continue
        if reason is SelectionReason.OVERRIDE and drawn:
            continue
        decided = decide_lab_sampling(lot_id, risk, facts, policy, seed)
        if reason is SelectionReason.OVERRIDE and not decided.selected:
            return override(decided, True, supervisor, "主管抽检:近期同类投诉")
        if decided.reason is reason:
            return decided
    raise ValueError(f"no seed gives {reason} for lot {lot_id}")


class LocalDays(Protocol):
    """The demo's clock: local times on given days."""

    def at(self, day: date, clock: time, plus_minutes: float = 0) -> datetime:
        """A local time on ``day``."""
        ...


CUSTODY_STEPS = (
    LabSampleStatus.COLLECTED,
    LabSampleStatus.DISPATCHED,
    LabSampleStatus.RECEIVED,
    LabSampleStatus.RESULTED,
    LabSampleStatus.CLOSED,
)


def lab_timeline(
    rng: random.Random, selected: datetime, spec: LabSpec, clock: LocalDays
) -> dict[LabSampleStatus, datetime]:
    """When the sample reaches each step of its chain of custody (local times)."""
    collected = selected + timedelta(minutes=rng.randint(15, 90))
    dispatched = clock.at(
        collected.date() + timedelta(rng.randint(*spec.days_to_dispatch)), time(16, 30)
    )
    received = clock.at(
        dispatched.date() + timedelta(rng.randint(*spec.days_to_receive)),
        time(10, 0),
        rng.uniform(0, 300),
    )
    resulted = clock.at(
        received.date() + timedelta(rng.randint(*spec.days_to_result)),
        time(14, 0),
        rng.uniform(0, 240),
    )
    closing = rng.randint(*spec.days_to_close)
    closed = (
        resulted + timedelta(minutes=rng.randint(30, 150))
        if closing == 0
        else clock.at(resulted.date() + timedelta(closing), time(9, 30), rng.uniform(0, 420))
    )
    return {
        LabSampleStatus.SELECTED: selected,
        LabSampleStatus.COLLECTED: collected.replace(microsecond=0),
        LabSampleStatus.DISPATCHED: dispatched,
        LabSampleStatus.RECEIVED: received,
        LabSampleStatus.RESULTED: resulted,
        LabSampleStatus.CLOSED: closed.replace(microsecond=0),
    }


def report_no(rng: random.Random, prefix: str, times: dict[LabSampleStatus, datetime]) -> str:
    """A lab report number in the lab's style, dated by the result."""
    return f"{prefix}{times[LabSampleStatus.RESULTED]:%y%m%d}{rng.randint(1, 9999):04d}"
