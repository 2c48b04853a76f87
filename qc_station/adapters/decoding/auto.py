"""``AutoDecoder``: zxing-cpp, with ZBar where it adds reads, and the decoder factory.

Decided by measuring on shared/data/barcodes (``qc-station bench decode``):

- ``still`` (single images, the CLI): zxing-cpp with every option, and ZBar on every image; the
  results are merged per physical symbol (``merge.merge_results``). ZBar adds EAN-13, UPC-A,
  UPC-E and QR reads on hard photos that zxing-cpp misses, and its vote removes wrong EAN/UPC
  numbers where the two disagree. A still image costs a few ms more; nobody waits for it.
- ``live`` (camera preview): zxing-cpp without ``try_invert`` on every frame. ZBar costs more
  than a whole frame's budget at 1280×720, so it runs only on frames where zxing-cpp found no
  EAN/UPC, limited to EAN/UPC, at half scan density, and on one such frame in
  ``fallback_every``: the preview gets 15-30 frames a second, so a code zxing-cpp cannot read
  still gets a ZBar pass within a tenth of a second, and the median frame costs zxing-cpp alone.
"""

import numpy as np

from qc_station.adapters.decoding.merge import merge_results
from qc_station.adapters.decoding.port import BarcodeDecoder
from qc_station.adapters.decoding.zxing_decoder import ZxingDecoder
from qc_station.domain.barcode import RETAIL_SYMBOLOGIES, DecodedSymbol, Symbology
from qc_station.errors import InputError

BACKENDS = ("auto", "zxing", "zbar")
PROFILES = ("still", "live")
LIVE_FALLBACK_EVERY = 3
LIVE_SYMBOLOGIES: tuple[Symbology, ...] = (
    Symbology.EAN13,
    Symbology.EAN8,
    Symbology.UPCA,
    Symbology.UPCE,
    Symbology.CODE128,
    Symbology.ITF,
    Symbology.QRCODE,
    Symbology.DATAMATRIX,
)
"""What the camera preview looks for (research/barcode-decoders.md §1): the codes on goods
and cartons. Code 39 and PDF417 are read from stills and handheld scanners; leaving them out
of the live loop takes a 720p frame from about 20 to 13 ms."""
"""In the live profile, ZBar looks at one in this many frames without an EAN/UPC read."""


class AutoDecoder:
    """zxing-cpp first, then ZBar (always, or on some frames without a retail read), merged."""

    def __init__(
        self,
        primary: BarcodeDecoder,
        fallback: BarcodeDecoder,
        *,
        fallback_every: int = 1,
        only_without_retail: bool = False,
    ) -> None:
        """Run ``fallback`` after ``primary``.

        Args:
            primary: the first decoder; its results win when the two agree.
            fallback: the second decoder.
            fallback_every: run the fallback on one in this many eligible images (1 = all).
            only_without_retail: an image is eligible only if ``primary`` found no EAN/UPC.
        """
        if fallback_every < 1:
            raise ValueError(f"fallback_every must be at least 1, got {fallback_every}")
        self._primary = primary
        self._fallback = fallback
        self._every = fallback_every
        self._only_without_retail = only_without_retail
        self._eligible = 0

    def decode(self, image: np.ndarray) -> list[DecodedSymbol]:
        """Return the symbols found in a BGR, BGRA or grey uint8 image."""
        first = self._primary.decode(image)
        if self._only_without_retail and any(s.is_retail for s in first):
            return first
        self._eligible += 1
        if (self._eligible - 1) % self._every:
            return first
        return merge_results([first, self._fallback.decode(image)])


def make_decoder(backend: str = "auto", profile: str = "still") -> BarcodeDecoder:
    """The decoder for ``backend`` (auto, zxing, zbar) tuned for ``profile`` (still, live).

    Raises:
        InputError: an unknown backend or profile name.
    """
    if backend not in BACKENDS:
        raise InputError(f"unknown decoder backend {backend!r}; use one of {', '.join(BACKENDS)}")
    if profile not in PROFILES:
        raise InputError(f"unknown decoder profile {profile!r}; use one of {', '.join(PROFILES)}")
    live = profile == "live"
    if backend == "zbar":
        return _zbar(live=live, retail_only=False)
    zxing = ZxingDecoder(LIVE_SYMBOLOGIES if live else tuple(Symbology), try_invert=not live)
    if backend == "zxing":
        return zxing
    if live:
        return AutoDecoder(
            zxing,
            _zbar(live=True, retail_only=True),
            fallback_every=LIVE_FALLBACK_EVERY,
            only_without_retail=True,
        )
    return AutoDecoder(zxing, _zbar(live=False, retail_only=False))


def _zbar(*, live: bool, retail_only: bool) -> BarcodeDecoder:
    """A ZBar decoder (imported late: pyzbar raises ImportError when libzbar is missing)."""
    try:
        from qc_station.adapters.decoding.zbar_decoder import SYMBOLS, ZbarDecoder
    except ImportError as exc:
        raise InputError(f"the ZBar decoder is not available: {exc}") from None
    symbologies: tuple[Symbology, ...] = (
        tuple(sorted(RETAIL_SYMBOLOGIES)) if retail_only else tuple(SYMBOLS)
    )
    return ZbarDecoder(symbologies, density=2 if live else 1)
