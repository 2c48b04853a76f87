"""RapidOCR behind the ``LabelReader`` port.

The PP-OCR detection, direction and recognition models ship inside the ``rapidocr`` wheel;
nothing is downloaded at run time. Recognition runs in onnxruntime, which releases the GIL,
so a read on a worker thread leaves the window responsive. One read runs at a time: the
engine is not documented as thread-safe and a second read would only compete for the cores.
"""

import logging
import os
import threading
from typing import Any

import cv2
import numpy as np

from qc_station.domain.label_text import Quad, TextLine, TextRead, reading_order
from qc_station.errors import InputError

log = logging.getLogger("qc_station.adapters.ocr")

# onnxruntime >= 1.29 sends usage telemetry on Linux unless this is set before its import.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

MAX_IMAGE_BYTES = 40 * 1024 * 1024
# Photos are scaled down to this longest side before detection: on a 1600×1200 still it halves
# the detector's time (1.7 → 0.9 s here) and the recogniser, which dominates, is unchanged,
# because it scales each line to 48 px high whatever the photo's resolution.
MAX_SIDE = 1280
ENGINE_NAME = "rapidocr"


class RapidLabelReader:
    """Reads the text lines of a label photo (JPEG/PNG bytes or a BGR array).

    The engine loads on the first read (about a second); ``warm_up`` does it earlier.
    """

    def __init__(self, min_score: float = 0.5) -> None:
        self._min_score = min_score
        self._engine: Any = None
        self._lock = threading.Lock()
        self._version = f"{ENGINE_NAME} {_package_version()}"

    @property
    def engine_version(self) -> str:
        """The engine and its version, kept with each reading as evidence."""
        return self._version

    def warm_up(self) -> None:
        """Load the models now."""
        with self._lock:
            self._ensure_engine()

    def read(self, image: bytes) -> TextRead:
        """The text lines of an encoded photo, in reading order.

        Raises:
            InputError: the bytes are not an image OpenCV can decode, or too large.
        """
        return self.read_array(decode_photo(image))

    def read_array(self, image: np.ndarray) -> TextRead:
        """The text lines of a BGR photo, in reading order."""
        with self._lock:
            engine = self._ensure_engine()
            engine.directions.clear()
            output = engine(image)
            directions = list(engine.directions)
        lines = _lines(output, self._min_score)
        upside_down = _mostly_flipped(directions)
        if upside_down:
            lines = tuple(TextLine(ln.text, _turn(ln.box), ln.score) for ln in lines)
        return TextRead(reading_order(lines, upside_down), upside_down, self.engine_version)

    def _ensure_engine(self) -> Any:
        if self._engine is None:
            self._engine = _make_engine()
        return self._engine


def decode_photo(data: bytes) -> np.ndarray:
    """Decode photo bytes to BGR.

    Raises:
        InputError: empty, too large, or not an image.
    """
    if not data:
        raise InputError("the photo is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise InputError(f"the photo is too large ({len(data)} bytes)")
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise InputError("not a readable image (PNG, JPEG, BMP, TIFF, WebP...)")
    return image


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rapidocr")
    except PackageNotFoundError:  # a frozen bundle without the package's metadata
        return "unknown"


def _make_engine() -> Any:
    from rapidocr import RapidOCR

    class DirectionRecordingOCR(RapidOCR):  # type: ignore[misc]
        """Keeps the direction classifier's answers, to tell an upside-down label."""

        directions: list[str]

        def cls_and_rotate(self, img: list[np.ndarray]) -> tuple[list[np.ndarray], Any]:
            images, result = super().cls_and_rotate(img)
            self.directions.extend(label for label, _score in result.cls_res or ())
            return images, result

    engine = DirectionRecordingOCR(
        params={"Global.log_level": "warning", "Global.max_side_len": MAX_SIDE}
    )
    engine.directions = []
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)  # "no text found" is ours to say
    return engine


def _lines(output: Any, min_score: float) -> tuple[TextLine, ...]:
    if output is None or getattr(output, "txts", None) is None:
        return ()
    lines = []
    for box, text, score in zip(output.boxes, output.txts, output.scores, strict=True):
        if text.strip() and float(score) >= min_score:
            lines.append(TextLine(text.strip(), _quad(box), round(float(score), 4)))
    return tuple(lines)


def _quad(box: np.ndarray) -> Quad:
    points = [(round(float(x), 1), round(float(y), 1)) for x, y in box[:4]]
    return (points[0], points[1], points[2], points[3])


def _turn(box: Quad) -> Quad:
    """The same corners, starting from the text's own top-left on a label turned 180°."""
    return (box[2], box[3], box[0], box[1])


def _mostly_flipped(directions: list[str]) -> bool:
    flipped = sum(1 for d in directions if d == "180")
    return bool(directions) and flipped * 2 > len(directions)
