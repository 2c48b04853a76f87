"""Register the bundled CJK font with ReportLab.

ReportLab embeds a subset of a TrueType font in every PDF that uses it, so the reports read
the same on any machine. The font is ``resources/fonts/QCStationKai-Regular.ttf`` (an OFL
subset of LXGW WenKai with TrueType outlines; see ``resources/fonts/README.md``).
"""

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from qc_station.errors import QcError
from qc_station.paths import resources_dir

FONT_NAME = "QCStationKai"
FONT_FILE = "QCStationKai-Regular.ttf"


class FontMissing(QcError):
    """The bundled font is absent or unreadable: the installation is incomplete."""

    code = "font_missing"


def font_path() -> Path:
    """The bundled CJK font file (in the source tree or the frozen bundle)."""
    return resources_dir() / "fonts" / FONT_FILE


def register_fonts(path: Path | None = None) -> str:
    """Register the CJK font with ReportLab once; return its ReportLab font name.

    The one weight also stands in for bold and italic, so ``<b>`` in a Paragraph keeps
    rendering Chinese instead of falling back to a Latin-only standard font.
    """
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    source = path or font_path()
    if not source.is_file():
        raise FontMissing(f"bundled font not found: {source}")
    try:
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(source)))
    except TTFError as exc:
        raise FontMissing(f"bundled font unreadable: {source}: {exc}") from exc
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
