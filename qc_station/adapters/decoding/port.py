"""The decoding port: what the scanning adapters and the camera worker call.

Only the adapters (and the UI worker wired by the app) see images; the services receive the
``DecodedSymbol`` values, so this Protocol lives here and not in ``services.ports``.
"""

from typing import Protocol

import numpy as np

from qc_station.domain.barcode import DecodedSymbol


class BarcodeDecoder(Protocol):
    """Anything that finds barcodes in a BGR (H×W×3), BGRA or grey (H×W) uint8 image."""

    def decode(self, image: np.ndarray) -> list[DecodedSymbol]:
        """Return every symbol found, in the decoder's order; an empty list when none."""
        ...
