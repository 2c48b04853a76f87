"""ZPL II labels for lab-sample tags, for Zebra-compatible thermal printers.

One label per ``SampleTag``: a Code 128 of the sample code with its interpretation line, a QR
code of the same text, and the chain-of-custody fields a courier or a lab clerk needs (GTIN,
batch, production and selection dates, quantity, seal number, portion TEST/BACKUP).

The text is ASCII only. Thermal printers ship without a CJK font (one must be downloaded to
the printer first, and its name differs per site), so the Chinese SKU name, merchant and lab
are left to the PDF tag; the GTIN and the code identify the sample. ``^CI28`` (UTF-8) is still
sent so a printer with a UTF-8 default never misreads a byte.

Every field value is sanitised before it reaches the label: ``^`` and ``~`` (ZPL's command
prefixes) and control characters are replaced, other non-ASCII characters become ``?`` after
NFKC folding (full-width ``ＡＢ１`` prints as ``AB1``), so a value such as ``"^XZ"`` cannot end
the label or start a command.
"""

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from qc_station.domain.lab import SampleTag
from qc_station.errors import InputError

DPI_CHOICES = (152, 203, 300, 600)
"""Print-head resolutions of Zebra printers (6, 8, 12 and 24 dots per mm)."""

DESIGN_MM = (60.0, 40.0)
"""The size the layout below is drawn for; other sizes scale it."""

MIN_SIZE_MM = (40.0, 25.0)
MAX_SIZE_MM = (220.0, 300.0)

_TEXT_CHARS = 28
"""How many characters of one text line fit on the design width (font ^A0 at 2.6 mm)."""

_UNSAFE = re.compile(r"[\^~\x00-\x1f\x7f-\x9f]")


class ZplError(InputError):
    """A label cannot be made with these settings (resolution, size or sample code)."""

    code = "zpl"


@dataclass(frozen=True, slots=True)
class _Grid:
    """Converts millimetres of the design layout to printer dots."""

    dots_per_mm: float
    scale: float

    def dots(self, design_mm: float) -> int:
        """A length of the 60 × 40 mm design, scaled to the label, in dots."""
        return max(1, round(design_mm * self.scale * self.dots_per_mm))


def sanitize(text: str, max_chars: int | None = None) -> str:
    """``text`` made safe for a ZPL ``^FD`` field: printable ASCII, no ``^`` or ``~``.

    Control characters (including line breaks) become spaces, runs of spaces collapse,
    ``^``/``~`` become ``-``, and characters with no ASCII form become ``?``. With
    ``max_chars`` the result is cut to that length, ending in ``..`` when cut.
    """
    folded = unicodedata.normalize("NFKC", text)
    cleaned = _UNSAFE.sub(lambda m: " " if m.group() not in "^~" else "-", folded)
    ascii_only = "".join(c if c.isascii() else "?" for c in cleaned)
    result = " ".join(ascii_only.split())
    if max_chars is not None and len(result) > max_chars:
        result = result[: max(0, max_chars - 2)].rstrip() + ".."
    return result


def tag_zpl(tag: SampleTag, dpi: int = 203, width_mm: float = 60, height_mm: float = 40) -> str:
    """One ZPL II label (``^XA`` … ``^XZ``) for ``tag`` on a ``width_mm`` × ``height_mm`` label.

    ``dpi`` is the print head's resolution (152, 203, 300 or 600). The layout is drawn for
    60 × 40 mm and scaled to other sizes. Raises ``ZplError`` for an unknown resolution, a
    size out of range, or a sample code that is empty or not printable ASCII.
    """
    grid = _grid(dpi, width_mm, height_mm)
    code = _barcode_text(tag.code)
    width, height = round(width_mm * grid.dots_per_mm), round(height_mm * grid.dots_per_mm)
    commands = [
        "^XA",
        "^CI28",
        f"^PW{width}",
        f"^LL{height}",
        "^LH0,0",
        *_header(tag, grid),
        *_code128(code, grid, width),
        *_qr(code, grid, width),
        *_fields(tag, grid),
        "^PQ1",
        "^XZ",
    ]
    return "\n".join(commands) + "\n"


def tags_zpl(
    tags: Iterable[SampleTag], dpi: int = 203, width_mm: float = 60, height_mm: float = 40
) -> str:
    """The labels of ``tags`` one after the other, as one print job. Raises on no tags."""
    labels = [tag_zpl(tag, dpi, width_mm, height_mm) for tag in tags]
    if not labels:
        raise ZplError("no sample tags to print")
    return "".join(labels)


def _grid(dpi: int, width_mm: float, height_mm: float) -> _Grid:
    """Check the resolution and the size; the scale of the design to this label."""
    if dpi not in DPI_CHOICES:
        raise ZplError(f"unsupported printer resolution {dpi} dpi (use one of {DPI_CHOICES})")
    for name, value, low, high in (
        ("width", width_mm, MIN_SIZE_MM[0], MAX_SIZE_MM[0]),
        ("height", height_mm, MIN_SIZE_MM[1], MAX_SIZE_MM[1]),
    ):
        if not (math.isfinite(value) and low <= value <= high):
            raise ZplError(f"label {name} {value} mm is out of range ({low}-{high} mm)")
    scale = min(width_mm / DESIGN_MM[0], height_mm / DESIGN_MM[1])
    return _Grid(dots_per_mm=dpi / 25.4, scale=scale)


def _barcode_text(code: str) -> str:
    """The sample code, which must be non-empty printable ASCII without ``^`` or ``~``."""
    if not code or not all(" " <= c <= "~" for c in code) or "^" in code or "~" in code:
        raise ZplError(f"sample code {code!r} is not printable ASCII (or contains ^ or ~)")
    return code


def _text(x: int, y: int, size: int, value: str) -> str:
    """A text field in the scalable font ``^A0`` with its top-left corner at (x, y)."""
    return f"^FO{x},{y}^A0N,{size},{size}^FD{value}^FS"


def _header(tag: SampleTag, grid: _Grid) -> list[str]:
    """ "LAB SAMPLE" and the portion, the backup one printed white on black."""
    backup = tag.portion == "backup"
    portion = "BACKUP (SEALED)" if backup else "TEST PORTION"
    size = grid.dots(3.2)
    x, y = grid.dots(2.5), grid.dots(2.0)
    box_x, box_w = grid.dots(27), grid.dots(31)
    box = f"^FO{box_x},{y - grid.dots(0.6)}^GB{box_w},{size + grid.dots(1.0)},"
    box += f"{size + grid.dots(1.0)}^FS" if backup else f"{max(2, grid.dots(0.3))}^FS"
    reverse = "^FR" if backup else ""
    return [
        _text(x, y, size, "LAB SAMPLE"),
        box,
        f"^FO{box_x + grid.dots(1.5)},{y}{reverse}^A0N,{size},{size}^FD{portion}^FS",
    ]


def _code128(code: str, grid: _Grid, label_width: int) -> list[str]:
    """A Code 128 across the label with its interpretation line below (above the QR code)."""
    modules = 11 * (len(code) + 3) + 2  # start, data, check, stop (set B, the worst case)
    room = label_width - 2 * grid.dots(2.5)
    module = max(1, min(grid.dots(0.25), room // (modules + 20)))  # 10 modules quiet each side
    # ">" starts a subset switch in ^BC data; "><" is the character itself.
    data = code.replace(">", "><")
    return [
        f"^BY{module},3,{grid.dots(8)}",
        f"^FO{grid.dots(2.5)},{grid.dots(7.5)}^BCN,{grid.dots(8)},Y,N,N^FD{data}^FS",
    ]


def _qr(code: str, grid: _Grid, label_width: int) -> list[str]:
    """A QR code (model 2, error level M) at the right edge, about 12 mm square."""
    magnification = max(1, min(10, grid.dots(0.5)))
    x = label_width - grid.dots(2.0) - 25 * magnification  # version 1-2: 21-25 modules
    return [f"^FO{x},{grid.dots(18.5)}^BQN,2,{magnification}^FDMA,{code}^FS"]


def _fields(tag: SampleTag, grid: _Grid) -> list[str]:
    """The chain-of-custody fields, one text line each, below the Code 128."""
    quantity = tag.test_quantity if tag.portion != "backup" else tag.backup_quantity
    rows = [
        ("GTIN", tag.gtin),
        ("BATCH", tag.batch),
        ("PROD", _date(tag.production_date)),
        ("SEL", _date(tag.selected_at)),
        ("QTY", "" if quantity is None else str(quantity)),
        ("SEAL", tag.seal_no),
    ]
    size, step = grid.dots(2.4), grid.dots(2.85)
    x, top = grid.dots(2.5), grid.dots(20.5)
    chars = _TEXT_CHARS - 10  # the field block ends where the QR code begins
    return [
        _text(x, top + i * step, size, f"{name:<6}{sanitize(value, chars) or '__________'}")
        for i, (name, value) in enumerate(rows)
    ]


def _date(text: str) -> str:
    """The date part (YYYY-MM-DD) of an ISO date or date-time; other text as it is."""
    try:
        return datetime.fromisoformat(text.strip()).date().isoformat()
    except ValueError:
        return text
