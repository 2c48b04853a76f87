"""Choosing lots for the lab: always by rule, otherwise at random with a risk-rising chance.

A decision is reproducible: it is a pure function of its inputs (the risk assessment, the
rules and a seed), and all of them are stored with it. Anyone can re-run
``decide_lab_sampling`` on the stored values and get the same draw and the same answer.

* **Always sampled:** the first lot of a new SKU whose risk is high, and a lot of a SKU
  whose last lab result failed.
* **Random:** below ``SelectionPolicy.threshold`` the chance is zero; from there it rises
  linearly with the score, from ``min_probability`` to ``max_probability`` at 100.
* **Override:** a supervisor can select a lot that was not drawn, or release one that was
  drawn (not one selected by an always-rule), with a reason; the original draw is kept.
"""

import random
from dataclasses import dataclass, replace

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.errors import DomainError
from qc_station.domain.lab import SelectionReason
from qc_station.domain.risk import MAX_SCORE, RiskAssessment

ALWAYS_REASONS = frozenset({SelectionReason.NEW_HIGH_RISK_SKU, SelectionReason.LAST_RESULT_FAILED})
"""Selections no override may undo: they follow a rule, not a draw."""


@dataclass(frozen=True, slots=True)
class SelectionPolicy:
    """How likely a lot is to be drawn for the lab at each risk score."""

    threshold: int = 30
    min_probability: float = 0.05
    max_probability: float = 0.5

    def __post_init__(self) -> None:
        if not 0 <= self.threshold <= MAX_SCORE:
            raise DomainError("lab.threshold_out_of_range", str(self.threshold))
        if not 0.0 <= self.min_probability <= self.max_probability <= 1.0:
            raise DomainError(
                "lab.probabilities_out_of_order", f"{self.min_probability}..{self.max_probability}"
            )

    def probability(self, score: int) -> float:
        """The chance that a lot with ``score`` is drawn."""
        if score < self.threshold:
            return 0.0
        span = MAX_SCORE - self.threshold
        share = 1.0 if span == 0 else (min(score, MAX_SCORE) - self.threshold) / span
        return self.min_probability + (self.max_probability - self.min_probability) * share


@dataclass(frozen=True, slots=True)
class SelectionFacts:
    """The facts the always-sample rules read (the rest is in the risk assessment)."""

    sku_is_new: bool
    sku_last_lab_failed: bool
    listed_risk: RiskLevel = RiskLevel.LOW  # the higher of the category's and the SKU's


@dataclass(frozen=True, slots=True)
class LabSelection:
    """Whether a lot goes to the lab, and everything needed to re-derive that answer."""

    lot_id: str
    seed: int
    risk: RiskAssessment
    facts: SelectionFacts
    policy: SelectionPolicy
    probability: float
    draw: float  # the uniform [0, 1) number drawn from the seed
    selected: bool
    reason: SelectionReason | None  # None when not selected
    override_by: str = ""
    override_note: str = ""
    drawn_selected: bool | None = None  # the answer before an override


def draw_for(seed: int) -> float:
    """The uniform number in [0, 1) a seed stands for (Mersenne Twister, Python's ``random``)."""
    return random.Random(seed).random()


def decide_lab_sampling(
    lot_id: str,
    risk: RiskAssessment,
    facts: SelectionFacts,
    policy: SelectionPolicy,
    seed: int,
) -> LabSelection:
    """Decide whether lot ``lot_id`` is sampled for the lab."""
    probability = policy.probability(risk.score)
    draw = draw_for(seed)
    always = _always_reason(risk, facts)
    reason: SelectionReason | None
    if always is not None:
        selected, reason = True, always
    else:
        selected = draw < probability
        reason = SelectionReason.RANDOM if selected else None
    return LabSelection(lot_id, seed, risk, facts, policy, probability, draw, selected, reason)


def override(selection: LabSelection, select: bool, by: str, note: str) -> LabSelection:
    """A supervisor's decision replacing the drawn one; the draw stays on record.

    Raises:
        DomainError: without a reason; when it would change nothing; when it would release
            a lot an always-rule selected.
    """
    if not note.strip():
        raise DomainError("lab.override_needs_reason", selection.lot_id)
    if select == selection.selected:
        raise DomainError("lab.override_changes_nothing", selection.lot_id)
    if not select and selection.reason in ALWAYS_REASONS:
        raise DomainError("lab.override_against_rule", str(selection.reason))
    return replace(
        selection,
        selected=select,
        reason=SelectionReason.OVERRIDE if select else None,
        override_by=by,
        override_note=note.strip(),
        drawn_selected=selection.selected
        if selection.drawn_selected is None
        else selection.drawn_selected,
    )


def _always_reason(risk: RiskAssessment, facts: SelectionFacts) -> SelectionReason | None:
    if facts.sku_last_lab_failed:
        return SelectionReason.LAST_RESULT_FAILED
    if facts.sku_is_new and RiskLevel.HIGH in (facts.listed_risk, risk.level):
        return SelectionReason.NEW_HIGH_RISK_SKU
    return None
