"""What the camera worker needs from the outside, as small Protocols and plain values.

The camera and decoder adapters satisfy these structurally; the composition root passes them
in, so ``qc_station.ui`` never imports ``qc_station.adapters``.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import numpy as np

from qc_station.domain.barcode import Corner, DecodedSymbol

Decode = Callable[[np.ndarray], list[DecodedSymbol]]
"""Find the symbols in a BGR frame; runs on a worker thread, must not touch Qt."""


class FrameSource(Protocol):
    """An open camera or its stand-in; used from the worker thread only."""

    def read(self) -> np.ndarray | None:
        """The next BGR frame (may block until it is due), or ``None``: no frame."""
        ...

    def close(self) -> None:
        """Release the device or file."""
        ...


class FrameSourceOpener(Protocol):
    """Opens the frame source on the worker thread (again after a loss, for a device)."""

    @property
    def reconnects(self) -> bool:
        """True for a device: a lost or missing one is retried; a file simply ends."""
        ...

    def open(self) -> FrameSource:
        """Open the source; raises ``qc_station.errors.InputError`` when it cannot."""
        ...


class CameraState(StrEnum):
    """What the camera is doing, as carried by ``camera_state_changed(str)``."""

    STARTING = "starting"
    LIVE = "live"
    NO_CAMERA = "no_camera"  # could not be opened (retried every few seconds for a device)
    LOST = "lost"  # delivered frames, then stopped (retried for a device)
    ENDED = "ended"  # a video file or image folder reached its end
    STOPPED = "stopped"  # the worker was stopped


@dataclass(frozen=True, slots=True)
class SymbolOutline:
    """Where a symbol was found in a frame, for the preview to draw.

    Attributes:
        corners: the symbol's corners in frame pixels, clockwise from the top left.
        accepted: whether the symbol counts as a scan (confirmed, or already scanned);
            False while an EAN/UPC waits for a second agreeing frame.
    """

    corners: tuple[Corner, ...]
    accepted: bool


@dataclass(frozen=True, slots=True)
class FrameOutlines:
    """The outlines found in one decoded frame (empty when nothing was found).

    Attributes:
        width: the decoded frame's width in pixels (the preview image's size).
        height: the decoded frame's height.
        symbols: one outline per symbol found.
    """

    width: int
    height: int
    symbols: tuple[SymbolOutline, ...] = ()
