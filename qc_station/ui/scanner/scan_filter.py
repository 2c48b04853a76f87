"""From decoded frames to scans: confirm retail codes over two frames, and debounce.

Pure logic (no Qt, no threads), so it is tested frame by frame with a fake clock.

- An EAN/UPC (and ITF, whose check digit is as weak) counts only when two consecutive decoded
  frames carry the same text: every decoder now and then returns a misread whose check digit
  is valid. 2D symbols and GS1 symbols carry strong error detection and count at once.
- One physical scan is one event: a text seen again less than ``debounce_s`` after it was last
  seen is the same scan. A code held under the camera stays one scan for as long as it stays
  in view; it scans again once it has been out of view for ``debounce_s``.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from qc_station.domain.barcode import RETAIL_SYMBOLOGIES, DecodedSymbol, Symbology
from qc_station.domain.scan import ScanEvent, ScanSource
from qc_station.ui.scanner.ports import SymbolOutline

DEBOUNCE_S = 1.5
CONFIRMED_SYMBOLOGIES = RETAIL_SYMBOLOGIES | {Symbology.ITF}
"""Symbologies accepted only when two consecutive decoded frames agree."""

_AIM_IDS: dict[tuple[str, bool], str] = {
    (Symbology.EAN13, False): "]E0",
    (Symbology.UPCA, False): "]E0",
    (Symbology.UPCE, False): "]E0",
    (Symbology.EAN8, False): "]E4",
    (Symbology.CODE128, True): "]C1",
    (Symbology.DATAMATRIX, True): "]d2",
    (Symbology.QRCODE, True): "]Q3",
}


def needs_confirmation(symbol: DecodedSymbol) -> bool:
    """Whether ``symbol`` must be read the same in two consecutive frames to count."""
    return symbol.symbology in CONFIRMED_SYMBOLOGIES and not symbol.gs1


def aim_identifier(symbol: DecodedSymbol) -> str | None:
    """The AIM symbology identifier of retail and GS1 symbols (``]E0``, ``]d2``...), or None."""
    return _AIM_IDS.get((symbol.symbology, symbol.gs1))  # StrEnum keys match plain str


def scan_event(symbol: DecodedSymbol, at: datetime) -> ScanEvent:
    """The camera scan that ``symbol`` stands for."""
    return ScanEvent(
        text=symbol.text,
        source=ScanSource.CAMERA,
        at=at,
        symbology=symbol.symbology,
        symbology_id=aim_identifier(symbol),
    )


@dataclass(frozen=True, slots=True)
class FilteredFrame:
    """What one decoded frame gave: the new scans, and an outline per symbol found."""

    accepted: tuple[DecodedSymbol, ...]
    outlines: tuple[SymbolOutline, ...]


class ScanFilter:
    """Feeds on the symbols of each decoded frame, in order, and says which are new scans."""

    def __init__(
        self, debounce_s: float = DEBOUNCE_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._debounce_s = debounce_s
        self._clock = clock
        self._last_seen: dict[str, float] = {}  # accepted texts -> when last in view
        self._candidates: frozenset[str] = frozenset()  # unconfirmed texts of the last frame

    def feed(self, symbols: Sequence[DecodedSymbol]) -> FilteredFrame:
        """Judge the symbols of the next decoded frame (an empty list when none was found)."""
        now = self._clock()
        self._forget_older_than(now - self._debounce_s)
        accepted: list[DecodedSymbol] = []
        outlines: list[SymbolOutline] = []
        candidates: set[str] = set()
        for symbol in _unique(symbols):
            if symbol.text in self._last_seen:
                self._last_seen[symbol.text] = now
            elif needs_confirmation(symbol) and symbol.text not in self._candidates:
                candidates.add(symbol.text)
                outlines.append(SymbolOutline(symbol.corners, accepted=False))
                continue
            else:
                self._last_seen[symbol.text] = now
                accepted.append(symbol)
            outlines.append(SymbolOutline(symbol.corners, accepted=True))
        self._candidates = frozenset(candidates)
        return FilteredFrame(tuple(accepted), tuple(outlines))

    def _forget_older_than(self, limit: float) -> None:
        for text in [t for t, seen in self._last_seen.items() if seen < limit]:
            del self._last_seen[text]


def _unique(symbols: Sequence[DecodedSymbol]) -> list[DecodedSymbol]:
    """The symbols with each text once (a frame may show two copies of a label)."""
    by_text: dict[str, DecodedSymbol] = {}
    for symbol in symbols:
        by_text.setdefault(symbol.text, symbol)
    return list(by_text.values())
