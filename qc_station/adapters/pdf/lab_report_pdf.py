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
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    SimpleDocTemplate,
)

from qc_station.adapters.pdf.fonts import register_fonts
from qc_station.adapters.pdf.lab_report_layout import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_WIDTH,
    RULE,
)
from qc_station.adapters.pdf.lab_report_story import Story
from qc_station.adapters.pdf.lab_report_words import LANGUAGES, WORDS, Words
from qc_station.durable import write_atomically
from qc_station.errors import InputError, QcError, StorageFull
from qc_station.services.lab_report import LabReportData

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
    story = Story(font, words).build(data, station, at)
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
