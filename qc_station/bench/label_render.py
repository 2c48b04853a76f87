"""Drawing of synthetic food back labels: text columns, a nutrition table and an inkjet code.

The label is drawn flat, at 1.5–2 times the size it has in a camera still, so that the camera
step (:mod:`qc_station.bench.label_photo`) scales it down like a lens would. Text is set in the
project's bundled Kai font from cached glyph bitmaps; the inkjet code is a 5×7 dot matrix of
round dots, like the continuous inkjet printers that print dates and batches on packing lines.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from qc_station.paths import resources_dir

BGR = tuple[int, int, int]

LINE_HEIGHT = 1.4
"""Distance between text baselines, in em."""
MARGIN = 1.0
"""Blank paper around the text, in em."""
COLUMN_GAP = 1.5
"""Blank paper between two columns, in em."""
TABLE_ROW = 1.4
"""Height of one nutrition table row, in em."""
TABLE_TITLE = "营养成分表"
DOT_RADIUS = 0.5
"""An inkjet dot's radius as a share of the dot pitch: neighbours just touch. At 0.42 (gaps
between the dots) PP-OCR's detector missed half of the codes; at 0.5 it finds them all."""
INK_SPREAD = 0.25
"""How far inkjet ink runs into the paper (a Gaussian's sigma, as a share of the dot pitch).
Crisp dots of the darker-lit dark-blue codes were missed by PP-OCR's detector (2 of 28); with
the spread all 28 were read."""
INKJET_LEADING = 11
"""Rows of dots from one inkjet line to the next (7 of them are the characters)."""
NO_BREAK_BEFORE = frozenset("、，。；：）)%")
"""Characters a wrapped line never starts with."""


def font_path() -> Path:
    """The bundled CJK font (a GB2312 subset of LXGW WenKai)."""
    return resources_dir() / "fonts" / "QCStationKai-Regular.ttf"


@lru_cache(maxsize=32)
def font(size: int) -> ImageFont.FreeTypeFont:
    """The bundled font at ``size`` pixels per em (basic layout: the same on every machine)."""
    return ImageFont.truetype(str(font_path()), size, layout_engine=ImageFont.Layout.BASIC)


@dataclass(frozen=True, slots=True)
class InkjetCode:
    """A dot-matrix code printed on the label after it was made (date, time, batch)."""

    lines: tuple[str, ...]
    place: str  # "top-right", "bottom-left" or "bottom-right": outside the text block
    angle: float  # degrees, counter-clockwise
    colour: BGR
    pitch: int  # distance between dot centres, pixels of the flat label


@dataclass(frozen=True, slots=True)
class LabelSpec:
    """Everything :func:`render_label` draws. ``columns`` hold the text lines top to bottom;
    lines wider than their column's ``column_em`` wrap. The nutrition table (a head row, then
    one row per nutrient), when it has rows, closes the last column.
    """

    columns: tuple[tuple[str, ...], ...]
    column_em: tuple[float, ...]
    nutrition: tuple[tuple[str, str, str], ...]
    font_px: int
    paper: BGR
    ink: BGR
    inkjet: InkjetCode | None = None
    border: bool = True

    @property
    def lines(self) -> tuple[str, ...]:
        """Every text line as written (before wrapping), column by column, then the table."""
        table = (TABLE_TITLE, *(cell for row in self.nutrition for cell in row))
        body = tuple(line for column in self.columns for line in column)
        return body + (table if self.nutrition else ())


@lru_cache(maxsize=16384)
def _glyph(size: int, char: str) -> tuple[np.ndarray, int, int, float]:
    """``char``'s coverage bitmap at ``size``, its offset from the pen and its advance.

    FreeType loads a CJK outline in about 0.2 ms: caching the bitmaps is what keeps a label
    under a few milliseconds.
    """
    face = font(size)
    left, top, right, bottom = (int(v) for v in face.getbbox(char))
    bitmap = np.zeros((0, 0), np.uint8)
    if right > left and bottom > top:
        image = Image.new("L", (right - left, bottom - top), 0)
        ImageDraw.Draw(image).text((-left, -top), char, font=face, fill=255)
        bitmap = np.asarray(image)
    return bitmap, left, top, face.getlength(char)


def text_width(text: str, size: int) -> float:
    """The advance of ``text`` in pixels at ``size``."""
    return sum(_glyph(size, char)[3] for char in text)


def _tokens(text: str) -> list[str]:
    """Units a line may break between: a Chinese character, or a run of Latin letters,
    digits and their punctuation; a closing punctuation mark sticks to what precedes it.
    """
    tokens: list[str] = []
    for part in re.findall(r"[0-9A-Za-z./\-:% ]+|.", text):
        if tokens and (part[0] in NO_BREAK_BEFORE or (part[0].isascii() and tokens[-1].isascii())):
            tokens[-1] += part
        else:
            tokens.append(part)
    return tokens


def wrap(text: str, size: int, width: float) -> list[str]:
    """``text`` cut into lines no wider than ``width`` pixels at ``size``, between tokens
    (see :func:`_tokens`); a token wider than a whole line is cut between characters.
    """
    lines: list[str] = []
    current = ""
    for token in _tokens(text):
        if current and text_width(current + token, size) > width:
            lines.append(current)
            current = ""
        while text_width(token, size) > width and len(token) > 1:
            cut = max(1, int(len(token) * width / text_width(token, size)))
            lines.append(token[:cut])
            token = token[cut:]
        current += token
    if current:
        lines.append(current)
    return lines


def draw_text(alpha: np.ndarray, origin: tuple[float, float], text: str, size: int) -> None:
    """Set ``text`` into the ink coverage ``alpha`` (in place), its em box's top-left at
    ``origin``.
    """
    x, y = origin
    for char in text:
        bitmap, left, top, advance = _glyph(size, char)
        if bitmap.size:
            col, row = round(x + left), round(y + top)
            region = alpha[row : row + bitmap.shape[0], col : col + bitmap.shape[1]]
            np.maximum(region, bitmap[: region.shape[0], : region.shape[1]], out=region)
        x += advance


def _table_height(spec: LabelSpec) -> float:
    return (len(spec.nutrition) + 1) * TABLE_ROW * spec.font_px if spec.nutrition else 0.0


def _column_lines(spec: LabelSpec) -> list[list[str]]:
    em = spec.font_px
    return [
        [part for line in column for part in wrap(line, em, width * em)]
        for column, width in zip(spec.columns, spec.column_em, strict=True)
    ]


def _inkjet_band(spec: LabelSpec) -> tuple[int, int]:
    """Extra paper (top, bottom) in pixels that holds the inkjet code outside the text."""
    if spec.inkjet is None:
        return 0, 0
    height = int(inkjet_size(spec.inkjet)[1] * 1.3 + spec.font_px)
    return (height, 0) if spec.inkjet.place == "top-right" else (0, height)


def render_label(spec: LabelSpec) -> np.ndarray:
    """The flat label: a BGR uint8 image of the paper with its text, table and inkjet code."""
    em = spec.font_px
    columns = _column_lines(spec)
    widths = [int(w * em) for w in spec.column_em]
    heights = [len(lines) * LINE_HEIGHT * em for lines in columns]
    heights[-1] += _table_height(spec) + (0.5 * em if spec.nutrition else 0)
    top, bottom = _inkjet_band(spec)
    width = int(2 * MARGIN * em + sum(widths) + (len(columns) - 1) * COLUMN_GAP * em)
    height = int(2 * MARGIN * em + max(heights)) + top + bottom
    alpha = np.zeros((height, width), np.uint8)  # ink coverage, 255 = solid ink
    x = MARGIN * em
    for index, lines in enumerate(columns):
        y = top + MARGIN * em
        for line in lines:
            draw_text(alpha, (x, y + 0.2 * em), line, em)
            y += LINE_HEIGHT * em
        if index == len(columns) - 1 and spec.nutrition:
            _draw_table(alpha, spec, (x, y + 0.5 * em), widths[index])
        x += widths[index] + COLUMN_GAP * em
    if spec.border:
        inset = int(0.35 * em)
        cv2.rectangle(alpha, (inset, inset), (width - inset, height - inset), 255, max(1, em // 20))
    label = _colourise(alpha, spec.paper, spec.ink)
    if spec.inkjet is not None:
        _stamp_inkjet(label, spec.inkjet, em, (top, bottom))
    return label


def _colourise(alpha: np.ndarray, paper: BGR, ink: BGR) -> np.ndarray:
    """Paper where ``alpha`` is 0, ink where it is 255, blended between."""
    share = np.arange(256, dtype=np.float32) / 255
    lut = np.stack([p + (i - p) * share for p, i in zip(paper, ink, strict=True)], axis=-1)
    return cv2.LUT(cv2.merge([alpha] * 3), np.round(lut).astype(np.uint8)[:, None, :])


def _draw_table(
    alpha: np.ndarray, spec: LabelSpec, origin: tuple[float, float], width: int
) -> None:
    """The nutrition table: a title row, a head row and one row per nutrient, ruled."""
    em = spec.font_px
    x0, y0 = origin
    width = min(width, int(14 * em))
    row = TABLE_ROW * em
    cells = (x0 + 0.3 * em, x0 + 0.4 * width, x0 + 0.78 * width)
    title_x = x0 + (width - text_width(TABLE_TITLE, em)) / 2
    draw_text(alpha, (title_x, y0 + (row - em) / 2), TABLE_TITLE, em)
    rule = max(1, em // 20)
    for number, cols in enumerate(spec.nutrition, start=1):
        y = y0 + number * row
        cv2.line(alpha, (int(x0), int(y)), (int(x0 + width), int(y)), 255, rule)
        for x, text in zip(cells, cols, strict=True):
            draw_text(alpha, (x, y + (row - em) / 2), text, em)
    bottom = y0 + (len(spec.nutrition) + 1) * row
    cv2.rectangle(alpha, (int(x0), int(y0)), (int(x0 + width), int(bottom)), 255, rule + 1)


# A 5×7 dot-matrix font, row by row ("#" is a dot); punctuation is narrower. The zero is not
# slashed: PP-OCR read a slashed one as nothing at all (batches hold no letter O).
_GLYPHS = """
0 .###. #...# #...# #...# #...# #...# .###.
1 ..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.
2 .###. #...# ....# ...#. ..#.. .#... #####
3 ##### ...#. ..#.. ...#. ....# #...# .###.
4 ...#. ..##. .#.#. #..#. ##### ...#. ...#.
5 ##### #.... ####. ....# ....# #...# .###.
6 ..##. .#... #.... ####. #...# #...# .###.
7 ##### ....# ...#. ..#.. .#... .#... .#...
8 .###. #...# #...# .###. #...# #...# .###.
9 .###. #...# #...# .#### ....# ...#. .##..
A .###. #...# #...# ##### #...# #...# #...#
B ####. #...# #...# ####. #...# #...# ####.
C .###. #...# #.... #.... #.... #...# .###.
D ###.. #..#. #...# #...# #...# #..#. ###..
E ##### #.... #.... ####. #.... #.... #####
F ##### #.... #.... ####. #.... #.... #....
G .###. #...# #.... #.### #...# #...# .####
H #...# #...# #...# ##### #...# #...# #...#
J ..### ...#. ...#. ...#. ...#. #..#. .##..
K #...# #..#. #.#.. ##... #.#.. #..#. #...#
L #.... #.... #.... #.... #.... #.... #####
M #...# ##.## #.#.# #.#.# #...# #...# #...#
N #...# #...# ##..# #.#.# #..## #...# #...#
P ####. #...# #...# ####. #.... #.... #....
R ####. #...# #...# ####. #.#.. #..#. #...#
T ##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..
U #...# #...# #...# #...# #...# #...# .###.
V #...# #...# .#.#. .#.#. .#.#. ..#.. ..#..
W #...# #...# #...# #.#.# #.#.# #.#.# .#.#.
X #...# #...# .#.#. ..#.. .#.#. #...# #...#
Y #...# #...# .#.#. ..#.. ..#.. ..#.. ..#..
. .. .. .. .. .. ## ##
: .. ## ## .. ## ## ..
- .... .... .... #### .... .... ....
/ ....# ....# ...#. ..#.. .#... #.... #....
"""
DOT_GLYPHS: dict[str, tuple[str, ...]] = {
    row[0]: tuple(row[2:].split()) for row in _GLYPHS.strip().splitlines()
}
DOT_GLYPHS[" "] = ("...",) * 7
"""The characters an inkjet code can print, as seven rows of dots."""


def inkjet_size(code: InkjetCode) -> tuple[int, int]:
    """Width and height in pixels of ``code`` drawn upright."""
    widths = [sum(len(DOT_GLYPHS[c][0]) + 1 for c in line) - 1 for line in code.lines]
    rows = 7 * len(code.lines) + (INKJET_LEADING - 7) * (len(code.lines) - 1)
    return (max(widths) + 1) * code.pitch, (rows + 1) * code.pitch


def draw_inkjet(code: InkjetCode) -> np.ndarray:
    """``code`` upright on white paper: one round dot per "#" of its glyphs, BGR, each a
    little spread into the paper.
    """
    width, height = inkjet_size(code)
    image = np.full((height, width, 3), 255, np.uint8)
    pitch = code.pitch
    radius = max(1, round(DOT_RADIUS * pitch))
    for number, line in enumerate(code.lines):
        top = pitch // 2 + number * INKJET_LEADING * pitch
        left = pitch // 2
        for char in line:
            glyph = DOT_GLYPHS[char]
            for r, row in enumerate(glyph):
                for c, dot in enumerate(row):
                    if dot == "#":
                        centre = (left + c * pitch, top + r * pitch)
                        cv2.circle(image, centre, radius, code.colour, -1, cv2.LINE_AA)
            left += (len(glyph[0]) + 1) * pitch
    return cv2.GaussianBlur(image, (0, 0), INK_SPREAD * pitch)


def _stamp_inkjet(label: np.ndarray, code: InkjetCode, em: int, band: tuple[int, int]) -> None:
    """Print ``code`` into its band of ``label`` (in place): ink only darkens the paper."""
    dots = draw_inkjet(code)
    h, w = dots.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), code.angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    size = (int(h * sin + w * cos) + 2, int(h * cos + w * sin) + 2)
    matrix[0, 2] += size[0] / 2 - w / 2
    matrix[1, 2] += size[1] / 2 - h / 2
    dots = cv2.warpAffine(dots, matrix, size, borderValue=(255, 255, 255))
    height, width = label.shape[:2]
    x = width - size[0] - em if code.place.endswith("right") else em
    top, bottom = band
    y = (
        (top - size[1]) // 2 + em // 2
        if top
        else height - bottom + (bottom - size[1]) // 2 - em // 2
    )
    x, y = max(0, x), max(0, y)
    region = label[y : y + size[1], x : x + size[0]]
    np.minimum(region, dots[: region.shape[0], : region.shape[1]], out=region)
