"""One lab sample's detail as HTML for a read-only text view: decision, custody, report."""

from datetime import datetime, tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication

from qc_station.domain.lab import LabResult, LabSample
from qc_station.domain.lab_selection import LabSelection
from qc_station.services.lab_views import LabSampleDetail
from qc_station.ui.lab_words import (
    factor_text,
    lab_item_text,
    level_text,
    lot_status_text,
    reason_text,
    result_text,
    status_text,
)

translate = QCoreApplication.translate

PASS_COLOUR = "#137333"
FAIL_COLOUR = "#b3261e"


def _when(moment: datetime | None, tz: tzinfo | None) -> str:
    return "" if moment is None else moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def _row(label: str, value: str) -> str:
    cell = "<td style='color:#5f6368;padding-right:12px'>"
    return f"<tr>{cell}{escape(label)}</td><td>{value}</td></tr>"


def _heading(text: str) -> str:
    return f"<h4>{escape(text)}</h4>"


def _table(rows: list[str]) -> str:
    return "<table cellspacing='2'>" + "".join(rows) + "</table>"


def detail_html(detail: LabSampleDetail, tz: tzinfo | None) -> str:
    """The whole detail: the product and lot, why it was sampled, and each custody step."""
    summary, sample = detail.summary, detail.summary.sample
    batch = translate("lab_detail", "Batch %1").replace("%1", summary.batch)
    lot = translate("lab_detail", "Lot: %1").replace("%1", lot_status_text(summary.lot_status))
    head = (
        f"<h3 style='margin:0'>{escape(sample.code)} · {escape(status_text(sample.status))}</h3>"
        f"<p style='margin:2px 0 6px 0'>{escape(summary.sku_name)} · {escape(summary.gtin)}<br>"
        f"{escape(summary.merchant_name)} · {escape(batch)} · {escape(lot)}</p>"
    )
    parts = [head, _selection_html(detail, sample, detail.selection), _custody_html(detail, tz)]
    if sample.report is not None:
        parts.append(_report_html(sample))
    return "".join(parts)


def _selection_html(
    detail: LabSampleDetail, sample: LabSample, selection: LabSelection | None
) -> str:
    rows = [_row(translate("lab_detail", "Why"), escape(reason_text(sample.selection_reason)))]
    if sample.selection_note:
        rows.append(
            _row(translate("lab_detail", "Supervisor's reason"), escape(sample.selection_note))
        )
    if selection is None:
        rows.append(
            _row(
                translate("lab_detail", "Decision"),
                escape(translate("lab_detail", "No stored decision (demo or older data)")),
            )
        )
        return _heading(translate("lab_detail", "Selection")) + _table(rows)
    risk = selection.risk
    score = (
        translate("lab_detail", "%1 of 100, %2 risk")
        .replace("%1", str(risk.score))
        .replace("%2", level_text(risk.level))
    )
    rows.append(_row(translate("lab_detail", "Risk score"), escape(score)))
    factors = "<br>".join(escape(factor_text(f)) for f in risk.factors) or escape(
        translate("lab_detail", "none")
    )
    rows.append(_row(translate("lab_detail", "Because"), factors))
    draw = (
        translate("lab_detail", "chance %1 %, drawn %2 (seed %3)")
        .replace("%1", f"{selection.probability * 100:.1f}")
        .replace("%2", f"{selection.draw:.4f}")
        .replace("%3", str(selection.seed))
    )
    rows.append(_row(translate("lab_detail", "Draw"), escape(draw)))
    if selection.override_by:
        rows.append(
            _row(
                translate("lab_detail", "Overridden by"), escape(detail.name(selection.override_by))
            )
        )
    return _heading(translate("lab_detail", "Selection")) + _table(rows)


def _custody_html(detail: LabSampleDetail, tz: tzinfo | None) -> str:
    sample = detail.summary.sample
    rows = [
        _row(
            translate("lab_detail", "Selected"),
            escape(f"{_when(sample.selected_at, tz)} · {detail.name(sample.selected_by)}"),
        )
    ]
    if (c := sample.collection) is not None:
        text = (
            translate("lab_detail", "%1 for the lab, %2 sealed backup, seal %3")
            .replace("%1", str(c.test_quantity))
            .replace("%2", str(c.backup_quantity))
            .replace("%3", c.seal_no)
        )
        who = f"{_when(c.collected_at, tz)} · {detail.name(c.collected_by)}"
        rows.append(_row(translate("lab_detail", "Collected"), escape(who) + "<br>" + escape(text)))
    if (d := sample.dispatch) is not None:
        text = f"{d.lab_name} · {d.courier} {d.tracking_no}"
        who = f"{_when(d.dispatched_at, tz)} · {detail.name(d.dispatched_by)}"
        rows.append(
            _row(translate("lab_detail", "Dispatched"), escape(who) + "<br>" + escape(text))
        )
    if (r := sample.receipt) is not None:
        seal = (
            translate("lab_detail", "seal intact")
            if r.seal_intact
            else translate("lab_detail", "SEAL BROKEN")
        )
        text = f"{_when(r.received_at, tz)} · {seal}" + (f" · {r.note}" if r.note else "")
        rows.append(_row(translate("lab_detail", "Received by the lab"), escape(text)))
    if sample.report is not None:
        who = f"{_when(sample.report.resulted_at, tz)} · {detail.name(sample.report.recorded_by)}"
        rows.append(_row(translate("lab_detail", "Result entered"), escape(who)))
    if sample.closed_at is not None:
        label = (
            translate("lab_detail", "Cancelled")
            if sample.cancel_reason
            else translate("lab_detail", "Closed")
        )
        text = _when(sample.closed_at, tz) + (
            f" · {sample.cancel_reason}" if sample.cancel_reason else ""
        )
        rows.append(_row(label, escape(text)))
    return _heading(translate("lab_detail", "Chain of custody")) + _table(rows)


def _report_html(sample: LabSample) -> str:
    report = sample.report
    assert report is not None
    colour = PASS_COLOUR if report.result is LabResult.PASS else FAIL_COLOUR
    marks = " ".join(sorted(a.value for a in report.accreditations))
    title = translate("lab_detail", "Lab report %1").replace("%1", report.report_no)
    head = (
        f"<h4>{escape(title)} · {escape(marks)} · "
        f"<span style='color:{colour}'>{escape(result_text(report.result))}</span></h4>"
    )
    rows = [
        "<tr>"
        + "".join(
            f"<th align='left' style='padding-right:10px'>{escape(h)}</th>"
            for h in (
                translate("lab_detail", "Item"),
                translate("lab_detail", "Method"),
                translate("lab_detail", "Requirement"),
                translate("lab_detail", "Measured"),
                translate("lab_detail", "Result"),
            )
        )
        + "</tr>"
    ]
    for item in report.items:
        verdict = result_text(LabResult.PASS if item.passed else LabResult.FAIL)
        mark = "✔" if item.passed else "✘"
        tone = PASS_COLOUR if item.passed else FAIL_COLOUR
        rows.append(
            "<tr>"
            f"<td style='padding-right:10px'>{escape(lab_item_text(item.item_code))}</td>"
            f"<td style='padding-right:10px'>{escape(item.method)}</td>"
            f"<td style='padding-right:10px'>{escape(item.requirement)}</td>"
            f"<td style='padding-right:10px'>{escape(item.measured)}</td>"
            f"<td style='color:{tone}'>{mark} {escape(verdict)}</td>"
            "</tr>"
        )
    return head + "<table cellspacing='2'>" + "".join(rows) + "</table>"
