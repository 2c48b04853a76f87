"""The page geometry, colours, paragraph styles and small drawing helpers of the lab report."""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    TableStyle,
)

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


class BoldTitle(Flowable):
    """A line of large text, filled and stroked: the bundled font has no bold weight."""

    def __init__(self, font: str, text: str, size: float, sub: str, sub_size: float) -> None:
        super().__init__()
        self.font, self.text, self.size, self.sub, self.sub_size = font, text, size, sub, sub_size
        self.height = size * 1.25

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take the whole width, one line high."""
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        """Draw the title and its second-language line."""
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
class Styles:
    """The paragraph styles of the report, in its one font."""

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


def make_styles(font: str) -> Styles:
    """The report's styles in ``font``."""

    def style(name: str, size: float, leading: float, color: Any = INK, **kw: Any) -> Any:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)

    return Styles(
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


def cell_text(text: object) -> str:
    """Text made safe for a Paragraph's markup, on one line and at most ``MAX_CELL_TEXT`` long."""
    value = " ".join(str(text).split())
    if len(value) > MAX_CELL_TEXT:
        value = value[: MAX_CELL_TEXT - 1] + "…"
    return escape(value)


def day_text(at: datetime | None) -> str:
    """A date as YYYY-MM-DD, or empty."""
    return "" if at is None else f"{at:%Y-%m-%d}"


def break_at_hyphens(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken after hyphens where it must be."""
    lines: list[str] = []
    for piece in re.findall(r"[^-]*-|[^-]+$", text):
        if lines and stringWidth(lines[-1] + piece, font, size) <= width:
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines or [text]


def right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` aligned right."""
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


def centred(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` centred."""
    return ParagraphStyle(f"{style.name}_centred", parent=style, alignment=TA_CENTER)


def mini_table_style() -> TableStyle:
    """The style of the small tables inside cells."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.0 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ]
    )
