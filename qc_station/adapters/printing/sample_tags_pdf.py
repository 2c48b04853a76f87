"""Lab-sample tags (送检样品标签) as an A4 PDF sheet: 2 × 4 tags of 95 × 68 mm with cut lines.

Each tag carries the sample code twice (Code 128 with its text, and a QR code), the portion
(test portion or sealed backup), the chain-of-custody fields as labelled rows, and blank
lines for the hand-over signatures. Text uses the bundled CJK font, embedded in the PDF.
Values shrink, then wrap, to stay inside their cell; an empty value prints as a line to
fill in by hand.
"""

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from qc_station.adapters.pdf.fonts import register_fonts
from qc_station.domain.lab import SampleTag, SelectionReason
from qc_station.durable import write_atomically
from qc_station.errors import InputError

PAGE_WIDTH, PAGE_HEIGHT = A4
COLUMNS, ROWS = 2, 4
TAGS_PER_PAGE = COLUMNS * ROWS
TAG_WIDTH, TAG_HEIGHT = 95 * mm, 68 * mm
MARGIN_X = (PAGE_WIDTH - COLUMNS * TAG_WIDTH) / 2
MARGIN_Y = (PAGE_HEIGHT - ROWS * TAG_HEIGHT) / 2

PADDING = 3.2 * mm  # from the cut line to the content
FRAME_INSET = 1.6 * mm  # the printed frame, inside the cut line
QR_SIZE = 17 * mm  # with its 4-module quiet zone
TOP_BLOCK = 17 * mm  # title, portion and Code 128, beside the QR code
CODE_TEXT_BAND = 3.2 * mm  # under the bars, for the code as text
CODE_TEXT_SIZE = 8.0
BAR_X_MAX, BAR_X_MIN = 0.33 * mm, 0.19 * mm  # Code 128 module width
ROW_HEIGHT = 4.5 * mm
SKU_ROW_HEIGHT = 6.6 * mm
SIGN_HEIGHT = 8.0 * mm
TITLE_SIZE = 10.0
LABEL_SIZE, LABEL_SUB_SIZE = 6.0, 4.8  # a bilingual label's two lines
VALUE_SIZE, VALUE_MIN_SIZE = 7.5, 5.0
LEADING = 1.14
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.7, 0.7, 0.7)
CUT = colors.Color(0.55, 0.55, 0.55)

LANGUAGES = ("zh_CN", "en")


class TagSheetError(InputError):
    """The tag sheet cannot be made from this input (no tags, bad code, unknown language)."""

    code = "tag_sheet"


@dataclass(frozen=True, slots=True)
class Label:
    """A field's label: the main text and, for bilingual tags, a second line under it."""

    main: str
    sub: str = ""


@dataclass(frozen=True, slots=True)
class Wording:
    """Every fixed text of a tag in one language."""

    title: str
    test_portion: str
    backup_portion: str
    fields: dict[str, Label]
    reasons: dict[str, str]
    quantity_other: dict[str, str]  # "(留样 6)": the other portion's word, by portion
    sign_title: Label
    sign_boxes: tuple[Label, Label, Label]
    footer: str


_ZH_FIELDS = {
    "sku": ("商品", "SKU"),
    "gtin": ("GTIN", ""),
    "merchant": ("商家", "merchant"),
    "batch": ("批号", "batch"),
    "production_date": ("生产日期", "production date"),
    "selected_at": ("抽样时间", "selected at"),
    "reason": ("抽样原因", "reason"),
    "quantity": ("数量", "quantity"),
    "seal_no": ("封条号", "seal no."),
    "collected_by": ("抽样人", "collected by"),
    "lab": ("检测机构", "lab"),
    "tracking_no": ("运单号", "tracking no."),
}

_REASONS_ZH = {
    SelectionReason.NEW_HIGH_RISK_SKU: "新品高风险首批",
    SelectionReason.LAST_RESULT_FAILED: "上次检测不合格",
    SelectionReason.RANDOM: "随机抽样",
    SelectionReason.OVERRIDE: "主管指定",
}
_REASONS_EN = {
    SelectionReason.NEW_HIGH_RISK_SKU: "first lot of new high-risk SKU",
    SelectionReason.LAST_RESULT_FAILED: "last result failed",
    SelectionReason.RANDOM: "random draw",
    SelectionReason.OVERRIDE: "supervisor override",
}

WORDING = {
    "zh_CN": Wording(
        title="送检样品 Lab sample",
        test_portion="检测样 test portion",
        backup_portion="留样(封存) sealed backup",
        fields={key: Label(main, sub) for key, (main, sub) in _ZH_FIELDS.items()},
        reasons={str(k): v for k, v in _REASONS_ZH.items()},
        quantity_other={"test": "留样", "backup": "检测样"},
        sign_title=Label("交接签字", "hand-over"),
        sign_boxes=(
            Label("交样人", "handed over by"),
            Label("收样人", "received by"),
            Label("日期", "date"),
        ),
        footer="QC Station 送检样品标签 · 沿虚线裁开 · 第 {page}/{pages} 页",
    ),
    "en": Wording(
        title="Lab sample",
        test_portion="test portion",
        backup_portion="sealed backup",
        fields={key: Label(sub or main) for key, (main, sub) in _ZH_FIELDS.items()},
        reasons={str(k): v for k, v in _REASONS_EN.items()},
        quantity_other={"test": "backup", "backup": "test"},
        sign_title=Label("hand-over"),
        sign_boxes=(Label("handed over by"), Label("received by"), Label("date")),
        footer="QC Station lab-sample tags · cut along the dashed lines · page {page}/{pages}",
    ),
}
"""The fixed texts; ``zh_CN`` is bilingual (Chinese first), ``en`` is English only."""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in points, from its bottom-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        """The y of the top edge."""
        return self.y + self.height

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width


@dataclass(frozen=True, slots=True)
class Fitted:
    """Text broken into lines at a font size that fits a box."""

    size: float
    lines: tuple[str, ...]


def render_tag_sheet(tags: Sequence[SampleTag], path: Path, language: str = "zh_CN") -> int:
    """Write the tags to ``path`` as an A4 PDF, eight to a page; return the page count.

    ``language`` is ``"zh_CN"`` (bilingual labels, Chinese first) or ``"en"``. The file
    appears whole or not at all. Raises ``TagSheetError`` on an empty list, an unknown
    language or a sample code that cannot be a Code 128, before anything is written.
    """
    if not tags:
        raise TagSheetError("no sample tags to print")
    if language not in WORDING:
        raise TagSheetError(f"unknown tag language {language!r} (use one of {LANGUAGES})")
    for tag in tags:
        _check_code(tag.code)
    font = register_fonts()
    wording = WORDING[language]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, initialFontName=font)
    canvas.setTitle("送检样品标签 Lab sample tags")
    canvas.setAuthor("QC Station")
    pages = math.ceil(len(tags) / TAGS_PER_PAGE)
    for page in range(pages):
        chunk = tags[page * TAGS_PER_PAGE : (page + 1) * TAGS_PER_PAGE]
        _draw_page(canvas, font, wording, chunk, page + 1, pages)
        canvas.showPage()
    canvas.save()
    write_atomically(path, buffer.getvalue())
    return pages


def fit_text(
    text: str, font: str, width: float, height: float, max_size: float, min_size: float
) -> Fitted:
    """The largest size from ``max_size`` down to ``min_size`` at which ``text`` fits the box.

    Text is wrapped at spaces, and between any two CJK characters. When even ``min_size``
    does not fit, the lines that fit are kept and the last one ends in an ellipsis.
    """
    text = _one_line(text)
    size = max_size
    while size >= min_size - 1e-9:
        lines = wrap(text, font, size, width)
        if len(lines) * size * LEADING <= height + 1e-6:
            return Fitted(size, tuple(lines))
        size = round(size - 0.25, 2)
    lines = wrap(text, font, min_size, width)
    keep = max(1, int((height + 1e-6) // (min_size * LEADING)))
    return Fitted(min_size, _ellipsized(lines, keep, font, min_size, width))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points (at least one line)."""
    lines: list[str] = []
    line = ""
    for token in re.findall(r"[!-~\u00a0-\u024f]+|\s+|.", text):
        candidate = line + token
        if stringWidth(candidate.rstrip(), font, size) <= width:
            line = candidate
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = "" if token.isspace() else token
        while stringWidth(line, font, size) > width and len(line) > 1:
            head = _longest_prefix(line, font, size, width)
            lines.append(head)
            line = line[len(head) :]
    if line.strip() or not lines:
        lines.append(line.strip())
    return lines


def _longest_prefix(text: str, font: str, size: float, width: float) -> str:
    """The longest start of ``text`` (at least one character) that fits in ``width``."""
    end = 1
    while end < len(text) and stringWidth(text[: end + 1], font, size) <= width:
        end += 1
    return text[:end]


def _ellipsized(
    lines: list[str], keep: int, font: str, size: float, width: float
) -> tuple[str, ...]:
    """The first ``keep`` lines, the last one shortened to end in "…" if any were cut."""
    if len(lines) <= keep:
        return tuple(lines)
    last = lines[keep - 1]
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    return (*lines[: keep - 1], last + "…")


def _one_line(text: str) -> str:
    """``text`` with control characters and runs of white space turned into single spaces."""
    return " ".join("".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in text).split())


def _check_code(code: str) -> None:
    """Raise unless ``code`` is non-empty printable ASCII (what Code 128 set B carries)."""
    if not code or not all(" " <= c <= "~" for c in code):
        raise TagSheetError(f"sample code {code!r} is empty or not printable ASCII")


def _draw_page(
    canvas: Canvas,
    font: str,
    wording: Wording,
    tags: Sequence[SampleTag],
    page: int,
    pages: int,
) -> None:
    """Cut lines, up to eight tags in reading order, and the page footer."""
    _draw_cut_lines(canvas)
    for index, tag in enumerate(tags):
        row, column = divmod(index, COLUMNS)
        x = MARGIN_X + column * TAG_WIDTH
        y = PAGE_HEIGHT - MARGIN_Y - (row + 1) * TAG_HEIGHT
        _draw_tag(canvas, font, wording, tag, Box(x, y, TAG_WIDTH, TAG_HEIGHT))
    canvas.setFillColor(GREY)
    canvas.setFont(font, 7)
    footer = wording.footer.format(page=page, pages=pages)
    canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN_Y / 2 - 2, footer)


def _draw_cut_lines(canvas: Canvas) -> None:
    """Dashed lines along every tag edge, running out to the paper's edge for a guillotine."""
    canvas.saveState()
    canvas.setStrokeColor(CUT)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 2)
    for column in range(COLUMNS + 1):
        x = MARGIN_X + column * TAG_WIDTH
        canvas.line(x, 0, x, PAGE_HEIGHT)
    for row in range(ROWS + 1):
        y = MARGIN_Y + row * TAG_HEIGHT
        canvas.line(0, y, PAGE_WIDTH, y)
    canvas.restoreState()


def _draw_tag(canvas: Canvas, font: str, wording: Wording, tag: SampleTag, cell: Box) -> None:
    """One tag inside its cell of the sheet."""
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.7)
    inset = FRAME_INSET
    canvas.roundRect(
        cell.x + inset, cell.y + inset, cell.width - 2 * inset, cell.height - 2 * inset, 1.5 * mm
    )
    canvas.restoreState()
    inner = Box(
        cell.x + PADDING,
        cell.y + PADDING,
        cell.width - 2 * PADDING,
        cell.height - 2 * PADDING,
    )
    top = Box(inner.x, inner.top - TOP_BLOCK, inner.width - QR_SIZE - 1 * mm, TOP_BLOCK)
    _draw_header(canvas, font, wording, tag, top)
    _draw_code128(canvas, font, tag.code, Box(top.x, top.y, top.width, top.height - 6.2 * mm))
    # The QR's own 4-module quiet zone may run into the padding, not into the frame.
    _draw_qr(canvas, tag.code, inner.right - QR_SIZE + 0.3 * mm, inner.top - QR_SIZE + 0.3 * mm)
    sign = Box(inner.x, inner.y, inner.width, SIGN_HEIGHT)
    fields = Box(inner.x, sign.top + 0.8 * mm, inner.width, top.y - sign.top - 1.6 * mm)
    label_width = _label_width(font, wording)
    _draw_fields(canvas, font, wording, tag, fields, label_width)
    _draw_signatures(canvas, font, wording, sign, label_width)


def _draw_header(canvas: Canvas, font: str, wording: Wording, tag: SampleTag, box: Box) -> None:
    """The title at the top left and the portion badge at the top right of ``box``."""
    baseline = box.top - 3.6 * mm
    _bold_text(canvas, font, TITLE_SIZE, (box.x, baseline), wording.title)
    backup = tag.portion == "backup"
    text = wording.backup_portion if backup else wording.test_portion
    room = box.width - stringWidth(wording.title, font, TITLE_SIZE) - 2.5 * mm - 3 * mm
    size = min(7.5, 7.5 * room / stringWidth(text, font, 7.5))
    width = stringWidth(text, font, size) + 3 * mm
    badge = Box(box.right - width, baseline - 1.4 * mm, width, 4.8 * mm)
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.roundRect(badge.x, badge.y, badge.width, badge.height, 1 * mm, fill=1 if backup else 0)
    canvas.restoreState()
    color = colors.white if backup else INK
    _bold_text(canvas, font, size, (badge.x + 1.5 * mm, baseline), text, color)


def _bold_text(
    canvas: Canvas,
    font: str,
    size: float,
    at: tuple[float, float],
    text: str,
    color: colors.Color = INK,
) -> None:
    """Draw ``text`` filled and stroked at ``at``: the bundled font has no bold weight."""
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.setStrokeColor(color)
    canvas.setLineWidth(size * 0.03)
    obj = canvas.beginText(*at)
    obj.setFont(font, size)
    obj.setTextRenderMode(2)
    obj.textOut(text)
    canvas.drawText(obj)
    canvas.restoreState()


def _draw_code128(canvas: Canvas, font: str, code: str, box: Box) -> None:
    """A Code 128 of ``code`` with quiet zones, centred in ``box``, its text under the bars."""
    modules = Code128(code, barWidth=1, quiet=0).width  # width in modules at 1 pt each
    module = min(BAR_X_MAX, box.width / (modules + 20))
    if module < BAR_X_MIN:
        raise TagSheetError(f"sample code {code!r} is too long for the tag's barcode")
    quiet = 10 * module
    barcode = Code128(
        code,
        barWidth=module,
        barHeight=box.height - CODE_TEXT_BAND,
        quiet=1,
        lquiet=quiet,
        rquiet=quiet,
        humanReadable=0,
    )
    x = box.x + (box.width - barcode.width) / 2
    barcode.drawOn(canvas, x, box.y + CODE_TEXT_BAND)
    canvas.setFont(font, CODE_TEXT_SIZE)
    canvas.setFillColor(INK)
    canvas.drawCentredString(x + barcode.width / 2, box.y + 0.5 * mm, code)


def _draw_qr(canvas: Canvas, code: str, x: float, y: float) -> None:
    """A QR code of ``code`` (error level M) with its quiet zone, bottom-left at (x, y)."""
    widget = QrCodeWidget(code, barLevel="M", barBorder=4, barWidth=QR_SIZE, barHeight=QR_SIZE)
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _label_width(font: str, wording: Wording) -> float:
    """The width of the label column: the widest label, plus a gap."""
    labels = [*wording.fields.values(), wording.sign_title]
    widest = max(
        max(
            stringWidth(label.main, font, _main_size(label)),
            stringWidth(label.sub, font, LABEL_SUB_SIZE),
        )
        for label in labels
    )
    return float(widest + 2.0 * mm)


def _main_size(label: Label) -> float:
    """The size of a label's main line: smaller when a second line shares the row."""
    return LABEL_SIZE if label.sub else 6.5


def _field_rows(tag: SampleTag, wording: Wording) -> list[list[tuple[str, str]]]:
    """The field rows of a tag: (field key, value) pairs, one or two to a row."""
    reason = wording.reasons.get(tag.selection_reason, tag.selection_reason)
    return [
        [("sku", tag.sku_name)],
        [("merchant", tag.merchant)],
        [("gtin", tag.gtin), ("batch", tag.batch)],
        [("production_date", _date(tag.production_date)), ("selected_at", _when(tag.selected_at))],
        [("reason", reason), ("quantity", _quantity(tag, wording))],
        [("seal_no", tag.seal_no), ("collected_by", tag.collected_by)],
        [("lab", tag.lab_name), ("tracking_no", tag.tracking_no)],
    ]


def _draw_fields(
    canvas: Canvas, font: str, wording: Wording, tag: SampleTag, box: Box, label_width: float
) -> None:
    """The field rows from the top of ``box`` down, with rules between them."""
    rows = _field_rows(tag, wording)
    heights = [SKU_ROW_HEIGHT, *[ROW_HEIGHT] * (len(rows) - 1)]
    spare = box.height - sum(heights)
    heights = [h + spare / len(rows) for h in heights]
    top = box.top
    _rule(canvas, box.x, box.right, top)
    for row, height in zip(rows, heights, strict=True):
        y = top - height
        half = box.width / len(row)
        for i, (key, value) in enumerate(row):
            cell = Box(box.x + i * half, y, half, height)
            indent = 1.2 * mm if i else 0.0  # off the vertical rule
            _draw_field(canvas, font, (wording.fields[key], value), cell, label_width, indent)
            if i:
                _rule(canvas, cell.x, cell.x, y, top)
        _rule(canvas, box.x, box.right, y)
        top = y


def _draw_field(
    canvas: Canvas,
    font: str,
    field: tuple[Label, str],
    cell: Box,
    label_width: float,
    indent: float,
) -> None:
    """A label on the left of ``cell`` and its value (or a blank line) on the right."""
    label, value = field
    _draw_label(canvas, font, label, cell.x + indent, cell)
    left = indent + label_width
    value_box = Box(cell.x + left, cell.y, cell.width - left - 0.8 * mm, cell.height)
    if not value.strip():
        _blank_line(canvas, value_box)
        return
    fitted = fit_text(
        value, font, value_box.width, value_box.height - 0.6 * mm, VALUE_SIZE, VALUE_MIN_SIZE
    )
    _draw_lines(canvas, font, fitted, value_box)


def _draw_label(canvas: Canvas, font: str, label: Label, x: float, cell: Box) -> None:
    """A one- or two-line label, vertically centred in ``cell``."""
    canvas.setFillColor(GREY)
    main_size = _main_size(label)
    if label.sub:
        main_ascent, main_descent = getAscentDescent(font, main_size)
        sub_ascent, sub_descent = getAscentDescent(font, LABEL_SUB_SIZE)
        gap = 0.4
        block = main_ascent - main_descent + gap + sub_ascent - sub_descent
        main_baseline = cell.y + (cell.height + block) / 2 - main_ascent
        canvas.setFont(font, main_size)
        canvas.drawString(x, main_baseline, label.main)
        canvas.setFont(font, LABEL_SUB_SIZE)
        canvas.drawString(x, main_baseline + main_descent - gap - sub_ascent, label.sub)
    else:
        canvas.setFont(font, main_size)
        canvas.drawString(x, _centred_baseline(font, main_size, cell), label.main)
    canvas.setFillColor(INK)


def _draw_lines(canvas: Canvas, font: str, fitted: Fitted, box: Box) -> None:
    """Lines of text vertically centred in ``box``."""
    line_height = fitted.size * LEADING
    block = line_height * len(fitted.lines)
    top = box.y + (box.height + block) / 2
    ascent, descent = getAscentDescent(font, fitted.size)
    canvas.setFont(font, fitted.size)
    canvas.setFillColor(INK)
    for i, line in enumerate(fitted.lines):
        line_top = top - i * line_height
        baseline = line_top - (line_height - (ascent - descent)) / 2 - ascent
        canvas.drawString(box.x, baseline, line)


def _centred_baseline(font: str, size: float, box: Box) -> float:
    """The baseline that centres one line of ``size`` points vertically in ``box``."""
    ascent, descent = getAscentDescent(font, size)
    return float(box.y + (box.height - (ascent - descent)) / 2 - descent)


def _blank_line(canvas: Canvas, box: Box) -> None:
    """A thin line near the bottom of ``box``, to write the missing value on."""
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    canvas.line(box.x, box.y + 1.0 * mm, box.right, box.y + 1.0 * mm)
    canvas.restoreState()


def _rule(canvas: Canvas, x1: float, x2: float, y1: float, y2: float | None = None) -> None:
    """A thin grey rule: horizontal at ``y1``, or vertical from ``y1`` to ``y2``."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.35)
    canvas.line(x1, y1, x2, y1 if y2 is None else y2)
    canvas.restoreState()


def _draw_signatures(
    canvas: Canvas, font: str, wording: Wording, box: Box, label_width: float
) -> None:
    """交接签字: the row title, then three boxes to sign and date the hand-over in."""
    _draw_label(canvas, font, wording.sign_title, box.x, box)
    x = box.x + label_width
    widths = (0.38, 0.38, 0.24)
    room = box.right - x
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    for share, label in zip(widths, wording.sign_boxes, strict=True):
        width = room * share
        canvas.rect(x, box.y, width - 0.8 * mm, box.height, stroke=1, fill=0)
        canvas.setFillColor(GREY)
        canvas.setFont(font, 5)
        text = f"{label.main} {label.sub}".strip()
        canvas.drawString(x + 0.8 * mm, box.top - 2.3 * mm, text)
        x += width
    canvas.restoreState()


def _quantity(tag: SampleTag, wording: Wording) -> str:
    """This portion's quantity, the other portion's in brackets: "6 (留样 6)"."""
    backup = tag.portion == "backup"
    own, other = (
        (tag.backup_quantity, tag.test_quantity)
        if backup
        else (tag.test_quantity, tag.backup_quantity)
    )
    if own is None:
        return ""
    word = wording.quantity_other["backup" if backup else "test"]
    return f"{own} ({word} {other})" if other is not None else str(own)


def _date(text: str) -> str:
    """An ISO date as YYYY-MM-DD; other text as it is."""
    try:
        return datetime.fromisoformat(text.strip()).date().isoformat()
    except ValueError:
        return text


def _when(text: str) -> str:
    """An ISO date-time as "YYYY-MM-DD HH:MM" (in the zone it was written in)."""
    try:
        return datetime.fromisoformat(text.strip()).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text
