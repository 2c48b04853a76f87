"""The camera worker: capture and decode off the GUI thread, one event per physical scan.

Two threads per run, each a ``QObject`` moved to a ``QThread``:

- the capture loop reads frames from the ``FrameSource``, puts each into a one-frame
  ``LatestFrame`` slot (latest frame wins, never a backlog) and sends a preview ``QImage`` copy
  to the GUI thread when the GUI has taken the previous ones;
- the decode loop takes only the newest frame from the slot, decodes it and passes the result
  through ``ScanFilter`` (two agreeing frames for EAN/UPC, debounce).

With ``decode_in_capture_thread=True`` the capture loop decodes each frame itself (every frame
read is decoded, in order: deterministic, and the baseline ``bench preview`` compares with).

``CameraWorker`` is the GUI-thread side: it starts and stops the threads and re-emits what
they found as its own signals. Only plain data crosses threads: QImage copies, frozen
dataclasses of tuples, strings. A camera that is missing or disappears is a normal state,
retried every ``retry_s`` for a device.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from qc_station.errors import InputError
from qc_station.ui.scanner.frames import LatestFrame, PreviewGate, to_qimage
from qc_station.ui.scanner.ports import (
    CameraState,
    Decode,
    FrameOutlines,
    FrameSource,
    FrameSourceOpener,
)
from qc_station.ui.scanner.scan_filter import DEBOUNCE_S, ScanFilter, scan_event
from qc_station.ui.thread_priority import lower_this_thread

log = logging.getLogger("qc_station.camera")

RETRY_S = 3.0
STOP_TIMEOUT_S = 1.0
_TAKE_TIMEOUT_S = 0.1


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WorkerStats:
    """Counters of one run, written by the worker threads (one writer per field)."""

    frames_read: int = 0
    previews_sent: int = 0
    previews_skipped: int = 0  # the GUI thread still had two images to take
    frames_decoded: int = 0
    decode_seconds: float = 0.0
    decode_max_seconds: float = 0.0
    started_at: float = field(default_factory=time.monotonic)

    def as_dict(self, dropped_before_decode: int) -> dict[str, float]:
        """A snapshot with rates per second since the start."""
        elapsed = max(time.monotonic() - self.started_at, 1e-9)
        decoded = max(self.frames_decoded, 1)
        return {
            "seconds": round(elapsed, 2),
            "frames_read": self.frames_read,
            "previews_sent": self.previews_sent,
            "previews_skipped": self.previews_skipped,
            "frames_decoded": self.frames_decoded,
            "frames_not_decoded": dropped_before_decode,
            "read_fps": round(self.frames_read / elapsed, 1),
            "decode_fps": round(self.frames_decoded / elapsed, 1),
            "decode_mean_ms": round(1000 * self.decode_seconds / decoded, 2),
            "decode_max_ms": round(1000 * self.decode_max_seconds, 2),
        }


class _Loop(QObject):
    """What both loops can report; they live in their own threads.

    Signals:
        preview_captured(QImage): a preview copy of the newest frame.
        state_changed(str): a ``CameraState`` value.
        outlines_found(FrameOutlines): the symbols of a decoded frame.
        scanned(ScanEvent): an accepted scan.
        failed(str): something went wrong (logged with its traceback).
    """

    preview_captured = Signal(QImage)
    state_changed = Signal(str)
    outlines_found = Signal(object)
    scanned = Signal(object)
    failed = Signal(str)


class _DecodeStep:
    """Decode one frame and judge it; emits through the loop it runs in."""

    def __init__(
        self,
        decode: Decode,
        scan_filter: ScanFilter,
        now: Callable[[], datetime],
        stats: WorkerStats,
    ) -> None:
        self._decode = decode
        self._filter = scan_filter
        self._now = now
        self._stats = stats
        self._broken = False

    def run(self, frame: np.ndarray, loop: _Loop) -> None:
        """Decode ``frame``, emit its outlines and any new scans; a failing decoder stops."""
        if self._broken:
            return
        started = time.perf_counter()
        try:
            symbols = self._decode(frame)
        except Exception as exc:  # a bug in a decoder must not kill the preview
            log.exception("decoding a camera frame failed; decoding is off for this run")
            self._broken = True
            loop.failed.emit(f"decoding failed: {exc}")
            return
        self._count(time.perf_counter() - started)
        judged = self._filter.feed(symbols)
        height, width = frame.shape[:2]
        loop.outlines_found.emit(FrameOutlines(width, height, judged.outlines))
        for symbol in judged.accepted:
            log.info("camera scan %s %r", symbol.symbology, symbol.text)
            loop.scanned.emit(scan_event(symbol, self._now()))

    def _count(self, seconds: float) -> None:
        self._stats.frames_decoded += 1
        self._stats.decode_seconds += seconds
        self._stats.decode_max_seconds = max(self._stats.decode_max_seconds, seconds)


class _CaptureLoop(_Loop):
    """Reads frames until the source ends or the run is aborted; reopens a lost device."""

    def __init__(self, run: "_Shared") -> None:
        super().__init__()
        self._run = run
        self._state: str | None = None

    @Slot()
    def run(self) -> None:
        """The thread's body (started by ``QThread.started``)."""
        lower_this_thread()
        try:
            self._capture()
        except Exception as exc:
            log.exception("the camera worker failed")
            self.failed.emit(str(exc))
            self._set_state(CameraState.NO_CAMERA)
        finally:
            self._run.slot.close()
            self._run.end_thread(self)

    def _capture(self) -> None:
        run = self._run
        self._set_state(CameraState.STARTING)
        while not run.abort.is_set():
            source = self._open()
            if source is None:
                return
            try:
                self._pump(source)
            finally:
                source.close()
            if run.abort.is_set():
                return
            if not run.opener.reconnects:
                self._set_state(CameraState.ENDED)
                return
            self._set_state(CameraState.LOST)
            run.abort.wait(run.retry_s)

    def _open(self) -> FrameSource | None:
        """The opened source; None when aborted or when a file cannot be opened."""
        run = self._run
        while not run.abort.is_set():
            try:
                return run.opener.open()
            except InputError as exc:
                log.info("camera not available: %s", exc.message)
                self._set_state(CameraState.NO_CAMERA)
                if not run.opener.reconnects:
                    self.failed.emit(exc.message)
                    return None
            run.abort.wait(run.retry_s)
        return None

    def _pump(self, source: FrameSource) -> None:
        """Hand frames on until the source has none or the run is aborted."""
        run = self._run
        while not run.abort.is_set():
            frame = self._read(source)
            if frame is None or run.abort.is_set():
                return
            self._set_state(CameraState.LIVE)
            run.stats.frames_read += 1
            self._send_preview(frame)
            if run.inline_step is not None:
                run.inline_step.run(frame, self)
            else:
                run.slot.put(frame)

    def _read(self, source: FrameSource) -> np.ndarray | None:
        try:
            return source.read()
        except Exception as exc:  # a driver error reads like a lost camera
            log.exception("reading a camera frame failed")
            self.failed.emit(f"reading the camera failed: {exc}")
            return None

    def _send_preview(self, frame: np.ndarray) -> None:
        if self._run.gate.try_enter():
            self._run.stats.previews_sent += 1
            self.preview_captured.emit(to_qimage(frame))
        else:
            self._run.stats.previews_skipped += 1

    def _set_state(self, state: CameraState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(str(state))


class _DecodeLoop(_Loop):
    """Decodes the newest frame in the slot, again and again, until the slot is closed."""

    def __init__(self, run: "_Shared", step: _DecodeStep) -> None:
        super().__init__()
        self._run = run
        self._step = step

    @Slot()
    def run(self) -> None:
        """The thread's body (started by ``QThread.started``)."""
        lower_this_thread()
        try:
            while not self._run.abort.is_set():
                frame = self._run.slot.take(_TAKE_TIMEOUT_S)
                if frame is not None:
                    self._step.run(frame, self)
                elif self._run.slot.closed:
                    return
        finally:
            self._run.end_thread(self)


@dataclass(eq=False)
class _Shared:
    """What a run's loops share: plain Python only, no reference back to any QObject of
    the run, so no reference cycle holds QObjects (Python's cycle collector may run on any
    thread, and a QObject must not be deleted on a thread not its own)."""

    opener: FrameSourceOpener
    retry_s: float
    stats: WorkerStats
    inline_step: _DecodeStep | None
    home: QThread
    abort: threading.Event = field(default_factory=threading.Event)
    slot: LatestFrame = field(default_factory=LatestFrame)
    gate: PreviewGate = field(default_factory=PreviewGate)

    def end_thread(self, loop: _Loop) -> None:
        """At the end of a loop's body, on its thread: hand the loop home, end the thread."""
        loop.moveToThread(self.home)
        QThread.currentThread().quit()


_NAMES = ("qc-camera-capture", "qc-camera-decode")


def _thread_for(loop: _Loop, name: str) -> QThread:
    """A new thread that runs ``loop.run`` when started; ``loop`` is moved to it."""
    thread = QThread()
    thread.setObjectName(name)
    loop.moveToThread(thread)
    thread.started.connect(loop.run)
    return thread


class _Run:
    """The threads of one start()..stop() of the worker, and their relay to the GUI thread."""

    def __init__(self, number: int, shared: _Shared, step: _DecodeStep, inline: bool) -> None:
        self.number = number
        self.shared = shared
        self.loops: list[_Loop] = [_CaptureLoop(shared)]
        if not inline:
            self.loops.append(_DecodeLoop(shared, step))
        names = _NAMES[: len(self.loops)]
        self.threads = [
            _thread_for(loop, name) for loop, name in zip(self.loops, names, strict=True)
        ]
        self.threads_done = 0  # threads whose ``finished`` reached the GUI thread
        self.relay: QObject | None = None

    def start(self, relay: QObject) -> None:
        """Start the threads (their loops begin at once); ``relay`` carries their signals."""
        self.relay = relay
        for thread in self.threads:
            thread.start()

    def stop(self, timeout_s: float) -> bool:
        """Abort and wait up to ``timeout_s`` for the threads; False if one is still blocked."""
        self.shared.abort.set()
        self.shared.slot.close()
        deadline = time.monotonic() + timeout_s
        finished = True
        for thread in self.threads:
            thread.quit()
            remaining_ms = max(0, int(1000 * (deadline - time.monotonic())))
            finished = thread.wait(remaining_ms) and finished
        return finished

    def is_finished(self) -> bool:
        """Whether every thread has ended."""
        return all(thread.isFinished() for thread in self.threads)

    def drop_relay(self) -> None:
        """Stop passing this run's signals on (queued ones are discarded with the relay)."""
        if self.relay is not None:
            self.relay.deleteLater()
            self.relay = None


class CameraWorker(QObject):
    """Scans barcodes from a camera (or its stand-in) off the GUI thread.

    Construct it on the GUI thread, connect its signals, then ``start()``; call ``stop()``
    before the window closes. It can be started again after it stopped.

    Signals:
        frame_ready(QImage): the newest preview frame (a copy the receiver may keep).
        symbols_located(FrameOutlines): where symbols are in the latest decoded frame
            (empty when none), for the preview to outline.
        barcode_detected(ScanEvent): one physical scan (source CAMERA, with symbology).
        camera_state_changed(str): a ``CameraState`` value: starting, live, no_camera, lost,
            ended, stopped.
        failed(str): a problem worth telling (a file that cannot be opened, a decoder error).
        finished(): the worker stopped by itself (end of file, or nothing to open).
    """

    frame_ready = Signal(QImage)
    symbols_located = Signal(object)
    barcode_detected = Signal(object)
    camera_state_changed = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        opener: FrameSourceOpener,
        decode: Decode,
        *,
        now: Callable[[], datetime] = _utc_now,
        debounce_s: float = DEBOUNCE_S,
        retry_s: float = RETRY_S,
        decode_in_capture_thread: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._decode = decode
        self._now = now
        self._debounce_s = debounce_s
        self._retry_s = retry_s
        self._inline = decode_in_capture_thread
        self._run: _Run | None = None
        self._runs_started = 0
        self._stats = WorkerStats()
        self._blocked: list[_Run] = []  # stopped runs whose capture was still blocked

    @property
    def is_running(self) -> bool:
        """Whether a run was started and has not stopped or ended yet."""
        run = self._run
        return run is not None and run.threads_done < len(run.threads)

    @property
    def has_blocked_threads(self) -> bool:
        """Whether a stopped run's capture is still stuck in the camera driver."""
        self._blocked = [run for run in self._blocked if not run.is_finished()]
        return bool(self._blocked)

    def start(self) -> None:
        """Open the source and start capturing and decoding (no-op when running)."""
        if self.is_running:
            return
        if self._run is not None:
            self._run.drop_relay()
        self._blocked = [run for run in self._blocked if not run.is_finished()]
        self._stats = WorkerStats()
        self._runs_started += 1
        step = _DecodeStep(self._decode, ScanFilter(self._debounce_s), self._now, self._stats)
        shared = _Shared(
            self._opener, self._retry_s, self._stats, step if self._inline else None, self.thread()
        )
        run = _Run(self._runs_started, shared, step, self._inline)
        self._run = run
        run.start(_Relay(self, run))

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> bool:
        """Stop within ``timeout_s`` and emit ``camera_state_changed("stopped")``.

        Returns False when the capture thread was blocked in the camera driver: it is left
        to end by itself once the read returns (its frames are ignored).
        """
        run, self._run = self._run, None
        if run is None:
            return True
        run.drop_relay()
        finished = run.stop(timeout_s)
        if not finished:
            log.warning("the camera did not stop within %.1f s; leaving it to finish", timeout_s)
            self._blocked.append(run)
        self.camera_state_changed.emit(str(CameraState.STOPPED))
        return finished

    def stats(self) -> dict[str, float]:
        """Counters and rates of the current (or last) run, for diagnostics and the bench."""
        dropped = self._run.shared.slot.overwritten if self._run is not None else 0
        return self._stats.as_dict(dropped)

    def _current(self, number: int) -> _Run | None:
        """The current run if it is run ``number``."""
        run = self._run
        return run if run is not None and run.number == number else None

    def _relayed(self, number: int, name: str, *args: object) -> None:
        """A signal of run ``number`` reached the GUI thread: pass it on if still current."""
        run = self._current(number)
        if run is None:
            return
        if name == "frame_ready":
            run.shared.gate.leave()
        getattr(self, name).emit(*args)

    def _thread_finished(self, number: int) -> None:
        """One of the current run's threads ended by itself; after the last, say so."""
        run = self._current(number)
        if run is None:
            return
        run.threads_done += 1
        if run.threads_done == len(run.threads):
            run.stop(STOP_TIMEOUT_S)  # the threads are ending: this joins them at once
            self.finished.emit()


class _Relay(QObject):
    """Carries one run's signals to the worker on the GUI thread (queued, as it lives there).

    It knows its run by number only and finds the worker as its parent, so it holds no
    reference that would make a cycle.
    """

    def __init__(self, worker: CameraWorker, run: _Run) -> None:
        super().__init__(worker)
        self._number = run.number
        for loop in run.loops:
            loop.preview_captured.connect(self._on_preview_captured)
            loop.state_changed.connect(self._on_state_changed)
            loop.outlines_found.connect(self._on_outlines_found)
            loop.scanned.connect(self._on_scanned)
            loop.failed.connect(self._on_failed)
        for thread in run.threads:
            thread.finished.connect(self._on_thread_finished)

    def _worker(self) -> CameraWorker:
        worker = self.parent()
        assert isinstance(worker, CameraWorker)
        return worker

    @Slot(QImage)
    def _on_preview_captured(self, image: QImage) -> None:
        self._worker()._relayed(self._number, "frame_ready", image)

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        self._worker()._relayed(self._number, "camera_state_changed", state)

    @Slot(object)
    def _on_outlines_found(self, outlines: object) -> None:
        self._worker()._relayed(self._number, "symbols_located", outlines)

    @Slot(object)
    def _on_scanned(self, event: object) -> None:
        self._worker()._relayed(self._number, "barcode_detected", event)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._worker()._relayed(self._number, "failed", message)

    @Slot()
    def _on_thread_finished(self) -> None:
        self._worker()._thread_finished(self._number)
