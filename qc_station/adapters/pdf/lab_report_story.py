"""The flowables of the lab report: title block, summary, table of samples, failures."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from qc_station.adapters.pdf.lab_report_layout import (
    CELL_PADDING,
    CONTENT_WIDTH,
    FAIL_MARK,
    FAIL_RED,
    FAIL_TINT,
    GREY,
    HEAD,
    LIGHT,
    PASS_GREEN,
    PASS_MARK,
    RULE,
    BoldTitle,
    break_at_hyphens,
    cell_text,
    centred,
    day_text,
    make_styles,
    mini_table_style,
    right_aligned,
)
from qc_station.adapters.pdf.lab_report_words import LABELS_EN, WORDS, Words, factor_text
from qc_station.domain.lab import LabResult, LabSampleStatus
from qc_station.domain.lot import LotStatus
from qc_station.services.lab_report import LabReportData, LabReportRow, LabReportTotals


class Story:
    """The flowables of one report."""

    def __init__(self, font: str, words: Words) -> None:
        self.font = font
        self.w = words
        self.t = words.labels
        self.s = make_styles(font)
        self.bilingual = words is WORDS["zh_CN"]

    def build(self, data: LabReportData, station: str, at: datetime) -> list[Flowable]:
        """Every flowable of the report, in order."""
        story: list[Flowable] = [
            BoldTitle(self.font, self.t["title"], 19, self.t["title_other"], 10.5),
            Spacer(1, 2.5 * mm),
            self._meta(data, station, at),
        ]
        if not data.rows:
            story += [Spacer(1, 18 * mm), self._empty(data)]
            return story
        story += [self._section("summary"), *self._summary(data.totals)]
        story += [CondPageBreak(40 * mm), self._section("table"), self._samples(data.rows)]
        story += [CondPageBreak(45 * mm), self._section("failures", fail=True)]
        story += self._failures(data.failures)
        return story

    # --- pieces -------------------------------------------------------------------------

    def _section(self, key: str, fail: bool = False) -> Paragraph:
        english = LABELS_EN[key] if self.bilingual else ""
        mark = f'<font color="{FAIL_RED.hexval()}">{FAIL_MARK}</font> ' if fail else ""
        sub = (
            f' <font size="8.5" color="{GREY.hexval()}">{cell_text(english)}</font>'
            if english
            else ""
        )
        return Paragraph(f"{mark}{cell_text(self.t[key])}{sub}", self.s.section)

    def _meta(self, data: LabReportData, station: str, at: datetime) -> Table:
        rows = [
            ("period", self.t["period_value"].format(start=data.start, end=data.end)),
            ("station", station or "—"),
            ("generated", self.t["generated_value"].format(at=f"{at:%Y-%m-%d %H:%M}")),
        ]
        cells = [
            [Paragraph(self._bi(key), self.s.small), Paragraph(cell_text(value), self.s.body)]
            for key, value in rows
        ]
        table = Table(cells, colWidths=[26 * mm, CONTENT_WIDTH - 26 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, HEAD),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                ]
            )
        )
        return table

    def _bi(self, key: str) -> str:
        """A label; in the zh_CN report with its English word after it, smaller."""
        if not self.bilingual:
            return cell_text(self.t[key])
        return f'{cell_text(self.t[key])} <font size="6">{cell_text(LABELS_EN[key])}</font>'

    def _empty(self, data: LabReportData) -> Table:
        text = self.t["empty"].format(start=data.start, end=data.end)
        box = Table(
            [
                [Paragraph(cell_text(text), self.s.notice)],
                [Paragraph(cell_text(self.t["empty_other"]), centred(self.s.small))],
            ],
            colWidths=[CONTENT_WIDTH - 30 * mm],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                    ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, 0), 6 * mm),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6 * mm),
                ]
            )
        )
        return box

    # --- summary --------------------------------------------------------------------------

    def _summary(self, totals: LabReportTotals) -> list[Flowable]:
        return [self._tiles(totals), Spacer(1, 3 * mm), self._breakdowns(totals)]

    def _tiles(self, totals: LabReportTotals) -> Table:
        t = self.t
        failed = totals.by_result["fail"]
        median = totals.median_days_to_result
        red = FAIL_RED.hexval()
        tiles: list[tuple[str, str, str]] = [
            (str(totals.samples), "samples_tile", ""),
            (f"{PASS_MARK} {totals.by_result['pass']}", "pass_tile", ""),
            (
                f'<font color="{red}">{FAIL_MARK} {failed}</font>' if failed else f"{FAIL_MARK} 0",
                "fail_tile",
                "",
            ),
            (str(totals.by_result["waiting"]), "waiting_tile", ""),
            (
                str(totals.open_samples),
                "holding_tile",
                t["holding_sub"].format(lots=totals.lots_held),
            ),
            (
                t["none"] if median is None else t["median_value"].format(days=f"{median:.1f}"),
                "median_tile",
                "" if median is None else t["median_sub"].format(n=totals.resulted),
            ),
        ]
        cells = []
        for number, key, sub in tiles:
            parts: list[Flowable] = [
                Paragraph(number, self.s.tile_number),
                Paragraph(self._bi(key), self.s.tile_label),
            ]
            if sub:
                parts.append(Paragraph(cell_text(sub), self.s.tile_label))
            cells.append(parts)
        width = CONTENT_WIDTH / len(tiles)
        table = Table([cells], colWidths=[width] * len(tiles))
        commands: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEAFTER", (0, 0), (-2, 0), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ]
        if failed:
            commands += [
                ("BACKGROUND", (2, 0), (2, 0), FAIL_TINT),
                ("BOX", (2, 0), (2, 0), 1.2, FAIL_RED),
            ]
        table.setStyle(TableStyle(commands))
        return table

    def _breakdowns(self, totals: LabReportTotals) -> Table:
        gap = 6 * mm
        left_width = 62 * mm
        right_width = CONTENT_WIDTH - left_width - gap
        outer = Table(
            [[self._by_status(totals, left_width), "", self._by_merchant(totals, right_width)]],
            colWidths=[left_width, gap, right_width],
        )
        outer.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return outer

    def _mini_head(self, keys: Sequence[str]) -> list[Paragraph]:
        return [Paragraph(self._head_text(k), self.s.head) for k in keys]

    def _head_text(self, key: str) -> str:
        if not self.bilingual:
            return cell_text(self.t[key])
        english = cell_text(LABELS_EN[key])
        return f'{cell_text(self.t[key])}<br/><font size="5.8" color="#d1dbe6">{english}</font>'

    def _by_status(self, totals: LabReportTotals, width: float) -> Table:
        rows: list[list[Any]] = [self._mini_head(("by_status", "count"))]
        for status in LabSampleStatus:
            count = totals.by_status[status]
            style = self.s.cell if count else self.s.cell_small
            rows.append(
                [
                    Paragraph(cell_text(self.w.status[status.value]), style),
                    Paragraph(str(count), right_aligned(style)),
                ]
            )
        table = Table(rows, colWidths=[width - 18 * mm, 18 * mm])
        table.setStyle(mini_table_style())
        return table

    def _by_merchant(self, totals: LabReportTotals, width: float) -> Table:
        rows: list[list[Any]] = [self._mini_head(("by_merchant", "failed", "resulted"))]
        red = FAIL_RED.hexval()
        for entry in totals.failures_by_merchant:
            rows.append(
                [
                    Paragraph(cell_text(entry.merchant), self.s.cell),
                    Paragraph(
                        f'<font color="{red}">{FAIL_MARK} {entry.failed}</font>',
                        right_aligned(self.s.cell),
                    ),
                    Paragraph(str(entry.resulted), right_aligned(self.s.cell)),
                ]
            )
        if not totals.failures_by_merchant:
            text = f"{PASS_MARK} {self.t['no_failures']}"
            rows.append([Paragraph(cell_text(text), self.s.cell), "", ""])
        table = Table(rows, colWidths=[width - 40 * mm, 20 * mm, 20 * mm])
        style = mini_table_style()
        if not totals.failures_by_merchant:
            style.add("SPAN", (0, 1), (-1, 1))
        table.setStyle(style)
        return table

    # --- the sample table ---------------------------------------------------------------

    _COLUMNS = (
        ("col_code", 24),
        ("col_sku", 36),
        ("col_batch", 20),
        ("col_reason", 29),
        ("col_custody", 25),
        ("col_lab", 26),
        ("col_result", 20),
    )

    def _samples(self, rows: Sequence[LabReportRow]) -> Table:
        custody = self._custody_label_width() + self._date_width() + CELL_PADDING
        others = [w * mm for key, w in self._COLUMNS if key != "col_custody"]
        scale = (CONTENT_WIDTH - custody) / sum(others)
        widths = [custody if key == "col_custody" else w * mm * scale for key, w in self._COLUMNS]
        header = [Paragraph(self._head_text(key), self.s.head) for key, _ in self._COLUMNS]
        body = [self._sample_cells(row, widths) for row in rows]
        table = Table([header, *body], colWidths=widths, repeatRows=1)
        commands: list[Any] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, HEAD),
        ]
        for index, row in enumerate(rows, start=1):
            if row.result is LabResult.FAIL:
                commands.append(("BACKGROUND", (0, index), (-1, index), FAIL_TINT))
                commands.append(("LINEBEFORE", (0, index), (0, index), 2.2, FAIL_RED))
            elif index % 2 == 0:
                commands.append(("BACKGROUND", (0, index), (-1, index), LIGHT))
        table.setStyle(TableStyle(commands))
        return table

    def _sample_cells(self, row: LabReportRow, widths: Sequence[float]) -> list[Any]:
        s, t, w = self.s, self.t, self.w
        code = break_at_hyphens(row.code, self.font, s.cell.fontSize, widths[0] - CELL_PADDING)
        return [
            [Paragraph("<br/>".join(cell_text(line) for line in code), s.cell)],
            [
                Paragraph(cell_text(row.sku_name), s.cell),
                Paragraph(f"GTIN {cell_text(row.gtin)}", s.cell_small),
                Paragraph(cell_text(row.merchant), s.cell_small),
            ],
            [
                Paragraph(cell_text(row.batch), s.cell),
                Paragraph(
                    cell_text(t["lot"].format(status=w.lot_status[row.lot_status.value])),
                    s.cell_small,
                ),
            ],
            self._reason_cell(row),
            self._custody_cell(row, widths[4]),
            self._lab_cell(row),
            self._result_cell(row),
        ]

    def _reason_cell(self, row: LabReportRow) -> list[Paragraph]:
        s, t, w = self.s, self.t, self.w
        parts = [
            Paragraph(cell_text(w.reason.get(row.selection_reason, row.selection_reason)), s.cell)
        ]
        if row.selection_note:
            parts.append(
                Paragraph(cell_text(t["note"].format(note=row.selection_note)), s.cell_small)
            )
        if row.risk_score is None or row.risk_level is None:
            parts.append(Paragraph(cell_text(t["risk_unknown"]), s.cell_small))
            return parts
        risk = t["risk"].format(score=row.risk_score, level=w.level[row.risk_level.value])
        parts.append(Paragraph(cell_text(risk), s.cell))
        for factor in row.top_factors:
            parts.append(Paragraph(cell_text(factor_text(w, factor)), s.cell_small))
        return parts

    def _custody_cell(self, row: LabReportRow, width: float) -> Table:
        c = row.custody
        last = "step_cancelled" if row.status is LabSampleStatus.CANCELLED else "step_closed"
        steps = [
            ("step_selected", c.selected),
            ("step_collected", c.collected),
            ("step_dispatched", c.dispatched),
            ("step_received", c.received),
            ("step_resulted", c.resulted),
            (last, c.closed),
        ]
        lines = [
            [
                Paragraph(cell_text(self.t[key]), self.s.cell_small),
                Paragraph(day_text(at), self.s.cell),
            ]
            for key, at in steps
            if at is not None
        ]
        label = self._custody_label_width()
        table = Table(lines, colWidths=[label, width - CELL_PADDING - label])
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ]
            )
        )
        return table

    def _custody_label_width(self) -> float:
        """The widest custody step's word, and a gap."""
        size = self.s.cell_small.fontSize
        keys = [k for k in self.t if k.startswith("step_")]
        return float(max(stringWidth(self.t[k], self.font, size) for k in keys) + 1.4 * mm)

    def _date_width(self) -> float:
        return float(stringWidth("2026-12-31", self.font, self.s.cell.fontSize) + 0.8 * mm)

    def _lab_cell(self, row: LabReportRow) -> list[Paragraph]:
        s = self.s
        parts = []
        if row.lab_name:
            parts.append(Paragraph(cell_text(row.lab_name), s.cell))
        if row.report_no:
            parts.append(Paragraph(cell_text(row.report_no), s.cell_small))
        if row.accreditations:
            parts.append(Paragraph(cell_text(" · ".join(row.accreditations)), s.cell_small))
        return parts or [Paragraph("—", s.cell_small)]

    def _result_cell(self, row: LabReportRow) -> list[Paragraph]:
        s, t, w = self.s, self.t, self.w
        status = w.status[row.status.value].replace(",", ", ")  # may break after the comma
        parts = [Paragraph(cell_text(status), s.cell)]
        if row.result is LabResult.FAIL:
            red = FAIL_RED.hexval()
            parts.append(
                Paragraph(
                    f'<font color="{red}">{FAIL_MARK} {cell_text(w.result["fail"])}</font>', s.cell
                )
            )
            count = t["failed_items"].format(n=len(row.failed_items))
            parts.append(Paragraph(f'<font color="{red}">{cell_text(count)}</font>', s.cell_small))
        elif row.result is LabResult.PASS:
            green = PASS_GREEN.hexval()
            parts.append(
                Paragraph(
                    f'<font color="{green}">{PASS_MARK} {cell_text(w.result["pass"])}</font>',
                    s.cell,
                )
            )
        elif row.holds_lot:
            parts.append(Paragraph(cell_text(w.result["waiting"]), s.cell_small))
        if row.cancel_reason:
            parts.append(
                Paragraph(cell_text(t["cancel"].format(reason=row.cancel_reason)), s.cell_small)
            )
        return parts

    # --- failures -------------------------------------------------------------------------

    def _failures(self, rows: Sequence[LabReportRow]) -> list[Flowable]:
        if not rows:
            return [Paragraph(cell_text(f"{PASS_MARK} {self.t['no_failures']}"), self.s.body)]
        return [KeepTogether([self._failure(row), Spacer(1, 4 * mm)]) for row in rows]

    def _failure(self, row: LabReportRow) -> Table:
        s, t, w = self.s, self.t, self.w
        red = FAIL_RED.hexval()
        title = (
            f'<font color="{red}">{FAIL_MARK} {cell_text(w.result["fail"])}</font>  '
            f"{cell_text(row.code)}  {cell_text(row.sku_name)}"
        )
        meta = t["failure_meta"].format(merchant=row.merchant, batch=row.batch, gtin=row.gtin)
        marks = f"({' · '.join(row.accreditations)})" if row.accreditations else ""
        lab = t["failure_lab"].format(
            lab=row.lab_name or "—",
            report=row.report_no or "—",
            marks=marks,
            at=day_text(row.custody.resulted),
        )
        fate = t["fate"].format(status=w.lot_status[row.lot_status.value])
        marker = FAIL_MARK if row.lot_status is LotStatus.REJECTED else "!"
        head = [
            Paragraph(title, self.s.body),
            Paragraph(cell_text(meta), s.small),
            Paragraph(cell_text(lab), s.small),
        ]
        fate_cell = Paragraph(
            f'<font color="{red}">{marker}</font> {cell_text(fate)}', right_aligned(self.s.body)
        )
        items = self._items(row)
        table = Table(
            [[head, fate_cell], [items, ""]],
            colWidths=[CONTENT_WIDTH - 45 * mm, 45 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 1), (-1, 1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.2, FAIL_RED),
                    ("BACKGROUND", (0, 0), (-1, 0), FAIL_TINT),
                    ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 2 * mm),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 2.5 * mm),
                ]
            )
        )
        return table

    def _items(self, row: LabReportRow) -> Table:
        s, w = self.s, self.w
        red = FAIL_RED.hexval()
        keys = ("col_item", "col_requirement", "col_measured", "col_method", "col_verdict")
        header = [Paragraph(self._head_text(k), s.head) for k in keys]
        body = [
            [
                Paragraph(cell_text(w.item.get(i.item_code, i.item_code)), s.cell),
                Paragraph(cell_text(i.requirement), s.cell),
                Paragraph(f'<font color="{red}">{cell_text(i.measured)}</font>', s.cell),
                Paragraph(cell_text(i.method or "—"), s.cell_small),
                Paragraph(
                    f'<font color="{red}">{FAIL_MARK} {cell_text(w.result["fail"])}</font>', s.cell
                ),
            ]
            for i in row.failed_items
        ]
        width = CONTENT_WIDTH - 5 * mm
        shares = (0.27, 0.22, 0.2, 0.18, 0.13)
        table = Table([header, *body], colWidths=[width * x for x in shares], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4 * mm),
                ]
            )
        )
        return table
