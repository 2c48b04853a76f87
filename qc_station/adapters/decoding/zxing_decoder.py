"""Decode barcodes with zxing-cpp (3.x API).

Settings (research/barcode-decoders.md, sections 5-7):

- formats are passed as a list (``BarcodeFormats([...])``; ``|`` is deprecated in 3.x);
- ``TextMode.Plain`` keeps GS1 FNC1 separators as ``\\x1d`` (HRI would rewrite them as ``(01)``);
- ``try_rotate`` stays on: without it vertical 1D codes are never read;
- ``try_invert`` (light-on-dark marks) costs 25-40 % of a 720p frame; the live profile drops it;
- Code 39 is read as Code39Std/Code39Ext only, so its text is what the bars carry: zxing-cpp's
  ``Code39`` family would also re-interpret Italian Code 32 and German PZN numbers;
- EAN/UPC text follows ``retail.retail_text`` (UPC-A as 12 digits, UPC-E expanded to 12).
"""

from collections.abc import Iterable, Sequence

import numpy as np
import zxingcpp

from qc_station.adapters.decoding.retail import retail_text
from qc_station.domain.barcode import Corner, DecodedSymbol, Symbology

F = zxingcpp.BarcodeFormat

FORMATS: dict[Symbology, tuple[zxingcpp.BarcodeFormat, ...]] = {
    Symbology.EAN13: (F.EAN13,),
    Symbology.EAN8: (F.EAN8,),
    Symbology.UPCA: (F.UPCA,),
    Symbology.UPCE: (F.UPCE,),
    Symbology.CODE128: (F.Code128,),
    Symbology.CODE39: (F.Code39Std, F.Code39Ext),
    Symbology.ITF: (F.ITF,),
    Symbology.QRCODE: (F.QRCode,),
    Symbology.DATAMATRIX: (F.DataMatrix,),
    Symbology.PDF417: (F.PDF417,),
}
"""Our symbology names and the zxing-cpp formats that read them."""

# zxing-cpp 3.x reports some variants under their own format names.
_VARIANTS = {
    "Code39Std": Symbology.CODE39,
    "Code39Ext": Symbology.CODE39,
    "ITF14": Symbology.ITF,
    "QRCodeModel1": Symbology.QRCODE,
    "QRCodeModel2": Symbology.QRCODE,
    "CompactPDF417": Symbology.PDF417,
}
_NAMES = {fmt.name: sym for sym, fmts in FORMATS.items() for fmt in fmts} | _VARIANTS

BINARIZERS = {
    "local": zxingcpp.Binarizer.LocalAverage,
    "global": zxingcpp.Binarizer.GlobalHistogram,
}
"""zxing-cpp's binarizers by a short name: ``local`` (the default) or ``global``."""


class ZxingDecoder:
    """Find every barcode of the chosen symbologies in an image with zxing-cpp.

    ``TextMode.Plain`` keeps GS1 FNC1 separators as ``\\x1d``; rotation is always tried so
    vertical 1D codes read; inversion (light on dark) is tried unless turned off for live frames.
    """

    def __init__(
        self,
        symbologies: Iterable[Symbology] = tuple(Symbology),
        *,
        try_invert: bool = True,
        try_downscale: bool = True,
        binarizer: str = "local",
    ) -> None:
        self._formats = zxingcpp.BarcodeFormats([f for s in symbologies for f in FORMATS[s]])
        self._try_invert = try_invert
        self._try_downscale = try_downscale
        self._binarizer = BINARIZERS[binarizer]

    def decode(self, image: np.ndarray) -> list[DecodedSymbol]:
        """Return the symbols found in a BGR (H×W×3), BGRA or grey (H×W) uint8 image."""
        found = zxingcpp.read_barcodes(
            _as_bgr_or_gray(image),
            formats=self._formats,
            try_rotate=True,
            try_downscale=self._try_downscale,
            try_invert=self._try_invert,
            text_mode=zxingcpp.TextMode.Plain,
            binarizer=self._binarizer,
        )
        return [_to_symbol(barcode) for barcode in found if barcode.valid]


def _as_bgr_or_gray(image: np.ndarray) -> np.ndarray:
    """Check the image's shape and type; drop an alpha channel."""
    if image.dtype != np.uint8:
        raise ValueError(f"expected a uint8 image, got {image.dtype}")
    if image.ndim == 3 and image.shape[2] == 4:
        return np.ascontiguousarray(image[:, :, :3])
    if image.ndim == 2 or (image.ndim == 3 and image.shape[2] in (1, 3)):
        return image
    raise ValueError(f"expected a grey or BGR image, got shape {image.shape}")


def _to_symbol(barcode: zxingcpp.Barcode) -> DecodedSymbol:
    """Map a zxing-cpp result to the domain's value."""
    name = barcode.format.name
    symbology, text = retail_text(str(_NAMES.get(name, name)), barcode.text)
    return DecodedSymbol(
        symbology=str(symbology),
        text=text,
        gs1=barcode.content_type == zxingcpp.ContentType.GS1,
        corners=_corners(barcode.position),
    )


def _corners(position: zxingcpp.Position) -> tuple[Corner, ...]:
    """The four corners, clockwise from the top left."""
    points: Sequence[zxingcpp.Point] = (
        position.top_left,
        position.top_right,
        position.bottom_right,
        position.bottom_left,
    )
    return tuple((int(p.x), int(p.y)) for p in points)
