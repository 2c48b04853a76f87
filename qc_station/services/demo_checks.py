"""What a demo inspector finds: which checks fail, with which defect, severity and note."""

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from qc_station.domain.checklist import CheckItem
from qc_station.domain.defects import DEFECTS_BY_CODE, CheckGroup, Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.stage import Stage
from qc_station.services.demo_spec import DefectSpec, ReturnReasonSpec
from qc_station.services.demo_world import SkuRef


@dataclass(frozen=True, slots=True)
class Finding:
    """A defect found on one check item."""

    item_code: str
    defect_code: str
    severity: Severity
    note: str


def defect_slots(items: Sequence[CheckItem], stage: Stage) -> dict[str, str]:
    """Defect code -> the item that records it, for the items that can fail by observation.

    Shelf-life defects are left out (the shelf-life assessment answers that item), and so are
    the return-only defects away from returns.
    """
    slots: dict[str, str] = {}
    for item in items:
        if item.group is CheckGroup.SHELF_LIFE:
            continue
        if item.group is CheckGroup.RETURN and stage is not Stage.RETURN:
            continue
        for code in item.defect_codes:
            slots.setdefault(code, item.code)
    return slots


def _pick(
    rng: random.Random,
    weights: Mapping[str, float],
    slots: Mapping[str, str],
    tendencies: Mapping[str, float],
    taken: set[str],
) -> str | None:
    codes = [c for c in weights if c in slots and slots[c] not in taken]
    scores = [weights[c] * tendencies.get(c, 1.0) for c in codes]
    if not codes or sum(scores) <= 0:
        return None
    return rng.choices(codes, scores)[0]


def _finding(rng: random.Random, code: str, item: str, spec: DefectSpec) -> Finding:
    severity = DEFECTS_BY_CODE[code].default_severity
    if severity is Severity.MAJOR and rng.random() < spec.major_to_minor_chance:
        severity = Severity.MINOR
    notes = spec.notes.get(code, ())
    return Finding(item, code, severity, rng.choice(notes) if notes else "")


def draw_findings(
    rng: random.Random,
    items: Sequence[CheckItem],
    stage: Stage,
    ref: SkuRef,
    spec: DefectSpec,
    reason: ReturnReasonSpec | None = None,
) -> list[Finding]:
    """The defects an inspection of ``ref`` at ``stage`` finds (most find none).

    A return's reason brings its own defects; on top of that every inspection may find a
    defect at the stage's base rate, scaled by the merchant's and the category's factors.
    """
    slots = defect_slots(items, stage)
    tendencies = ref.merchant.profile.defect_tendencies
    found: list[Finding] = []
    taken: set[str] = set()

    def add(weights: Mapping[str, float]) -> None:
        code = _pick(rng, weights, slots, tendencies, taken)
        if code is not None:
            found.append(_finding(rng, code, slots[code], spec))
            taken.add(slots[code])

    if reason is not None and reason.defects and rng.random() < reason.defect_chance:
        add(reason.defects)
    chance = spec.base_rate[stage] * ref.merchant.profile.defect_multiplier
    if rng.random() < chance * ref.category.defect_factor:
        add(spec.weights)
        if rng.random() < spec.second_defect_chance:
            add(spec.weights)
    return found


def answers(
    items: Sequence[CheckItem],
    shelf_check: CheckResult | None,
    findings: Sequence[Finding],
    photos: Mapping[str, tuple[str, ...]],
) -> tuple[CheckResult, ...]:
    """The answer to every item: the findings fail, the shelf-life item as assessed, else pass."""
    by_item = {f.item_code: f for f in findings}
    results = []
    for item in items:
        finding = by_item.get(item.code)
        shot = photos.get(item.code, ())
        if shelf_check is not None and item.code == shelf_check.item_code:
            failed = shelf_check.outcome is CheckOutcome.FAIL
            results.append(replace(shelf_check, photos=shot) if failed else shelf_check)
        elif finding is not None:
            results.append(
                CheckResult(
                    item.code,
                    CheckOutcome.FAIL,
                    finding.defect_code,
                    finding.severity,
                    finding.note,
                    shot,
                )
            )
        else:
            results.append(CheckResult(item.code, CheckOutcome.PASS))
    return tuple(results)
