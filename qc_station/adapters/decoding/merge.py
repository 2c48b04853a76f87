"""Combine what two decoders found in one image: one result per physical symbol.

Two results are the same physical symbol when they are of the same kind (EAN/UPC count as one
kind, since a UPC-A is an EAN-13 with a leading zero) and their boxes overlap. For EAN/UPC,
whose wrong numbers still pass the check digit, the readers vote: a value reported by more
readers wins, and a tie between different values reports nothing (a miss is better than a wrong
GTIN; the inspector rescans). For other symbols the first reader's result is kept: zxing-cpp
gets the character set, Code 128 FNC4 and Code 39 full ASCII right where ZBar does not.
"""

from collections.abc import Sequence

from qc_station.domain.barcode import RETAIL_SYMBOLOGIES, Corner, DecodedSymbol, Symbology

LINEAR_SYMBOLOGIES = RETAIL_SYMBOLOGIES | {Symbology.CODE128, Symbology.CODE39, Symbology.ITF}
"""The 1D symbologies (PDF417, stacked, is placed like a 2D symbol)."""

_MARGIN = 0.15
_MIN_MARGIN_PX = 8
_MIN_2D_OVERLAP = 0.5


def merge_results(readings: Sequence[Sequence[DecodedSymbol]]) -> list[DecodedSymbol]:
    """One symbol per physical symbol from the readings of several decoders, best first."""
    clusters: list[list[tuple[int, DecodedSymbol]]] = []
    for reader, found in enumerate(readings):
        for symbol in found:
            cluster = next((c for c in clusters if _same_place(c[0][1], symbol)), None)
            if cluster is None:
                clusters.append([(reader, symbol)])
            else:
                cluster.append((reader, symbol))
    merged = (_resolve(cluster) for cluster in clusters)
    return [symbol for symbol in merged if symbol is not None]


def _resolve(cluster: list[tuple[int, DecodedSymbol]]) -> DecodedSymbol | None:
    """The symbol a cluster stands for, or ``None`` when retail readers disagree."""
    first = cluster[0][1]
    if not first.is_retail:
        return first
    votes: dict[str, set[int]] = {}
    for reader, symbol in cluster:
        votes.setdefault(_gtin(symbol), set()).add(reader)
    ranked = sorted(votes.items(), key=lambda item: len(item[1]), reverse=True)
    if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
        return None
    winner = ranked[0][0]
    return next(symbol for _, symbol in cluster if _gtin(symbol) == winner)


def _gtin(symbol: DecodedSymbol) -> str:
    """The retail text in one comparable form (a UPC-A equals the EAN-13 with a leading 0)."""
    return symbol.text.zfill(14)


def _kind(symbol: DecodedSymbol) -> str:
    """EAN/UPC are one kind; every other symbology is its own."""
    return "retail" if symbol.symbology in RETAIL_SYMBOLOGIES else symbol.symbology


def _same_place(a: DecodedSymbol, b: DecodedSymbol) -> bool:
    """Whether two results are one physical symbol.

    1D symbols: their slightly grown boxes touch (a 1D position can be one scan line high, and
    ZBar's partial ITF reads sit inside the full symbol). 2D symbols: their boxes mostly
    overlap, so a small QR printed inside a big one stays apart.
    """
    if _kind(a) != _kind(b):
        return False
    if not a.corners or not b.corners:
        return True
    if a.symbology in LINEAR_SYMBOLOGIES:
        return _overlap(_box(a.corners, grow=True), _box(b.corners, grow=True)) > 0
    first, second = _box(a.corners), _box(b.corners)
    larger = max(_area(first), _area(second))
    return larger > 0 and _overlap(first, second) >= _MIN_2D_OVERLAP * larger


Box = tuple[float, float, float, float]


def _box(corners: tuple[Corner, ...], *, grow: bool = False) -> Box:
    """The bounding box (left, top, right, bottom), optionally grown by a margin."""
    xs = [x for x, _ in corners]
    ys = [y for _, y in corners]
    margin = 0.0
    if grow:
        margin = max(_MIN_MARGIN_PX, _MARGIN * max(max(xs) - min(xs), max(ys) - min(ys)))
    return min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin


def _area(box: Box) -> float:
    """The area of a box."""
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _overlap(a: Box, b: Box) -> float:
    """The area two boxes share (0 when they only touch at an edge)."""
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))
