"""``qc-station decode IMAGE... --json``: the CLI contract's list, one entry per file."""

from pathlib import Path
from typing import Any

from qc_station.adapters.decoding.auto import make_decoder
from qc_station.adapters.decoding.images import load_image
from qc_station.domain.barcode import DecodedSymbol


def decode_files(paths: list[Path], backend: str = "auto") -> list[dict[str, Any]]:
    """Decode every image with ``backend`` (auto, zxing, zbar; still profile).

    Returns ``[{"file": str, "symbols": [{"symbology", "text", "gs1"}]}]`` in the order of
    ``paths``; ``text`` keeps GS1 FNC1 separators as ``\\x1d`` (``\\u001d`` once JSON-encoded).
    All images are loaded before any is decoded, so a bad file fails the whole call.

    Raises:
        InputError: an unknown backend, or a missing, unreadable or non-image file (the
            message names it).
    """
    decoder = make_decoder(backend, "still")
    images = [(path, load_image(path)) for path in paths]
    return [
        {"file": str(path), "symbols": [_symbol_json(s) for s in decoder.decode(image)]}
        for path, image in images
    ]


def _symbol_json(symbol: DecodedSymbol) -> dict[str, Any]:
    """One symbol in the contract's keys."""
    return {"symbology": symbol.symbology, "text": symbol.text, "gs1": symbol.gs1}
