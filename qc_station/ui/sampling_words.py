"""Words for a lot's sampling plan, its progress, the switching state and its risk score."""

from html import escape

from PySide6.QtCore import QCoreApplication

from qc_station.domain.lab import LabSampleStatus
from qc_station.domain.sampling import (
    ZERO_TOLERANCE,
    InspectionSeverity,
    LotOutcome,
    SwitchingState,
    SwitchingStatus,
    SwitchReason,
)
from qc_station.services.lot_insight import LotInsight
from qc_station.services.sampling_service import SamplingView
from qc_station.ui.check_words import severity_text
from qc_station.ui.lab_words import factor_text, level_text, status_text

translate = QCoreApplication.translate

AMBER = "#7a5800"
RED = "#b3261e"
GREEN = "#137333"


def severity_words(severity: InspectionSeverity) -> str:
    """Normal or tightened inspection."""
    if severity is InspectionSeverity.TIGHTENED:
        return translate("sampling", "tightened inspection")
    return translate("sampling", "normal inspection")


def switch_reason_text(reason: SwitchReason) -> str:
    """Why the switching state changed."""
    words = {
        SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED: translate(
            "sampling", "2 of 5 lots in a row not accepted"
        ),
        SwitchReason.FIVE_CONSECUTIVE_ACCEPTED: translate("sampling", "5 lots in a row accepted"),
        SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED: translate(
            "sampling", "5 lots not accepted on tightened inspection"
        ),
        SwitchReason.RESUMED: translate("sampling", "resumed after corrective action"),
    }
    return words[reason]


def status_words(status: SwitchingStatus) -> str:
    """A switching status."""
    words = {
        SwitchingStatus.NORMAL: translate("sampling", "normal"),
        SwitchingStatus.TIGHTENED: translate("sampling", "tightened"),
        SwitchingStatus.DISCONTINUED: translate("sampling", "discontinued"),
    }
    return words[status]


def history_text(state: SwitchingState) -> str:
    """The switching history, newest last, one line per change (plain text for a tooltip)."""
    if not state.history:
        return translate("sampling", "No change of inspection severity yet.")
    lines = [
        translate("sampling", "%1 → %2: %3")
        .replace("%1", status_words(t.from_status))
        .replace("%2", status_words(t.to_status))
        .replace("%3", switch_reason_text(t.reason))
        for t in state.history
    ]
    return "\n".join(lines)


def switching_line(state: SwitchingState) -> str:
    """Where the merchant+SKU stands, when that is not plain normal inspection from the start."""
    if not state.history:
        return ""
    last, count = state.history[-1], len(state.history)
    text = translate(
        "sampling", "Inspection severity: %1 since %2 (%n change(s) so far)", "", count
    )
    return text.replace("%1", status_words(state.status)).replace(
        "%2", switch_reason_text(last.reason)
    )


def plan_html(view: SamplingView) -> str:
    """The plan and the progress: one line each."""
    plan, decision = view.plan, view.decision
    tone = AMBER if plan.severity is InspectionSeverity.TIGHTENED else "#1f1f1f"
    head = (
        translate("sampling", "Sampling: level %1, %2 · lot %3 → sample %4")
        .replace("%1", plan.level)
        .replace("%2", severity_words(plan.severity))
        .replace("%3", str(plan.lot_size))
        .replace("%4", str(decision.sample_size))
    )
    if decision.inspect_all:
        head += " · " + translate("sampling", "every unit")
    counts = []
    for cls, count in zip(decision.plans, decision.counts, strict=True):
        limit = "0" if cls.aql == ZERO_TOLERANCE else cls.aql
        counts.append(
            translate("sampling", "%1 %2 (AQL %3, Ac %4 Re %5)")
            .replace("%1", severity_text(cls.severity))
            .replace("%2", str(count))
            .replace("%3", limit)
            .replace("%4", str(cls.accept))
            .replace("%5", str(cls.reject))
        )
    progress = (
        translate("sampling", "Inspected %1 of %2")
        .replace("%1", str(decision.inspected))
        .replace("%2", str(decision.sample_size))
    )
    return (
        f"<span style='color:{tone}'>{escape(head)}</span><br>"
        f"{escape(progress)} · {escape(' · '.join(counts))} {_outcome_html(view)}"
    )


def _outcome_html(view: SamplingView) -> str:
    # A fixed outcome stands (an amendment after it does not change it); before, the count.
    fixed = view.started and view.plan.outcome is not LotOutcome.PENDING
    outcome = view.plan.outcome if fixed else view.decision.outcome
    if outcome is LotOutcome.REJECTED:
        text = translate("sampling", "lot not accepted")
        return f"<b style='color:{RED}'>✗ {escape(text)}</b>"
    if outcome is LotOutcome.ACCEPTED:
        text = translate("sampling", "lot accepted")
        return f"<b style='color:{GREEN}'>✓ {escape(text)}</b>"
    return ""


def insight_html(insight: LotInsight, inbound: bool) -> str:
    """The card's lines about the lot: risk, sampling (at inbound), lab samples."""
    risk = insight.risk
    colour = {"low": GREEN, "medium": AMBER, "high": RED}[risk.level.value]
    score = (
        translate("sampling", "Risk score %1 (%2)")
        .replace("%1", str(risk.score))
        .replace("%2", level_text(risk.level))
    )
    lines = [f"<b style='color:{colour}'>{escape(score)}</b>"]
    if inbound:
        switched = switching_line(insight.switching)
        if switched:
            lines.append(f"<span style='color:{AMBER}'>{escape(switched)}</span>")
        if insight.sampling is not None:
            lines.append(plan_html(insight.sampling))
        elif insight.switching.status is not SwitchingStatus.DISCONTINUED:
            ask = translate(
                "sampling", "Enter the units received (receiving note) to get the sampling plan."
            )
            lines.append(f"<b style='color:{AMBER}'>■ {escape(ask)}</b>")
        else:
            stop = translate(
                "sampling",
                "Acceptance discontinued for this merchant and product: lots are held until "
                "a supervisor resumes inspection.",
            )
            lines.append(f"<b style='color:{RED}'>■ {escape(stop)}</b>")
    for sample in insight.lab_samples:
        if sample.holds_lot:
            text = (
                translate("sampling", "Lab sample %1: %2 (the lot is held)")
                .replace("%1", sample.code)
                .replace("%2", status_text(sample.status))
            )
            tone = RED if sample.status is LabSampleStatus.SELECTED else AMBER
            lines.append(f"<span style='color:{tone}'>⚗ {escape(text)}</span>")
    return "<br>".join(lines)


def risk_tooltip(insight: LotInsight) -> str:
    """The risk explanation and the switching history, as plain text."""
    factors = "\n".join(factor_text(f) for f in insight.risk.factors)
    return f"{factors}\n\n{history_text(insight.switching)}"
