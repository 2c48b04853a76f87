"""The self-test page: one A4 page of Chinese text, proving the CJK font embeds and renders."""

import os
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from qc_station.adapters.pdf.fonts import register_fonts

TITLE = "质检站自检 — 外包装、标签标识、保质期"
MARGIN = 20 * mm
TITLE_SIZE = 18
BODY_SIZE = 11
LEADING = 1.5


def render_self_test_pdf(path: Path, lines: list[str]) -> None:
    """Write a one-page A4 PDF with a Chinese title and ``lines`` to ``path``.

    The file appears whole or not at all (written to a temporary name, then renamed).
    Lines are wrapped to the page width; what does not fit on the page is left out.
    """
    font = register_fonts()
    tmp = path.with_name(f".{path.name}.tmp")
    canvas = Canvas(str(tmp), pagesize=A4, invariant=True, initialFontName=font)
    canvas.setTitle("QC Station self-test")
    canvas.setAuthor("QC Station")
    _draw(canvas, font, lines)
    canvas.showPage()
    canvas.save()
    os.replace(tmp, path)


def _draw(canvas: Canvas, font: str, lines: list[str]) -> None:
    """Draw the title and the wrapped lines from the top of the page down."""
    width, height = A4
    y = height - MARGIN - TITLE_SIZE
    canvas.setFont(font, TITLE_SIZE)
    canvas.drawString(MARGIN, y, TITLE)
    y -= TITLE_SIZE * LEADING * 1.5
    canvas.setFont(font, BODY_SIZE)
    for row in _wrapped(lines, font, width - 2 * MARGIN):
        if y < MARGIN:
            break
        canvas.drawString(MARGIN, y, row)
        y -= BODY_SIZE * LEADING


def _wrapped(lines: list[str], font: str, max_width: float) -> Iterator[str]:
    """Yield the lines split to ``max_width`` points.

    Text is split at spaces first; a piece still too wide (Chinese has no spaces) is broken
    between characters.
    """
    for line in lines:
        for piece in simpleSplit(line, font, BODY_SIZE, max_width) or [""]:
            yield from _break_chars(piece, font, max_width)


def _break_chars(text: str, font: str, max_width: float) -> Iterator[str]:
    """Yield ``text`` in runs of characters that each fit in ``max_width`` points."""
    run = ""
    for char in text:
        if run and stringWidth(run + char, font, BODY_SIZE) > max_width:
            yield run
            run = ""
        run += char
    yield run
