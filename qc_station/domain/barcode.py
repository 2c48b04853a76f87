"""What a barcode decoder found in an image, independent of the decoder library."""

from dataclasses import dataclass
from enum import StrEnum

GS = "\x1d"
"""ASCII group separator: how FNC1 separators appear inside GS1 element strings."""

Corner = tuple[int, int]


class Symbology(StrEnum):
    """The symbology names of the CLI contract (``decode --json``)."""

    EAN13 = "EAN13"
    EAN8 = "EAN8"
    UPCA = "UPCA"
    UPCE = "UPCE"
    CODE128 = "Code128"
    CODE39 = "Code39"
    ITF = "ITF"
    QRCODE = "QRCode"
    DATAMATRIX = "DataMatrix"
    PDF417 = "PDF417"


RETAIL_SYMBOLOGIES = frozenset({Symbology.EAN13, Symbology.EAN8, Symbology.UPCA, Symbology.UPCE})
"""EAN/UPC: the retail codes that carry a GTIN and no AIs."""


@dataclass(frozen=True, slots=True)
class DecodedSymbol:
    """One symbol read from an image.

    Attributes:
        symbology: a ``Symbology`` name; a decoder may report another format by its own name.
        text: what the symbol carries; in GS1 symbols FNC1 separators are ``GS`` (``\\x1d``)
            and the leading FNC1 is not included.
        gs1: whether the symbol is flagged GS1 (GS1-128, GS1 DataMatrix, GS1 QR).
        corners: the symbol's corners in pixels (top-left, top-right, bottom-right,
            bottom-left), when the decoder reports them.
    """

    symbology: str
    text: str
    gs1: bool
    corners: tuple[Corner, ...] = ()

    @property
    def is_retail(self) -> bool:
        """Whether this is an EAN/UPC symbol."""
        return self.symbology in RETAIL_SYMBOLOGIES
