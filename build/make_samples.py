"""Generate the sample barcode images in ``resources/samples/`` (a reproducible build step).

Each sample is a PNG made by zxing-cpp's writer (zint backend), a ``.txt`` with exactly the
text a decoder must return (GS1 separators as the byte 0x1D, no trailing newline), and an
entry in ``samples.json`` with the symbology and GS1 flag. The self-test decodes them to prove
the decoders work on this machine and in the frozen bundle.

Usage::

    .venv/bin/python build/make_samples.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "samples"
F = zxingcpp.BarcodeFormat
GS = "\x1d"


@dataclass(frozen=True)
class Sample:
    """One sample image: what to encode and what a decoder must read back."""

    name: str
    format: zxingcpp.BarcodeFormat
    symbology: str
    content: str
    expected: str
    gs1: bool
    scale: int
    hrt: bool


SAMPLES = (
    Sample(
        name="ean13-6901234567892",
        format=F.EAN13,
        symbology="EAN13",
        content="6901234567892",
        expected="6901234567892",
        gs1=False,
        scale=3,
        hrt=True,
    ),
    Sample(
        name="gs1-128-01-17-10",
        format=F.Code128,
        symbology="Code128",
        content="(01)06901234567892(17)271231(10)ABC123",
        expected="01069012345678921727123110ABC123",
        gs1=True,
        scale=2,
        hrt=True,
    ),
    Sample(
        name="gs1-datamatrix-01-10-17",
        format=F.DataMatrix,
        symbology="DataMatrix",
        content="(01)06901234567892(10)ABC123(17)271231",
        expected=f"010690123456789210ABC123{GS}17271231",
        gs1=True,
        scale=6,
        hrt=False,
    ),
    Sample(
        name="qrcode-zh",
        format=F.QRCode,
        symbology="QRCode",
        content="质检站自检 QC-Station https://example.com/qc?gtin=06901234567892",
        expected="质检站自检 QC-Station https://example.com/qc?gtin=06901234567892",
        gs1=False,
        scale=4,
        hrt=False,
    ),
)


def render(sample: Sample) -> np.ndarray:
    """Encode the sample and return its image (grey, with quiet zones)."""
    options = {"gs1": True} if sample.gs1 else {}
    barcode = zxingcpp.create_barcode(sample.content, sample.format, **options)
    image = zxingcpp.write_barcode_to_image(barcode, scale=sample.scale, add_hrt=sample.hrt)
    return np.array(image)


def verify(sample: Sample, image: np.ndarray) -> None:
    """Decode the image again and stop if it does not read back as expected."""
    plain = zxingcpp.TextMode.Plain
    found = zxingcpp.read_barcodes(image, formats=[sample.format], text_mode=plain)
    texts = [(b.text, b.content_type == zxingcpp.ContentType.GS1) for b in found]
    if texts != [(sample.expected, sample.gs1)]:
        raise SystemExit(f"{sample.name}: read back {texts!r}, expected {sample.expected!r}")


def main() -> int:
    """Write every sample, its .txt and the manifest; return the exit code."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    manifest = []
    for sample in SAMPLES:
        image = render(sample)
        verify(sample, image)
        png = OUT_DIR / f"{sample.name}.png"
        cv2.imwrite(str(png), image, [cv2.IMWRITE_PNG_COMPRESSION, 9])
        (OUT_DIR / f"{sample.name}.txt").write_bytes(sample.expected.encode("utf-8"))
        manifest.append({"file": png.name, "symbology": sample.symbology, "gs1": sample.gs1})
        print(f"{png.relative_to(ROOT)}: {image.shape[1]}x{image.shape[0]}, {png.stat().st_size} B")
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (OUT_DIR / "samples.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
