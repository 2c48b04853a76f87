"""Synthetic barcode images: symbols from zxing-cpp's writer, and what a camera does to them.

Used by ``qc-station bench decode`` (720p camera-like frames) and by the decoding tests, so both
run on a clone without the shared sample photos.
"""

from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from qc_station.domain.barcode import GS, Symbology

F = zxingcpp.BarcodeFormat
FRAME_SIZE = (1280, 720)
"""Width and height of a live-preview frame."""


@dataclass(frozen=True, slots=True)
class Sample:
    """A symbol to render and what a decoder should report for it."""

    name: str
    symbology: Symbology
    content: str
    text: str
    gs1: bool = False
    fmt: zxingcpp.BarcodeFormat | None = None


_GS1_HRI = "(01)09501101530003(10)ABC123(17)261231"
_GS1_TEXT = f"010950110153000310ABC123{GS}17261231"

SAMPLES: tuple[Sample, ...] = (
    Sample("ean13", Symbology.EAN13, "6901234567892", "6901234567892"),
    Sample("ean8", Symbology.EAN8, "96385074", "96385074"),
    Sample("upca", Symbology.UPCA, "036602301467", "036602301467", fmt=F.UPCA),
    Sample("upce", Symbology.UPCE, "01234565", "012345000065", fmt=F.UPCE),
    Sample("code128", Symbology.CODE128, "QC-2026-ABC123", "QC-2026-ABC123"),
    Sample("gs1-128", Symbology.CODE128, _GS1_HRI, _GS1_TEXT, gs1=True, fmt=F.Code128),
    Sample("code39", Symbology.CODE39, "LOT-7731", "LOT-7731"),
    Sample("itf", Symbology.ITF, "15400141288763", "15400141288763"),
    Sample("qrcode", Symbology.QRCODE, "质检 QC-0042 https://example.com/q", ""),
    Sample("gs1-datamatrix", Symbology.DATAMATRIX, _GS1_HRI, _GS1_TEXT, gs1=True),
    Sample("pdf417", Symbology.PDF417, "PALLET 0042 / 质检站 / 2026-03-15", ""),
)
"""One sample per format the station reads (``text`` empty: the same as ``content``)."""

_FORMATS = {
    Symbology.EAN13: F.EAN13,
    Symbology.EAN8: F.EAN8,
    Symbology.CODE128: F.Code128,
    Symbology.CODE39: F.Code39,
    Symbology.ITF: F.ITF,
    Symbology.QRCODE: F.QRCode,
    Symbology.DATAMATRIX: F.DataMatrix,
    Symbology.PDF417: F.PDF417,
}


def expected_text(sample: Sample) -> str:
    """The text a decoder should report for ``sample``."""
    return sample.text or sample.content


def render_symbol(sample: Sample, scale: int = 3, margin: int = 24) -> np.ndarray:
    """The symbol as a grey image: black on white with a quiet zone of ``margin`` pixels."""
    fmt = sample.fmt or _FORMATS[sample.symbology]
    barcode = (
        zxingcpp.create_barcode(sample.content, fmt, gs1=sample.gs1)
        if sample.gs1
        else (zxingcpp.create_barcode(sample.content, fmt))
    )
    image = np.array(barcode.to_image(scale=scale), dtype=np.uint8)
    return cv2.copyMakeBorder(image, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=255)


def tilt(image: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate around the centre on a larger white canvas (nothing is cut off)."""
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos), int(h * cos + w * sin)
    matrix[0, 2] += new_w / 2 - w / 2
    matrix[1, 2] += new_h / 2 - h / 2
    return cv2.warpAffine(image, matrix, (new_w, new_h), borderValue=255)


def perspective(image: np.ndarray, amount: float = 0.12) -> np.ndarray:
    """A label seen at an angle: the right edge shorter than the left by ``amount``."""
    h, w = image.shape[:2]
    dy = amount * h
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[0, 0], [w, dy], [w, h - dy], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(image, matrix, (w, h), borderValue=255)


def blur(image: np.ndarray, sigma: float = 1.2) -> np.ndarray:
    """Slight defocus."""
    return cv2.GaussianBlur(image, (0, 0), sigma)


def noise(image: np.ndarray, sigma: float = 12.0, seed: int = 7) -> np.ndarray:
    """Sensor noise."""
    rng = np.random.default_rng(seed)
    noisy = image.astype(np.float32) + rng.normal(0, sigma, image.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def jpeg(image: np.ndarray, quality: int = 35) -> np.ndarray:
    """A round trip through JPEG at ``quality``."""
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return cv2.imdecode(data, cv2.IMREAD_UNCHANGED)


def low_contrast(image: np.ndarray, dark: int = 90, light: int = 170) -> np.ndarray:
    """Grey bars on a grey label, like a dim warehouse aisle."""
    scaled = dark + image.astype(np.float32) * ((light - dark) / 255.0)
    return scaled.astype(np.uint8)


def scene(seed: int, size: tuple[int, int] = FRAME_SIZE) -> np.ndarray:
    """A grey camera-like background: uneven light, cartons, tape edges, printed text, noise."""
    rng = np.random.default_rng(seed)
    width, height = size
    ramp = np.linspace(rng.uniform(60, 110), rng.uniform(140, 200), width, dtype=np.float32)
    frame = np.ascontiguousarray(np.tile(ramp, (height, 1)).astype(np.uint8))
    for _ in range(int(rng.integers(6, 12))):
        x, y = int(rng.integers(0, width - 50)), int(rng.integers(0, height - 50))
        w, h = int(rng.integers(80, 500)), int(rng.integers(60, 350))
        cv2.rectangle(frame, (x, y), (x + w, y + h), int(rng.integers(40, 230)), -1)
    for _ in range(int(rng.integers(4, 10))):
        p1 = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        p2 = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        cv2.line(frame, p1, p2, int(rng.integers(0, 255)), int(rng.integers(2, 12)))
    for _ in range(int(rng.integers(5, 12))):
        org = (int(rng.integers(0, width - 300)), int(rng.integers(20, height)))
        words = "NET 500g BATCH 2026-03-15 SHELF 12M KEEP DRY THIS SIDE UP"
        cv2.putText(frame, words, org, cv2.FONT_HERSHEY_SIMPLEX, rng.uniform(0.4, 1.2), 20, 2)
    return noise(cv2.GaussianBlur(frame, (0, 0), 1.0), 4.0, seed)


def paste(frame: np.ndarray, symbol: np.ndarray, seed: int) -> np.ndarray:
    """``symbol`` (grey, smaller than the frame) pasted at a random place of a copy of ``frame``."""
    rng = np.random.default_rng(seed)
    out = frame.copy()
    h, w = symbol.shape[:2]
    y = int(rng.integers(0, out.shape[0] - h + 1))
    x = int(rng.integers(0, out.shape[1] - w + 1))
    out[y : y + h, x : x + w] = symbol
    return out


def camera_frame(sample: Sample, seed: int) -> np.ndarray:
    """A 1280×720 frame with ``sample`` on a label: tilted, a little perspective, blur, noise."""
    rng = np.random.default_rng(seed)
    symbol = render_symbol(sample, scale=int(rng.integers(3, 6)))
    symbol = perspective(tilt(symbol, float(rng.uniform(-12, 12))), float(rng.uniform(0, 0.08)))
    symbol = low_contrast(symbol, int(rng.integers(10, 60)), int(rng.integers(190, 250)))
    limit = min(FRAME_SIZE[0] / symbol.shape[1], FRAME_SIZE[1] / symbol.shape[0], 1.0) * 0.95
    if limit < 1.0:
        symbol = cv2.resize(symbol, None, fx=limit, fy=limit, interpolation=cv2.INTER_AREA)
    frame = paste(scene(seed), symbol, seed)
    return noise(blur(frame, float(rng.uniform(0.6, 1.1))), float(rng.uniform(3, 7)), seed)
