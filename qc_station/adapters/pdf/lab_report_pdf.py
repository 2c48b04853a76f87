"""The lab sampling report (送检样品报告) as a printable A4 PDF.

Page 1 starts with the title, the period, the station and when the report was made; then
the summary (the period's figures), the table of samples (its header repeated on every
page, long values wrapped inside their cells) and the failures, each with the items over
their limits and what became of the lot. Every page carries "第 n/m 页" / "Page n of m".

A failure is always marked with ✗ and the word 不合格 / Fail as well as red, so it reads
the same printed in black and white. Text uses the bundled CJK font, embedded in the PDF.

The words are the ones the station's screens use (``qc_station.ui.lab_words`` and its
Chinese translation), kept here without Qt; a test compares the two tables.
"""

import errno
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from qc_station.adapters.pdf.fonts import register_fonts
from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.lab import LabResult, LabSampleStatus
from qc_station.domain.lot import LotStatus
from qc_station.domain.risk import RiskFactor
from qc_station.durable import write_atomically
from qc_station.errors import InputError, QcError, StorageFull
from qc_station.services.lab_report import LabReportData, LabReportRow, LabReportTotals

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 16 * mm
CELL_PADDING = 2.8 * mm  # left and right padding of a sample table cell
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.Color(0.1, 0.1, 0.12)
GREY = colors.Color(0.4, 0.4, 0.43)
LIGHT = colors.Color(0.93, 0.94, 0.95)
RULE = colors.Color(0.72, 0.73, 0.75)
HEAD = colors.Color(0.2, 0.27, 0.36)  # the dark blue-grey of table headers
FAIL_RED = colors.Color(0.78, 0.08, 0.08)
FAIL_TINT = colors.Color(0.99, 0.93, 0.93)
PASS_GREEN = colors.Color(0.1, 0.45, 0.2)

FAIL_MARK, PASS_MARK = "✗", "✓"  # both are in the bundled font (✘ and ✔ are not)
LANGUAGES = ("zh_CN", "en")

# --- words ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Words:
    """The words of the report in one language, keyed by the codes the data carries."""

    status: dict[str, str]  # LabSampleStatus value -> words
    reason: dict[str, str]  # SelectionReason value -> words
    result: dict[str, str]  # "pass", "fail", "waiting"
    lot_status: dict[str, str]  # LotStatus value -> words
    level: dict[str, str]  # RiskLevel value -> words
    factor: dict[str, str]  # RiskFactor code -> template with %1 (a level) or %n (a count)
    factor_points: str  # "%1 (+%2)": a factor's words and its points
    item: dict[str, str]  # lab test item code -> its name
    labels: dict[str, str]  # the report's own fixed texts


_LAB_ZH = {
    "status": {
        "selected": "已抽中,待采样",
        "collected": "已采样,待寄送",
        "dispatched": "寄送中",
        "received": "检测中",
        "resulted": "已出结果",
        "closed": "已结案",
        "cancelled": "已取消",
    },
    "reason": {
        "new_high_risk_sku": "新品高风险首批",
        "last_result_failed": "上次检测不合格",
        "random": "随机抽样",
        "override": "主管指定",
    },
    "result": {"pass": "合格", "fail": "不合格", "waiting": "待出结果"},
    "lot_status": {"pending": "待定", "released": "已放行", "held": "暂扣", "rejected": "拒收"},
    "level": {"low": "低", "medium": "中", "high": "高"},
    "factor": {
        "category_risk": "品类风险%1",
        "sku_risk": "商品登记为%1风险",
        "lots_not_accepted": "商家有 %n 个批次未通过",
        "merchant_lab_failures": "商家有 %n 次检测不合格",
        "sku_last_lab_failed": "该商品上次检测不合格",
        "returns_with_product_defects": "%n 次客退发现商品缺陷",
        "new_sku": "新商品",
        "new_merchant": "新商家",
        "never_lab_tested": "从未送检",
        "lab_test_overdue": "上次送检在 %n 天前",
    },
    "item": {
        "aerobic_count": "菌落总数",
        "coliforms": "大肠菌群",
        "pathogens": "致病菌(沙门氏菌、金黄色葡萄球菌)",
        "moulds_yeasts": "霉菌和酵母",
        "lead": "铅 (Pb)",
        "mercury": "汞 (Hg)",
        "arsenic": "砷 (As)",
        "cadmium": "镉 (Cd)",
        "aflatoxin_m1": "黄曲霉毒素 M1",
        "melamine": "三聚氰胺",
        "protein": "蛋白质",
        "preservatives": "防腐剂",
        "banned_substances": "禁用物质",
        "formaldehyde": "甲醛含量",
        "ph_value": "pH 值",
        "azo_dyes": "可分解致癌芳香胺染料",
        "fibre_content": "纤维含量",
        "colour_fastness": "色牢度",
        "phthalates": "邻苯二甲酸酯",
        "migratable_elements": "可迁移元素",
        "small_parts": "小零件",
        "ccc_mark": "CCC 认证",
        "power_rating": "输入功率",
        "leakage_current": "泄漏电流",
        "electric_strength": "电气强度",
        "heating": "发热",
    },
}

_LAB_EN = {
    "status": {
        "selected": "Selected, to collect",
        "collected": "Collected, to send",
        "dispatched": "On its way to the lab",
        "received": "At the lab, testing",
        "resulted": "Result in",
        "closed": "Closed",
        "cancelled": "Cancelled",
    },
    "reason": {
        "new_high_risk_sku": "First lot of a new high-risk SKU",
        "last_result_failed": "The last lab result failed",
        "random": "Random draw",
        "override": "Chosen by a supervisor",
    },
    "result": {"pass": "Pass", "fail": "Fail", "waiting": "Waiting"},
    "lot_status": {
        "pending": "Pending",
        "released": "Released",
        "held": "Held",
        "rejected": "Rejected",
    },
    "level": {"low": "low", "medium": "medium", "high": "high"},
    "factor": {
        "category_risk": "Category risk %1",
        "sku_risk": "Listed as %1 risk",
        "lots_not_accepted": "%n lot(s) of the merchant not accepted",
        "merchant_lab_failures": "%n failed lab result(s) of the merchant",
        "sku_last_lab_failed": "The SKU's last lab result failed",
        "returns_with_product_defects": "%n return(s) with a product defect",
        "new_sku": "New SKU",
        "new_merchant": "New merchant",
        "never_lab_tested": "Never tested by a lab",
        "lab_test_overdue": "Last lab test %n day(s) ago",
    },
    "item": {
        "aerobic_count": "Aerobic plate count",
        "coliforms": "Coliforms",
        "pathogens": "Pathogens (Salmonella, S. aureus)",
        "moulds_yeasts": "Moulds and yeasts",
        "lead": "Lead (Pb)",
        "mercury": "Mercury (Hg)",
        "arsenic": "Arsenic (As)",
        "cadmium": "Cadmium (Cd)",
        "aflatoxin_m1": "Aflatoxin M1",
        "melamine": "Melamine",
        "protein": "Protein",
        "preservatives": "Preservatives",
        "banned_substances": "Banned substances",
        "formaldehyde": "Formaldehyde",
        "ph_value": "pH value",
        "azo_dyes": "Banned azo dyes",
        "fibre_content": "Fibre content",
        "colour_fastness": "Colour fastness",
        "phthalates": "Phthalates",
        "migratable_elements": "Migratable elements",
        "small_parts": "Small parts",
        "ccc_mark": "CCC certification",
        "power_rating": "Power rating",
        "leakage_current": "Leakage current",
        "electric_strength": "Electric strength",
        "heating": "Heating",
    },
}

_LABELS_ZH = {
    "title": "送检样品报告",
    "title_other": "Lab sampling report",
    "period": "期间",
    "period_value": "{start} 至 {end}(按抽样日期,站点当地时间)",
    "station": "站点",
    "generated": "生成时间",
    "generated_value": "{at}(状态以此时为准)",
    "summary": "概况",
    "samples": "样品",
    "samples_tile": "送检样品",
    "pass_tile": "合格",
    "fail_tile": "不合格",
    "waiting_tile": "待出结果",
    "holding_tile": "扣留批次的在检样品",
    "holding_sub": "涉及 {lots} 个批次",
    "median_tile": "抽样至出结果(中位数)",
    "median_value": "{days} 天",
    "median_sub": "{n} 个样品已出结果",
    "none": "—",
    "by_status": "按状态",
    "status": "状态",
    "count": "数量",
    "by_merchant": "不合格商家",
    "merchant": "商家",
    "failed": "不合格",
    "resulted": "已出结果",
    "no_failures": "本期无不合格样品",
    "table": "样品明细",
    "col_code": "样品编号",
    "col_sku": "商品 / 商家",
    "col_batch": "批号 / 批次",
    "col_reason": "抽样原因 / 风险",
    "col_custody": "流转",
    "col_lab": "检测机构 / 报告",
    "col_result": "状态 / 结果",
    "risk": "风险 {score} · {level}",
    "risk_unknown": "风险未记录",
    "note": "说明:{note}",
    "cancel": "取消原因:{reason}",
    "lot": "批次:{status}",
    "step_selected": "抽中",
    "step_collected": "采样",
    "step_dispatched": "寄出",
    "step_received": "收样",
    "step_resulted": "出结果",
    "step_closed": "结案",
    "step_cancelled": "取消",
    "failed_items": "{n} 项不合格",
    "failures": "不合格样品",
    "failure_meta": "商家 {merchant} · 批号 {batch} · GTIN {gtin}",
    "failure_lab": "{lab} · 报告编号 {report} {marks} · 出结果 {at}",
    "fate": "批次处置:{status}",
    "col_item": "检测项目",
    "col_requirement": "标准要求",
    "col_measured": "实测值",
    "col_method": "检测方法",
    "col_verdict": "判定",
    "empty": "本期间({start} 至 {end})未抽取送检样品。",
    "empty_other": "No samples were taken for the lab in this period.",
    "footer": "QC Station · 送检样品报告 · {start} 至 {end}",
    "page": "第 {page}/{pages} 页",
}

_LABELS_EN = {
    "title": "Lab sampling report",
    "title_other": "送检样品报告",
    "period": "Period",
    "period_value": "{start} to {end} (by the day selected, site local time)",
    "station": "Station",
    "generated": "Generated",
    "generated_value": "{at} (statuses as of then)",
    "summary": "Summary",
    "samples": "Samples",
    "samples_tile": "Samples",
    "pass_tile": "Pass",
    "fail_tile": "Fail",
    "waiting_tile": "Waiting",
    "holding_tile": "Open, holding lots",
    "holding_sub": "{lots} lot(s) held",
    "median_tile": "Selection to result (median)",
    "median_value": "{days} d",
    "median_sub": "over {n} result(s)",
    "none": "—",
    "by_status": "By status",
    "status": "Status",
    "count": "Samples",
    "by_merchant": "Failures by merchant",
    "merchant": "Merchant",
    "failed": "Failed",
    "resulted": "Resulted",
    "no_failures": "No failures in the period",
    "table": "Samples",
    "col_code": "Sample",
    "col_sku": "SKU / merchant",
    "col_batch": "Batch / lot",
    "col_reason": "Reason / risk",
    "col_custody": "Custody",
    "col_lab": "Lab / report",
    "col_result": "Status / result",
    "risk": "Risk {score} · {level}",
    "risk_unknown": "Risk not recorded",
    "note": "Note: {note}",
    "cancel": "Cancelled: {reason}",
    "lot": "Lot: {status}",
    "step_selected": "selected",
    "step_collected": "collected",
    "step_dispatched": "sent",
    "step_received": "received",
    "step_resulted": "resulted",
    "step_closed": "closed",
    "step_cancelled": "cancelled",
    "failed_items": "{n} item(s) failed",
    "failures": "Failures",
    "failure_meta": "Merchant {merchant} · batch {batch} · GTIN {gtin}",
    "failure_lab": "{lab} · report {report} {marks} · resulted {at}",
    "fate": "Lot: {status}",
    "col_item": "Test item",
    "col_requirement": "Requirement",
    "col_measured": "Measured",
    "col_method": "Method",
    "col_verdict": "Verdict",
    "empty": "No samples were taken for the lab in this period ({start} to {end}).",
    "empty_other": "本期间未抽取送检样品。",
    "footer": "QC Station · lab sampling report · {start} to {end}",
    "page": "Page {page} of {pages}",
}

WORDS = {
    "zh_CN": Words(factor_points="%1(+%2)", labels=_LABELS_ZH, **_LAB_ZH),
    "en": Words(factor_points="%1 (+%2)", labels=_LABELS_EN, **_LAB_EN),
}
"""The report's words; ``zh_CN`` puts the English column names under the Chinese ones."""

_LEVELS = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)


def factor_text(words: Words, factor: RiskFactor) -> str:
    """One risk factor in words with its points, as the station's screens word it."""
    template = words.factor.get(factor.code, factor.code)
    level = words.level[_LEVELS[min(max(factor.value, 0), 2)].value]
    text = template.replace("%1", level).replace("%n", str(factor.value))
    return words.factor_points.replace("%1", text).replace("%2", str(factor.points))


# --- errors --------------------------------------------------------------------------------


class ReportPathError(InputError):
    """The PDF cannot be written where the user asked (no such folder, a folder, no access)."""

    code = "report_path"


class ReportWriteError(QcError):
    """Writing the PDF failed for a reason of the system (an I/O error)."""

    code = "report_write"


def check_output_path(path: Path) -> None:
    """Raise ``ReportPathError`` when a file clearly cannot be written at ``path``."""
    folder = path.parent
    if path.is_dir():
        raise ReportPathError(f"cannot write {path}: it is a folder (name the PDF file)")
    if not folder.is_dir():
        raise ReportPathError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportPathError(f"cannot write {path}: no permission to write in {folder}")


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except (PermissionError, FileNotFoundError, NotADirectoryError, IsADirectoryError) as exc:
        raise ReportPathError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull(f"cannot write {path}: the disk is full") from exc
        raise ReportWriteError(f"cannot write {path}: {exc.strerror or exc}") from exc


# --- the document --------------------------------------------------------------------------


def render_lab_report(
    data: LabReportData,
    path: Path,
    language: str = "zh_CN",
    station: str = "",
    generated_at: datetime | None = None,
) -> int:
    """Write the report to ``path`` as an A4 PDF; return its page count.

    The file appears whole or not at all. Raises ``InputError`` for an unknown language,
    ``ReportPathError`` (an ``InputError``) for a path that cannot be written, and
    ``ReportWriteError`` or ``StorageFull`` when the system fails to write it.
    """
    if language not in WORDS:
        raise InputError(f"unknown report language {language!r} (use one of {LANGUAGES})")
    font = register_fonts()
    words = WORDS[language]
    at = generated_at or datetime.now().astimezone()
    page_count = [0]
    footer = words.labels["footer"].format(start=data.start, end=data.end)
    canvasmaker = _numbered_canvas(font, words, footer, at, page_count)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{words.labels['title']} {words.labels['title_other']} {data.start}..{data.end}",
        author="QC Station",
        subject=station,
        invariant=True,
    )
    story = _Story(font, words).build(data, station, at)
    doc.build(story, canvasmaker=canvasmaker)
    _write(path, buffer.getvalue())
    return page_count[0]


def _numbered_canvas(
    font: str, words: Words, footer: str, at: datetime, page_count: list[int]
) -> Callable[..., Canvas]:
    """A canvas class that waits for the last page to number every page "n of m"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", font)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            page_count[0] = total
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            self.saveState()
            y = MARGIN_BOTTOM - 8 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 3.6 * mm, PAGE_WIDTH - MARGIN_X, y + 3.6 * mm)
            self.setFont(font, 7.5)
            self.setFillColor(GREY)
            self.drawString(MARGIN_X, y, f"{footer} · {at:%Y-%m-%d %H:%M}")
            page = words.labels["page"].format(page=number, pages=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, y, page)
            self.restoreState()

    return NumberedCanvas


class _BoldTitle(Flowable):
    """A line of large text, filled and stroked: the bundled font has no bold weight."""

    def __init__(self, font: str, text: str, size: float, sub: str, sub_size: float) -> None:
        super().__init__()
        self.font, self.text, self.size, self.sub, self.sub_size = font, text, size, sub, sub_size
        self.height = size * 1.25

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(self.size * 0.035)
        text = canvas.beginText(0, self.size * 0.22)
        text.setFont(self.font, self.size)
        text.setTextRenderMode(2)
        text.textOut(self.text)
        text.setTextRenderMode(0)
        text.setFont(self.font, self.sub_size)
        text.setFillColor(GREY)
        text.textOut("  " + self.sub)
        canvas.drawText(text)
        canvas.restoreState()


@dataclass(frozen=True, slots=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    head: ParagraphStyle
    head_sub: ParagraphStyle
    section: ParagraphStyle
    tile_number: ParagraphStyle
    tile_label: ParagraphStyle
    notice: ParagraphStyle


def _styles(font: str) -> _Styles:
    def style(name: str, size: float, leading: float, color: Any = INK, **kw: Any) -> Any:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)

    return _Styles(
        body=style("body", 9, 12.5, textColor=INK),
        small=style("small", 7.5, 10, textColor=GREY),
        cell=style("cell", 7.2, 9, textColor=INK),
        cell_small=style("cell_small", 6.2, 7.8, textColor=GREY),
        head=style("head", 7.4, 9, textColor=colors.white),
        head_sub=style("head_sub", 5.8, 7, textColor=colors.Color(0.82, 0.86, 0.9)),
        section=style("section", 12, 15, textColor=HEAD, spaceBefore=5 * mm, spaceAfter=2 * mm),
        tile_number=style("tile_number", 17, 20, textColor=INK, alignment=TA_CENTER),
        tile_label=style("tile_label", 7, 8.8, textColor=GREY, alignment=TA_CENTER),
        notice=style("notice", 10.5, 15, textColor=INK, alignment=TA_CENTER),
    )


MAX_CELL_TEXT = 160
"""Free text (names, notes, reasons) is cut to this many characters: a row must fit a page."""


def _e(text: object) -> str:
    """Text made safe for a Paragraph's markup, on one line and at most ``MAX_CELL_TEXT`` long."""
    value = " ".join(str(text).split())
    if len(value) > MAX_CELL_TEXT:
        value = value[: MAX_CELL_TEXT - 1] + "…"
    return escape(value)


def _date(at: datetime | None) -> str:
    return "" if at is None else f"{at:%Y-%m-%d}"


class _Story:
    """The flowables of one report."""

    def __init__(self, font: str, words: Words) -> None:
        self.font = font
        self.w = words
        self.t = words.labels
        self.s = _styles(font)
        self.bilingual = words is WORDS["zh_CN"]

    def build(self, data: LabReportData, station: str, at: datetime) -> list[Flowable]:
        story: list[Flowable] = [
            _BoldTitle(self.font, self.t["title"], 19, self.t["title_other"], 10.5),
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
        english = _LABELS_EN[key] if self.bilingual else ""
        mark = f'<font color="{FAIL_RED.hexval()}">{FAIL_MARK}</font> ' if fail else ""
        sub = f' <font size="8.5" color="{GREY.hexval()}">{_e(english)}</font>' if english else ""
        return Paragraph(f"{mark}{_e(self.t[key])}{sub}", self.s.section)

    def _meta(self, data: LabReportData, station: str, at: datetime) -> Table:
        rows = [
            ("period", self.t["period_value"].format(start=data.start, end=data.end)),
            ("station", station or "—"),
            ("generated", self.t["generated_value"].format(at=f"{at:%Y-%m-%d %H:%M}")),
        ]
        cells = [
            [Paragraph(self._bi(key), self.s.small), Paragraph(_e(value), self.s.body)]
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
            return _e(self.t[key])
        return f'{_e(self.t[key])} <font size="6">{_e(_LABELS_EN[key])}</font>'

    def _empty(self, data: LabReportData) -> Table:
        text = self.t["empty"].format(start=data.start, end=data.end)
        box = Table(
            [
                [Paragraph(_e(text), self.s.notice)],
                [Paragraph(_e(self.t["empty_other"]), _centred(self.s.small))],
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
                parts.append(Paragraph(_e(sub), self.s.tile_label))
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
            return _e(self.t[key])
        return (
            f'{_e(self.t[key])}<br/><font size="5.8" color="#d1dbe6">{_e(_LABELS_EN[key])}</font>'
        )

    def _by_status(self, totals: LabReportTotals, width: float) -> Table:
        rows: list[list[Any]] = [self._mini_head(("by_status", "count"))]
        for status in LabSampleStatus:
            count = totals.by_status[status]
            style = self.s.cell if count else self.s.cell_small
            rows.append(
                [
                    Paragraph(_e(self.w.status[status.value]), style),
                    Paragraph(str(count), _right(style)),
                ]
            )
        table = Table(rows, colWidths=[width - 18 * mm, 18 * mm])
        table.setStyle(_mini_style())
        return table

    def _by_merchant(self, totals: LabReportTotals, width: float) -> Table:
        rows: list[list[Any]] = [self._mini_head(("by_merchant", "failed", "resulted"))]
        red = FAIL_RED.hexval()
        for entry in totals.failures_by_merchant:
            rows.append(
                [
                    Paragraph(_e(entry.merchant), self.s.cell),
                    Paragraph(
                        f'<font color="{red}">{FAIL_MARK} {entry.failed}</font>',
                        _right(self.s.cell),
                    ),
                    Paragraph(str(entry.resulted), _right(self.s.cell)),
                ]
            )
        if not totals.failures_by_merchant:
            text = f"{PASS_MARK} {self.t['no_failures']}"
            rows.append([Paragraph(_e(text), self.s.cell), "", ""])
        table = Table(rows, colWidths=[width - 40 * mm, 20 * mm, 20 * mm])
        style = _mini_style()
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
        code = _break_at_hyphens(row.code, self.font, s.cell.fontSize, widths[0] - CELL_PADDING)
        return [
            [Paragraph("<br/>".join(_e(line) for line in code), s.cell)],
            [
                Paragraph(_e(row.sku_name), s.cell),
                Paragraph(f"GTIN {_e(row.gtin)}", s.cell_small),
                Paragraph(_e(row.merchant), s.cell_small),
            ],
            [
                Paragraph(_e(row.batch), s.cell),
                Paragraph(
                    _e(t["lot"].format(status=w.lot_status[row.lot_status.value])), s.cell_small
                ),
            ],
            self._reason_cell(row),
            self._custody_cell(row, widths[4]),
            self._lab_cell(row),
            self._result_cell(row),
        ]

    def _reason_cell(self, row: LabReportRow) -> list[Paragraph]:
        s, t, w = self.s, self.t, self.w
        parts = [Paragraph(_e(w.reason.get(row.selection_reason, row.selection_reason)), s.cell)]
        if row.selection_note:
            parts.append(Paragraph(_e(t["note"].format(note=row.selection_note)), s.cell_small))
        if row.risk_score is None or row.risk_level is None:
            parts.append(Paragraph(_e(t["risk_unknown"]), s.cell_small))
            return parts
        risk = t["risk"].format(score=row.risk_score, level=w.level[row.risk_level.value])
        parts.append(Paragraph(_e(risk), s.cell))
        for factor in row.top_factors:
            parts.append(Paragraph(_e(factor_text(w, factor)), s.cell_small))
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
            [Paragraph(_e(self.t[key]), self.s.cell_small), Paragraph(_date(at), self.s.cell)]
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
            parts.append(Paragraph(_e(row.lab_name), s.cell))
        if row.report_no:
            parts.append(Paragraph(_e(row.report_no), s.cell_small))
        if row.accreditations:
            parts.append(Paragraph(_e(" · ".join(row.accreditations)), s.cell_small))
        return parts or [Paragraph("—", s.cell_small)]

    def _result_cell(self, row: LabReportRow) -> list[Paragraph]:
        s, t, w = self.s, self.t, self.w
        status = w.status[row.status.value].replace(",", ", ")  # may break after the comma
        parts = [Paragraph(_e(status), s.cell)]
        if row.result is LabResult.FAIL:
            red = FAIL_RED.hexval()
            parts.append(
                Paragraph(f'<font color="{red}">{FAIL_MARK} {_e(w.result["fail"])}</font>', s.cell)
            )
            count = t["failed_items"].format(n=len(row.failed_items))
            parts.append(Paragraph(f'<font color="{red}">{_e(count)}</font>', s.cell_small))
        elif row.result is LabResult.PASS:
            green = PASS_GREEN.hexval()
            parts.append(
                Paragraph(
                    f'<font color="{green}">{PASS_MARK} {_e(w.result["pass"])}</font>', s.cell
                )
            )
        elif row.holds_lot:
            parts.append(Paragraph(_e(w.result["waiting"]), s.cell_small))
        if row.cancel_reason:
            parts.append(Paragraph(_e(t["cancel"].format(reason=row.cancel_reason)), s.cell_small))
        return parts

    # --- failures -------------------------------------------------------------------------

    def _failures(self, rows: Sequence[LabReportRow]) -> list[Flowable]:
        if not rows:
            return [Paragraph(_e(f"{PASS_MARK} {self.t['no_failures']}"), self.s.body)]
        return [KeepTogether([self._failure(row), Spacer(1, 4 * mm)]) for row in rows]

    def _failure(self, row: LabReportRow) -> Table:
        s, t, w = self.s, self.t, self.w
        red = FAIL_RED.hexval()
        title = (
            f'<font color="{red}">{FAIL_MARK} {_e(w.result["fail"])}</font>  '
            f"{_e(row.code)}  {_e(row.sku_name)}"
        )
        meta = t["failure_meta"].format(merchant=row.merchant, batch=row.batch, gtin=row.gtin)
        marks = f"({' · '.join(row.accreditations)})" if row.accreditations else ""
        lab = t["failure_lab"].format(
            lab=row.lab_name or "—",
            report=row.report_no or "—",
            marks=marks,
            at=_date(row.custody.resulted),
        )
        fate = t["fate"].format(status=w.lot_status[row.lot_status.value])
        marker = FAIL_MARK if row.lot_status is LotStatus.REJECTED else "!"
        head = [
            Paragraph(title, self.s.body),
            Paragraph(_e(meta), s.small),
            Paragraph(_e(lab), s.small),
        ]
        fate_cell = Paragraph(
            f'<font color="{red}">{marker}</font> {_e(fate)}', _right(self.s.body)
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
                Paragraph(_e(w.item.get(i.item_code, i.item_code)), s.cell),
                Paragraph(_e(i.requirement), s.cell),
                Paragraph(f'<font color="{red}">{_e(i.measured)}</font>', s.cell),
                Paragraph(_e(i.method or "—"), s.cell_small),
                Paragraph(f'<font color="{red}">{FAIL_MARK} {_e(w.result["fail"])}</font>', s.cell),
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


def _break_at_hyphens(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken after hyphens where it must be."""
    lines: list[str] = []
    for piece in re.findall(r"[^-]*-|[^-]+$", text):
        if lines and stringWidth(lines[-1] + piece, font, size) <= width:
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines or [text]


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


def _centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_centred", parent=style, alignment=TA_CENTER)


def _mini_style() -> TableStyle:
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.0 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ]
    )
