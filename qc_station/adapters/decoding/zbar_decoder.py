"""Decode barcodes with ZBar through pyzbar: the second pass for hard retail 1D photos.

ZBar knows when a Code 128 or QR symbol is GS1, but ``pyzbar.decode`` hides it, so this module
runs the same scan with pyzbar's helpers and also reads ZBar's GS1 modifier. pyzbar is pinned
below 0.2 (it has been 0.1.9 since 2022), which keeps those helpers stable.
"""

from collections.abc import Iterable, Iterator
from ctypes import POINTER, c_uint, c_void_p, cast, string_at

import cv2
import numpy as np
from pyzbar import pyzbar
from pyzbar.pyzbar import ZBarSymbol
from pyzbar.wrapper import (
    ZBarConfig,
    zbar_function,
    zbar_symbol,
    zbar_symbol_get_data,
    zbar_symbol_get_data_length,
    zbar_symbol_get_loc_size,
    zbar_symbol_get_loc_x,
    zbar_symbol_get_loc_y,
)

from qc_station.adapters.decoding.retail import retail_text
from qc_station.domain.barcode import Corner, DecodedSymbol, Symbology

SYMBOLS: dict[Symbology, ZBarSymbol] = {
    Symbology.EAN13: ZBarSymbol.EAN13,
    Symbology.EAN8: ZBarSymbol.EAN8,
    Symbology.UPCA: ZBarSymbol.UPCA,
    Symbology.UPCE: ZBarSymbol.UPCE,
    Symbology.CODE128: ZBarSymbol.CODE128,
    Symbology.CODE39: ZBarSymbol.CODE39,
    Symbology.ITF: ZBarSymbol.I25,
    Symbology.QRCODE: ZBarSymbol.QRCODE,
}
"""What ZBar reads. Not DataMatrix; not PDF417 (ZBar's PDF417 decoder is an unfinished stub)."""

_NAMES = {zbar.name: sym for sym, zbar in SYMBOLS.items()}
_MOD_GS1 = 0  # enum zbar_modifier_e: ZBAR_MOD_GS1 = 0
_get_modifiers = zbar_function("zbar_symbol_get_modifiers", c_uint, POINTER(zbar_symbol))


class ZbarDecoder:
    """Find barcodes of the chosen symbologies (those ZBar supports) in an image."""

    def __init__(self, symbologies: Iterable[Symbology] = tuple(SYMBOLS), density: int = 1) -> None:
        """Read ``symbologies``; scan every ``density``-th pixel row and column (1 = all).

        A density of 2 halves ZBar's time on a 720p frame; on small or distant codes it can miss.
        """
        if density < 1:
            raise ValueError(f"density must be at least 1, got {density}")
        self._density = density
        wanted = list(symbologies)
        unsupported = [s for s in wanted if s not in SYMBOLS]
        if unsupported:
            raise ValueError(f"ZBar cannot read {', '.join(unsupported)}")
        self._symbols = [SYMBOLS[s] for s in wanted]

    def decode(self, image: np.ndarray) -> list[DecodedSymbol]:
        """Return the symbols found in a BGR (H×W×3) or grey (H×W) uint8 image."""
        return list(self._scan(_gray(image)))

    def _scan(self, gray: np.ndarray) -> Iterator[DecodedSymbol]:
        """Run one ZBar image scan with only our symbologies enabled."""
        pixels, width, height = pyzbar._pixel_data(gray)
        with pyzbar._image_scanner() as scanner:
            for symbol in ZBarSymbol:
                enable = 1 if symbol in self._symbols else 0
                pyzbar.zbar_image_scanner_set_config(scanner, symbol, ZBarConfig.CFG_ENABLE, enable)
            for axis in (ZBarConfig.CFG_X_DENSITY, ZBarConfig.CFG_Y_DENSITY):
                pyzbar.zbar_image_scanner_set_config(scanner, ZBarSymbol.NONE, axis, self._density)
            with pyzbar._image() as img:
                pyzbar.zbar_image_set_format(img, pyzbar._FOURCC["L800"])
                pyzbar.zbar_image_set_size(img, width, height)
                pyzbar.zbar_image_set_data(img, cast(pixels, c_void_p), len(pixels), None)
                if pyzbar.zbar_scan_image(scanner, img) < 0:
                    raise ValueError("ZBar refused the image format")
                for raw in pyzbar._symbols_for_image(img):
                    yield _to_symbol(raw)


def _to_symbol(raw: object) -> DecodedSymbol:
    """Map one ZBar symbol (a ctypes pointer) to the domain's value.

    Reads the symbol with the wrapper's functions rather than ``pyzbar._decode_symbols``: that
    helper raises ``ValueError`` when ZBar gives ``ZBAR_ORIENT_UNKNOWN`` (-1), which happens on
    real photos (e.g. shared/data/barcodes/code128-1).
    """
    data = string_at(zbar_symbol_get_data(raw), zbar_symbol_get_data_length(raw))
    try:
        type_name = ZBarSymbol(raw.contents.type).name  # type: ignore[attr-defined]
    except ValueError:
        type_name = f"ZBar{raw.contents.type}"  # type: ignore[attr-defined]
    symbology, text = retail_text(
        str(_NAMES.get(type_name, type_name)), data.decode("utf-8", errors="replace")
    )
    return DecodedSymbol(
        symbology=str(symbology),
        text=text,
        gs1=bool(_get_modifiers(raw) & (1 << _MOD_GS1)),
        corners=_box_corners(raw),
    )


def _box_corners(raw: object) -> tuple[Corner, ...]:
    """The bounding box of ZBar's location points, clockwise from the top left."""
    count = zbar_symbol_get_loc_size(raw)
    xs = [zbar_symbol_get_loc_x(raw, i) for i in range(count)]
    ys = [zbar_symbol_get_loc_y(raw, i) for i in range(count)]
    if not xs:
        return ()
    left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
    return ((left, top), (right, top), (right, bottom), (left, bottom))


def _gray(image: np.ndarray) -> np.ndarray:
    """A contiguous grey uint8 copy of a BGR, BGRA or grey image."""
    if image.dtype != np.uint8:
        raise ValueError(f"expected a uint8 image, got {image.dtype}")
    if image.ndim == 2:
        return np.ascontiguousarray(image)
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    raise ValueError(f"expected a grey or BGR image, got shape {image.shape}")
