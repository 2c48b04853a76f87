"""``qc-station bench preview``: the camera preview's frame rate while decoding, offscreen.

The worker plays a generated 1280×720, 30 fps video (barcodes coming and going over a busy
background) in a loop, decoding with zxing-cpp's live settings, into a ``CameraView`` on the
GUI thread. Reported: preview frames delivered to the GUI thread per second, frames decoded
per second, and the longest gap of a 5 ms ``QTimer`` on the GUI thread (an event-loop stall).
Targets: at least 25 fps of preview while decoding, and no stall over 50 ms.

Both decoding arrangements are measured: a separate decode thread (the default), and decoding
in the capture thread.

The helpers that make the frames (``symbol_image``, ``scene``, ``write_video``) are also used
by the camera tests.
"""

import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import zxingcpp
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from qc_station.adapters.camera import CameraSpec
from qc_station.adapters.decoding.auto import make_decoder
from qc_station.ui.scanner.camera_view import CameraView
from qc_station.ui.scanner.camera_worker import CameraWorker
from qc_station.ui.scanner.ports import Decode

BENCH_SIZE = (1280, 720)
BENCH_FPS = 30.0
PREVIEW_TARGET_FPS = 25.0
STALL_LIMIT_MS = 50.0
PROBE_MS = 5
WARMUP_S = 1.0


def symbol_image(content: str, fmt: str, scale: int = 3, *, gs1: bool = False) -> np.ndarray:
    """A grey image of one symbol with its quiet zones, from zxing-cpp's writer.

    Args:
        content: what to encode; for GS1, the HRI form such as ``(01)...(10)...``.
        fmt: a ``zxingcpp.BarcodeFormat`` name (``"EAN13"``, ``"DataMatrix"``...).
        scale: pixels per module.
        gs1: encode as a GS1 symbol.
    """
    options = {"gs1": True} if gs1 else {}
    barcode = zxingcpp.create_barcode(content, getattr(zxingcpp.BarcodeFormat, fmt), **options)
    return np.array(barcode.to_image(scale=scale, add_quiet_zones=True))


def scene(size: tuple[int, int], seed: int = 1) -> np.ndarray:
    """A BGR camera-like background: uneven light, boxes, lines, printed words, sensor noise."""
    width, height = size
    rng = np.random.default_rng(seed)
    ramp = np.linspace(rng.uniform(70, 110), rng.uniform(150, 200), width, dtype=np.float32)
    frame = np.repeat(np.tile(ramp, (height, 1))[:, :, None], 3, axis=2).astype(np.uint8)
    for _ in range(8):
        x, y = int(rng.integers(0, width - 60)), int(rng.integers(0, height - 60))
        colour = tuple(int(c) for c in rng.integers(40, 220, 3))
        cv2.rectangle(frame, (x, y), (x + int(rng.integers(60, 400)), y + 200), colour, -1)
    for _ in range(6):
        org = (int(rng.integers(0, width - 300)), int(rng.integers(20, height)))
        cv2.putText(frame, "BATCH 2026-03 NET 500g", org, cv2.FONT_HERSHEY_SIMPLEX, 0.8, (30,) * 3)
    noise = rng.normal(0, 4, frame.shape)
    return np.clip(cv2.GaussianBlur(frame, (0, 0), 1.0) + noise, 0, 255).astype(np.uint8)


def paste(background: np.ndarray, symbol: np.ndarray, left: int, top: int) -> np.ndarray:
    """A copy of ``background`` with the grey ``symbol`` pasted at (``left``, ``top``)."""
    frame = background.copy()
    height, width = symbol.shape[:2]
    frame[top : top + height, left : left + width] = symbol[:, :, None]
    return frame


def write_video(path: Path, frames: Iterable[np.ndarray], fps: float = BENCH_FPS) -> Path:
    """Write BGR frames (all of one size) to a Motion-JPEG ``.avi``, which headless OpenCV
    always writes and reads; returns ``path``."""
    writer: cv2.VideoWriter | None = None
    try:
        for frame in frames:
            if writer is None:
                size = (frame.shape[1], frame.shape[0])
                writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
                if not writer.isOpened():
                    raise OSError(f"cannot write a video to {path}")
            writer.write(frame)
    finally:
        if writer is not None:
            writer.release()
    return path


def bench_frames(
    size: tuple[int, int] = BENCH_SIZE, fps: float = BENCH_FPS
) -> Iterator[np.ndarray]:
    """Four seconds: empty, an EAN-13, empty, a GS1 DataMatrix; a second each."""
    background = scene(size)
    ean = paste(background, symbol_image("4006381333931", "EAN13", 4), 420, 260)
    gs1 = "(01)06901234567892(17)271231(10)ABC123"
    datamatrix = paste(background, symbol_image(gs1, "DataMatrix", 8, gs1=True), 700, 200)
    per_part = round(fps)
    for frame in (background, ean, background, datamatrix):
        yield from (frame for _ in range(per_part))


def run_preview_bench(
    seconds: float = 5.0, modes: Sequence[str] = ("decode_thread", "capture_thread")
) -> dict[str, Any]:
    """Play the bench video through the worker and a view for ``seconds`` per mode.

    Returns, per mode (``decode_thread``: decoding in its own thread; ``capture_thread``:
    decoding in the capture thread), the preview fps delivered to the GUI thread, the decode
    rate, the longest GUI event-loop stall, and whether the targets were met.
    """
    app = _application()
    decode = make_decoder("auto", profile="live").decode  # what the station window uses
    with tempfile.TemporaryDirectory(prefix="qc-preview-bench-") as tmp:
        video = write_video(Path(tmp) / "bench.avi", bench_frames())
        spec = CameraSpec(str(video), *BENCH_SIZE, loop=True)
        result: dict[str, Any] = {
            "frame": f"{BENCH_SIZE[0]}x{BENCH_SIZE[1]}",
            "source_fps": BENCH_FPS,
            "cpus": os.cpu_count(),
            "targets": {"preview_fps_min": PREVIEW_TARGET_FPS, "stall_ms_max": STALL_LIMIT_MS},
        }
        for mode in modes:
            started = time.perf_counter()
            figures = _measure(app, spec, decode, mode == "capture_thread", seconds)
            figures["meets_targets"] = (
                figures["preview_fps"] >= PREVIEW_TARGET_FPS
                and figures["gui_stall_max_ms"] <= STALL_LIMIT_MS
            )
            figures["wall_seconds"] = round(time.perf_counter() - started, 1)
            result[mode] = figures
    return result


def _application() -> QCoreApplication:
    """The running QApplication, or a new offscreen one."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["qc-station-bench"])


class GuiProbe(QObject):
    """Counts preview frames reaching the GUI thread and the longest gap of a 5 ms timer."""

    def __init__(self) -> None:
        super().__init__()
        self.frames = 0
        self.ticks = 0
        self.longest_gap_s = 0.0
        self._last_tick = time.perf_counter()
        self._timer = QTimer(self, interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        """Reset the figures and start the timer."""
        self.frames, self.ticks, self.longest_gap_s = 0, 0, 0.0
        self._last_tick = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer."""
        self._timer.stop()

    @Slot(QImage)
    def on_frame(self, _image: QImage) -> None:
        """Count one preview frame."""
        self.frames += 1

    @Slot()
    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.longest_gap_s = max(self.longest_gap_s, now - self._last_tick)
        self._last_tick = now
        self.ticks += 1


def _run_loop_for(seconds: float) -> None:
    """Run the GUI event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _measure(
    app: QCoreApplication, spec: CameraSpec, decode: Decode, inline: bool, seconds: float
) -> dict[str, Any]:
    """One mode: warm up, then count frames and stalls for ``seconds``."""
    worker = CameraWorker(spec, decode, decode_in_capture_thread=inline)
    view = CameraView(sound=False)
    view.resize(960, 540)
    view.attach(worker)
    view.show()
    probe = GuiProbe()
    worker.frame_ready.connect(probe.on_frame)
    worker.start()
    try:
        _run_loop_for(WARMUP_S)
        before = worker.stats()
        probe.start()
        _run_loop_for(seconds)
        probe.stop()
        after = worker.stats()
    finally:
        worker.stop()
        view.close()
    decoded = after["frames_decoded"] - before["frames_decoded"]
    return {
        "preview_fps": round(probe.frames / seconds, 1),
        "frames_read_fps": round((after["frames_read"] - before["frames_read"]) / seconds, 1),
        "decode_fps": round(decoded / seconds, 1),
        "decode_mean_ms": after["decode_mean_ms"],
        "decode_max_ms": after["decode_max_ms"],
        "previews_skipped": after["previews_skipped"],
        "gui_stall_max_ms": round(probe.longest_gap_s * 1000, 1),
        "gui_timer_ticks": probe.ticks,
    }
