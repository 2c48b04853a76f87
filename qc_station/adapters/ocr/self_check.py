"""The self-test's label check: the OCR models load and read a Chinese date line."""

import time
from datetime import date

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from qc_station.adapters.ocr.rapid_reader import RapidLabelReader
from qc_station.domain.label_fields import extract_fields
from qc_station.paths import resources_dir

LINES = ("生产日期：2026年03月15日", "保质期：12个月")
EXPECTED = date(2026, 3, 15)


def sample_label() -> np.ndarray:
    """Two label lines drawn with the bundled CJK font, as a BGR image."""
    font = ImageFont.truetype(str(resources_dir() / "fonts" / "QCStationKai-Regular.ttf"), 36)
    image = Image.new("RGB", (640, 200), "white")
    draw = ImageDraw.Draw(image)
    for row, text in enumerate(LINES):
        draw.text((30, 30 + 80 * row), text, font=font, fill="black")
    return cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)


def check_label_ocr(reader: RapidLabelReader | None = None) -> tuple[bool, str]:
    """(passed, detail): the production date and shelf life are read off the sample."""
    reader = reader or RapidLabelReader()
    started = time.perf_counter()
    text = reader.read_array(sample_label())
    fields = extract_fields(text.texts)
    seconds = time.perf_counter() - started
    ok = fields.production_date == EXPECTED and fields.shelf_life is not None
    detail = f"{text.engine}: {' / '.join(text.texts) or '(no text)'} in {seconds:.1f} s"
    return ok, detail
