"""Frames between the camera worker's threads: a latest-frame slot, a preview gate, QImages.

Nothing here queues: the slot holds one frame and a new one replaces it; the gate lets at most
a couple of preview images be on their way to the GUI thread, and the rest are skipped.
"""

import threading

import numpy as np
from PySide6.QtGui import QImage


class LatestFrame:
    """A one-frame mailbox: ``put`` overwrites, ``take`` waits for a frame not taken yet.

    The array put is handed over: the putter must not write to it afterwards.
    """

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._frame: np.ndarray | None = None
        self._closed = False
        self.overwritten = 0  # frames replaced before anyone took them

    def put(self, frame: np.ndarray) -> None:
        """Make ``frame`` the newest; a frame nobody took is dropped."""
        with self._ready:
            if self._frame is not None:
                self.overwritten += 1
            self._frame = frame
            self._ready.notify()

    def take(self, timeout_s: float) -> np.ndarray | None:
        """The newest frame not taken yet, waiting up to ``timeout_s``; None if none or closed."""
        with self._ready:
            self._ready.wait_for(lambda: self._frame is not None or self._closed, timeout_s)
            frame, self._frame = self._frame, None
            return None if self._closed else frame

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called."""
        return self._closed

    def close(self) -> None:
        """Wake the taker for good."""
        with self._ready:
            self._closed = True
            self._frame = None
            self._ready.notify_all()


class PreviewGate:
    """Lets at most ``limit`` preview images be in flight to the GUI thread.

    The worker calls ``try_enter`` before sending an image; the GUI thread calls ``leave``
    when it received one. A busy GUI thread thus gets the newest frame, never a backlog.
    """

    def __init__(self, limit: int = 2) -> None:
        self._free = threading.Semaphore(limit)

    def try_enter(self) -> bool:
        """Take a place for one image, without waiting; False when the GUI lags."""
        return self._free.acquire(blocking=False)

    def leave(self) -> None:
        """Give a place back (on the GUI thread, when an image arrived)."""
        self._free.release()


def to_qimage(frame: np.ndarray) -> QImage:
    """A deep copy of a BGR (H×W×3) or grey (H×W) uint8 frame as a QImage.

    The copy is ``Format_RGB32``, which paints fastest; the QImage owns its pixels, so the
    frame's buffer may be reused or freed at once.
    """
    frame = np.ascontiguousarray(frame)
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        wrapped = QImage(frame.data, width, height, width, QImage.Format.Format_Grayscale8)
    else:
        wrapped = QImage(frame.data, width, height, 3 * width, QImage.Format.Format_BGR888)
    return wrapped.convertToFormat(QImage.Format.Format_RGB32)
